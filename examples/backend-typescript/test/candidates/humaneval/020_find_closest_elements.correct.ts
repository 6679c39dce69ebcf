function find_closest_elements(numbers: number[]): [number, number] {
  let best: [number, number] = [numbers[0]!, numbers[1]!];
  let distance = Infinity;
  for (let i = 0; i < numbers.length; i++) {
    for (let j = 0; j < numbers.length; j++) {
      if (i === j) continue;
      const d = Math.abs(numbers[i]! - numbers[j]!);
      if (d < distance) {
        distance = d;
        best = [Math.min(numbers[i]!, numbers[j]!), Math.max(numbers[i]!, numbers[j]!)];
      }
    }
  }
  return best;
}
