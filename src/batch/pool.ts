import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Backend } from "../backend.js";
import { type ItemOutcome, compileItem, describe } from "./compile-item.js";
import type { BatchItem } from "./formats.js";

export interface WorkerRequest {
  readonly id: number;
  readonly item: BatchItem;
  readonly original: string;
}

export type WorkerReply = { readonly id: number; readonly outcome: ItemOutcome } | { readonly id: number; readonly error: string };

/** Compiles items; a rejected promise is that item's failure (the message says why), never the batch's. */
export interface Executor {
  compile(item: BatchItem, original: string): Promise<ItemOutcome>;
  close(): Promise<void>;
}

/** `--workers 0`: everything on the main thread (what tests from source use; no worker file needed). */
export function inlineExecutor(backends: readonly Backend[]): Executor {
  return {
    compile: (item, original) => compileItem(item, backends, original),
    close: async () => {},
  };
}

/** The worker entry the build puts next to the CLI (`dist/batch-worker.js`). */
export function defaultWorkerFile(): string {
  return fileURLToPath(new URL("./batch-worker.js", import.meta.url));
}

/**
 * A worker's young generation is capped at 4 MB (V8 sizes it by the machine otherwise): a compile
 * allocates much short-lived garbage, and on a generated stream of 20,000 suites to all five targets
 * the cap took the peak RSS of a 2-worker batch from 278 MB to 179 MB at the same CPU time.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 } as const;

interface Job {
  readonly request: WorkerRequest;
  readonly resolve: (outcome: ItemOutcome) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/**
 * A fixed set of worker threads, one item each at a time. A worker that crashes or exceeds the
 * per-item time limit is replaced, and only its item fails.
 */
export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  /** Losses since the last item that succeeded: many in a row mean workers cannot run at all. */
  private lossesInARow = 0;
  private broken: string | undefined;

  constructor(
    size: number,
    private readonly targets: readonly string[],
    private readonly itemTimeoutMs: number,
    private readonly workerFile = defaultWorkerFile(),
  ) {
    if (!existsSync(workerFile)) {
      throw new Error(`worker threads need the built worker ${workerFile} (npm run build), or run with --workers 0`);
    }
    for (let i = 0; i < size; i++) this.slots.push({ worker: this.spawn() });
  }

  compile(item: BatchItem, original: string): Promise<ItemOutcome> {
    return new Promise((resolve, reject) => {
      if (this.broken) return reject(new Error(this.broken));
      this.queue.push({ request: { id: this.nextId++, item, original }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(this.workerFile, { workerData: { targets: [...this.targets] }, resourceLimits: WORKER_LIMITS });
    worker.on("message", (reply: WorkerReply) => this.settle(worker, reply));
    worker.on("error", (error) => this.lose(worker, `worker thread crashed: ${describe(error)}`));
    worker.on("exit", (code) => this.lose(worker, `worker thread exited (code ${code})`));
    // Idle workers must not keep the process alive once the batch is done.
    worker.unref();
    return worker;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => {
        this.lose(slot.worker, `timed out after ${this.itemTimeoutMs} ms`);
      }, this.itemTimeoutMs);
      slot.worker.postMessage(job.request);
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const slot = this.slots.find((s) => s.worker === worker);
    if (!slot?.job || slot.job.request.id !== reply.id) return;
    const job = this.finish(slot);
    this.lossesInARow = 0;
    if ("outcome" in reply) job.resolve(reply.outcome);
    else job.reject(new Error(reply.error));
    this.dispatch();
  }

  /** The worker is gone or stuck: its item fails, a fresh worker takes its place. */
  private lose(worker: Worker, reason: string): void {
    const slot = this.slots.find((s) => s.worker === worker);
    if (!slot || this.closed) return;
    const job = slot.job ? this.finish(slot) : undefined;
    worker.removeAllListeners();
    void worker.terminate();
    job?.reject(new Error(reason));
    this.lossesInARow += 1;
    if (this.lossesInARow > 3 * this.slots.length) {
      this.broken = `worker threads keep failing (last: ${reason})`;
      for (const queued of this.queue.splice(0)) queued.reject(new Error(this.broken));
      return;
    }
    slot.worker = this.spawn();
    this.dispatch();
  }

  private finish(slot: Slot): Job {
    const job = slot.job!;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    slot.worker.unref();
    return job;
  }
}
