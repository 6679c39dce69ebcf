import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LanguageInfo } from "../backend.js";
import type { CompiledProgram } from "../compile.js";
import { type CompileOptions, compileTests } from "../api.js";
import type { Diagnostic } from "../ir/diagnostics.js";
import { getBackend } from "../registry.js";
import { type ChildOutcome, runChild } from "./child-process.js";
import { requireInterpreter } from "./interpreter.js";
import { type IsolationOptions, isolationPrefix } from "./isolation.js";
import { type ParsedReport, parseReport } from "./report-parser.js";

export type RunStatus = "pass" | "fail" | "compile_error" | "runtime_error" | "timeout";

export interface AssertionOutcome {
  /** The Python line of the assertion. */
  readonly line: number;
  readonly passed: boolean;
  readonly expected?: string;
  readonly actual?: string;
  /** The candidate's exception, or why the assertion has no result (the program stopped early). */
  readonly error?: string;
}

export interface RunResult {
  readonly status: RunStatus;
  readonly assertions: readonly AssertionOutcome[];
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | null;
  readonly durationMs: number;
  readonly outputTruncated: boolean;
}

export interface ExecutionOptions {
  /** Wall-clock limit for one run (default 10 s); on expiry the whole process group is killed. */
  readonly timeoutMs?: number;
  /** Captured bytes per stream (default 1 MiB; the head and the tail are kept). */
  readonly maxOutputBytes?: number;
  /** Run the candidate without network and under resource limits (see isolation.ts). */
  readonly isolate?: boolean | IsolationOptions;
  /** Where each run's private temporary directory is made (default: the OS temp dir). */
  readonly tempDirectory?: string;
}

export interface RunOptions extends ExecutionOptions, CompileOptions {
  /** The Python test suite. */
  readonly tests: string | Uint8Array;
  readonly target: string;
  /** The candidate solution's source in the target language. */
  readonly candidate: string;
}

export class TestsDidNotCompileError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(`no assertion of the test suite compiled: ${diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join("; ")}`);
    this.name = "TestsDidNotCompileError";
  }
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_OUTPUT_BYTES = 1 << 20;

/** Compiles the tests, appends them to the candidate and runs the result in the real interpreter. */
export async function runTests(options: RunOptions): Promise<RunResult & { compiled: CompiledProgram }> {
  const compiled = await compileTests(options.tests, options.target, options);
  return { ...(await runCompiled(compiled, options.candidate, options)), compiled };
}

/** Runs one candidate against an already compiled test program (compile once, run many). */
export async function runCompiled(compiled: CompiledProgram, candidate: string, options: ExecutionOptions = {}): Promise<RunResult> {
  if (compiled.assertions.compiled === 0) throw new TestsDidNotCompileError(compiled.diagnostics);
  const info = getBackend(compiled.language).info;
  const interpreter = requireInterpreter(info);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const dir = mkdtempSync(join(options.tempDirectory ?? tmpdir(), "polytest-run-"));
  try {
    const file = join(dir, `main${info.extension}`);
    writeFileSync(file, `${candidate}\n${compiled.program}`);
    const command = info.runCommand.map((part, i) => (i === 0 ? interpreter : part.replace("{file}", file)));
    const isolation = options.isolate ? isolationPrefix(options.isolate === true ? {} : options.isolate, timeoutMs) : [];
    const outcome = await runChild([...isolation, ...command], {
      cwd: dir,
      timeoutMs,
      maxOutputBytes: options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES,
    });
    return resultOfRun(compiled, outcome);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads the outcome of a compiled test program's run (however it was run: alone, or in a batch
 * that reproduces `runCommand` exactly) into a RunResult.
 */
export function resultOfRun(compiled: CompiledProgram, outcome: ChildOutcome): RunResult {
  const report = parseReport(outcome.stdout);
  return {
    status: classify(outcome, report, getBackend(compiled.language).info),
    assertions: assertionOutcomes(compiled.compiledLines, report),
    stdout: outcome.stdout,
    stderr: outcome.spawnError ? `${outcome.stderr}${outcome.spawnError}\n` : outcome.stderr,
    exitCode: outcome.exitCode,
    durationMs: outcome.durationMs,
    outputTruncated: outcome.outputTruncated,
  };
}

function classify(outcome: ChildOutcome, report: ParsedReport, info: LanguageInfo): RunStatus {
  if (outcome.timedOut) return "timeout";
  // Pass needs the closing line, no failure and exit 0: a candidate that exits early never passes.
  if (report.summary) {
    if (report.summary.failed > 0 || report.failures.length > 0) return "fail";
    return outcome.exitCode === 0 ? "pass" : "runtime_error";
  }
  if (report.failures.length === 0 && info.compileErrorPattern?.test(outcome.stderr)) return "compile_error";
  return "runtime_error";
}

/**
 * One outcome per compiled assertion, in program order. Failures are matched to assertions in
 * order (several assertions can share a Python line); without the closing line, the assertions
 * that did not report are failed with the reason.
 */
function assertionOutcomes(lines: readonly number[], report: ParsedReport): AssertionOutcome[] {
  const outcomes: AssertionOutcome[] = [];
  let next = 0;
  const failures = [...report.failures];
  for (const line of lines) {
    const failure = failures[next];
    if (failure && failure.line === line) {
      next += 1;
      outcomes.push({
        line,
        passed: false,
        ...(failure.expected !== undefined ? { expected: failure.expected } : {}),
        ...(failure.actual !== undefined ? { actual: failure.actual } : {}),
        ...(failure.error !== undefined ? { error: failure.error } : {}),
      });
    } else if (report.summary) outcomes.push({ line, passed: true });
    else outcomes.push({ line, passed: false, error: "the test program stopped before reporting this assertion" });
  }
  return outcomes;
}
