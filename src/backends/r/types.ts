import { ANY, type Type, dictOf, listOf, setOf } from "../../ir/types.js";
import { valueFits } from "../../ir/typing.js";
import type { Value } from "../../ir/values.js";

/**
 * How the R backend reads the IR's types: which positions may hold None (there NULL means None;
 * elsewhere NULL is also an empty container), which are atomic (written with `c(...)`), and the
 * concrete type of a value at a declared position.
 */

/** Whether None is a possible value at a position of this type. */
export function admitsNone(type: Type): boolean {
  switch (type.kind) {
    case "none":
    case "optional":
    case "any":
      return true;
    case "union":
      return type.members.some(admitsNone);
    default:
      return false;
  }
}

/** No `any` and no union inside: the type alone says how to compare any value of it. */
export function isStatic(type: Type): boolean {
  switch (type.kind) {
    case "any":
    case "union":
      return false;
    case "list":
    case "set":
    case "vartuple":
      return isStatic(type.element);
    case "tuple":
      return type.elements.every(isStatic);
    case "dict":
      return isStatic(type.key) && isStatic(type.value);
    case "optional":
      return isStatic(type.inner);
    default:
      return true;
  }
}

export const CONTAINER_KINDS: ReadonlySet<Type["kind"]> = new Set(["list", "set", "tuple", "vartuple", "dict"]);

/** R's atomic vector type for a scalar type (int and float are both double). */
export type AtomicMode = "numeric" | "character" | "logical";

export function atomicMode(type: Type): AtomicMode | undefined {
  switch (type.kind) {
    case "int":
    case "float":
      return "numeric";
    case "str":
      return "character";
    case "bool":
      return "logical";
    default:
      return undefined;
  }
}

/**
 * The type to write `value` at when its position is declared `declared`: Optional and unions
 * resolve to the branch the value belongs to; at an `Any` position containers get `Any` children,
 * so that every nested position still admits None (as it does in Python).
 */
export function concreteType(value: Value, declared: Type): Type {
  switch (declared.kind) {
    case "any":
      switch (value.kind) {
        case "list":
          return listOf(ANY);
        case "set":
          return setOf(ANY);
        case "tuple":
          return { kind: "tuple", elements: value.items.map(() => ANY) };
        case "dict":
          return dictOf(ANY, ANY);
        default:
          return { kind: value.kind };
      }
    case "optional":
      return value.kind === "none" ? { kind: "none" } : concreteType(value, declared.inner);
    case "union": {
      const exact = declared.members.find((m) => m.kind === value.kind && valueFits(value, m));
      const member = exact ?? declared.members.find((m) => valueFits(value, m));
      if (!member) throw new Error(`value of kind ${value.kind} does not fit its union type`);
      return concreteType(value, member);
    }
    case "vartuple":
      return value.kind === "tuple" ? { kind: "tuple", elements: value.items.map(() => declared.element) } : declared;
    default:
      return declared;
  }
}

/** The declared types of a container value's items, in order (dict: the values' type). */
export function itemTypes(value: Value, concrete: Type): Type[] {
  if (value.kind === "dict") return value.entries.map(() => (concrete.kind === "dict" ? concrete.value : ANY));
  if (value.kind !== "list" && value.kind !== "set" && value.kind !== "tuple") return [];
  switch (concrete.kind) {
    case "list":
    case "set":
    case "vartuple":
      return value.items.map(() => concrete.element);
    case "tuple":
      return value.items.map((_, i) => concrete.elements[i] ?? ANY);
    default:
      return value.items.map(() => ANY);
  }
}

/**
 * The atomic mode shared by items written at the given declared types, or undefined when they need
 * a list: an Optional position is never atomic (its None would vanish inside `c(...)`); an Any or
 * union position is atomic when every item resolves to the same scalar mode.
 */
export function sharedAtomicMode(items: readonly Value[], declared: readonly Type[]): AtomicMode | undefined {
  let shared: AtomicMode | undefined;
  for (let i = 0; i < items.length; i++) {
    const type = declared[i]!;
    const mode = isStatic(type) ? atomicMode(type) : atomicMode(concreteType(items[i]!, type));
    if (!mode || (shared && mode !== shared)) return undefined;
    shared = mode;
  }
  return shared;
}

/**
 * A union R cannot tell apart: two members of different Python kinds with one R shape, such as
 * `Union[int, List[int]]` (5 and [5] are both `c(5)`) or `Union[List[int], Set[int]]` (both
 * vectors). Returns the first such union found anywhere inside the type.
 */
export function indistinctUnion(type: Type): Type | undefined {
  switch (type.kind) {
    case "union": {
      const shapes = type.members.map((m) => ({ kind: pythonKind(m), tags: rShapes(m) }));
      for (let i = 0; i < shapes.length; i++) {
        for (let j = i + 1; j < shapes.length; j++) {
          const [a, b] = [shapes[i]!, shapes[j]!];
          if (a.kind !== b.kind && [...a.tags].some((t) => b.tags.has(t))) return type;
        }
      }
      for (const member of type.members) {
        const inner = indistinctUnion(member);
        if (inner) return inner;
      }
      return undefined;
    }
    case "optional":
      return indistinctUnion(type.inner);
    case "list":
    case "set":
    case "vartuple":
      return indistinctUnion(type.element);
    case "tuple":
      return type.elements.map(indistinctUnion).find((t) => t !== undefined);
    case "dict":
      return indistinctUnion(type.key) ?? indistinctUnion(type.value);
    default:
      return undefined;
  }
}

/** The Python kind that decides `==` (ints and floats compare by value, so they are one kind here). */
function pythonKind(type: Type): string {
  if (type.kind === "optional") return pythonKind(type.inner);
  if (type.kind === "vartuple") return "tuple";
  return type.kind === "int" || type.kind === "float" ? "number" : type.kind;
}

/** The R shapes a value of the type can take: a scalar is a length-1 vector of its mode. */
function rShapes(type: Type): Set<string> {
  switch (type.kind) {
    case "optional":
      return rShapes(type.inner);
    case "list":
    case "set":
    case "vartuple": {
      const mode = atomicMode(type.element);
      return new Set(["sequence", ...(mode ? [`vector:${mode}`] : [])]);
    }
    case "tuple":
      return new Set(["sequence"]);
    case "dict":
      return new Set(["dict"]);
    default: {
      const mode = atomicMode(type);
      return new Set(mode ? [`vector:${mode}`] : [type.kind]);
    }
  }
}
