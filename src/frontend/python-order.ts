import type { Value } from "../ir/values.js";

/** Python would raise TypeError comparing these two values with `<`. */
export class Unorderable extends Error {
  constructor(
    readonly left: Value,
    readonly right: Value,
  ) {
    super(`'<' not supported between instances of '${typeName(left)}' and '${typeName(right)}'`);
  }
}

function typeName(value: Value): string {
  return value.kind === "none" ? "NoneType" : value.kind;
}

type Exact = { num: bigint; den: bigint } | number;

/** Python's `a < b` on literal values (ints, floats, bools, strs, lists, tuples); throws Unorderable otherwise. */
export function pythonLess(a: Value, b: Value): boolean {
  const x = number(a);
  const y = number(b);
  if (x !== undefined && y !== undefined) return compareNumbers(x, y) < 0;
  if (a.kind === "str" && b.kind === "str") return compareCodePoints(a.value, b.value) < 0;
  if ((a.kind === "list" && b.kind === "list") || (a.kind === "tuple" && b.kind === "tuple")) {
    // Lexicographic: the first pair that is not == decides, else the shorter is smaller.
    const n = Math.min(a.items.length, b.items.length);
    for (let i = 0; i < n; i++) {
      if (!pythonEqual(a.items[i]!, b.items[i]!)) return pythonLess(a.items[i]!, b.items[i]!);
    }
    return a.items.length < b.items.length;
  }
  throw new Unorderable(a, b);
}

/** Python's `a == b` on literal values, as far as ordering needs it. */
export function pythonEqual(a: Value, b: Value): boolean {
  const x = number(a);
  const y = number(b);
  if (x !== undefined || y !== undefined) return x !== undefined && y !== undefined && compareNumbers(x, y) === 0;
  if (a.kind === "str" || b.kind === "str") return a.kind === "str" && b.kind === "str" && a.value === b.value;
  if (a.kind === "none" || b.kind === "none") return a.kind === b.kind;
  if ((a.kind === "list" && b.kind === "list") || (a.kind === "tuple" && b.kind === "tuple")) {
    return a.items.length === b.items.length && a.items.every((item, i) => pythonEqual(item, b.items[i]!));
  }
  if (a.kind === "dict" && b.kind === "dict") {
    return a.entries.length === b.entries.length && a.entries.every((e, i) => pythonEqual(e.key, b.entries[i]!.key) && pythonEqual(e.value, b.entries[i]!.value));
  }
  if (a.kind === "set" && b.kind === "set") {
    return a.items.length === b.items.length && a.items.every((item) => b.items.some((other) => pythonEqual(item, other)));
  }
  return false;
}

function number(v: Value): Exact | undefined {
  if (v.kind === "int") return { num: v.value, den: 1n };
  if (v.kind === "bool") return { num: v.value ? 1n : 0n, den: 1n };
  if (v.kind === "float") return v.value;
  return undefined;
}

/** Exact comparison of ints and floats (Python compares int and float exactly); NaN compares as neither. */
function compareNumbers(x: Exact, y: Exact): number {
  if (typeof x === "number" && typeof y === "number") return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
  if (typeof x === "number") return -compareNumbers(y, x);
  if (typeof y === "number") {
    if (Number.isNaN(y)) return Number.NaN;
    if (!Number.isFinite(y)) return y > 0 ? -1 : 1;
    const { num, den } = floatRational(y);
    const left = x.num * den;
    const right = num * x.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const left = x.num * y.den;
  const right = y.num * x.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

function floatRational(y: number): { num: bigint; den: bigint } {
  let den = 1n;
  let value = y;
  while (!Number.isInteger(value)) {
    value *= 2;
    den *= 2n;
  }
  return { num: BigInt(value), den };
}

/** Python compares strs by code point; JS `<` compares UTF-16 units, which differs above U+FFFF. */
function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * Python's `sorted(items)` when every pair is orderable (Python's result would otherwise depend
 * on which pairs its sort happens to compare). Throws Unorderable, or NaNError for a nan.
 */
export function pythonSorted(items: readonly Value[]): Value[] {
  checkMutuallyOrderable(items);
  // A stable sort with `<` only, as Python's.
  return [...items].sort((a, b) => (pythonLess(a, b) ? -1 : pythonLess(b, a) ? 1 : 0));
}

/** A nan makes the order of a sort depend on the input order, not only on the values. */
export class ContainsNan extends Error {}

/** Every pair of items can be compared with `<` in Python, and no nan is among them. */
export function checkMutuallyOrderable(items: readonly Value[]): void {
  if (items.some(hasNan)) throw new ContainsNan("a nan has no place in a sorted order");
  const flat = items.every((v) => number(v) !== undefined) || items.every((v) => v.kind === "str");
  if (flat) return;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      // Later-before-earlier first: the comparison Python's sort makes first, so the same message.
      pythonLess(items[j]!, items[i]!);
      pythonLess(items[i]!, items[j]!);
    }
  }
}

function hasNan(v: Value): boolean {
  if (v.kind === "float") return Number.isNaN(v.value);
  if (v.kind === "list" || v.kind === "tuple") return v.items.some(hasNan);
  return false;
}

/** True when `items` is what `sorted` would return for them (no later item is `<` an earlier one). */
export function isAscending(items: readonly Value[]): boolean {
  for (let i = 1; i < items.length; i++) if (pythonLess(items[i]!, items[i - 1]!)) return false;
  return true;
}
