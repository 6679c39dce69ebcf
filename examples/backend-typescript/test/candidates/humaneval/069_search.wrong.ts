// Takes the first qualifying value met, not the greatest.
function search(lst: number[]): number {
  const counts = new Map<number, number>();
  for (const x of lst) counts.set(x, (counts.get(x) ?? 0) + 1);
  for (const [value, count] of counts) if (value > 0 && count >= value) return value;
  return -1;
}
