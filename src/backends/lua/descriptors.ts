import { ANY, type Type } from "../../ir/types.js";
import { unionOf } from "../../ir/typing.js";

/**
 * The compact type descriptor the prelude's equality, truthiness and printer are driven by:
 * scalars are strings (`"int"`, `"float"`, `"bool"`, `"str"`, `"none"`, `"any"`), containers are
 * tables whose first item names the shape (`{"list", T}`, `{"tuple", A, B}`, `{"vtuple", T}`,
 * `{"dict", K, V}`, `{"set", T}`, `{"opt", T}`, `{"union", A, B}`).
 */
export function luaTypeDescriptor(type: Type): string {
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
    case "str":
    case "none":
    case "any":
      return `"${type.kind}"`;
    case "list":
    case "set":
      return `{"${type.kind}", ${luaTypeDescriptor(type.element)}}`;
    case "vartuple":
      return `{"vtuple", ${luaTypeDescriptor(type.element)}}`;
    case "tuple":
      return `{${['"tuple"', ...type.elements.map(luaTypeDescriptor)].join(", ")}}`;
    case "dict":
      return `{"dict", ${luaTypeDescriptor(type.key)}, ${luaTypeDescriptor(type.value)}}`;
    case "optional":
      return `{"opt", ${luaTypeDescriptor(type.inner)}}`;
    case "union": {
      const members = mergedUnionMembers(type.members);
      if (members.length === 1) return luaTypeDescriptor(members[0]!);
      // The prelude takes the first member the expected value fits, so `int` goes before
      // `float`: an int expected at `int | float` compares exactly, as in Python.
      return `{${['"union"', ...[...members].sort(intFirst).map(luaTypeDescriptor)].join(", ")}}`;
    }
  }
}

/**
 * A union's members with the containers of one Python kind merged into one: `list[A] | list[B]`
 * becomes `list[A | B]`, likewise sets and dicts (keys and values), and tuples: with a variadic
 * tuple among them all become `tuple[A | B | ..., ...]`, otherwise fixed tuples of one length
 * merge position by position (tuples of different lengths stay apart; the prelude tells them by
 * length). Python's == between two values depends on the values alone, and the merged type reads
 * every value of the original members the same way (a Lua table of one Python kind has one
 * encoding), with each item compared under the union of the item types, picked by the expected
 * item; so equality is unchanged. What it removes is the ambiguity of two members that are both
 * Lua tables but of the same Python kind. An element type that is unknown (Any) anywhere stays Any.
 */
export function mergedUnionMembers(members: readonly Type[]): Type[] {
  const join = (types: readonly Type[]): Type => (types.some((t) => t.kind === "any") ? ANY : unionOf(types));
  const family = (t: Type): string | undefined =>
    t.kind === "list" || t.kind === "set" || t.kind === "dict" ? t.kind : t.kind === "tuple" || t.kind === "vartuple" ? "tuple" : undefined;
  const out: Type[] = [];
  const done = new Set<string>();
  for (const member of members) {
    const kind = family(member);
    if (kind === undefined) {
      out.push(member);
      continue;
    }
    if (done.has(kind)) continue;
    done.add(kind);
    const group = members.filter((m) => family(m) === kind);
    if (group.length === 1) {
      out.push(member);
      continue;
    }
    switch (kind) {
      case "list":
      case "set":
        out.push({ kind, element: join(group.map((m) => (m as { element: Type }).element)) });
        break;
      case "dict":
        out.push({
          kind: "dict",
          key: join(group.map((m) => (m as Extract<Type, { kind: "dict" }>).key)),
          value: join(group.map((m) => (m as Extract<Type, { kind: "dict" }>).value)),
        });
        break;
      default:
        out.push(...mergedTuples(group, join));
    }
  }
  return out;
}

function mergedTuples(group: readonly Type[], join: (types: readonly Type[]) => Type): Type[] {
  const items = (t: Type): readonly Type[] => (t.kind === "tuple" ? t.elements : t.kind === "vartuple" ? [t.element] : []);
  if (group.some((t) => t.kind === "vartuple")) return [{ kind: "vartuple", element: join(group.flatMap(items)) }];
  const byLength = new Map<number, Type[]>();
  for (const t of group) byLength.set(items(t).length, [...(byLength.get(items(t).length) ?? []), t]);
  return [...byLength.values()].map((same) =>
    same.length === 1 ? same[0]! : { kind: "tuple", elements: items(same[0]!).map((_, i) => join(same.map((t) => items(t)[i]!))) },
  );
}

function intFirst(a: Type, b: Type): number {
  return Number(b.kind === "int") - Number(a.kind === "int");
}

/** What Lua's `type()` says about a value of this Python type (`any`: could be anything). */
export type RuntimeClass = "number" | "boolean" | "string" | "nil" | "table" | "any";

export function runtimeClass(type: Type): RuntimeClass {
  switch (type.kind) {
    case "int":
    case "float":
      return "number";
    case "bool":
      return "boolean";
    case "str":
      return "string";
    case "none":
      return "nil";
    case "any":
    case "optional":
    case "union":
      return "any";
    default:
      return "table";
  }
}

/** Whether a float can occur somewhere in a value of this type (so a tolerance matters). */
export function mayHoldFloat(type: Type): boolean {
  switch (type.kind) {
    case "float":
    case "any":
      return true;
    case "int":
    case "bool":
    case "str":
    case "none":
      return false;
    case "list":
    case "set":
    case "vartuple":
      return mayHoldFloat(type.element);
    case "tuple":
      return type.elements.some(mayHoldFloat);
    case "dict":
      return mayHoldFloat(type.key) || mayHoldFloat(type.value);
    case "optional":
      return mayHoldFloat(type.inner);
    case "union":
      return type.members.some(mayHoldFloat);
  }
}
