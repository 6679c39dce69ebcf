// Sorted by length only: ties keep their input order.
function sorted_list_sum(lst: string[]): string[] {
  return lst.filter((s) => s.length % 2 === 0).sort((a, b) => a.length - b.length);
}
