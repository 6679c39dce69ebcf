import { availableParallelism } from "node:os";
import type { RunStatus } from "../src/runner/run.js";
import { type SuiteCompilation, type Refusal, compileSuite } from "./compile-corpus.js";
import { type CorpusSuite, type Dataset, DATASETS, corpusSuites, originalsDataset } from "./corpus.js";
import { type ExecuteOptions, type KeyedJob, executeAll } from "./execute.js";
import { EXECUTED_LANGUAGES, type ExecutedLanguage, type LanguageCode, TARGETS } from "./languages.js";
import { multiplEAssertionCounts } from "./multipl-e.js";
import { type CorpusSolution, type SolutionRole, corpusSolutions } from "./solutions.js";

export interface ConformanceOptions extends ExecuteOptions {
  /** Languages whose solutions run (default: all four executable ones). */
  readonly languages?: readonly ExecutedLanguage[];
  /** Datasets compiled (default: all five); the solutions need the MultiPL-E originals. */
  readonly datasets?: readonly Dataset[];
  /** Solutions run, by role (default: all three). */
  readonly roles?: readonly SolutionRole[];
  /** Progress lines (to stderr in the CLI). */
  readonly log?: (line: string) => void;
}

/** Per language and dataset: what compiled. */
export interface CompilationRow {
  readonly language: LanguageCode;
  readonly dataset: Dataset;
  readonly suites: number;
  /** Suites with at least one compiled assertion. */
  readonly suitesCompiled: number;
  /** Assert statements, `assert True` placeholders included. */
  readonly asserts: number;
  readonly placeholders: number;
  readonly compiled: number;
  readonly refusedFrontEnd: number;
  readonly refusedBackend: number;
}

export interface FailedAssertion {
  readonly line: number;
  /** The Python assert, as written. */
  readonly source: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly error?: string;
}

/**
 * - pass / reject: the compiled suite ran;
 * - no-suite: MultiPL-E's originals have no such problem;
 * - nothing-compiled: every assertion of the suite was refused for this language, so nothing ran.
 */
export type Verdict = "pass" | "reject" | "no-suite" | "nothing-compiled";

export interface SolutionRun {
  readonly id: string;
  readonly language: ExecutedLanguage;
  readonly problem: string;
  readonly dataset: Dataset;
  readonly role: SolutionRole;
  readonly origin: string;
  readonly verdict: Verdict;
  readonly status?: RunStatus;
  readonly assertionsRun?: number;
  readonly failures: readonly FailedAssertion[];
  /** The end of stderr, when the program wrote any (MultiPL-E's OCaml and Racket runs require none). */
  readonly stderrTail?: string;
  readonly durationMs?: number;
}

/** Per language and MultiPL-E problem: assertions polytest keeps vs MultiPL-E's translation. */
export interface ComparisonRow {
  readonly language: LanguageCode;
  readonly problem: string;
  readonly dataset: Dataset;
  readonly total: number;
  readonly placeholders: number;
  readonly polytest: number;
  /** Null: MultiPL-E did not translate the problem. */
  readonly multiplE: number | null;
  readonly refusals: readonly Refusal[];
}

export interface RefusalRecord extends Refusal {
  readonly dataset: Dataset;
  readonly suite: string;
  /** The Python assert refused. */
  readonly source: string;
}

export interface ConformanceResult {
  readonly generatedAt: string;
  readonly languages: readonly ExecutedLanguage[];
  readonly roles: readonly SolutionRole[];
  readonly timeoutMs: number;
  readonly concurrency: number;
  readonly racketBatchSize: number;
  readonly timings: {
    readonly compileMs: number;
    readonly executeMs: Partial<Record<ExecutedLanguage, number>>;
    readonly totalMs: number;
  };
  readonly compilation: readonly CompilationRow[];
  readonly solutions: readonly SolutionRun[];
  readonly comparison: readonly ComparisonRow[];
  /** Refused before any backend (the same for every language), and by each backend. */
  readonly refusals: { readonly frontEnd: readonly RefusalRecord[]; readonly backend: Partial<Record<LanguageCode, readonly RefusalRecord[]>> };
}

/** Every correct solution runs in well under a second here; a negative that loops costs this much. */
export const DEFAULT_CONFORMANCE_TIMEOUT_MS = 10_000;

const lineOf = (source: string, line: number) => (source.split("\n")[line - 1] ?? "").trim();

