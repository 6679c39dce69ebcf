/**
 * The static types of the IR: the Python types a test suite can mention.
 * `tuple` has a fixed arity; `vartuple` is `Tuple[T, ...]`.
 */
export type Type =
  | { readonly kind: "int" }
  | { readonly kind: "float" }
  | { readonly kind: "bool" }
  | { readonly kind: "str" }
  | { readonly kind: "none" }
  | { readonly kind: "list"; readonly element: Type }
  | { readonly kind: "tuple"; readonly elements: readonly Type[] }
  | { readonly kind: "vartuple"; readonly element: Type }
  | { readonly kind: "dict"; readonly key: Type; readonly value: Type }
  | { readonly kind: "set"; readonly element: Type }
  | { readonly kind: "optional"; readonly inner: Type }
  | { readonly kind: "union"; readonly members: readonly Type[] }
  | {
      readonly kind: "any";
      /** Written `Any` in an annotation (`List[Any]`), not a type left open (`list`, no annotation). */
      readonly written?: true;
    };

export type TypeKind = Type["kind"];

export const INT: Type = { kind: "int" };
export const FLOAT: Type = { kind: "float" };
export const BOOL: Type = { kind: "bool" };
export const STR: Type = { kind: "str" };
export const NONE: Type = { kind: "none" };
export const ANY: Type = { kind: "any" };
export const WRITTEN_ANY: Type = { kind: "any", written: true };

export const listOf = (element: Type): Type => ({ kind: "list", element });
export const setOf = (element: Type): Type => ({ kind: "set", element });
export const tupleOf = (...elements: Type[]): Type => ({ kind: "tuple", elements });
export const dictOf = (key: Type, value: Type): Type => ({ kind: "dict", key, value });
export const optionalOf = (inner: Type): Type =>
  inner.kind === "optional" || inner.kind === "none" || inner.kind === "any" ? inner : { kind: "optional", inner };

/** Python spelling of a type, for diagnostics and comments. */
export function showType(type: Type): string {
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
    case "str":
      return type.kind;
    case "none":
      return "None";
    case "any":
      return "Any";
    case "list":
      return `list[${showType(type.element)}]`;
    case "set":
      return `set[${showType(type.element)}]`;
    case "tuple":
      return type.elements.length === 0 ? "tuple[()]" : `tuple[${type.elements.map(showType).join(", ")}]`;
    case "vartuple":
      return `tuple[${showType(type.element)}, ...]`;
    case "dict":
      return `dict[${showType(type.key)}, ${showType(type.value)}]`;
    case "optional":
      return `Optional[${showType(type.inner)}]`;
    case "union":
      return type.members.map(showType).join(" | ");
  }
}

export function typesEqual(a: Type, b: Type): boolean {
  return showType(a) === showType(b);
}

/** True when no `any` occurs anywhere inside the type. */
export function isFullyKnown(type: Type): boolean {
  switch (type.kind) {
    case "any":
      return false;
    case "list":
    case "set":
    case "vartuple":
      return isFullyKnown(type.element);
    case "tuple":
      return type.elements.every(isFullyKnown);
    case "dict":
      return isFullyKnown(type.key) && isFullyKnown(type.value);
    case "optional":
      return isFullyKnown(type.inner);
    case "union":
      return type.members.every(isFullyKnown);
    default:
      return true;
  }
}
