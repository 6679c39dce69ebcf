// Compares only neighbours in the given order, not every pair.
function has_close_elements(numbers: number[], threshold: number): boolean {
  for (let i = 1; i < numbers.length; i++) {
    if (Math.abs(numbers[i]! - numbers[i - 1]!) < threshold) return true;
  }
  return false;
}
