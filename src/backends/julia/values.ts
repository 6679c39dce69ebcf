import { INT, type Type, isFullyKnown } from "../../ir/types.js";
import { resolveValueType } from "../../ir/typing.js";
import type { Value } from "../../ir/values.js";
import { fitsInt64, juliaFloat, juliaInt, juliaString } from "./literals.js";
import { type TypeSpelling, juliaType } from "./types.js";

export interface JuliaValue {
  readonly code: string;
  /** Container element types that had to be spelled `Any` because nothing was known about them. */
  readonly unknownTypes: readonly Type[];
  /**
   * Ints the type checker widened to floats at a union position (`4` in a `List[Any]` read as
   * `float | str`): Python passes them as ints, which Julia keeps apart from floats.
   */
  readonly intsWidenedInUnions: readonly Value[];
}

/**
 * A Julia expression for a Python value at a position of the declared type. Containers are typed
 * by the declared type even when empty (`Int64[]`, `Dict{String, Int64}()`), so a candidate's
 * signature sees exactly the contract's type. A value holding an int beyond Int64 spells every
 * `int` inside it as `BigInt`.
 */
export function juliaValue(value: Value, declared: Type): JuliaValue {
  const printer: Printer = { spelling: { bigInts: holdsBigInt(value) }, unknownTypes: [], intsWidenedInUnions: [] };
  const code = print(value, declared, printer, false);
  return { code, unknownTypes: printer.unknownTypes, intsWidenedInUnions: printer.intsWidenedInUnions };
}

interface Printer {
  readonly spelling: TypeSpelling;
  readonly unknownTypes: Type[];
  readonly intsWidenedInUnions: Value[];
}

/** `held`: the value is an item of a typed Vector, Set or Dict, which converts what it is given. */
function print(value: Value, declared: Type, printer: Printer, held: boolean): string {
  const type = resolveValueType(value, declared);
  switch (value.kind) {
    case "int":
      // An int the type checker left an int (an unannotated position) where the type says float
      // inside a union, held by a typed container: `Union{Float64, String}[1]` cannot be built in
      // Julia, and a Float64 would not be the int Python passes. (A bare or tuple-held Int64 is
      // passed as it is.)
      if (held && type.kind === "float" && isUnion(declared)) printer.intsWidenedInUnions.push(value);
      return juliaInt(value.value);
    case "float":
      if (value.widenedFromInt && isUnion(declared)) printer.intsWidenedInUnions.push(value);
      return juliaFloat(value.value);
    case "bool":
      return value.value ? "true" : "false";
    case "str":
      return juliaString(value.value);
    case "none":
      return "nothing";
    case "list": {
      const element = type.kind === "list" ? type.element : mismatch(value, type);
      return `${typeName(element, printer)}[${items(value.items, element, printer, true)}]`;
    }
    case "set": {
      const element = type.kind === "set" ? type.element : mismatch(value, type);
      const name = typeName(element, printer);
      if (value.items.length === 0) return `Set{${name}}()`;
      // An untyped `[true, 1]` would promote to `[1, 1]` before the Set sees it: where the element
      // type has a union inside, a typed vector keeps each item as it is.
      const vector = hasUnion(element) ? name : "";
      return `Set{${name}}(${vector}[${items(value.items, element, printer, true)}])`;
    }
    case "tuple": {
      const elementAt = (i: number): Type =>
        type.kind === "tuple" ? type.elements[i]! : type.kind === "vartuple" ? type.element : mismatch(value, type);
      const parts = value.items.map((item, i) => print(item, elementAt(i), printer, held));
      return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`;
    }
    case "dict": {
      if (type.kind !== "dict") return mismatch(value, type);
      const name = `Dict{${typeName(type.key, printer)}, ${typeName(type.value, printer)}}`;
      const pairs = value.entries.map((e) => `${print(e.key, type.key, printer, true)} => ${print(e.value, type.value, printer, true)}`);
      return `${name}(${pairs.join(", ")})`;
    }
  }
}

/**
 * The type with `int` added to every union that holds `float` but not `int`: where the type checker
 * merged ints into floats at an unannotated union position, a value printed at this type keeps its
 * ints as Int64 (`Union{Int64, Float64, String}[1, "a"]`), which Julia can build.
 */
export function withIntsInUnions(type: Type): Type {
  switch (type.kind) {
    case "union": {
      const members = type.members.map(withIntsInUnions);
      const needsInt = members.some((m) => m.kind === "float") && !members.some((m) => m.kind === "int");
      return { kind: "union", members: needsInt ? [INT, ...members] : members };
    }
    case "optional":
      return { kind: "optional", inner: withIntsInUnions(type.inner) };
    case "list":
    case "set":
    case "vartuple":
      return { ...type, element: withIntsInUnions(type.element) };
    case "tuple":
      return { kind: "tuple", elements: type.elements.map(withIntsInUnions) };
    case "dict":
      return { kind: "dict", key: withIntsInUnions(type.key), value: withIntsInUnions(type.value) };
    default:
      return type;
  }
}

function items(values: readonly Value[], element: Type, printer: Printer, held: boolean): string {
  return values.map((item) => print(item, element, printer, held)).join(", ");
}

function typeName(type: Type, printer: Printer): string {
  if (!isFullyKnown(type)) printer.unknownTypes.push(type);
  return juliaType(type, printer.spelling);
}

function isUnion(type: Type): boolean {
  return type.kind === "union" || (type.kind === "optional" && type.inner.kind === "union");
}

function hasUnion(type: Type): boolean {
  switch (type.kind) {
    case "union":
    case "optional":
      return true;
    case "list":
    case "set":
    case "vartuple":
      return hasUnion(type.element);
    case "tuple":
      return type.elements.some(hasUnion);
    case "dict":
      return hasUnion(type.key) || hasUnion(type.value);
    default:
      return false;
  }
}

function mismatch(value: Value, type: Type): never {
  throw new Error(`internal: a ${value.kind} value at the type ${JSON.stringify(type)}`);
}

/** True when an int beyond Int64 occurs anywhere inside the value. */
export function holdsBigInt(value: Value): boolean {
  switch (value.kind) {
    case "int":
      return !fitsInt64(value.value);
    case "list":
    case "set":
    case "tuple":
      return value.items.some(holdsBigInt);
    case "dict":
      return value.entries.some((e) => holdsBigInt(e.key) || holdsBigInt(e.value));
    default:
      return false;
  }
}
