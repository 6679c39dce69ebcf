function unique(l: number[]): number[] {
  return [...new Set(l)].sort((a, b) => a - b);
}
