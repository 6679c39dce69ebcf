/**
 * Python's `==` on two IR values of one type, as the contract compiles it: deep, ints/strs/bools
 * exactly, floats anywhere by `math.isclose` with the default tolerance, nan equal to nothing
 * (each `float('nan')` literal is its own object), sets and dicts unordered.
 */
import { DEFAULT_TOLERANCE } from "../../src/ir/suite.js";
import type { Value } from "../../src/ir/values.js";

const { relative, absolute } = DEFAULT_TOLERANCE.kind === "isclose" ? DEFAULT_TOLERANCE : { relative: 1e-9, absolute: 1e-12 };

export function floatsClose(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= Math.max(relative * Math.max(Math.abs(a), Math.abs(b)), absolute);
}

export function pythonEquals(a: Value, b: Value): boolean {
  switch (a.kind) {
    case "int":
      return (b.kind === "int" && a.value === b.value) || (b.kind === "float" && Number(a.value) === b.value);
    case "float":
      return b.kind === "float" ? floatsClose(a.value, b.value) : b.kind === "int" && a.value === Number(b.value);
    case "bool":
    case "str":
      return b.kind === a.kind && a.value === b.value;
    case "none":
      return b.kind === "none";
    case "list":
    case "tuple":
      return b.kind === a.kind && a.items.length === b.items.length && a.items.every((x, i) => pythonEquals(x, b.items[i]!));
    case "set":
      return b.kind === "set" && a.items.length === b.items.length && matchesOneToOne(a.items, b.items, pythonEquals);
    case "dict":
      return (
        b.kind === "dict" &&
        a.entries.length === b.entries.length &&
        matchesOneToOne(a.entries, b.entries, (x, y) => pythonEquals(x.key, y.key) && pythonEquals(x.value, y.value))
      );
  }
}

/** Every item of `a` pairs with a distinct item of `b` (greedy: the generated items are distinct keys). */
function matchesOneToOne<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): boolean {
  const used = new Set<number>();
  return a.every((x) => {
    const at = b.findIndex((y, i) => !used.has(i) && equal(x, y));
    if (at < 0) return false;
    used.add(at);
    return true;
  });
}
