/**
 * The shared property tests (test/properties/) for the TypeScript backend, through the public API
 * (`polytest` and this example's src), with the shared arbitraries, perturbations, canonical form
 * and settings (fixed seed and modest runs here; `npm run test:props -- --runs N --values M
 * examples/backend-typescript/test/properties.test.ts` for a long run):
 *
 * - property 2: a typed value in `assert candidate(v) == v` (annotated, or left to inference)
 *   compiles to a program with no TypeScript syntactic diagnostic, or is refused, only for a reason
 *   the contract gives (an int beyond ±(2^53 − 1)) and always when it gives one;
 * - property 3: batches of values emitted in `assert candidate(v) == v` lines, type-checked for
 *   real and run in Node (through the warm check server, one Node start per batch) against an
 *   `echo` candidate that prints its argument canonically: each value reads back as the IR's
 *   canonical form, the identity assertion passes exactly when Python's would, and every
 *   perturbation (one code point, one element, one float beyond the tolerance) fails;
 * - property 4: random bytes, token soup and mutated corpus suites compiled to TypeScript never
 *   throw, stay within a time bound, come with an error when no program is emitted, and every
 *   emitted program is syntactically valid TypeScript.
 */
import fc from "fast-check";
import { type Type, type Value, compileTests, showType, toPythonLiteral } from "polytest";
import { afterAll, describe, expect, it } from "vitest";
import { type Typed, typedValueArb, v } from "../../../test/properties/arbitraries.js";
import { canonical, normalize } from "../../../test/properties/canonical.js";
import { type RobustnessInput, mutatedSuiteArb, randomBytesArb, tokenSoupArb } from "../../../test/properties/mutations.js";
import { PERTURBATION_KINDS, type PerturbationKind, filler, perturb } from "../../../test/properties/perturb.js";
import { pythonEquals } from "../../../test/properties/python-equality.js";
import { type EchoAssertion, echoSuite, firstAssertionLine } from "../../../test/properties/python-suite.js";
import { fcParameters, letEventLoopRun, runsFor, timeoutFor, valuesPerLanguage } from "../../../test/properties/settings.js";
import { CORPUS_PRESENT, corpusSuites } from "../../../test/corpus/corpus-source.js";
import { combineRules, echoCandidate, refusalRule, syntaxErrors } from "./properties-support.js";
import { warmRunner } from "./warm.js";

const LANGUAGE = "typescript";
const { warm } = warmRunner();

const show = (value: Value, type: Type): string => `${showType(type)}: ${toPythonLiteral(value)}`;

