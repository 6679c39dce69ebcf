import type { Type } from "../ir/types.js";
import { resolveValueType, valueFits } from "../ir/typing.js";
import type { Value } from "../ir/values.js";

/**
 * The value re-shaped to its type: ints at float positions become floats (`2` -> `2.0`),
 * everything else is kept. The caller has already checked `valueFits(value, type)`.
 */
export function widen(value: Value, type: Type): Value {
  // Only a float somewhere in the type, or an `Any` filled in from a value holding a float, widens.
  if (!mayWiden(type) || (!mentionsFloat(type) && !holdsFloat(value))) return value;
  if (!valueFits(value, type)) return value;
  const concrete = resolveValueType(value, type);
  switch (value.kind) {
    case "int":
      return concrete.kind === "float"
        ? { kind: "float", value: Number(value.value), text: value.value.toString(), widenedFromInt: true, span: value.span }
        : value;
    case "list":
    case "set":
      if (concrete.kind !== "list" && concrete.kind !== "set") return value;
      return withItems(value, value.items.map((v) => widen(v, concrete.element)));
    case "tuple":
      if (concrete.kind === "vartuple") return withItems(value, value.items.map((v) => widen(v, concrete.element)));
      if (concrete.kind !== "tuple") return value;
      return withItems(value, value.items.map((v, i) => widen(v, concrete.elements[i]!)));
    case "dict": {
      if (concrete.kind !== "dict") return value;
      const entries = value.entries.map((e) => ({ key: widen(e.key, concrete.key), value: widen(e.value, concrete.value) }));
      return entries.every((e, i) => e.key === value.entries[i]!.key && e.value === value.entries[i]!.value) ? value : { ...value, entries };
    }
    default:
      return value;
  }
}

/** The container itself when no item changed: most values have nothing to widen. */
function withItems<V extends Value & { readonly items: readonly Value[] }>(value: V, items: Value[]): V {
  return items.every((item, i) => item === value.items[i]) ? value : { ...value, items };
}

const widenable = new WeakMap<Type, { float: boolean; any: boolean }>();

/** What a type holds that widening depends on: a float, or an `Any` the value's own type fills. */
function parts(type: Type): { float: boolean; any: boolean } {
  const known = widenable.get(type);
  if (known) return known;
  const found = { float: false, any: false };
  const visit = (t: Type): void => {
    switch (t.kind) {
      case "float":
        found.float = true;
        return;
      case "any":
        found.any = true;
        return;
      case "list":
      case "set":
      case "vartuple":
        return visit(t.element);
      case "tuple":
        return t.elements.forEach(visit);
      case "dict":
        visit(t.key);
        return visit(t.value);
      case "optional":
        return visit(t.inner);
      case "union":
        return t.members.forEach(visit);
    }
  };
  visit(type);
  widenable.set(type, found);
  return found;
}

function mayWiden(type: Type): boolean {
  const { float, any } = parts(type);
  return float || any;
}

function mentionsFloat(type: Type): boolean {
  return parts(type).float;
}

function holdsFloat(value: Value): boolean {
  switch (value.kind) {
    case "float":
      return true;
    case "list":
    case "set":
    case "tuple":
      return value.items.some(holdsFloat);
    case "dict":
      return value.entries.some((e) => holdsFloat(e.key) || holdsFloat(e.value));
    default:
      return false;
  }
}
