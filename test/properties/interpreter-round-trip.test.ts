/**
 * Property 3: values emitted by each backend and run in the real interpreter (lua5.4, ocaml,
 * Rscript, racket) read back as the IR value, and `assert candidate(v) == v` passes exactly when
 * Python's would; with `v` perturbed (one code point, one element, one float beyond the
 * tolerance) it fails.
 *
 * Batching keeps interpreter starts few: one program per batch of values and language. The suite
 * is `def echo(x: Tuple[T1, ..., Tn, int]) -> Tuple[...]`; assertion lines carry one value at its
 * slot and a plain filler at the others, so each line tests one value. The candidate `echo`
 * (serializers.ts) prints its argument in the canonical serialization and returns it, so one run
 * checks the emitted values, the identity assertions (pass unless the value holds a nan, as in
 * Python) and the perturbed ones (`candidate(perturbed) == v`: the identity candidate returns the
 * perturbed value, which must fail).
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseReport } from "../../src/runner/report-parser.js";
import { toPythonLiteral } from "../../src/ir/python-literal.js";
import { type Type, showType } from "../../src/ir/types.js";
import type { Value } from "../../src/ir/values.js";
import { runProgram, skipReason } from "../support/interpreters.js";
import { type Typed, typedValueArb, v } from "./arbitraries.js";
import { canonical, normalize } from "./canonical.js";
import { compileForEach } from "./compile-all.js";
import { combineRules, refusalRule } from "./contract-refusals.js";
import { PERTURBATION_KINDS, type PerturbationKind, filler, perturb } from "./perturb.js";
import { echoSuite, firstAssertionLine, type EchoAssertion } from "./python-suite.js";
import { pythonEquals } from "./python-equality.js";
import { PRINTERS } from "./serializers.js";
import { fcParameters, timeoutFor, valuesPerLanguage } from "./settings.js";

const VALUES = valuesPerLanguage(48);
const BATCH = 16;
const BATCHES = Math.ceil(VALUES / BATCH);

interface Sample extends Typed {
  /** Which applicable place each perturbation changes. */
  readonly choice: number;
}

interface Line extends EchoAssertion {
  readonly slot: number;
  readonly what: "identity" | PerturbationKind;
}

/** What the runs covered, per language, printed at the end (the figures the closing note reports). */
const tally = new Map<string, { values: number; refusedAlone: number; run: number; identity: number; perturbed: number; refusedInBatch: number; starts: number }>();
const count = (language: string) => {
  let t = tally.get(language);
  if (!t) tally.set(language, (t = { values: 0, refusedAlone: 0, run: 0, identity: 0, perturbed: 0, refusedInBatch: 0, starts: 0 }));
  return t;
};

const sampleArb: fc.Arbitrary<Sample> = fc.tuple(typedValueArb(5), fc.nat()).map(([typed, choice]) => ({ ...typed, choice }));

const show = (value: Value, type: Type): string => `${showType(type)}: ${toPythonLiteral(value)}`;

/** Refusals of the value alone (and of its type, through the filler), checked against the contract. */
async function aloneProblems(language: string, sample: Sample): Promise<{ problems: string[]; runnable: boolean }> {
  const { type, value } = sample;
  const source = echoSuite(type, [
    { argument: value, expected: value },
    { argument: filler(type), expected: filler(type) },
  ]);
  const compiled = (await compileForEach(source, [language])).get(language)!;
  const problems: string[] = [];
  const rule = refusalRule(language, value, type);
  const refused = compiled.diagnostics.filter((d) => d.code.startsWith("refused/"));
  for (const d of compiled.diagnostics) {
    if (d.code === "suite/nothing-compiled") continue;
    const allowed = d.line === firstAssertionLine ? rule.allowed : refusalRule(language, filler(type), type).allowed;
    if (!d.code.startsWith("refused/") || !allowed.has(d.code)) problems.push(`${language}: ${d.code} at line ${d.line}: ${d.message}`);
  }
  if (rule.required.size > 0 && !refused.some((d) => d.line === firstAssertionLine)) {
    problems.push(`${language}: not refused though the contract demands it (${[...rule.required].join(", ")})`);
  }
  return { problems: problems.map((p) => `${p}\n    value ${show(value, type)}`), runnable: compiled.compiledLines.length === 2 };
}

function hasShortTuple(type: Type): boolean {
  switch (type.kind) {
    case "tuple":
      return type.elements.length < 2 || type.elements.some(hasShortTuple);
    case "list":
    case "set":
    case "vartuple":
      return hasShortTuple(type.element);
    case "dict":
      return hasShortTuple(type.key) || hasShortTuple(type.value);
    case "optional":
      return hasShortTuple(type.inner);
    default:
      return false;
  }
}

