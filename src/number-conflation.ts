/**
 * Calls that a target cannot tell apart although Python can: `f(3, 4, 7)` and `f(3.0, 4, 7)` are
 * one call in R (every number is a double), and in OCaml or Julia where the position is a float
 * (the int is passed as `3.`). When Python's checks of such calls differ (HumanEval/92's any_int
 * answers True for ints and False for 3.0), no candidate can pass both compiled assertions, so
 * every assertion of the group is refused instead of compiled into a test nobody can pass.
 */
import type { NumberDistinction } from "./backend.js";
import type { TypedAssertion } from "./ir/suite.js";
import { ANY, type Type } from "./ir/types.js";
import { resolveValueType, valueFits } from "./ir/typing.js";
import type { Value } from "./ir/values.js";

export interface ConflatedCall {
  /** The other assertion of the group whose check differs (the first one, by source order). */
  readonly other: TypedAssertion;
}

/**
 * For each assertion that belongs to a group of calls the target conflates (same call in the
 * target, different call in Python) where the groups' checks differ: the first other member.
 */
export function conflatedCalls(assertions: readonly TypedAssertion[], distinction: NumberDistinction): ReadonlyMap<TypedAssertion, ConflatedCall> {
  if (distinction === "always") return NOTHING_CONFLATED;
  // A suite is compiled for several backends, several of which share a distinction: group once.
  let bySuite = computed.get(assertions);
  if (!bySuite) computed.set(assertions, (bySuite = new Map()));
  let found = bySuite.get(distinction);
  if (!found) bySuite.set(distinction, (found = groupConflated(assertions, distinction)));
  return found;
}

const NOTHING_CONFLATED: ReadonlyMap<TypedAssertion, ConflatedCall> = new Map();
const computed = new WeakMap<readonly TypedAssertion[], Map<NumberDistinction, ReadonlyMap<TypedAssertion, ConflatedCall>>>();

function groupConflated(assertions: readonly TypedAssertion[], distinction: NumberDistinction): ReadonlyMap<TypedAssertion, ConflatedCall> {
  const found = new Map<TypedAssertion, ConflatedCall>();
  const groups = new Map<string, TypedAssertion[]>();
  for (const assertion of assertions) {
    const key = assertion.call.args.map((v, i) => targetKey(v, assertion.argTypes[i] ?? ANY, distinction)).join(",");
    const group = groups.get(key);
    if (group) group.push(assertion);
    else groups.set(key, [assertion]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const pythonCalls = new Set(group.map((a) => a.call.args.map(pythonKey).join(",")));
    const checks = new Set(group.map(checkKey));
    if (pythonCalls.size < 2 || checks.size < 2) continue;
    for (const assertion of group) {
      const other = group.find((a) => a !== assertion && checkKey(a) !== checkKey(assertion))!;
      found.set(assertion, { other });
    }
  }
  return found;
}

/** The argument as the target sees it: numbers the target conflates share one key. */
function targetKey(value: Value, type: Type, distinction: NumberDistinction): string {
  const concrete = valueFits(value, type) ? resolveValueType(value, type) : ANY;
  const inner = (v: Value, t: Type) => targetKey(v, t, distinction);
  switch (value.kind) {
    case "int":
      return distinction === "never" || concrete.kind === "float" ? `n${value.value}` : `i${value.value}`;
    case "float":
      return `n${numberText(value)}`;
    case "list":
    case "set":
    case "tuple": {
      const element = (i: number): Type =>
        concrete.kind === "list" || concrete.kind === "set" || concrete.kind === "vartuple"
          ? concrete.element
          : concrete.kind === "tuple"
            ? (concrete.elements[i] ?? ANY)
            : ANY;
      const items = value.items.map((v, i) => inner(v, element(i)));
      return `${value.kind}(${(value.kind === "set" ? items.sort() : items).join(",")})`;
    }
    case "dict": {
      const [key, val]: [Type, Type] = concrete.kind === "dict" ? [concrete.key, concrete.value] : [ANY, ANY];
      return `dict(${value.entries.map((e) => `${inner(e.key, key)}:${inner(e.value, val)}`).sort().join(",")})`;
    }
    default:
      return pythonKey(value);
  }
}

/** The argument as Python sees it: an int and a float are different calls even when equal. */
function pythonKey(value: Value): string {
  switch (value.kind) {
    case "int":
      return `i${value.value}`;
    case "float":
      return value.widenedFromInt ? `i${value.text}` : `f${numberText(value)}`;
    case "bool":
      return value.value ? "True" : "False";
    case "str":
      return JSON.stringify(value.value);
    case "none":
      return "None";
    case "list":
    case "tuple":
      return `${value.kind}(${value.items.map(pythonKey).join(",")})`;
    case "set":
      return `set(${value.items.map(pythonKey).sort().join(",")})`;
    case "dict":
      return `dict(${value.entries.map((e) => `${pythonKey(e.key)}:${pythonKey(e.value)}`).sort().join(",")})`;
  }
}

/** A float by its value; a widened int by its digits (its double may have rounded). */
function numberText(value: Extract<Value, { kind: "float" }>): string {
  if (value.widenedFromInt) return value.text;
  if (Object.is(value.value, -0)) return "0";
  return Number.isInteger(value.value) && Math.abs(value.value) < 2 ** 63 ? BigInt(value.value).toString() : String(value.value);
}

/** What an assertion checks about the call's result, as a comparable key (`6 == 6.0` in Python). */
function checkKey(assertion: TypedAssertion): string {
  return JSON.stringify([
    assertion.kind,
    assertion.expected ? targetKey(assertion.expected, ANY, "never") : null,
    assertion.view ?? null,
    assertion.identity ?? false,
    assertion.range ? [pythonKey(assertion.range.low), pythonKey(assertion.range.high)] : null,
    assertion.tolerance,
  ]);
}
