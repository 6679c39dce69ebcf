// Returns the pair in list order rather than sorted.
function find_closest_elements(numbers: number[]): [number, number] {
  let best: [number, number] = [numbers[0]!, numbers[1]!];
  let distance = Infinity;
  for (let i = 0; i < numbers.length; i++) {
    for (let j = i + 1; j < numbers.length; j++) {
      const d = Math.abs(numbers[i]! - numbers[j]!);
      if (d < distance) {
        distance = d;
        best = [numbers[i]!, numbers[j]!];
      }
    }
  }
  return best;
}
