/**
 * Perturbations for the interpreter round trip: a value of the same type that Python's `==` tells
 * apart from the original, changed in exactly one place: one code point of one string, one
 * element (a container item added or removed, an int moved by one toward zero, a bool flipped,
 * None swapped with a value), or one float moved beyond the default tolerance.
 */
import { hashKey } from "../../src/frontend/literals.js";
import { NO_SPAN } from "../../src/ir/span.js";
import type { Type } from "../../src/ir/types.js";
import type { Value } from "../../src/ir/values.js";
import { v } from "./arbitraries.js";
import { pythonEquals } from "./python-equality.js";

export type PerturbationKind = "code point" | "element" | "float";
export const PERTURBATION_KINDS: readonly PerturbationKind[] = ["code point", "element", "float"];

/** The simplest value of a type that every target holds (no None, no False, no NaN). */
export function filler(type: Type): Value {
  switch (type.kind) {
    case "int":
      return v.int(0);
    case "float":
      return v.float(0.5);
    case "bool":
      return v.bool(true);
    case "str":
      return v.str("");
    case "none":
      return v.none();
    case "optional":
      return filler(type.inner);
    case "list":
      return v.list([]);
    case "set":
      return v.set([]);
    case "dict":
      return v.dict([]);
    case "tuple":
      return v.tuple(type.elements.map(filler));
    default:
      throw new Error(`no filler for ${type.kind}`);
  }
}

/** One way to change the value at one place: returns the replacement of that part. */
interface Site {
  readonly kind: PerturbationKind;
  readonly rebuild: () => Value;
}

/** Every single-place change of `value` (at `type`) of the given kind, as whole new values. */
function sites(value: Value, type: Type, kind: PerturbationKind): Array<() => Value> {
  const out: Array<() => Value> = [];
  collect(value, type, (site) => {
    if (site.kind === kind) out.push(site.rebuild);
  });
  return out;
}

function collect(value: Value, type: Type, emit: (site: Site) => void, wrap: (part: Value) => Value = (x) => x): void {
  const inner = type.kind === "optional" ? type.inner : type;
  if (type.kind === "optional") {
    emit({ kind: "element", rebuild: () => wrap(value.kind === "none" ? filler(inner) : v.none()) });
    if (value.kind === "none") return;
  }
  switch (value.kind) {
    case "int": {
      // At a float position the targets may compare under the float tolerance (R cannot tell an
      // int from a double): move the int beyond it, so every faithful target must tell them apart.
      const step = inner.kind === "float" ? 1n + (value.value < 0n ? -value.value : value.value) / 62_500_000n : 1n;
      emit({ kind: "element", rebuild: () => wrap(v.int(value.value > 0n ? value.value - step : value.value + step)) });
      return;
    }
    case "bool":
      emit({ kind: "element", rebuild: () => wrap(v.bool(!value.value)) });
      return;
    case "float":
      if (!Number.isNaN(value.value)) emit({ kind: "float", rebuild: () => wrap(v.float(beyondTolerance(value.value))) });
      return;
    case "str":
      emit({ kind: "code point", rebuild: () => wrap(v.str(changeOneCodePoint(value.value))) });
      return;
    case "none":
      return;
    case "list":
    case "tuple":
    case "set": {
      const element = (i: number): Type =>
        inner.kind === "tuple" ? inner.elements[i]! : inner.kind === "list" || inner.kind === "set" ? inner.element : inner;
      if (value.kind !== "tuple") {
        emit({
          kind: "element",
          rebuild: () =>
            wrap({ ...value, items: value.items.length > 0 ? value.items.slice(0, -1) : [filler(element(0))] }),
        });
      }
      value.items.forEach((item, i) =>
        collect(item, element(i), emit, (part) => wrap({ ...value, items: value.items.map((x, j) => (j === i ? part : x)) })),
      );
      return;
    }
    case "dict": {
      const [keyType, valueType] = inner.kind === "dict" ? [inner.key, inner.value] : [inner, inner];
      emit({
        kind: "element",
        rebuild: () =>
          wrap({ ...value, entries: value.entries.length > 0 ? value.entries.slice(1) : [{ key: filler(keyType), value: filler(valueType) }] }),
      });
      value.entries.forEach((entry, i) => {
        const replace = (changed: { key?: Value; value?: Value }) =>
          wrap({ ...value, entries: value.entries.map((e, j) => (j === i ? { ...e, ...changed } : e)) });
        collect(entry.key, keyType, emit, (key) => replace({ key }));
        collect(entry.value, valueType, emit, (part) => replace({ value: part }));
      });
      return;
    }
  }
}

/** Moved by 16 times the default tolerance (toward zero when moving out would overflow). */
export function beyondTolerance(x: number): number {
  if (!Number.isFinite(x)) return Math.sign(x) * 1e308;
  const step = Math.max(1e-9 * Math.abs(x), 1e-12) * 16;
  const moved = x + step;
  return Number.isFinite(moved) ? moved : x - step;
}

/** The string with its first code point replaced by the next scalar value (or "a" added to ""). */
function changeOneCodePoint(s: string): string {
  const points = [...s];
  if (points.length === 0) return "a";
  const cp = points[0]!.codePointAt(0)!;
  const next = cp === 0x10ffff ? 0x41 : cp + 1 === 0xd800 ? 0xe000 : cp + 1;
  return String.fromCodePoint(next) + points.slice(1).join("");
}

/** Whether every set and dict in the value still has distinct items and keys, as Python would keep them. */
function keysDistinct(value: Value): boolean {
  switch (value.kind) {
    case "list":
    case "tuple":
      return value.items.every(keysDistinct);
    case "set":
      return distinct(value.items) && value.items.every(keysDistinct);
    case "dict":
      return distinct(value.entries.map((e) => e.key)) && value.entries.every((e) => keysDistinct(e.key) && keysDistinct(e.value));
    default:
      return true;
  }
}

function distinct(items: readonly Value[]): boolean {
  return new Set(items.map((item) => hashKey(item, NO_SPAN))).size === items.length;
}

/**
 * A perturbation of the given kind: the `choice`-th applicable place (modulo their number) whose
 * change keeps keys distinct and makes the value unequal to the original. Undefined when none.
 */
export function perturb(value: Value, type: Type, kind: PerturbationKind, choice: number): Value | undefined {
  const candidates = sites(value, type, kind);
  for (let k = 0; k < candidates.length; k++) {
    const changed = candidates[(choice + k) % candidates.length]!();
    if (keysDistinct(changed) && !pythonEquals(changed, value)) return changed;
  }
  return undefined;
}
