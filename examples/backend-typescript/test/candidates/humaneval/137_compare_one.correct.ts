function compare_one(a: number | string, b: number | string): number | string | null {
  const value = (x: number | string) => (typeof x === "string" ? Number(x.replace(",", ".")) : x);
  if (value(a) === value(b)) return null;
  return value(a) > value(b) ? a : b;
}
