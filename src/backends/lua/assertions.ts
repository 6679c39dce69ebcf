import type { CompileContext, CompiledAssertion, Refusal } from "../../backend.js";
import type { Tolerance, TypedAssertion } from "../../ir/suite.js";
import { pythonFloatRepr } from "../../ir/python-literal.js";
import { describeExpectation, failHeader } from "../../report-format.js";
import { luaTypeDescriptor, mayHoldFloat } from "./descriptors.js";
import { luaReadableString, luaValue } from "./literals.js";
import { type LuaRefusal, resultTypeRefusal, valueRefusal } from "./refusals.js";

/** The prelude function that runs each kind of assertion. */
const RUNNERS: Record<TypedAssertion["kind"], string> = {
  equal: "__pt_assert_equal",
  notEqual: "__pt_assert_not_equal",
  truthy: "__pt_assert_truthy",
  falsy: "__pt_assert_falsy",
  isNone: "__pt_assert_none",
  isNotNone: "__pt_assert_not_none",
  inRange: "",
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

function findRefusal(assertion: TypedAssertion, context: CompileContext): LuaRefusal | undefined {
  const params = context.suite.signature.params;
  for (const [i, arg] of assertion.call.args.entries()) {
    const refusal = valueRefusal(arg, `argument '${params[i]?.name ?? i + 1}'`);
    if (refusal) return refusal;
  }
  if (assertion.expected) {
    const refusal = valueRefusal(assertion.expected, "the expected value");
    if (refusal) return refusal;
    return resultTypeRefusal(assertion.resultType, assertion.span);
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
