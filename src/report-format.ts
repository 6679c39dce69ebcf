import { toPythonLiteral } from "./ir/python-literal.js";
import type { Assertion } from "./ir/suite.js";

/**
 * The run report every backend prints, fixed so that the runner can read any target's output:
 *
 *     FAIL line 12: assert candidate([1, 2]) == 3
 *       expected: 3
 *       actual:   4
 *     polytest: 5 passed, 1 failed
 *
 * When the candidate raised, the third line is `  error:    <message>` instead of `actual`.
 * The closing line is always printed last; the process exits 1 when anything failed, else 0.
 */
export const REPORT = {
  failHeader: (line: number, source: string) => `FAIL line ${line}: ${source}`,
  expectedPrefix: "  expected: ",
  actualPrefix: "  actual:   ",
  errorPrefix: "  error:    ",
  summaryPrefix: "polytest: ",
} as const;

/** The `FAIL line N: ...` header of an assertion, ready to embed as a string constant. */
export function failHeader(assertion: Assertion): string {
  return REPORT.failHeader(assertion.span.startLine, assertion.source);
}

/** What the `expected:` line says for an assertion, known at compile time. */
export function describeExpectation(assertion: Assertion): string {
  switch (assertion.kind) {
    case "equal":
      return toPythonLiteral(assertion.expected!);
    case "notEqual":
      return `not ${toPythonLiteral(assertion.expected!)}`;
    case "truthy":
      return "a truthy value";
    case "falsy":
      return "a falsy value";
    case "isNone":
      return "None";
    case "isNotNone":
      return "not None";
    case "inRange":
      return `a number from ${toPythonLiteral(assertion.range!.low)} to ${toPythonLiteral(assertion.range!.high)}`;
  }
}
