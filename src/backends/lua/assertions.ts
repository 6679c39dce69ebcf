import type { CompileContext, CompiledAssertion, Refusal } from "../../backend.js";
import type { Tolerance, TypedAssertion } from "../../ir/suite.js";
import { type Type, showType } from "../../ir/types.js";
import { pythonFloatRepr } from "../../ir/python-literal.js";
import { describeExpectation, failHeader } from "../../report-format.js";
import { luaTypeDescriptor, mayHoldFloat } from "./descriptors.js";
import { luaReadableString, luaValue } from "./literals.js";
import { LUA_REFUSALS, type LuaRefusal, resultTypeRefusal, valueRefusal } from "./refusals.js";
import { viewElement, pythonOrderable, surelyHashable } from "./views.js";

/** The prelude function that runs each kind of assertion. */
const RUNNERS: Record<TypedAssertion["kind"], string> = {
  equal: "__pt_assert_equal",
  notEqual: "__pt_assert_not_equal",
  truthy: "__pt_assert_truthy",
  falsy: "__pt_assert_falsy",
  isNone: "__pt_assert_none",
  isNotNone: "__pt_assert_not_none",
  inRange: "__pt_assert_in_range",
};

/**
 * One assertion as one Lua statement:
 *
 *     __pt_assert_equal("FAIL line 6: assert candidate(2, 3) == 5", "5", "int", function() return add(2, 3) end, 5)
 *
 * the report's header and expectation, the result's type descriptor, the call in a closure (run
 * under pcall by the prelude), then for `==`/`!=` the expected value and the tolerance where it
 * matters.
 */
export function compileLuaAssertion(assertion: TypedAssertion, context: CompileContext): CompiledAssertion | Refusal {
  const refusal = findRefusal(assertion, context);
  if (refusal) return { refusal };

  const call = `${context.entryPoint}(${assertion.call.args.map(luaValue).join(", ")})`;
  const parts = [
    luaReadableString(failHeader(assertion)),
    luaReadableString(describeExpectation(assertion)),
    luaTypeDescriptor(assertion.resultType),
    `function() return ${call} end`,
  ];
  if (assertion.kind === "inRange") {
    parts.push(luaValue(assertion.range!.low), luaValue(assertion.range!.high));
    return { code: `${RUNNERS.inRange}(${parts.join(", ")})` };
  }
  if (assertion.view) return compileView(assertion, parts);
  if (assertion.kind === "equal" || assertion.kind === "notEqual") {
    parts.push(luaValue(assertion.expected!));
    // An int result needs no tolerance, except one the assert states (`abs(a - b) < eps`,
    // `math.isclose`), which Python applies to ints too.
    if (mayHoldFloat(assertion.resultType) || assertion.toleranceStated) {
      parts.push(luaTolerance(assertion.tolerance, assertion.toleranceStated));
    }
  }
  return { code: `${RUNNERS[assertion.kind]}(${parts.join(", ")})` };
}

/**
 * `sorted(result) == [...]` and `set(result) == {...}` (and `!=`):
 *
 *     __pt_assert_sorted_equal(header, expectation, T, call, "multiset", E, {1, 2, 3})
 *     __pt_assert_set_equal(header, expectation, T, call, E, {[1] = true, [3] = true})
 *
 * T (the result's type) says how to read the result's items (a sequence, or the keys of a set),
 * E is their type. sorted(...) compares as a multiset under exact equality where that is the same
 * as Python's sorted-then-==; where a float tolerance applies, or for `!=` (where Python's sort
 * raising on unorderable items decides), it sorts the items with Python's order ("python") and
 * compares them in order. set(...) compares items exactly, as Python's hashing does.
 */
