import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readJsonl } from "./corpus.js";
import type { ConformanceResult, SolutionRun } from "./evaluate.js";

const HERE = dirname(fileURLToPath(import.meta.url));

export interface Disagreement {
  /** The Python assert, as written in the MultiPL-E original. */
  readonly assertion: string;
  /** The same call on the canonical Python solution. */
  readonly pythonCall: string;
  /** What python3 prints for repr() of that call. */
  readonly pythonResult: string;
  /** A prefix of what the compiled suite reports the solution returned (actual) or raised (error). */
  readonly targetResult: string;
}

export interface AllowlistEntry {
  readonly solution: string;
  readonly language: string;
  readonly problem: string;
  /** Where the canonical Python solution is: HumanEval prompt + canonical_solution, or MBPP code. */
  readonly canonical: { readonly dataset: "humaneval" | "mbpp"; readonly task: string };
  readonly disagreements: readonly Disagreement[];
  readonly why: string;
}

export interface NegativePassEntry {
  readonly solution: string;
  readonly language: string;
  readonly problem: string;
  readonly kind: string;
  /** Asserts that would reject the program and that polytest refuses for this language. */
  readonly refusedAssertions: readonly string[];
  readonly why: string;
}

export function loadAllowlist(): AllowlistEntry[] {
  return (JSON.parse(readFileSync(join(HERE, "allowlist.json"), "utf8")) as { entries: AllowlistEntry[] }).entries;
}

export function loadNegativePasses(): NegativePassEntry[] {
  return (JSON.parse(readFileSync(join(HERE, "negative-passes.json"), "utf8")) as { entries: NegativePassEntry[] }).entries;
}

function canonicalPython(canonical: AllowlistEntry["canonical"]): string {
  if (canonical.dataset === "humaneval") {
    const row = readJsonl("humaneval/HumanEval.jsonl").find((r) => r.task_id === canonical.task) as { prompt: string; canonical_solution: string };
    return row.prompt + row.canonical_solution;
  }
  const row = readJsonl("mbpp/mbpp.jsonl").find((r) => String(r.task_id) === canonical.task) as { code: string };
  return row.code;
}

/** What python3 prints for repr() of the call on the canonical solution. */
export function runCanonical(canonical: AllowlistEntry["canonical"], call: string): string {
  const program = `${canonicalPython(canonical)}\nprint(repr(${call}))\n`;
  const run = spawnSync("python3", ["-c", program], { encoding: "utf8", timeout: 20_000 });
  if (run.error) throw run.error;
  return run.status === 0 ? run.stdout.trim() : `python3 failed (exit ${run.status}): ${run.stderr.trim()}`;
}

/** Why an allowlisted rejection does not stand as proven, or nothing. */
export function disproofs(entry: AllowlistEntry, run: SolutionRun | undefined): string[] {
  const problems: string[] = [];
  if (!run) return [`${entry.solution}: not run`];
  if (run.verdict !== "reject") return [`${entry.solution}: is allowlisted but its verdict is ${run.verdict} (remove the entry)`];
  for (const failure of run.failures) {
    if (!entry.disagreements.some((d) => d.assertion === failure.source)) {
      problems.push(`${entry.solution}: fails \`${failure.source}\`, which the entry does not cover`);
    }
  }
  if (run.failures.length === 0) problems.push(`${entry.solution}: rejected (${run.status}) without a failing assertion`);
  for (const d of entry.disagreements) {
    const failure = run.failures.find((f) => f.source === d.assertion);
    const reported = failure?.actual ?? failure?.error;
    if (reported === undefined || !reported.startsWith(d.targetResult)) {
      problems.push(`${entry.solution}: \`${d.assertion}\` reports ${JSON.stringify(reported)}, the entry says ${JSON.stringify(d.targetResult)}`);
    }
    const python = runCanonical(entry.canonical, d.pythonCall);
    if (python !== d.pythonResult) problems.push(`${entry.solution}: python3 prints ${python} for ${d.pythonCall}, the entry says ${d.pythonResult}`);
    if (python === d.targetResult) problems.push(`${entry.solution}: Python and the solution agree on ${d.pythonCall}`);
  }
  return problems;
}

/** What is wrong with the explanation of a negative control that passed, or nothing. */
export function negativeDisproofs(entry: NegativePassEntry, run: SolutionRun | undefined, result: ConformanceResult): string[] {
  if (!run) return [`${entry.solution}: not run`];
  if (run.verdict !== "pass") return [`${entry.solution}: is explained as passing but its verdict is ${run.verdict} (remove the entry)`];
  const refused = new Set(
    [...result.refusals.frontEnd, ...(result.refusals.backend[entry.language as keyof typeof result.refusals.backend] ?? [])]
      .filter((r) => r.suite === entry.problem)
      .map((r) => r.source),
  );
  return entry.refusedAssertions.filter((a) => !refused.has(a)).map((a) => `${entry.solution}: \`${a}\` is not refused for ${entry.language}`);
}

export interface GateFindings {
  /** Correct solutions rejected and not allowlisted. */
  readonly unexplainedRejections: readonly SolutionRun[];
  /** Negative controls that passed and are not explained. */
  readonly unexplainedNegativePasses: readonly SolutionRun[];
  /** Allowlist or explanation entries that no longer hold. */
  readonly brokenExplanations: readonly string[];
}

/** Everything the gate fails on, in one place (the report prints it too). */
export function gateFindings(result: ConformanceResult): GateFindings {
  const byId = new Map(result.solutions.map((s) => [s.id, s]));
  const ran = new Set(result.languages as readonly string[]);
  const allowlist = loadAllowlist().filter((e) => ran.has(e.language));
  const negatives = loadNegativePasses().filter((e) => ran.has(e.language));
  const allowed = new Set(allowlist.map((e) => e.solution));
  const explained = new Set(negatives.map((e) => e.solution));
  return {
    unexplainedRejections: result.solutions.filter((s) => s.role === "correct" && s.verdict === "reject" && !allowed.has(s.id)),
    unexplainedNegativePasses: result.solutions.filter((s) => s.role === "negative" && s.verdict === "pass" && !explained.has(s.id)),
    brokenExplanations: [
      ...allowlist.flatMap((e) => disproofs(e, byId.get(e.solution))),
      ...negatives.flatMap((e) => negativeDisproofs(e, byId.get(e.solution), result)),
    ],
  };
}
