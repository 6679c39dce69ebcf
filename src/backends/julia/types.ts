import type { Type } from "../../ir/types.js";

export interface TypeSpelling {
  /**
   * Spell `int` as `BigInt` rather than `Int64`: set for a value holding an int beyond Int64, so
   * that a typed container (`BigInt[1, big"..."]`) can hold it.
   */
  readonly bigInts: boolean;
}

export const INT64_SPELLING: TypeSpelling = { bigInts: false };

/**
 * The Julia type for a Python type: `Int64`, `Float64`, `String`, `Bool`, `Nothing`,
 * `Union{T, Nothing}` for Optional, `Vector{T}`, `Tuple{A, B}`, `Tuple{Vararg{T}}` for
 * `Tuple[T, ...]`, `Dict{K, V}`, `Set{T}`; `Any` where nothing is known.
 */
export function juliaType(type: Type, spelling: TypeSpelling = INT64_SPELLING): string {
  const t = (inner: Type) => juliaType(inner, spelling);
  switch (type.kind) {
    case "int":
      return spelling.bigInts ? "BigInt" : "Int64";
    case "float":
      return "Float64";
    case "bool":
      return "Bool";
    case "str":
      return "String";
    case "none":
      return "Nothing";
    case "any":
      return "Any";
    case "list":
      return `Vector{${t(type.element)}}`;
    case "set":
      return `Set{${t(type.element)}}`;
    case "tuple":
      return `Tuple{${type.elements.map(t).join(", ")}}`;
    case "vartuple":
      return `Tuple{Vararg{${t(type.element)}}}`;
    case "dict":
      return `Dict{${t(type.key)}, ${t(type.value)}}`;
    case "optional":
    case "union":
      return `Union{${unionMembers(type).map(t).join(", ")}}`;
  }
}

/** The members of a union or Optional, flattened, with `None` last (`Union{Int64, String, Nothing}`). */
function unionMembers(type: Type): Type[] {
  const members: Type[] = [];
  let optional = false;
  const add = (member: Type): void => {
    if (member.kind === "none") optional = true;
    else if (member.kind === "optional") {
      optional = true;
      add(member.inner);
    } else if (member.kind === "union") member.members.forEach(add);
    else members.push(member);
  };
  add(type);
  return optional ? [...members, { kind: "none" }] : members;
}
