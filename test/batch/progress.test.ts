import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/batch/run-batch.js";
import { WHOLE } from "../../src/batch/shard.js";
import { scratchDir } from "./support.js";
import { writeFileSync } from "node:fs";

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const stream = { isTTY, text: "", write(chunk: string) { stream.text += chunk; return true; } };
  return stream as unknown as NodeJS.WriteStream & { text: string };
}

describe("batch progress", () => {
  const dir = scratchDir();
  writeFileSync(join(dir, "a.py"), "def a(x):\n    return x\n\ndef check(candidate):\n    assert candidate(1) == 1\n\ncheck(a)\n");
  writeFileSync(join(dir, "b.py"), "def b(x):\n    return x\n\ndef check(candidate):\n    assert candidate(2) == 2\n\ncheck(b)\n");
  const run = (stream: NodeJS.WriteStream) =>
    runBatch({ input: dir, targets: ["lua"], out: scratchDir(), format: "auto", shard: WHOLE, workers: 0, resume: false, itemTimeoutMs: 10_000, progress: stream });

  it("draws a bar with the item count on a TTY", async () => {
    const tty = fakeStream(true);
    const summary = await run(tty);
    expect(summary.suites).toBe(2);
    expect(tty.text).toContain("\r");
    expect(tty.text).toMatch(/2\/2 +compiled 2/);
  });

  it("writes nothing when the stream is not a TTY", async () => {
    const piped = fakeStream(false);
    await run(piped);
    expect(piped.text).toBe("");
  });
});
