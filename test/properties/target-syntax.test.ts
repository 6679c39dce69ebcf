/**
 * Property 2: a typed value in `assert candidate(v) == v` compiles, in every backend, to a program
 * the target's tree-sitter grammar from npm (Julia, Lua, OCaml) parses without an ERROR node; or is
 * refused, and then only for a reason the contract gives for that value, and always when the
 * contract says the target cannot hold it (an int in range must not be refused, one beyond must).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toPythonLiteral } from "../../src/ir/python-literal.js";
import { showType, type Type } from "../../src/ir/types.js";
import { typeOfValue } from "../../src/ir/typing.js";
import type { Value } from "../../src/ir/values.js";
import { hasGrammar, syntaxErrors } from "../support/target-syntax.js";
import { incrementalSyntaxErrors } from "./incremental-syntax.js";
import { typedValueArb } from "./arbitraries.js";
import { compileForEach } from "./compile-all.js";
import { refusalRule } from "./contract-refusals.js";
import { LANGUAGES } from "./languages.js";
import { echoSuite, firstAssertionLine } from "./python-suite.js";
import { fcParameters, letEventLoopRun, runsFor, timeoutFor } from "./settings.js";

const RUNS = runsFor(200);
let parsed = 0;

/** Every way `assert candidate(v) == v` breaks the property in some target, one line each. */
export async function targetSyntaxProblems(type: Type, value: Value, annotated = true): Promise<string[]> {
  const source = echoSuite(type, [{ argument: value, expected: value }], annotated);
  const problems: string[] = [];
  // Without annotations the type is what inference makes of the value.
  const seenType = annotated ? type : typeOfValue(value);
  for (const [language, compiled] of await compileForEach(source, LANGUAGES)) {
    const rule = refusalRule(language, value, seenType, undefined, annotated);
    const refusals = compiled.diagnostics.filter((d) => d.code.startsWith("refused/"));
    const others = compiled.diagnostics.filter((d) => !d.code.startsWith("refused/") && d.code !== "suite/nothing-compiled");
    for (const d of others) problems.push(`${language}: unexpected diagnostic ${d.code}: ${d.message}`);
    for (const d of refusals) {
      if (!rule.allowed.has(d.code)) problems.push(`${language}: refused without a contract reason: ${d.code}: ${d.message}`);
    }
    if (rule.required.size > 0 && refusals.length === 0) {
      problems.push(`${language}: emitted a value the contract says it must refuse (${[...rule.required].join(", ")})`);
    }
    if (compiled.program === "") {
      if (refusals.length === 0 && others.length === 0) problems.push(`${language}: no program and no reason`);
      continue;
    }
    if (compiled.compiledLines.join() !== String(firstAssertionLine)) problems.push(`${language}: compiled lines ${compiled.compiledLines.join()}`);
    if (hasGrammar(language)) {
      // Incremental parsing for speed; a fresh parse confirms any error, and every 16th program,
      // so the incremental path is checked against the plain one as it goes.
      const incremental = await incrementalSyntaxErrors(language, compiled.program);
      const fresh = incremental.length > 0 || ++parsed % 16 === 0 ? await syntaxErrors(language, compiled.program) : incremental;
      if (fresh.join() !== incremental.join()) problems.push(`${language}: incremental parse found [${incremental.join("; ")}], a fresh one [${fresh.join("; ")}]`);
      for (const error of fresh.slice(0, 3)) problems.push(`${language}: syntax error ${error}`);
    }
  }
  return problems.map((p) => `${p}\n    at ${annotated ? showType(type) : `${showType(seenType)} (inferred)`}: ${toPythonLiteral(value)}`);
}

describe("property 2: every backend's output parses, or is refused for a contract reason", () => {
  it(
    `typed values (annotated or left to inference) through every backend, Julia/Lua/OCaml output parsed by tree-sitter (${RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(typedValueArb(), fc.boolean(), async ({ type, value }, annotated) => {
          await letEventLoopRun();
          expect(await targetSyntaxProblems(type, value, annotated)).toEqual([]);
        }),
        fcParameters(RUNS),
      );
    },
    timeoutFor(RUNS, 100),
  );
});
