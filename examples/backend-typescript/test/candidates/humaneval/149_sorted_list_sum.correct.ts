function sorted_list_sum(lst: string[]): string[] {
  const even = lst.filter((s) => s.length % 2 === 0).sort();
  return even.sort((a, b) => a.length - b.length);
}
