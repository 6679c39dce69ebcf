import type { CompileContext, CompiledAssertion, Refusal } from "../../backend.js";
import type { Tolerance, TypedAssertion } from "../../ir/suite.js";
import { showType } from "../../ir/types.js";
import { describeExpectation, failHeader } from "../../report-format.js";
import { describeType, describeValue, mentionsFloat } from "./descriptors.js";
import { rDoubleLiteral } from "./float-literal.js";
import { constructorsFor, rName } from "./names.js";
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
      if (expected.kind === "bool" && isBoolIdentity(assertion.source, expected.value)) {
        const fn = assertion.kind === "equal" ? ".__pt_identical" : ".__pt_not_identical";
        return `${fn}(${head}, ${expected.value ? "TRUE" : "FALSE"}, ${describeType(resultType, ctor)})`;
      }
      const value = writeValue(expected, resultType, ctor);
      const descriptor = describeValue(expected, resultType, ctor);
      const tolerance =
        mentionsFloat(descriptor) || assertion.toleranceStated
          ? `, ${toleranceCode(assertion.tolerance, assertion.toleranceStated)}`
          : "";
      const fn = assertion.kind === "equal" ? ".__pt_equal" : ".__pt_not_equal";
      return `${fn}(${head}, ${value}, ${descriptor}${tolerance})`;
    }
    case "truthy":
    case "falsy":
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
    case "inRange":
      throw new Error("internal: inRange is not among the R backend's features");
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
 * Whether the assert says `x is True` / `x is not False` (the front end reads both as (in)equality
 * with the bool; the assert's text tells them apart): `is` holds only for the bool itself, whereas
 * `==` also holds for 1 (Python's True == 1).
 */
function isBoolIdentity(source: string, value: boolean): boolean {
  const spelled = value ? "True" : "False";
  return (
    new RegExp(`\\bis\\s+(?:not\\s+)?${spelled}\\s*\\)?\\s*(?:,\\s*(?:"[^"]*"|'[^']*')\\s*)?$`).test(source) ||
    new RegExp(`^assert\\s+\\(?\\s*${spelled}\\s+is\\b`).test(source)
  );
}
