import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompiledProgram } from "../src/compile.js";
import { getBackend } from "../src/registry.js";
import { CappedOutput } from "../src/runner/capped-output.js";
import { type ChildOutcome, runChild } from "../src/runner/child-process.js";
import { requireInterpreter } from "../src/runner/interpreter.js";
import { DEFAULT_MAX_OUTPUT_BYTES, type RunResult, resultOfRun, runCompiled } from "../src/runner/run.js";

export interface ProgramJob {
  readonly compiled: CompiledProgram;
  readonly candidate: string;
}

export interface BatchOptions {
  readonly timeoutMs: number;
  /** Memory cap of each program (a custodian limit), default 2 GiB. */
  readonly memoryBytes?: number;
}

const DRIVER = join(dirname(fileURLToPath(import.meta.url)), "racket-batch.rkt");
const REPORTED = /^polytest-batch (\d+) (\d+|timeout) (\d+)$/;

/**
 * Runs Racket programs in one `racket` process (see racket-batch.rkt for what each program keeps to
 * itself). Each program's file is the one runCompiled would write, and its result is read by the
 * runner's own reader; a program the batch did not report on (the process died) runs alone.
 */
export async function runRacketBatch(jobs: readonly ProgramJob[], options: BatchOptions): Promise<RunResult[]> {
  const interpreter = requireInterpreter(getBackend("racket").info);
  const dir = mkdtempSync(join(tmpdir(), "polytest-racket-batch-"));
  try {
    const files = jobs.map((job, i) => {
      const file = join(dir, `p${i}`, "main.rkt");
      writeFileSyncMkdir(file, `${job.candidate}\n${job.compiled.program}`);
      return file;
    });
    const seconds = String(options.timeoutMs / 1000);
    const memory = String(options.memoryBytes ?? 2 * 1024 ** 3);
    const batch = await runChild([interpreter, DRIVER, seconds, memory, ...files], {
      cwd: dir,
      timeoutMs: 30_000 + jobs.length * options.timeoutMs,
      maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
    });
    const outcomes = new Map<number, ChildOutcome>();
    for (const line of batch.stdout.split("\n")) {
      const m = REPORTED.exec(line);
      if (!m) continue;
      const index = Number(m[1]);
      const timedOut = m[2] === "timeout";
      const stdout = readCapped(`${files[index]!}.stdout`);
      const stderr = readCapped(`${files[index]!}.stderr`);
      outcomes.set(index, {
        exitCode: timedOut ? null : Number(m[2]),
        signal: null,
        stdout: stdout.text,
        stderr: stderr.text,
        timedOut,
        outputTruncated: stdout.truncated || stderr.truncated,
        durationMs: Number(m[3]),
      });
    }
    return Promise.all(
      jobs.map(async (job, i) => {
        const outcome = outcomes.get(i);
        return outcome ? resultOfRun(job.compiled, outcome) : runCompiled(job.compiled, job.candidate, { timeoutMs: options.timeoutMs });
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each program gets a folder of its own, its working directory, as runCompiled gives it. */
function writeFileSyncMkdir(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function readCapped(file: string): { text: string; truncated: boolean } {
  const capped = new CappedOutput(DEFAULT_MAX_OUTPUT_BYTES);
  try {
    capped.push(readFileSync(file));
  } catch {
    // The program never got to open its output (the batch stopped first).
  }
  return { text: capped.text(), truncated: capped.truncated };
}
