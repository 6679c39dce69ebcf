import { ANY, BOOL, FLOAT, INT, NONE, STR, type Type, optionalOf, showType } from "./types.js";
import type { Value } from "./values.js";

/** The least type covering both: int+float is float, T+None is Optional[T], otherwise a union. */
export function unify(a: Type, b: Type): Type {
  if (a.kind === "any") return b;
  if (b.kind === "any") return a;
  return merge(a, b) ?? unionOf([a, b]);
}

/** The single type covering both when there is one without a union or an Optional. */
function merge(a: Type, b: Type): Type | undefined {
  if (a.kind === "any") return b;
  if (b.kind === "any") return a;
  if (a.kind === b.kind) {
    switch (a.kind) {
      case "int":
      case "float":
      case "bool":
      case "str":
      case "none":
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
        if (a.elements.length !== other.elements.length) {
          // (1, 2) and (1, 2, 3) at one position: Tuple[int, ...] when the items agree.
          const element = [...a.elements, ...other.elements].reduce<Type>(unify, ANY);
          return element.kind === "union" || element.kind === "optional" || element.kind === "any" ? undefined : { kind: "vartuple", element };
        }
        return { kind: "tuple", elements: a.elements.map((t, i) => unify(t, other.elements[i]!)) };
      }
      default:
        return undefined;
    }
  }
  if ((a.kind === "int" && b.kind === "float") || (a.kind === "float" && b.kind === "int")) return { kind: "float" };
  const [tuple, vartuple] = a.kind === "tuple" && b.kind === "vartuple" ? [a, b] : b.kind === "tuple" && a.kind === "vartuple" ? [b, a] : [];
  if (tuple && vartuple) {
    const element = tuple.elements.reduce<Type>((acc, t) => unify(acc, t), vartuple.element);
    return element.kind === "union" || element.kind === "optional" ? undefined : { kind: "vartuple", element };
  }
  return undefined;
}

/**
 * A flat union without duplicates: members that merge (int and float, two lists) are merged,
 * and None makes the whole an Optional.
 */
export function unionOf(types: readonly Type[]): Type {
  const members: Type[] = [];
  let optional = false;
  const add = (t: Type): void => {
    switch (t.kind) {
      case "any":
        return;
      case "none":
        optional = true;
        return;
      case "optional":
        optional = true;
        add(t.inner);
        return;
      case "union":
        t.members.forEach(add);
        return;
    }
    for (let i = 0; i < members.length; i++) {
      const merged = merge(members[i]!, t);
      if (merged) {
        members[i] = merged;
        return;
      }
    }
    members.push(t);
  };
  types.forEach(add);
  const core: Type = members.length === 0 ? (optional ? NONE : ANY) : members.length === 1 ? members[0]! : { kind: "union", members };
  return optional ? optionalOf(core) : core;
}

/** The type a value has on its own (empty containers have `Any` elements). */
export function typeOfValue(value: Value): Type {
  switch (value.kind) {
    // Scalar types are shared: types are never mutated.
    case "int":
      return INT;
    case "float":
      return FLOAT;
    case "bool":
      return BOOL;
    case "str":
      return STR;
    case "none":
      return NONE;
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
