import type { CompileContext, CompiledAssertion, Refusal } from "../../backend.js";
import type { Tolerance, TypedAssertion } from "../../ir/suite.js";
import type { Value } from "../../ir/values.js";
import { comparedType } from "../../typecheck/views.js";
import { type Type, showType } from "../../ir/types.js";
import { describeExpectation, failHeader } from "../../report-format.js";
import { describeType, describeValue, mentionsFloat } from "./descriptors.js";
import { rDoubleLiteral } from "./float-literal.js";
import { type Constructors, constructorsFor, rName } from "./names.js";
import { Unwritable } from "./refusals.js";
import { containsNul, rStringLiteral } from "./strings.js";
import { CONTAINER_KINDS, admitsNone, indistinctUnion } from "./types.js";
import { writeValue } from "./values.js";

/**
 * One assertion as a call of the prelude, e.g.
 *
 *     .__pt_equal("FAIL line 6: assert candidate(2) == True", "True",
 *       is_even(2), TRUE, list(k = "bool"))
 *
 * The header and the expectation text are the report lines, fixed at compile time; the call of the
 * candidate is passed unevaluated and run inside the prelude's error handler.
 */
export function compileRAssertion(assertion: TypedAssertion, context: CompileContext): CompiledAssertion | Refusal {
  try {
    return { code: assertionCode(assertion, context) };
  } catch (error) {
    if (error instanceof Unwritable) {
      return { refusal: { code: error.code, message: error.message, ...(error.span ? { span: error.span } : {}) } };
    }
    throw error;
  }
}

function assertionCode(assertion: TypedAssertion, context: CompileContext): string {
  const ctor = constructorsFor(context.entryPoint);
  const args = assertion.call.args.map((arg, i) => writeValue(arg, assertion.argTypes[i]!, ctor));
  const call = `${rName(context.entryPoint)}(${args.join(", ")})`;
  const header = reportText(failHeader(assertion));
  const expectation = reportText(describeExpectation(assertion));
  const head = `${header}, ${expectation},\n  ${call}`;
  const resultType = assertion.resultType;
  const indistinct = assertion.kind === "isNone" || assertion.kind === "isNotNone" ? undefined : indistinctUnion(resultType);
  if (indistinct) {
    throw new Unwritable(
      "refused/r-indistinct-union",
      `R cannot tell the members of ${showType(indistinct)} apart (5 and [5] are both c(5); lists, sets and tuples are all vectors)`,
      assertion.span,
    );
  }

  switch (assertion.kind) {
    case "equal":
    case "notEqual": {
      const expected = assertion.expected!;
      if (assertion.identity) {
        if (expected.kind !== "bool") throw new Error(`internal: identity with a ${expected.kind} (the front end reads only True/False/None so)`);
        const fn = assertion.kind === "equal" ? ".__pt_identical" : ".__pt_not_identical";
        return `${fn}(${head}, ${expected.value ? "TRUE" : "FALSE"}, ${describeType(resultType, ctor)})`;
      }
      if (assertion.view) return viewCode(assertion, head, ctor);
      const value = writeValue(expected, resultType, ctor);
      const descriptor = describeValue(expected, resultType, ctor);
      const fn = assertion.kind === "equal" ? ".__pt_equal" : ".__pt_not_equal";
      return `${fn}(${head}, ${value}, ${descriptor}${toleranceArgument(assertion, descriptor)})`;
    }
    case "truthy":
    case "falsy":
      if (ambiguousTruth(resultType)) {
        throw new Unwritable(
          "refused/r-ambiguous-truthiness",
          `the result type ${showType(resultType)} has both scalar and sequence members, and a length-1 R vector is either (0 is falsy, [0] truthy)`,
          assertion.span,
        );
      }
      return `.__pt_${assertion.kind}(${head}, ${describeType(resultType, ctor)})`;
    case "isNone":
    case "isNotNone": {
      if (!admitsNone(resultType) && CONTAINER_KINDS.has(resultType.kind)) {
        throw new Unwritable(
          "refused/r-none-vs-empty",
          `the result type ${resultType.kind} cannot be None, and in R its empty value may be NULL, so 'is None' cannot be decided`,
          assertion.span,
        );
      }
      const fn = assertion.kind === "isNone" ? ".__pt_is_none" : ".__pt_is_not_none";
      return `${fn}(${head}, ${describeType(resultType, ctor)})`;
    }
    case "inRange": {
      const range = assertion.range!;
      return `.__pt_in_range(${head}, ${boundCode(range.low)}, ${boundCode(range.high)}, ${describeType(resultType, ctor)})`;
    }
  }
}

