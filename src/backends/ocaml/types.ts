import { type Type, showType } from "../../ir/types.js";

/**
 * OCaml type syntax for a concrete IR type. Python containers map as the contract says: list, set
 * and `Tuple[T, ...]` to `T list`, dicts to association lists `(K * V) list`, `Optional[T]` to
 * `T option`. A type argument that is not a single name is parenthesised (`(int * int) list`,
 * `(int list) option`), which OCaml needs for tuples and readers like for the rest. An `Any` part
 * is the anonymous type `_`.
 */
export function ocamlType(type: Type): string {
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
      return type.kind;
    case "str":
      return "string";
    case "list":
    case "set":
    case "vartuple":
      return `${typeArgument(type.element)} list`;
    case "optional":
      return `${typeArgument(type.inner)} option`;
    case "dict":
      return `(${tupleComponent(type.key)} * ${tupleComponent(type.value)}) list`;
    case "tuple":
      return type.elements.map(tupleComponent).join(" * ");
    case "any":
      // A part no compiled value shows (see `withUnknownParts`): the candidate's type decides it.
      return "_";
    case "none":
    case "union":
      throw new Error(`internal: ${showType(type)} has no OCaml type; it should have been refused`);
  }
}

function isAtomic(type: Type): boolean {
  return type.kind === "int" || type.kind === "float" || type.kind === "bool" || type.kind === "str" || type.kind === "any";
}

function typeArgument(type: Type): string {
  return isAtomic(type) ? ocamlType(type) : `(${ocamlType(type)})`;
}

function tupleComponent(type: Type): string {
  return type.kind === "tuple" ? `(${ocamlType(type)})` : ocamlType(type);
}