async function batchProblems(language: string, samples: readonly Sample[]): Promise<string[]> {
  const problems: string[] = [];
  const runnable: Sample[] = [];
  for (const sample of samples) {
    const alone = await aloneProblems(language, sample);
    problems.push(...alone.problems);
    // OCaml has no 0- or 1-tuple type, so no candidate can be typed for one, even where the only
    // value is an empty container the backend compiles (`[]` of `list[tuple[()]]`).
    if (alone.runnable && !(language === "ocaml" && hasShortTuple(sample.type))) runnable.push(sample);
  }
  const counts = count(language);
  counts.values += samples.length;
  counts.refusedAlone += samples.length - runnable.length;
  if (runnable.length === 0) return problems;

  // A trailing int slot keeps the tuple at two or more items (OCaml has no 1-tuples).
  const slotTypes: Type[] = [...runnable.map((s) => s.type), { kind: "int" }];
  const tupleType: Type = { kind: "tuple", elements: slotTypes };
  const fillers = slotTypes.map(filler);
  const at = (slot: number, value: Value): Value => v.tuple(fillers.map((f, i) => (i === slot ? value : f)));
  const lines: Line[] = runnable.flatMap((sample, slot) => {
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
    const sample = runnable[line.slot]!;
    return `line ${lineOf(index)} (${line.what}) of ${show(sample.value, sample.type)}`;
  };

  const compiled = (await compileForEach(echoSuite(tupleType, lines), [language])).get(language)!;
  for (const d of compiled.diagnostics) {
    const index = d.line - firstAssertionLine;
    const line = lines[index];
    if (d.code === "suite/nothing-compiled") continue;
    if (!line) {
      problems.push(`${language}: ${d.code} outside the assertions: ${d.message}`);
      continue;
    }
    const slotType = slotTypes[line.slot]!;
    const slotValue = (whole: Value): Value => (whole.kind === "tuple" ? whole.items[line.slot]! : whole);
    const inside = { inContainer: true, hashed: false };
    const rule = combineRules(
      refusalRule(language, slotValue(line.argument), slotType, inside),
      refusalRule(language, slotValue(line.expected), slotType, inside),
    );
    if (!rule.allowed.has(d.code)) problems.push(`${language}: ${d.code} for ${describeLine(index)}: ${d.message}`);
  }
  if (compiled.program === "") return problems;

  counts.starts += 1;
  counts.refusedInBatch += lines.length - compiled.compiledLines.length;
  for (const line of compiled.compiledLines) {
    if (lines[line - firstAssertionLine]!.what === "identity") counts.identity += 1;
    else counts.perturbed += 1;
  }
  const run = runProgram(language, `${PRINTERS[language]!.candidate(tupleType)}\n${compiled.program}`, 300_000);
  const ran = compiled.compiledLines.map((line) => line - firstAssertionLine);
  const printed = run.stdout.split("\n").filter((l) => l.startsWith("@@")).map((l) => l.slice(2));
  if (printed.length !== ran.length) {
    problems.push(`${language}: echo printed ${printed.length} times for ${ran.length} assertions (exit ${run.exitCode}, timed out ${run.timedOut})\n${run.stderr.slice(0, 3000)}\n${run.stdout.slice(-2000)}`);
  }
  ran.forEach((index, k) => {
    if (k >= printed.length) return;
    const want = normalize(canonical(lines[index]!.argument, tupleType, language));
    const got = normalize(printed[k]!);
    if (got !== want) problems.push(`${language}: ${describeLine(index)} read back as\n      ${got}\n    instead of\n      ${want}`);
  });
  const report = parseReport(run.stdout);
  const failed = new Set(report.failures.map((f) => f.line));
  const shouldFail = ran.filter((index) => !pythonEquals(lines[index]!.argument, lines[index]!.expected));
  for (const index of ran) {
    const expectFail = shouldFail.includes(index);
    if (failed.has(lineOf(index)) !== expectFail) {
      problems.push(`${language}: ${describeLine(index)} ${expectFail ? "passed but Python's == is False" : "failed but Python's == is True"}`);
    }
  }
  const summary = report.summary;
  if (!summary || summary.passed !== ran.length - shouldFail.length || summary.failed !== shouldFail.length) {
    problems.push(`${language}: summary ${JSON.stringify(summary)}, expected ${ran.length - shouldFail.length} passed, ${shouldFail.length} failed`);
  }
  if ((run.exitCode === 0) !== (shouldFail.length === 0)) problems.push(`${language}: exit code ${run.exitCode} with ${shouldFail.length} expected failures`);
  return problems;
}

describe("property 3: interpreter round trip", () => {
  afterAll(() => {
    for (const [language, t] of tally) {
      console.log(
        `property 3, ${language}: ${t.values} values (shrinking runs included), ${t.refusedAlone} refused alone, ` +
          `${t.identity} identity and ${t.perturbed} perturbed assertions run in ${t.starts} interpreter starts, ${t.refusedInBatch} refused inside the batch tuple`,
      );
    }
  });
  for (const language of ["lua", "ocaml", "r", "racket"]) {
    const skip = skipReason(language);
    it.skipIf(skip !== undefined)(
      `${language}: ${BATCHES * BATCH} values in ${BATCHES} runs read back exactly; identity passes, perturbations fail`,
      async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(sampleArb, { minLength: BATCH, maxLength: BATCH }), async (samples) => {
            expect(await batchProblems(language, samples)).toEqual([]);
          }),
          fcParameters(BATCHES),
        );
      },
      timeoutFor(BATCHES, 120_000),
    );
  }
});
