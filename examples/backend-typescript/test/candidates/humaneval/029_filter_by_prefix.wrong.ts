// Substring anywhere, and duplicates removed.
function filter_by_prefix(strings: string[], prefix: string): string[] {
  return [...new Set(strings.filter((s) => s.includes(prefix)))];
}
