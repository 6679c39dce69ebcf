/**
 * Property 1: IR → Python literal text (`toPythonLiteral`) → front end → IR gives the same value,
 * to the float bit and the code point. Strings with lone surrogates are refused on the way back.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTests, parseTests } from "../../src/index.js";
import { LANGUAGES } from "./languages.js";
import { loneSurrogateStringArb, typedValueArb, v } from "./arbitraries.js";
import { echoSuite } from "./python-suite.js";
import { fcParameters, letEventLoopRun, runsFor, timeoutFor } from "./settings.js";
import { valueDifference } from "./value-identity.js";

const RUNS = runsFor(300);

/** Reads `assert candidate(value) == value` back and returns the argument and expected values. */
export async function pythonRoundTripProblem(type: Parameters<typeof echoSuite>[0], value: Parameters<typeof valueDifference>[0]): Promise<string | undefined> {
  const source = echoSuite(type, [{ argument: value, expected: value }]);
  const suite = await parseTests(source);
  const [assertion] = suite.assertions;
  if (!assertion || suite.assertions.length !== 1) return `not read back as one assertion: ${JSON.stringify(suite.diagnostics)}\n${source}`;
  const difference = valueDifference(value, assertion.call.args[0]!, "argument") ?? valueDifference(value, assertion.expected!, "expected");
  return difference && `${difference}\n${source}`;
}

describe("property 1: Python literal round trip", () => {
  it(
    `IR → Python literal → front end → the same IR (${RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(typedValueArb(), async ({ type, value }) => {
          await letEventLoopRun();
          const problem = await pythonRoundTripProblem(type, value);
          expect(problem).toBeUndefined();
        }),
        fcParameters(RUNS),
      );
    },
    timeoutFor(RUNS, 20),
  );

  it(
    `a string holding a lone surrogate is refused, escaped or raw, by every backend (${Math.ceil(RUNS / 10)} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(loneSurrogateStringArb, fc.boolean(), async (text, raw) => {
          const literal = raw ? `"${text.replace(/[\\"\n\r\0]/g, "")}"` : echoSuite({ kind: "str" }, [{ argument: v.str(text), expected: v.str("x") }]);
          const source = raw ? `def echo(x: str) -> str:\n    return x\n\nassert echo(${literal}) == "x"\n` : literal;
          const suite = await parseTests(source);
          expect(suite.assertions, source).toEqual([]);
          expect(suite.diagnostics.map((d) => d.code)).toContain("literal/lone-surrogate");
          for (const language of LANGUAGES) {
            const compiled = await compileTests(source, language);
            expect(compiled.program, `${language} emitted a program for a lone surrogate`).toBe("");
          }
        }),
        fcParameters(Math.ceil(RUNS / 10)),
      );
    },
    timeoutFor(RUNS, 20),
  );
});
