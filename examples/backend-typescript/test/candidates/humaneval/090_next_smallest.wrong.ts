// Does not remove duplicates first.
function next_smallest(lst: number[]): number | null {
  const sorted = [...lst].sort((a, b) => a - b);
  return sorted.length < 2 ? null : sorted[1]!;
}