describe("the syntax check", () => {
  it("finds a syntax error, and none in a plain program", () => {
    expect(syntaxErrors("const x: number = 1;\nexport {};\n")).toEqual([]);
    expect(syntaxErrors('const x = "a;\n').length).toBeGreaterThan(0);
    expect(syntaxErrors("__pt_check(1, (a) => );\n").length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------- property 2

const SYNTAX_RUNS = runsFor(200);
const syntaxTally = { programs: 0, refused: 0 };

async function targetSyntaxProblems(type: Type, value: Value, annotated: boolean): Promise<string[]> {
  const compiled = await compileTests(echoSuite(type, [{ argument: value, expected: value }], annotated), LANGUAGE);
  const problems: string[] = [];
  const rule = refusalRule(value, type, annotated);
  const refusals = compiled.diagnostics.filter((d) => d.code.startsWith("refused/"));
  const others = compiled.diagnostics.filter((d) => !d.code.startsWith("refused/") && d.code !== "suite/nothing-compiled");
  for (const d of others) problems.push(`unexpected diagnostic ${d.code}: ${d.message}`);
  for (const d of refusals) if (!rule.allowed.has(d.code)) problems.push(`refused without a contract reason: ${d.code}: ${d.message}`);
  if (rule.required.size > 0 && refusals.length === 0) problems.push(`emitted a value the contract says it must refuse (${[...rule.required].join(", ")})`);
  if (compiled.program === "") {
    syntaxTally.refused += 1;
    if (refusals.length === 0 && others.length === 0) problems.push("no program and no reason");
  } else {
    syntaxTally.programs += 1;
    if (compiled.compiledLines.join() !== String(firstAssertionLine)) problems.push(`compiled lines ${compiled.compiledLines.join()}`);
    for (const error of syntaxErrors(compiled.program).slice(0, 3)) problems.push(`syntax error ${error}`);
  }
  return problems.map((p) => `${p}\n    at ${annotated ? "" : "(inferred) "}${show(value, type)}`);
}

describe("property 2: TypeScript output parses, or is refused for a contract reason", () => {
  afterAll(() => console.log(`property 2, typescript: ${syntaxTally.programs} programs parsed, ${syntaxTally.refused} refused (shrinking runs included)`));
  it(
    `typed values, annotated or left to inference, with no TypeScript syntactic diagnostic (${SYNTAX_RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(typedValueArb(), fc.boolean(), async ({ type, value }, annotated) => {
          await letEventLoopRun();
          expect(await targetSyntaxProblems(type, value, annotated)).toEqual([]);
        }),
        fcParameters(SYNTAX_RUNS),
      );
    },
    timeoutFor(SYNTAX_RUNS, 100),
  );
});

// ---------------------------------------------------------------- property 3

const VALUES = valuesPerLanguage(48);
const BATCH = 16;
const BATCHES = Math.ceil(VALUES / BATCH);

interface Sample extends Typed {
  readonly choice: number;
}

interface Line extends EchoAssertion {
  readonly slot: number;
  readonly what: "identity" | PerturbationKind;
}

const roundTripTally = { values: 0, refusedValues: 0, identity: 0, perturbed: 0, refusedLines: 0, starts: 0 };

const sampleArb: fc.Arbitrary<Sample> = fc.tuple(typedValueArb(5), fc.nat()).map(([typed, choice]) => ({ ...typed, choice }));

/**
 * One batch: `def echo(x: Tuple[T1, ..., Tn, int])`, one identity line per value and one line per
 * perturbation (`candidate(perturbed) == original`), each value at its slot and fillers elsewhere.
 */
async function batchProblems(samples: readonly Sample[]): Promise<string[]> {
  const problems: string[] = [];
  const slotTypes: Type[] = [...samples.map((s) => s.type), { kind: "int" }];
  const tupleType: Type = { kind: "tuple", elements: slotTypes };
  const fillers = slotTypes.map(filler);
  const at = (slot: number, value: Value): Value => v.tuple(fillers.map((f, i) => (i === slot ? value : f)));
  const lines: Line[] = samples.flatMap((sample, slot) => {
    const original = at(slot, sample.value);
    const perturbed = PERTURBATION_KINDS.flatMap((kind) => {
      const changed = perturb(sample.value, sample.type, kind, sample.choice);
      return changed ? [{ slot, what: kind, argument: at(slot, changed), expected: original }] : [];
    });
    return [{ slot, what: "identity" as const, argument: original, expected: original }, ...perturbed];
  });
  const lineOf = (index: number): number => firstAssertionLine + index;
  const describeLine = (index: number): string => {
    const line = lines[index]!;
    const sample = samples[line.slot]!;
    return `line ${lineOf(index)} (${line.what}) of ${show(sample.value, sample.type)}`;
  };
  const slotValue = (whole: Value, slot: number): Value => (whole.kind === "tuple" ? whole.items[slot]! : whole);

  const compiled = await compileTests(echoSuite(tupleType, lines), LANGUAGE);
  roundTripTally.values += samples.length;
  const refusedSlots = new Set<number>();
  for (const d of compiled.diagnostics) {
    if (d.code === "suite/nothing-compiled") continue;
    const index = d.line - firstAssertionLine;
    const line = lines[index];
    if (!line) {
      problems.push(`${d.code} outside the assertions: ${d.message}`);
      continue;
    }
    if (line.what === "identity") refusedSlots.add(line.slot);
    const slotType = slotTypes[line.slot]!;
    const rule = combineRules(refusalRule(slotValue(line.argument, line.slot), slotType), refusalRule(slotValue(line.expected, line.slot), slotType));
    if (!rule.allowed.has(d.code)) problems.push(`${d.code} for ${describeLine(index)}: ${d.message}`);
  }
  const compiledLines = new Set(compiled.compiledLines);
  lines.forEach((line, index) => {
    const slotType = slotTypes[line.slot]!;
    const rule = combineRules(refusalRule(slotValue(line.argument, line.slot), slotType), refusalRule(slotValue(line.expected, line.slot), slotType));
    if (rule.required.size > 0 && compiledLines.has(lineOf(index))) problems.push(`${describeLine(index)} compiled, but the contract demands ${[...rule.required].join(", ")}`);
  });
  roundTripTally.refusedValues += refusedSlots.size;
  roundTripTally.refusedLines += lines.length - compiled.compiledLines.length;
  if (compiled.program === "") return problems;

  roundTripTally.starts += 1;
  const ran = compiled.compiledLines.map((line) => line - firstAssertionLine);
  for (const index of ran) {
    if (lines[index]!.what === "identity") roundTripTally.identity += 1;
    else roundTripTally.perturbed += 1;
  }
  const result = await warm(compiled, echoCandidate(tupleType), { timeoutMs: 300_000 });
  if (result.status === "compile_error" || result.status === "runtime_error" || result.status === "timeout") {
    return [...problems, `the program did not run: ${result.status}\n${result.stderr.slice(0, 3000)}`];
  }
  const printed = result.stdout.split("\n").filter((l) => l.startsWith("@@")).map((l) => l.slice(2));
  if (printed.length !== ran.length) problems.push(`echo printed ${printed.length} times for ${ran.length} assertions\n${result.stderr.slice(0, 3000)}`);
  ran.forEach((index, k) => {
    if (k >= printed.length) return;
    const want = normalize(canonical(lines[index]!.argument, tupleType, LANGUAGE));
    const got = normalize(printed[k]!);
    if (got !== want) problems.push(`${describeLine(index)} read back as\n      ${got}\n    instead of\n      ${want}`);
  });
  const passed = new Map(result.assertions.map((a) => [a.line, a.passed]));
  const shouldFail = ran.filter((index) => !pythonEquals(lines[index]!.argument, lines[index]!.expected));
  for (const index of ran) {
    const expectFail = shouldFail.includes(index);
    if (passed.get(lineOf(index)) !== !expectFail) {
      problems.push(`${describeLine(index)} ${expectFail ? "passed but Python's == is False" : "failed but Python's == is True"} (reported ${passed.get(lineOf(index))})`);
    }
  }
  const summary = /^polytest: (\d+) passed, (\d+) failed$/m.exec(result.stdout);
  if (!summary || Number(summary[1]) !== ran.length - shouldFail.length || Number(summary[2]) !== shouldFail.length) {
    problems.push(`summary '${summary?.[0]}', expected ${ran.length - shouldFail.length} passed, ${shouldFail.length} failed`);
  }
  if ((result.status === "pass") !== (shouldFail.length === 0)) problems.push(`status ${result.status} with ${shouldFail.length} expected failures`);
  return problems;
}

describe("property 3: round trip through Node", () => {
  afterAll(() =>
    console.log(
      `property 3, typescript: ${roundTripTally.values} values (shrinking runs included), ${roundTripTally.refusedValues} refused, ` +
        `${roundTripTally.identity} identity and ${roundTripTally.perturbed} perturbed assertions type-checked and run in ${roundTripTally.starts} Node starts, ` +
        `${roundTripTally.refusedLines} lines refused`,
    ),
  );
  it(
    `${BATCHES * BATCH} values in ${BATCHES} programs read back exactly; identity passes as in Python, perturbations fail`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(sampleArb, { minLength: BATCH, maxLength: BATCH }), async (samples) => {
          expect(await batchProblems(samples)).toEqual([]);
        }),
        fcParameters(BATCHES),
      );
    },
    timeoutFor(BATCHES, 60_000),
  );
});

// ---------------------------------------------------------------- property 4

const ROBUSTNESS_RUNS = runsFor(150);
const CALL_BOUND_MS = 5_000;
const suites = CORPUS_PRESENT ? corpusSuites() : [];
const inputArb: fc.Arbitrary<RobustnessInput> =
  suites.length > 0
    ? fc.oneof({ arbitrary: mutatedSuiteArb(suites), weight: 6 }, { arbitrary: tokenSoupArb, weight: 3 }, { arbitrary: randomBytesArb, weight: 1 })
    : fc.oneof(tokenSoupArb, randomBytesArb);
const robustnessTally = { calls: 0, programs: 0, empty: 0 };

function describeInput(input: RobustnessInput): string {
  const text = typeof input.source === "string" ? input.source : `bytes ${Buffer.from(input.source).toString("hex").slice(0, 400)}`;
  return `${input.origin}${input.entryPoint ? ` (entry point ${input.entryPoint})` : ""}:\n${text.slice(0, 2000)}`;
}

async function robustnessProblems(input: RobustnessInput): Promise<string[]> {
  const started = performance.now();
  let compiled;
  try {
    compiled = await compileTests(input.source, LANGUAGE, input.entryPoint ? { entryPoint: input.entryPoint } : {});
  } catch (error) {
    return [`compileTests threw ${(error as Error).stack ?? String(error)}`];
  }
  const problems: string[] = [];
  const elapsed = performance.now() - started;
  robustnessTally.calls += 1;
  if (elapsed > CALL_BOUND_MS) problems.push(`compileTests took ${Math.round(elapsed)} ms`);
  if (compiled.program === "") {
    robustnessTally.empty += 1;
    if (!compiled.diagnostics.some((d) => d.severity === "error")) problems.push("no program and no error diagnostic");
    return problems;
  }
  robustnessTally.programs += 1;
  for (const error of syntaxErrors(compiled.program).slice(0, 3)) problems.push(`syntax error ${error}\n${compiled.program.slice(-3000)}`);
  return problems;
}

describe("property 4: compiling garbage and mutated suites to TypeScript", () => {
  if (!CORPUS_PRESENT) console.warn("skipping corpus mutations: the shared corpus is not present; random bytes and token soup still run");
  afterAll(() =>
    console.log(`property 4, typescript: ${robustnessTally.calls} compileTests calls, ${robustnessTally.programs} programs parsed, ${robustnessTally.empty} with diagnostics only`),
  );
  it(
    `never throws, never exceeds ${CALL_BOUND_MS} ms, emits only syntactically valid TypeScript (${ROBUSTNESS_RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(inputArb, async (input) => {
          await letEventLoopRun();
          expect(await robustnessProblems(input), describeInput(input)).toEqual([]);
        }),
        fcParameters(ROBUSTNESS_RUNS),
      );
    },
    timeoutFor(ROBUSTNESS_RUNS, 400),
  );
});