/** Compiles the corpus to every target and runs every corpus solution of `languages` against its suite. */
export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceResult> {
  const log = options.log ?? (() => {});
  const languages = options.languages ?? EXECUTED_LANGUAGES;
  const datasets = new Set(options.datasets ?? DATASETS);
  const roles = new Set<SolutionRole>(options.roles ?? ["correct", "negative", "failing-canonical"]);
  const started = performance.now();

  const compilations: SuiteCompilation[] = [];
  for (const suite of corpusSuites()) if (datasets.has(suite.dataset)) compilations.push(await compileSuite(suite));
  const compileMs = performance.now() - started;
  log(`compiled ${compilations.length} suites to ${TARGETS.length} targets in ${(compileMs / 1000).toFixed(1)} s`);

  const originals = new Map<string, SuiteCompilation>();
  for (const c of compilations) if (c.suite.dataset.startsWith("multipl-e-")) originals.set(c.suite.name, c);

  const solutions: SolutionRun[] = [];
  const executeMs: Partial<Record<ExecutedLanguage, number>> = {};
  for (const language of languages) {
    const languageStarted = performance.now();
    const rows = corpusSolutions([language]).filter((s) => roles.has(s.role));
    const jobs: KeyedJob<CorpusSolution>[] = [];
    for (const solution of rows) {
      const compilation = originals.get(solution.problem)?.byLanguage.get(language)?.compiled;
      if (compilation && compilation.assertions.compiled > 0) jobs.push({ key: solution, compiled: compilation, candidate: solution.source });
      else solutions.push(unrun(solution, compilation ? "nothing-compiled" : "no-suite"));
    }
    const results = await executeAll(jobs, { ...options, timeoutMs: options.timeoutMs ?? DEFAULT_CONFORMANCE_TIMEOUT_MS });
    for (const job of jobs) {
      const run = results.get(job.key)!;
      const suite = originals.get(job.key.problem)!.suite;
      const failures = run.assertions
        .filter((a) => !a.passed)
        .map((a) => ({
          line: a.line,
          source: lineOf(suite.source, a.line),
          ...(a.expected !== undefined ? { expected: a.expected } : {}),
          ...(a.actual !== undefined ? { actual: a.actual } : {}),
          ...(a.error !== undefined ? { error: a.error } : {}),
        }));
      solutions.push({
        ...describe(job.key),
        verdict: run.status === "pass" ? "pass" : "reject",
        status: run.status,
        assertionsRun: job.compiled.assertions.compiled,
        failures,
        ...(run.stderr.trim() !== "" ? { stderrTail: run.stderr.trim().slice(-600) } : {}),
        durationMs: Math.round(run.durationMs),
      });
    }
    executeMs[language] = Math.round(performance.now() - languageStarted);
    log(`${language}: ran ${jobs.length} programs in ${(executeMs[language]! / 1000).toFixed(1)} s`);
  }

  return {
    generatedAt: new Date().toISOString(),
    languages,
    roles: [...roles],
    timeoutMs: options.timeoutMs ?? DEFAULT_CONFORMANCE_TIMEOUT_MS,
    concurrency: options.concurrency ?? availableParallelism(),
    racketBatchSize: options.racketBatchSize ?? 25,
    timings: { compileMs: Math.round(compileMs), executeMs, totalMs: Math.round(performance.now() - started) },
    compilation: compilationRows(compilations),
    solutions,
    comparison: comparisonRows([...originals.values()]),
    refusals: refusalRecords(compilations),
  };
}

function describe(solution: CorpusSolution) {
  return {
    id: solution.id,
    language: solution.language,
    problem: solution.problem,
    dataset: originalsDataset(solution.problem),
    role: solution.role,
    origin: solution.origin,
  };
}

function unrun(solution: CorpusSolution, verdict: "no-suite" | "nothing-compiled"): SolutionRun {
  return { ...describe(solution), verdict, failures: [] };
}

function compilationRows(compilations: readonly SuiteCompilation[]): CompilationRow[] {
  const rows: CompilationRow[] = [];
  for (const { code } of TARGETS) {
    for (const dataset of DATASETS) {
      const mine = compilations.filter((c) => c.suite.dataset === dataset);
      if (mine.length === 0) continue;
      const of = (c: SuiteCompilation) => c.byLanguage.get(code)!;
      rows.push({
        language: code,
        dataset,
        suites: mine.length,
        suitesCompiled: mine.filter((c) => of(c).compiled.assertions.compiled > 0).length,
        asserts: sum(mine.map((c) => c.total)),
        placeholders: sum(mine.map((c) => c.placeholders)),
        compiled: sum(mine.map((c) => of(c).compiled.assertions.compiled)),
        refusedFrontEnd: sum(mine.map((c) => c.frontEndRefusals.length)),
        refusedBackend: sum(mine.map((c) => of(c).backendRefusals.length)),
      });
    }
  }
  return rows;
}

function comparisonRows(originals: readonly SuiteCompilation[]): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  for (const { code } of TARGETS) {
    const theirs = multiplEAssertionCounts(code);
    for (const c of originals) {
      const mine = c.byLanguage.get(code)!;
      rows.push({
        language: code,
        problem: c.suite.name,
        dataset: c.suite.dataset,
        total: c.total,
        placeholders: c.placeholders,
        polytest: mine.compiled.assertions.compiled,
        multiplE: theirs.get(c.suite.name) ?? null,
        refusals: [...c.frontEndRefusals, ...mine.backendRefusals],
      });
    }
  }
  return rows;
}

function refusalRecords(compilations: readonly SuiteCompilation[]): ConformanceResult["refusals"] {
  const record = (c: CorpusSuite, r: Refusal): RefusalRecord => ({ ...r, dataset: c.dataset, suite: c.name, source: lineOf(c.source, r.line) });
  const backend: Partial<Record<LanguageCode, RefusalRecord[]>> = {};
  for (const { code } of TARGETS) backend[code] = compilations.flatMap((c) => c.byLanguage.get(code)!.backendRefusals.map((r) => record(c.suite, r)));
  return { frontEnd: compilations.flatMap((c) => c.frontEndRefusals.map((r) => record(c.suite, r))), backend };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
