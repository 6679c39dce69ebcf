// Keeps the last of equally long strings, not the first.
function longest(strings: string[]): string | null {
  let best: string | null = null;
  for (const s of strings) if (best === null || s.length >= best.length) best = s;
  return best;
}
