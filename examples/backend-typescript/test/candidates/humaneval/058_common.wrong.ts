// Keeps the order of the first list instead of sorting.
function common(l1: number[], l2: number[]): number[] {
  const second = new Set(l2);
  return [...new Set(l1.filter((x) => second.has(x)))];
}
