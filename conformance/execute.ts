import { availableParallelism } from "node:os";
import { forEachConcurrently } from "../src/runner/pool.js";
import { type RunResult, runCompiled } from "../src/runner/run.js";
import { type ProgramJob, runRacketBatch } from "./racket-batch.js";

export interface KeyedJob<K> extends ProgramJob {
  readonly key: K;
}

export interface ExecuteOptions {
  /** Programs in flight at once (default: the machine's cores). */
  readonly concurrency?: number;
  readonly timeoutMs?: number;
  /** Racket programs per `racket` process; 1 runs each alone (default 25). */
  readonly racketBatchSize?: number;
}

type Unit<K> = { kind: "alone"; job: KeyedJob<K> } | { kind: "racket-batch"; jobs: KeyedJob<K>[] };

/**
 * Runs every job, a pool of `concurrency` at a time: Racket programs in batches (one interpreter
 * start per batch), the other languages one process each (their interpreters start in 2-160 ms,
 * and none can hold several programs apart as exactly as a fresh process does).
 */
export async function executeAll<K>(jobs: readonly KeyedJob<K>[], options: ExecuteOptions = {}): Promise<Map<K, RunResult>> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const batchSize = Math.max(1, options.racketBatchSize ?? 25);
  const racket = jobs.filter((j) => j.compiled.language === "racket");
  const units: Unit<K>[] = [];
  if (batchSize > 1) {
    for (let i = 0; i < racket.length; i += batchSize) units.push({ kind: "racket-batch", jobs: racket.slice(i, i + batchSize) });
  }
  for (const job of jobs) {
    if (batchSize === 1 || job.compiled.language !== "racket") units.push({ kind: "alone", job });
  }
  const results = new Map<K, RunResult>();
  const failures: unknown[] = [];
  await forEachConcurrently(
    units,
    options.concurrency ?? availableParallelism(),
    async (unit) => {
      if (unit.kind === "alone") return [[unit.job.key, await runCompiled(unit.job.compiled, unit.job.candidate, { timeoutMs })]] as const;
      const batch = await runRacketBatch(unit.jobs, { timeoutMs });
      return unit.jobs.map((job, i) => [job.key, batch[i]!] as const);
    },
    (_unit, settled) => {
      if (settled.status === "fulfilled") for (const [key, result] of settled.value) results.set(key, result);
      else failures.push(settled.reason);
    },
  );
  // A job that could not be run at all (no interpreter, no disk) is an error of the harness, not a verdict.
  if (failures.length > 0) throw failures[0];
  return results;
}
