function next_smallest(lst: number[]): number | null {
  const distinct = [...new Set(lst)].sort((a, b) => a - b);
  return distinct.length < 2 ? null : distinct[1]!;
}
