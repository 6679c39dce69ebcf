/**
 * Property 4: random bytes, Python token soup and random mutations of real corpus suites, fed to
 * `compileTests` for every target: no call throws, none takes longer than the bound, an empty
 * program always comes with an error diagnostic, and every program emitted is syntactically valid
 * (tree-sitter for Julia, Lua and OCaml; one `Rscript` parse and one `racket` read over all of the
 * R and Racket programs at the end).
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { compileTests } from "../../src/index.js";
import { CORPUS_PRESENT, corpusSuites } from "../corpus/corpus-source.js";
import { skipReason } from "../support/interpreters.js";
import { hasGrammar, syntaxErrors } from "../support/target-syntax.js";
import { incrementalSyntaxErrors } from "./incremental-syntax.js";
import { LANGUAGES } from "./languages.js";
import { type RobustnessInput, mutatedSuiteArb, randomBytesArb, tokenSoupArb } from "./mutations.js";
import { readerErrors } from "./reader-check.js";
import { fcParameters, letEventLoopRun, runsFor, timeoutFor } from "./settings.js";

const RUNS = runsFor(150);
/** No single compileTests call may take longer (the machine is shared: generous, but finite). */
const CALL_BOUND_MS = 5_000;

const suites = CORPUS_PRESENT ? corpusSuites() : [];
if (!CORPUS_PRESENT) console.warn("skipping corpus mutations: the shared corpus is not present; random bytes and token soup still run");

const inputArb: fc.Arbitrary<RobustnessInput> =
  suites.length > 0
    ? fc.oneof({ arbitrary: mutatedSuiteArb(suites), weight: 6 }, { arbitrary: tokenSoupArb, weight: 3 }, { arbitrary: randomBytesArb, weight: 1 })
    : fc.oneof(tokenSoupArb, randomBytesArb);

/** Programs for the targets checked by an interpreter's own reader at the end, deduplicated. */
const readerChecked = new Map<string, Map<string, string>>([
  ["r", new Map()],
  ["racket", new Map()],
]);

function describeInput(input: RobustnessInput): string {
  const text = typeof input.source === "string" ? input.source : `bytes ${Buffer.from(input.source).toString("hex").slice(0, 400)}`;
  return `${input.origin}${input.entryPoint ? ` (entry point ${input.entryPoint})` : ""}:\n${text.slice(0, 2000)}`;
}

let parsed = 0;
/** Per language: calls, programs emitted (syntax-checked), calls that ended in diagnostics only. */
const tally = new Map<string, { calls: number; programs: number; empty: number }>();

async function robustnessProblems(input: RobustnessInput): Promise<string[]> {
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    const started = performance.now();
    let compiled;
    try {
      compiled = await compileTests(input.source, language, input.entryPoint ? { entryPoint: input.entryPoint } : {});
    } catch (error) {
      problems.push(`${language}: compileTests threw ${(error as Error).stack ?? String(error)}`);
      continue;
    }
    const elapsed = performance.now() - started;
    const counts = tally.get(language) ?? { calls: 0, programs: 0, empty: 0 };
    tally.set(language, counts);
    counts.calls += 1;
    if (compiled.program === "") counts.empty += 1;
    else counts.programs += 1;
    if (elapsed > CALL_BOUND_MS) problems.push(`${language}: compileTests took ${Math.round(elapsed)} ms`);
    if (compiled.program === "") {
      if (!compiled.diagnostics.some((d) => d.severity === "error")) problems.push(`${language}: no program and no error diagnostic`);
      continue;
    }
    if (hasGrammar(language)) {
      const incremental = await incrementalSyntaxErrors(language, compiled.program);
      const fresh = incremental.length > 0 || ++parsed % 16 === 0 ? await syntaxErrors(language, compiled.program) : incremental;
      if (fresh.join() !== incremental.join()) problems.push(`${language}: incremental parse [${incremental.join("; ")}] vs fresh [${fresh.join("; ")}]`);
      for (const error of fresh.slice(0, 3)) problems.push(`${language}: syntax error ${error}\n${compiled.program.slice(-3000)}`);
    }
    const checked = readerChecked.get(language);
    if (checked) checked.set(createHash("sha1").update(compiled.program).digest("hex"), compiled.program);
  }
  return problems;
}

describe("property 4: compileTests is robust on garbage and mutated corpus suites", () => {
  afterAll(() => {
    for (const [language, t] of tally) {
      const distinct = readerChecked.get(language)?.size;
      console.log(
        `property 4, ${language}: ${t.calls} compileTests calls, ${t.programs} programs emitted${distinct === undefined ? "" : ` (${distinct} distinct, read by the ${language} reader)`}, ${t.empty} with diagnostics only`,
      );
    }
  });
  it(
    `never throws, never exceeds ${CALL_BOUND_MS} ms, emits only parseable Julia/Lua/OCaml (${RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(inputArb, async (input) => {
          await letEventLoopRun();
          const problems = await robustnessProblems(input);
          expect(problems, describeInput(input)).toEqual([]);
        }),
        fcParameters(RUNS),
      );
    },
    timeoutFor(RUNS, 400),
  );

  for (const language of ["r", "racket"]) {
    const skip = skipReason(language);
    it.skipIf(skip !== undefined)(`every ${language} program emitted above reads with the ${language} reader (one process)`, () => {
      const programs = [...readerChecked.get(language)!.values()];
      expect(programs.length, "no program was emitted by the robustness property").toBeGreaterThan(0);
      const broken = language === "r" ? 'x <- c(1, "a' : '(define x "a)';
      const errors = readerErrors(language, [...programs, broken]);
      // The broken program proves the reader check can fail; nothing else may.
      expect(errors.length, errors.join("\n")).toBe(1);
      expect(errors[0]).toContain(broken);
    }, timeoutFor(RUNS, 50));
  }
});
