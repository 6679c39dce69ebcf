import { toPythonLiteral } from "../../ir/python-literal.js";
import { type Type, showType } from "../../ir/types.js";
import type { DictEntry, Value } from "../../ir/values.js";
import { ocamlFloat, ocamlInt, ocamlString } from "./literals.js";
import { OcamlRefusal, REFUSAL_CODES } from "./refusal.js";
import { ocamlType } from "./types.js";

/**
 * An OCaml expression for `value` at the concrete type `type`, usable as a function argument.
 * A value with an empty container or a None anywhere inside is annotated with its whole type
 * (`([] : int list)`, `([None; Some 1] : (int option) list)`), so every emitted value has a fully
 * known type on its own, whatever the candidate's type turns out to be; where no value of the suite
 * shows a part's type, that part is `_` (`([] : _ list)`) and the candidate's type decides it.
 */
export function ocamlValue(value: Value, type: Type): string {
  if (hasUntypedPart(value)) return `(${expression(value, type, false)} : ${ocamlType(type)})`;
  return expression(value, type, true);
}

/** `atomic`: the expression stands as an argument or a constructor payload and must be one token-like unit. */
function expression(value: Value, type: Type, atomic: boolean): string {
  switch (type.kind) {
    case "int":
      if (value.kind === "int") return ocamlInt(value.value, atomic, value.span);
      // An int the type checker widened for a value this backend left out (see `fillFromValues`).
      if (value.kind === "float" && value.widenedFromInt) return ocamlInt(BigInt(value.text), atomic, value.span);
      break;
    case "float":
      if (value.kind === "float") return ocamlFloat(value.value, atomic);
      if (value.kind === "int") return ocamlFloat(Number(value.value), atomic);
      break;
    case "bool":
      if (value.kind === "bool") return value.value ? "true" : "false";
      break;
    case "str":
      if (value.kind === "str") return ocamlString(value.value);
      break;
    case "optional": {
      if (value.kind === "none") return "None";
      const some = `Some ${expression(value, type.inner, true)}`;
      return atomic ? `(${some})` : some;
    }
    case "list":
    case "set":
      if (value.kind === type.kind) return listOf(value.items.map((v) => expression(v, type.element, false)));
      break;
    case "vartuple":
      if (value.kind === "tuple") return listOf(value.items.map((v) => expression(v, type.element, false)));
      break;
    case "tuple":
      if (value.kind === "tuple" && value.items.length === type.elements.length) {
        return `(${value.items.map((v, i) => expression(v, type.elements[i]!, false)).join(", ")})`;
      }
      break;
    case "dict":
      if (value.kind === "dict") {
        return listOf(
          pythonDictEntries(value.entries).map(
            (e) => `(${expression(e.key, type.key, false)}, ${expression(e.value, type.value, false)})`,
          ),
        );
      }
      break;
    default:
      break;
  }
  throw new OcamlRefusal(
    REFUSAL_CODES.valueMismatch,
    value.kind === "none"
      ? `None at a position of type ${showType(type)}, which is not Optional`
      : `the value ${toPythonLiteral(value)} does not fit its type ${showType(type)}`,
    value.span,
  );
}

function listOf(items: readonly string[]): string {
  return `[${items.join("; ")}]`;
}

/** True when some part of the value (an empty container, a None) does not show its own type. */
function hasUntypedPart(value: Value): boolean {
  switch (value.kind) {
    case "none":
      return true;
    case "list":
    case "set":
    case "tuple":
      // An empty tuple only occurs as a `Tuple[T, ...]`, written `[]`.
      return value.items.length === 0 || value.items.some(hasUntypedPart);
    case "dict":
      return value.entries.length === 0 || value.entries.some((e) => hasUntypedPart(e.key) || hasUntypedPart(e.value));
    default:
      return false;
  }
}

/**
 * The entries of a Python dict display as the dict holds them: a repeated key keeps its first
 * position and its last value (`{1: 'a', 1: 'b'}` is `{1: 'b'}`), so the association list has
 * one entry per key and can be compared entry for entry.
 */
export function pythonDictEntries(entries: readonly DictEntry[]): DictEntry[] {
  const result: DictEntry[] = [];
  for (const entry of entries) {
    const at = result.findIndex((e) => samePythonKey(e.key, entry.key));
    if (at >= 0) result[at] = { key: result[at]!.key, value: entry.value };
    else result.push(entry);
  }
  return result;
}

/** Python key equality for literal keys: `1 == 1.0`, `0.0 == -0.0`, and a nan is only itself. */
function samePythonKey(a: Value, b: Value): boolean {
  const number = (v: Value): number | bigint | undefined =>
    v.kind === "int" ? v.value : v.kind === "float" ? v.value : v.kind === "bool" ? (v.value ? 1n : 0n) : undefined;
  const na = number(a);
  const nb = number(b);
  if (na !== undefined && nb !== undefined) {
    // eslint-disable-next-line eqeqeq -- bigint == number compares values, as Python does
    return typeof na === typeof nb ? na === nb : na == nb;
  }
  if (a.kind === "str" && b.kind === "str") return a.value === b.value;
  if (a.kind === "none" && b.kind === "none") return true;
  if (a.kind === "tuple" && b.kind === "tuple") {
    return a.items.length === b.items.length && a.items.every((v, i) => samePythonKey(v, b.items[i]!));
  }
  return false;
}
