import { type Type, showType } from "../ir/types.js";
import { resolveValueType } from "../ir/typing.js";
import type { Value } from "../ir/values.js";

/**
 * How a backend spells each kind of value, given the concrete type the value is printed at. The
 * children of a container arrive already printed, each at its own declared element type, so a
 * printer never has to resolve Optional, unions or `Any` itself.
 */
export interface ValuePrinter<T> {
  int(value: bigint, type: Type): T;
  /** `type` is `float` also for an int literal widened by its position (`2` where a float goes). */
  float(value: number, type: Type): T;
  bool(value: boolean, type: Type): T;
  str(value: string, type: Type): T;
  /** Python's None, at an Optional (or None) position; `type` is that position's declared type. */
  none(type: Type): T;
  list(items: readonly T[], type: Type): T;
  tuple(items: readonly T[], type: Type): T;
  set(items: readonly T[], type: Type): T;
  dict(entries: readonly (readonly [T, T])[], type: Type): T;
}

/**
 * Prints a value at its declared type (a parameter's or the result's), depth first. Each node is
 * resolved with `resolveValueType`: Optional[T] becomes None or T, a union the member the value
 * fits, `Any` the value's own type. An int at a float position is handed to `float`, since Python
 * would compare it as one.
 */
export function printTypedValue<T>(value: Value, declared: Type, printer: ValuePrinter<T>): T {
  const type = resolveValueType(value, declared);
  switch (value.kind) {
    case "int":
      return type.kind === "float" ? printer.float(Number(value.value), type) : printer.int(value.value, type);
    case "float":
      return printer.float(value.value, type);
    case "bool":
      return printer.bool(value.value, type);
    case "str":
      return printer.str(value.value, type);
    case "none":
      return printer.none(declared);
    case "list":
      return printer.list(value.items.map((item) => printTypedValue(item, elementType(type, 0), printer)), type);
    case "set":
      return printer.set(value.items.map((item) => printTypedValue(item, elementType(type, 0), printer)), type);
    case "tuple":
      return printer.tuple(value.items.map((item, i) => printTypedValue(item, elementType(type, i), printer)), type);
    case "dict": {
      const [key, val] = type.kind === "dict" ? [type.key, type.value] : [ANY_TYPE, ANY_TYPE];
      return printer.dict(
        value.entries.map((e) => [printTypedValue(e.key, key, printer), printTypedValue(e.value, val, printer)] as const),
        type,
      );
    }
  }
}

const ANY_TYPE: Type = { kind: "any" };

/** The declared type of item `index` of a container type (`Any` where the type does not say). */
function elementType(type: Type, index: number): Type {
  switch (type.kind) {
    case "list":
    case "set":
    case "vartuple":
      return type.element;
    case "tuple":
      return type.elements[index] ?? ANY_TYPE;
    case "any":
      return ANY_TYPE;
    default:
      throw new Error(`a container value cannot be printed at type ${showType(type)}`);
  }
}

/** The first value, the given one or any nested in it (dict keys included), that matches. */
export function findInValue(value: Value, matches: (v: Value) => boolean): Value | undefined {
  if (matches(value)) return value;
  switch (value.kind) {
    case "list":
    case "tuple":
    case "set":
      for (const item of value.items) {
        const found = findInValue(item, matches);
        if (found) return found;
      }
      return undefined;
    case "dict":
      for (const entry of value.entries) {
        const found = findInValue(entry.key, matches) ?? findInValue(entry.value, matches);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The first int in a value outside `[min, max]` (a target's integer range), for the refusal
 * "this int does not fit": e.g. `findIntOutside(v, -(2n ** 53n) + 1n, 2n ** 53n - 1n)`.
 */
export function findIntOutside(value: Value, min: bigint, max: bigint): Value | undefined {
  return findInValue(value, (v) => v.kind === "int" && (v.value < min || v.value > max));
}
