import { ANY, type Type } from "../../ir/types.js";
import { unionOf } from "../../ir/typing.js";

/**
 * The type of the items a `sorted(...)` / `set(...)` view reads from a result of this type: the
 * element of a list, set or variadic tuple; for a fixed tuple the union of its element types
 * (Any if one is unknown). Undefined for a result of unknown type (Any), whose Lua table could be
 * a sequence or a set `{[v] = true}`, and for anything that is not a collection.
 */
export function viewElement(resultType: Type): Type | undefined {
  switch (resultType.kind) {
    case "list":
    case "set":
    case "vartuple":
      return resultType.element;
    case "tuple":
      if (resultType.elements.length === 0 || resultType.elements.some((e) => e.kind === "any")) return ANY;
      return unionOf(resultType.elements);
    default:
      return undefined;
  }
}

/**
 * Whether the prelude's `__pt_py_less` orders values of this type as Python's `<` does (and
 * raises where Python raises): numbers and bools, strs, lists and tuples of them. None raises in
 * both; dicts, sets and values of unknown type do not order the same way.
 */
export function pythonOrderable(type: Type): boolean {
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
    case "str":
    case "none":
      return true;
    case "list":
    case "vartuple":
      return pythonOrderable(type.element);
    case "tuple":
      return type.elements.every(pythonOrderable);
    case "optional":
      return pythonOrderable(type.inner);
    case "union":
      return type.members.every(pythonOrderable);
    case "dict":
    case "set":
    case "any":
      return false;
  }
}

/**
 * Whether every value of this type is hashable in Python, so that `set(result)` cannot raise: no
 * lists, dicts or sets (a `set` type may be a mutable set), nor values of unknown type, anywhere.
 */
export function surelyHashable(type: Type): boolean {
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
    case "str":
    case "none":
      return true;
    case "vartuple":
      return surelyHashable(type.element);
    case "tuple":
      return type.elements.every(surelyHashable);
    case "optional":
      return surelyHashable(type.inner);
    case "union":
      return type.members.every(surelyHashable);
    case "list":
    case "dict":
    case "set":
    case "any":
      return false;
  }
}
