import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SMALL_INPUT, autoWorkers } from "../../src/batch/run-batch.js";
import { CORPUS, CORPUS_PRESENT } from "../corpus/corpus-source.js";
import { polytest, scratchDir } from "./support.js";

const TARGETS = ["julia", "lua", "ocaml", "r", "racket"];

describe("--workers left out", () => {
  it("compiles a small file or directory on the main thread and anything else on the cores", () => {
    const dir = scratchDir();
    const small = join(dir, "small.jsonl");
    const big = join(dir, "big.jsonl");
    writeFileSync(small, "x".repeat(SMALL_INPUT.bytes));
    writeFileSync(big, "x".repeat(SMALL_INPUT.bytes + 1));
    expect(autoWorkers(small, { index: 1, count: 1 }, undefined, 8)).toBe(0);
    expect(autoWorkers(big, { index: 1, count: 1 }, undefined, 8)).toBe(8);
    // A shard reads about its share of the file.
    expect(autoWorkers(big, { index: 2, count: 2 }, undefined, 8)).toBe(0);
    // stdin's size is unknown.
    expect(autoWorkers("-", { index: 1, count: 1 }, undefined, 8)).toBe(8);
    // A directory counts its .py files in the shard.
    expect(autoWorkers(dir, { index: 1, count: 1 }, SMALL_INPUT.files, 8)).toBe(0);
    expect(autoWorkers(dir, { index: 1, count: 1 }, SMALL_INPUT.files + 1, 8)).toBe(8);
  });

  it("a FIFO or device is not a small file", () => {
    expect(autoWorkers("/dev/null", { index: 1, count: 1 }, undefined, 4)).toBe(4);
  });

  it.skipIf(!CORPUS_PRESENT)("writes the same files as worker threads do", () => {
    const input = join(CORPUS, "humaneval", "HumanEval.jsonl");
    const [auto, workers] = [scratchDir(), scratchDir()];
    expect(polytest(["batch", input, "--to", "all", "--out", auto]).status).toBe(0);
    expect(polytest(["batch", input, "--to", "all", "--out", workers, "--workers", "2"]).status).toBe(0);
    for (const file of [...TARGETS.map((t) => `${t}.jsonl`), "items.jsonl"]) {
      expect(readFileSync(join(auto, file), "utf8") === readFileSync(join(workers, file), "utf8"), file).toBe(true);
    }
  }, 60_000);
});
