import type { DictEntry, Value } from "../../ir/values.js";
import { racketFloat, racketInt, racketString } from "./literals.js";

/**
 * The Racket expression for a Python value, per the contract: exact integers, flonums, `#t`/`#f`,
 * strings, `#f` for None, `(list ...)` for lists and tuples, `(hash k v ...)` for dicts and
 * `(set ...)` for sets. The constructors are the test program's prefixed imports (`__pt:list`,
 * `__pt:hash`, `__pt:set`), so a candidate defining its own `list`, `hash` or `set` cannot change
 * the values, and everything is an evaluated expression (a quoted `#hash` literal would turn a
 * tuple key into a list of symbols).
 *
 * An int that the type checker widened because its position says float stays an exact integer:
 * Python passes the int itself (`isinstance(x, int)` holds in the function), and Racket, like
 * Python, keeps exact and inexact numbers apart while computing with both. So no type is needed.
 */
export function racketValue(value: Value): string {
  switch (value.kind) {
    case "int":
      return racketInt(value.value);
    case "float":
      return value.widenedFromInt ? racketInt(BigInt(value.text)) : racketFloat(value.value);
    case "bool":
      return value.value ? "#t" : "#f";
    case "str":
      return racketString(value.value);
    case "none":
      return "#f";
    case "list":
    case "tuple":
      return applied("__pt:list", value.items.map(racketValue));
    case "set":
      return applied("__pt:set", distinctPythonItems(value.items).map(racketValue));
    case "dict":
      return applied(
        "__pt:hash",
        pythonDictEntries(value.entries).flatMap((e) => [racketValue(e.key), racketValue(e.value)]),
      );
  }
}

function applied(head: string, args: readonly string[]): string {
  return `(${[head, ...args].join(" ")})`;
}

/**
 * The entries of a Python dict display as the dict holds them: a repeated key keeps its first
 * position and its last value (`{1: 'a', 1: 'b'}` is `{1: 'b'}`). Python's key equality is wider
 * than Racket's `equal?` (`1 == 1.0`, `0.0 == -0.0`), so duplicates are resolved here.
 */
export function pythonDictEntries(entries: readonly DictEntry[]): DictEntry[] {
  const result: DictEntry[] = [];
  for (const entry of entries) {
    const at = result.findIndex((e) => samePythonKey(e.key, entry.key));
    if (at >= 0) result[at] = { key: result[at]!.key, value: entry.value };
    else result.push(entry);
  }
  return result;
}

/** A Python set display's items as the set holds them: the first of equal items. */
function distinctPythonItems(items: readonly Value[]): Value[] {
  const result: Value[] = [];
  for (const item of items) if (!result.some((v) => samePythonKey(v, item))) result.push(item);
  return result;
}

/** Python's equality for hashable literals: `1 == 1.0 == True`, `0.0 == -0.0`, a nan only itself. */
function samePythonKey(a: Value, b: Value): boolean {
  const number = (v: Value): number | bigint | undefined =>
    v.kind === "int" ? v.value : v.kind === "float" ? v.value : v.kind === "bool" ? (v.value ? 1n : 0n) : undefined;
  const na = number(a);
  const nb = number(b);
  if (na !== undefined && nb !== undefined) {
    // eslint-disable-next-line eqeqeq -- bigint == number compares values, as Python does
    return typeof na === typeof nb ? na === nb : na == nb;
  }
  if (a.kind === "str" && b.kind === "str") return a.value === b.value;
  if (a.kind === "none" && b.kind === "none") return true;
  if (a.kind === "tuple" && b.kind === "tuple") {
    return a.items.length === b.items.length && a.items.every((v, i) => samePythonKey(v, b.items[i]!));
  }
  return false;
}
