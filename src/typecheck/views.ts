import type { Assertion } from "../ir/suite.js";
import { ANY, FLOAT, type Type, listOf, setOf, showType } from "../ir/types.js";
import { unionOf } from "../ir/typing.js";
import type { Value } from "../ir/values.js";

/**
 * What the result's type must be, and what the expected value is compared against, when the
 * assert applies a builtin to the result (`set(f(x)) == {...}`, `sorted(...)`, `list(...)`,
 * `tuple(...)`, `round(...)`).
 */

/** The value an assertion contributes to the inference of an unannotated result type. */
export function inferenceValue(assertion: Assertion): Value | undefined {
  const { expected } = assertion;
  if (assertion.kind === "inRange") return assertion.range?.low;
  if (!expected) return undefined;
  // set(r) == {...} and sorted(r) == [...] say only that r is a collection of such items; a list is
  // the common case. list(r) / tuple(r) == ...: r is taken to be a list when nothing says otherwise.
  if ((assertion.view || assertion.converted) && (expected.kind === "set" || expected.kind === "list" || expected.kind === "tuple")) {
    return { kind: "list", items: expected.items, span: expected.span };
  }
  return expected;
}

/** The element type of a list, set or tuple type; undefined for anything else. */
export function sequenceElement(type: Type): Type | undefined {
  switch (type.kind) {
    case "list":
    case "set":
    case "vartuple":
      return type.element;
    case "tuple":
      return type.elements.length === 0 ? ANY : unionOf(type.elements);
    case "any":
      return ANY;
    default:
      return undefined;
  }
}

/**
 * The type `expected` must fit, given the result's type, or a reason the assertion cannot be
 * typed. For a plain comparison that is the result's type itself.
 */
export function comparedType(assertion: Assertion, resultType: Type): { type: Type } | { problem: string } {
  if (assertion.kind === "inRange") {
    return admitsNumber(resultType) ? { type: FLOAT } : { problem: `round(...) needs a number result, but the result is ${showType(resultType)}` };
  }
  const wrapper = assertion.view ?? assertion.converted;
  if (!wrapper) return { type: resultType };
  const element = sequenceElement(resultType);
  if (element === undefined || (assertion.converted && resultType.kind === "set")) {
    const allowed = assertion.converted ? "a list or tuple" : "a list, tuple or set";
    return { problem: `${wrapper}(...) of the result is supported only when the result is ${allowed}, not ${showType(resultType)}` };
  }
  switch (wrapper) {
    case "set":
      return { type: setOf(element) };
    case "sorted":
      return { type: listOf(element) };
    default:
      return { type: resultType };
  }
}

function admitsNumber(type: Type): boolean {
  switch (type.kind) {
    case "int":
    case "float":
    case "any":
      return true;
    case "optional":
      return admitsNumber(type.inner);
    case "union":
      return type.members.some(admitsNumber);
    default:
      return false;
  }
}

/**
 * `list(r) == [...]` / `tuple(r) == (...)`: the expected value in r's own sequence kind, so that
 * the comparison needs no conversion. The result's annotation decides; an unannotated result is
 * taken to be a list (Lua, R and Racket spell lists and tuples alike; Julia and OCaml compare the
 * candidate's value against a list then).
 */
export function convertedExpected(expected: Value, declaredResult: Type): Value {
  if (expected.kind !== "list" && expected.kind !== "tuple") return expected;
  const kind = declaredResult.kind === "tuple" || declaredResult.kind === "vartuple" ? "tuple" : "list";
  return { kind, items: expected.items, span: expected.span };
}
