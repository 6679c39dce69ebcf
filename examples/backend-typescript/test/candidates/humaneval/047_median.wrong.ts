// Forgets to sort.
function median(l: number[]): number {
  const mid = Math.floor(l.length / 2);
  return l.length % 2 === 1 ? l[mid]! : (l[mid - 1]! + l[mid]!) / 2.0;
}
