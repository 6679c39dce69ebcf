import type { Tolerance } from "../../ir/suite.js";
import { type Type, showType } from "../../ir/types.js";
import { ocamlFloat } from "./literals.js";

/**
 * Type-directed helpers, written as applications of the prelude's combinators so that each
 * assertion says exactly how its values are compared, tested for truth and printed, e.g.
 * `(__pt_eq_list (__pt_eq_tuple2 __pt_eq_int __pt_eq_string))` for `list[tuple[int, str]]`.
 */

/**
 * Deep equality `expected -> actual -> bool`; floats anywhere inside use the assertion's tolerance.
 * Ints compare exactly, as Python's `==` does, unless `intsByTolerance`: a tolerance the assert
 * states itself (`abs(f(x) - 5) < 2`, `math.isclose(f(x), 5, ...)`) holds for ints too.
 */
export function equalityFor(type: Type, tolerance: Tolerance, intsByTolerance = false): string {
  const eq = (t: Type): string => equalityFor(t, tolerance, intsByTolerance);
  switch (type.kind) {
    case "int":
      if (!intsByTolerance) return "__pt_eq_int";
      return tolerance.kind === "isclose"
        ? `(__pt_eq_int_isclose ${ocamlFloat(tolerance.relative, true)} ${ocamlFloat(tolerance.absolute, true)})`
        : `(__pt_eq_int_absdiff ${ocamlFloat(tolerance.epsilon, true)} ${tolerance.inclusive})`;
    case "bool":
      return "__pt_eq_bool";
    case "str":
      return "__pt_eq_string";
    case "float":
      return tolerance.kind === "isclose"
        ? `(__pt_eq_float_isclose ${ocamlFloat(tolerance.relative, true)} ${ocamlFloat(tolerance.absolute, true)})`
        : `(__pt_eq_float_absdiff ${ocamlFloat(tolerance.epsilon, true)} ${tolerance.inclusive})`;
    case "list":
    case "vartuple":
      return `(__pt_eq_list ${eq(type.element)})`;
    case "set":
      return `(__pt_eq_set ${eq(type.element)})`;
    case "dict":
      return `(__pt_eq_dict ${eq(type.key)} ${eq(type.value)})`;
    case "optional":
      return `(__pt_eq_option ${eq(type.inner)})`;
    case "tuple":
      return `(__pt_eq_tuple${type.elements.length} ${type.elements.map(eq).join(" ")})`;
    case "any":
      // No expected value has anything at this part (see `withUnknownParts`), so the enclosing
      // container's equality never applies it: an empty list equals only an empty list.
      return "__pt_eq_unseen";
    default:
      return unreachable(type);
  }
}

/** Python truthiness by type: 0, 0.0, "", empty containers, None and False are false. */
export function truthinessFor(type: Type): string {
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
      return `__pt_truthy_${type.kind}`;
    case "str":
      return "__pt_truthy_string";
    case "list":
    case "set":
    case "vartuple":
    case "dict":
      return "__pt_truthy_list";
    case "tuple":
      // A tuple of two or more items is never empty.
      return "__pt_truthy_tuple";
    case "optional":
      return `(__pt_truthy_option ${truthinessFor(type.inner)})`;
    case "any":
      // No value in the suite shows the type (`assert f(x)` only): decided at run time.
      return "__pt_truthy_unseen";
    default:
      return unreachable(type);
  }
}

/** A printer `value -> string` rendering the result as Python's repr would (`[1, 2]`, `'ab'`, `None`). */
export function showFor(type: Type): string {
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
      return `__pt_show_${type.kind}`;
    case "str":
      return "__pt_show_string";
    case "list":
    case "set":
    case "vartuple":
      return `(__pt_show_${type.kind} ${showFor(type.element)})`;
    case "optional":
      return `(__pt_show_option ${showFor(type.inner)})`;
    case "dict":
      return `(__pt_show_dict ${showFor(type.key)} ${showFor(type.value)})`;
    case "tuple":
      return `(__pt_show_tuple${type.elements.length} ${type.elements.map(showFor).join(" ")})`;
    case "any":
      return "__pt_show_unseen";
    default:
      return unreachable(type);
  }
}

/**
 * `fn` applied to more arguments, written flat: `(__pt_eq_list __pt_eq_int)` applied to `[1]` is
 * `(__pt_eq_list __pt_eq_int [1])` rather than `((__pt_eq_list __pt_eq_int) [1])`.
 */
export function applied(fn: string, ...args: string[]): string {
  const head = isParenthesised(fn) ? fn.slice(1, -1) : fn;
  return `(${[head, ...args].join(" ")})`;
}

/** True when the text is one parenthesised group, `( ... )`, and not `(a) (b)`. */
function isParenthesised(text: string): boolean {
  if (!text.startsWith("(") || !text.endsWith(")")) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0 && i < text.length - 1) return false;
  }
  return true;
}

function unreachable(type: Type): never {
  throw new Error(`internal: ${showType(type)} has no OCaml counterpart; it should have been refused`);
}
