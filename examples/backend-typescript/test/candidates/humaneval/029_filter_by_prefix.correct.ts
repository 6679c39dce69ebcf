function filter_by_prefix(strings: string[], prefix: string): string[] {
  return strings.filter((s) => s.startsWith(prefix));
}
