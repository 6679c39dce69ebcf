import { ANY, type Type, optionalOf, showType } from "./types.js";
import type { Value } from "./values.js";

/** The least type covering both: int+float is float, T+None is Optional[T], otherwise a union. */
export function unify(a: Type, b: Type): Type {
  if (a.kind === "any") return b;
  if (b.kind === "any") return a;
  if (a.kind === "none" && b.kind === "none") return a;
  if (a.kind === "none") return optionalOf(b);
  if (b.kind === "none") return optionalOf(a);
  if (a.kind === "optional" || b.kind === "optional") {
    const inner = unify(a.kind === "optional" ? a.inner : a, b.kind === "optional" ? b.inner : b);
    return optionalOf(inner);
  }
  if (a.kind === b.kind) {
    switch (a.kind) {
      case "int":
      case "float":
      case "bool":
      case "str":
        return a;
      case "list":
      case "set":
      case "vartuple":
        return { kind: a.kind, element: unify(a.element, (b as typeof a).element) };
      case "dict": {
        const other = b as typeof a;
        return { kind: "dict", key: unify(a.key, other.key), value: unify(a.value, other.value) };
      }
      case "tuple": {
        const other = b as typeof a;
        if (a.elements.length === other.elements.length) {
          return { kind: "tuple", elements: a.elements.map((t, i) => unify(t, other.elements[i]!)) };
        }
        return unionOf([a, b]);
      }
      case "union":
        return unionOf([...a.members, ...(b as typeof a).members]);
    }
  }
  if ((a.kind === "int" && b.kind === "float") || (a.kind === "float" && b.kind === "int")) {
    return { kind: "float" };
  }
  if (a.kind === "vartuple" && b.kind === "tuple") return unify(b, a);
  if (a.kind === "tuple" && b.kind === "vartuple") {
    const element = a.elements.reduce<Type>((acc, t) => unify(acc, t), b.element);
    return element.kind === "union" ? unionOf([a, b]) : { kind: "vartuple", element };
  }
  return unionOf([a, b]);
}

/** A flat union without duplicates; members that unify without a union (int, float) are merged. */
export function unionOf(types: readonly Type[]): Type {
  const members: Type[] = [];
  const add = (t: Type): void => {
    if (t.kind === "union") {
      t.members.forEach(add);
      return;
    }
    for (let i = 0; i < members.length; i++) {
      const merged = unify(members[i]!, t);
      if (merged.kind !== "union") {
        members[i] = merged;
        return;
      }
    }
    members.push(t);
  };
  types.forEach(add);
  if (members.length === 1) return members[0]!;
  const withoutNone = members.filter((m) => m.kind !== "none");
  if (withoutNone.length < members.length) {
    const inner = withoutNone.length === 1 ? withoutNone[0]! : { kind: "union" as const, members: withoutNone };
    return optionalOf(inner);
  }
  return { kind: "union", members };
}

/** The type a value has on its own (empty containers have `Any` elements). */
export function typeOfValue(value: Value): Type {
  switch (value.kind) {
    case "int":
    case "float":
    case "bool":
    case "str":
      return { kind: value.kind };
    case "none":
      return { kind: "none" };
    case "list":
    case "set":
      return { kind: value.kind, element: value.items.map(typeOfValue).reduce(unify, ANY) };
    case "tuple":
      return { kind: "tuple", elements: value.items.map(typeOfValue) };
    case "dict":
      return {
        kind: "dict",
        key: value.entries.map((e) => typeOfValue(e.key)).reduce(unify, ANY),
        value: value.entries.map((e) => typeOfValue(e.value)).reduce(unify, ANY),
      };
  }
}

/**
 * Whether a value belongs to a type (an int belongs to float, as Python's numeric tower allows;
 * a bool does not belong to int here, because the targets keep them apart).
 */
export function valueFits(value: Value, type: Type): boolean {
  switch (type.kind) {
    case "any":
      return true;
    case "optional":
      return value.kind === "none" || valueFits(value, type.inner);
    case "union":
      return type.members.some((m) => valueFits(value, m));
    case "float":
      return value.kind === "float" || value.kind === "int";
    case "int":
    case "bool":
    case "str":
    case "none":
      return value.kind === type.kind;
    case "list":
    case "set":
      return value.kind === type.kind && value.items.every((v) => valueFits(v, type.element));
    case "vartuple":
      return value.kind === "tuple" && value.items.every((v) => valueFits(v, type.element));
    case "tuple":
      return (
        value.kind === "tuple" &&
        value.items.length === type.elements.length &&
        value.items.every((v, i) => valueFits(v, type.elements[i]!))
      );
    case "dict":
      return (
        value.kind === "dict" &&
        value.entries.every((e) => valueFits(e.key, type.key) && valueFits(e.value, type.value))
      );
  }
}

/**
 * The concrete type to print `value` at, given the declared type of its position:
 * `Optional[T]` resolves to `None` or `T`, a union to the first member the value fits,
 * `Any` to the value's own type. Containers keep their declared element types.
 */
export function resolveValueType(value: Value, declared: Type): Type {
  switch (declared.kind) {
    case "any":
      return typeOfValue(value);
    case "optional":
      return value.kind === "none" ? { kind: "none" } : resolveValueType(value, declared.inner);
    case "union": {
      const exact = declared.members.find((m) => m.kind === value.kind && valueFits(value, m));
      const member = exact ?? declared.members.find((m) => valueFits(value, m));
      if (!member) throw new Error(`value of kind ${value.kind} does not fit ${showType(declared)}`);
      return resolveValueType(value, member);
    }
    default:
      return declared;
  }
}
