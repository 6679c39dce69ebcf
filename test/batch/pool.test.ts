import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/batch/pool.js";
import { scratchDir } from "./support.js";

/** A stand-in worker: answers by item name, crashes on "crash", never answers "hang". */
const FAKE_WORKER = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ id, item }) => {
  if (item.name === "crash") process.exit(3);
  if (item.name === "hang") for (;;) {}
  if (item.name === "throw") return parentPort.postMessage({ id, error: "Error: bad item" });
  parentPort.postMessage({ id, outcome: { name: item.name.toUpperCase(), targets: [] } });
});
`;

function fakeWorkerFile(): string {
  const file = join(scratchDir(), "fake-worker.cjs");
  writeFileSync(file, FAKE_WORKER);
  return file;
}

const item = (name: string) => ({ name, source: "" });

describe("WorkerPool", () => {
  it("a crashed or stuck worker fails its own item only; the replacement goes on", async () => {
    const pool = new WorkerPool(2, ["lua"], 1_000, fakeWorkerFile());
    try {
      const results = await Promise.allSettled(["a", "crash", "b", "hang", "throw", "c", "d"].map((n) => pool.compile(item(n), n)));
      const summary = results.map((r) => (r.status === "fulfilled" ? r.value.name : (r.reason as Error).message));
      expect(summary).toEqual(["A", "worker thread exited (code 3)", "B", "timed out after 1000 ms", "Error: bad item", "C", "D"]);
    } finally {
      await pool.close();
    }
  });

  it("workers that cannot start at all fail the items with the reason instead of respawning forever", async () => {
    const file = join(scratchDir(), "broken-worker.cjs");
    writeFileSync(file, "throw new Error('cannot start');");
    const pool = new WorkerPool(1, ["lua"], 5_000, file);
    try {
      const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => pool.compile(item(`x${i}`), "")));
      expect(results.every((r) => r.status === "rejected")).toBe(true);
      expect(((results[7] as PromiseRejectedResult).reason as Error).message).toMatch(/cannot start/);
    } finally {
      await pool.close();
    }
  });

  it("says how to get the worker when it is not built", () => {
    expect(() => new WorkerPool(1, ["lua"], 1_000, join(scratchDir(), "missing.js"))).toThrow(/npm run build.*--workers 0/);
  });
});