/** A report line as an R string (ASCII source; NUL cannot occur in an R string). */
function reportText(text: string): string {
  if (containsNul(text)) throw new Unwritable("refused/r-nul-in-string", "R strings cannot hold NUL (\\x00)");
  return rStringLiteral(text);
}

/** The tolerance as a prelude call; a tolerance the assert states holds for int results too. */
function toleranceCode(tolerance: Tolerance, stated: boolean): string {
  const ints = stated ? ", ints = TRUE" : "";
  return tolerance.kind === "isclose"
    ? `.__pt_isclose(${rDoubleLiteral(tolerance.relative)}, ${rDoubleLiteral(tolerance.absolute)}${ints})`
    : `.__pt_absdiff(${rDoubleLiteral(tolerance.epsilon)}, ${tolerance.inclusive ? "TRUE" : "FALSE"}${ints})`;
}

/**
 * Whether a length-1 R vector at a result of this type could be a scalar or a one-item sequence,
 * which Python's truthiness tells apart (`0` is falsy, `[0]` truthy). `Any` is read as the scalar,
 * as equality reads it (see the report on that trade-off); a union says both are possible.
 */
function ambiguousTruth(type: Type): boolean {
  if (type.kind === "optional") return ambiguousTruth(type.inner);
  if (type.kind !== "union") return false;
  const members = type.members.map((m) => (m.kind === "optional" ? m.inner : m));
  const scalar = members.some((m) => m.kind === "int" || m.kind === "float" || m.kind === "bool" || m.kind === "str" || m.kind === "any");
  const sequence = members.some((m) => m.kind === "list" || m.kind === "set" || m.kind === "tuple" || m.kind === "vartuple" || m.kind === "any");
  return scalar && sequence;
}

/** The tolerance argument of a comparison: where a float can occur, or the assert states one. */
function toleranceArgument(assertion: TypedAssertion, descriptor: string): string {
  return mentionsFloat(descriptor) || assertion.toleranceStated
    ? `, ${toleranceCode(assertion.tolerance, assertion.toleranceStated)}`
    : "";
}

/**
 * `sorted(result) == [...]` / `set(result) == {...}` (and `!=`): the expected value is written at
 * the compared type (a list, resp. a set, of the result's items), the candidate's value is shown
 * at the result's own type. `nullable` says that NULL is None at the result's position (an `Any`
 * result), where `sorted(None)` / `set(None)` raise, so the assertion fails either way.
 */
function viewCode(assertion: TypedAssertion, head: string, ctor: Constructors): string {
  const compared = comparedType(assertion, assertion.resultType);
  if ("problem" in compared) throw new Error(`internal: a view the type checker let through: ${compared.problem}`);
  const expected = assertion.expected!;
  const value = writeValue(expected, compared.type, ctor);
  const descriptor = describeValue(expected, compared.type, ctor);
  const fn = assertion.kind === "equal" ? ".__pt_view_equal" : ".__pt_view_not_equal";
  const nullable = admitsNone(assertion.resultType) ? "TRUE" : "FALSE";
  return `${fn}(${head}, "${assertion.view}", ${value}, ${descriptor}, ${describeType(assertion.resultType, ctor)}, ${nullable}${toleranceArgument(assertion, descriptor)})`;
}

/** A bound of an `inRange` assertion: an exact double literal (or an infinity). */
function boundCode(bound: Value): string {
  if (bound.kind !== "float") throw new Error(`internal: an inRange bound of kind ${bound.kind}`);
  if (Number.isNaN(bound.value)) throw new Error("internal: a nan inRange bound");
  if (bound.value === Infinity) return "Inf";
  if (bound.value === -Infinity) return "-Inf";
  return rDoubleLiteral(bound.value);
}
