import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CLI = join(__dirname, "..", "..", "dist", "cli.js");

export function polytest(args: readonly string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", ...(input !== undefined ? { input } : {}) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), "polytest-batch-"));
}

export function jsonLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
