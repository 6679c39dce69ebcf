// Returns the larger value as a number, losing the string form.
function compare_one(a: number | string, b: number | string): number | string | null {
  const value = (x: number | string) => (typeof x === "string" ? Number(x.replace(",", ".")) : x);
  if (value(a) === value(b)) return null;
  return Math.max(value(a), value(b));
}
