function mean_absolute_deviation(numbers: number[]): number {
  const mean = numbers.reduce((a, b) => a + b, 0) / numbers.length;
  return numbers.reduce((acc, x) => acc + Math.abs(x - mean), 0) / numbers.length;
}
