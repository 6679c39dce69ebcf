// Scales by the maximum only.
function rescale_to_unit(numbers: number[]): number[] {
  const max = Math.max(...numbers);
  return numbers.map((x) => x / max);
}