function compileView(assertion: TypedAssertion, parts: string[]): CompiledAssertion | Refusal {
  const element = viewElement(assertion.resultType)!;
  const E = luaTypeDescriptor(element);
  const expected = luaValue(assertion.expected!);
  const negated = assertion.kind === "notEqual";
  if (assertion.view === "set") {
    return { code: `${negated ? "__pt_assert_set_not_equal" : "__pt_assert_set_equal"}(${[...parts, E, expected].join(", ")})` };
  }
  const toleranceMatters = (mayHoldFloat(element) || assertion.toleranceStated) && !isExact(assertion.tolerance);
  const order = negated || toleranceMatters ? "python" : "multiset";
  const args = [...parts, `"${order}"`, E, expected];
  if (order === "python" && toleranceMatters) args.push(luaTolerance(assertion.tolerance, assertion.toleranceStated));
  return { code: `${negated ? "__pt_assert_sorted_not_equal" : "__pt_assert_sorted_equal"}(${args.join(", ")})` };
}

function isExact(tolerance: Tolerance): boolean {
  return tolerance.kind === "isclose" && tolerance.relative === 0 && tolerance.absolute === 0;
}

function findRefusal(assertion: TypedAssertion, context: CompileContext): LuaRefusal | undefined {
  const params = context.suite.signature.params;
  for (const [i, arg] of assertion.call.args.entries()) {
    const refusal = valueRefusal(arg, `argument '${params[i]?.name ?? i + 1}'`);
    if (refusal) return refusal;
  }
  if (assertion.expected) {
    const refusal = valueRefusal(assertion.expected, "the expected value");
    if (refusal) return refusal;
    const typeRefusal = resultTypeRefusal(assertion.resultType, assertion.span);
    if (typeRefusal) return typeRefusal;
  }
  return assertion.view ? viewRefusal(assertion) : undefined;
}

/** Why a sorted(...) / set(...) view of the result cannot be compiled faithfully, if it cannot. */
function viewRefusal(assertion: TypedAssertion): LuaRefusal | undefined {
  const { resultType, span } = assertion;
  const element = viewElement(resultType);
  if (element === undefined) {
    return {
      code: LUA_REFUSALS.untypedView,
      message: `${assertion.view}(...) of a result of type ${showType(resultType)}: a Lua table may stand for a list or a set {[v] = true}, which read differently`,
      span,
    };
  }
  // the items compare under the element type, so it must be one Lua can tell apart at run time
  const ambiguous = resultTypeRefusal(element, span);
  if (ambiguous) return ambiguous;
  if (assertion.view === "set") {
    return surelyHashable(element)
      ? undefined
      : {
          code: LUA_REFUSALS.viewUnhashable,
          message: `set(...) of items of type ${showType(element)}, which are or may be unhashable in Python (set() then raises); Lua cannot tell a list item from a tuple`,
          span,
        };
  }
  const toleranceMatters = (mayHoldFloat(element) || assertion.toleranceStated) && !isExact(assertion.tolerance);
  if ((assertion.kind === "notEqual" || toleranceMatters) && !pythonOrderable(element)) {
    return {
      code: LUA_REFUSALS.viewOrder,
      message:
        `sorted(...) of items of type ${showType(element)} ` +
        (assertion.kind === "notEqual" ? "with !=, where Python's sort raising on unorderable items decides" : "under a float tolerance, where the pairing follows Python's order") +
        "; the Lua prelude orders only numbers, strs, and lists and tuples of them",
      span,
    };
  }
  return undefined;
}

/**
 * `{"isclose", rel, abs}` or `{"absdiff", eps, inclusive}`, numbers in round-trip digits, marked
 * `stated = true` when the assert states it (then it applies to int results too).
 */
export function luaTolerance(tolerance: Tolerance, stated: boolean): string {
  const items =
    tolerance.kind === "isclose"
      ? ['"isclose"', pythonFloatRepr(tolerance.relative), pythonFloatRepr(tolerance.absolute)]
      : ['"absdiff"', pythonFloatRepr(tolerance.epsilon), String(tolerance.inclusive)];
  return `{${[...items, ...(stated ? ["stated = true"] : [])].join(", ")}}`;
}
