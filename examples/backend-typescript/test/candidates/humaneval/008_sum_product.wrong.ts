// The empty product is taken as 0.
function sum_product(numbers: number[]): [number, number] {
  if (numbers.length === 0) return [0, 0];
  return [numbers.reduce((a, b) => a + b, 0), numbers.reduce((a, b) => a * b, 1)];
}
