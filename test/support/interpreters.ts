import { spawnSync } from "node:child_process";
import { installHint, whichCommand } from "../../src/runner/interpreter.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getBackend } from "../../src/registry.js";

/**
 * Interpreters for the execution tests. On a developer machine without one, its tests skip with a
 * message naming the Debian packages; with POLYTEST_REQUIRE_INTERPRETERS=1 (CI) a missing one fails.
 */
export const REQUIRE_INTERPRETERS = process.env.POLYTEST_REQUIRE_INTERPRETERS === "1";

export function interpreterAvailable(language: string): boolean {
  return whichCommand(getBackend(language).info.runCommand[0]!) !== undefined;
}

/**
 * Why a language's execution tests are skipped (undefined: they run). With
 * POLYTEST_REQUIRE_INTERPRETERS=1 a missing interpreter that Debian packages is an error; one
 * without a package (Julia) is only run where it is installed.
 */
export function skipReason(language: string): string | undefined {
  if (interpreterAvailable(language)) return undefined;
  const info = getBackend(language).info;
  const message = `${info.displayName} execution tests need '${info.runCommand[0]}': ${installHint(info)}`;
  if (REQUIRE_INTERPRETERS && info.debianPackages.length > 0) throw new Error(`POLYTEST_REQUIRE_INTERPRETERS=1 but ${message}`);
  console.warn(`skipping: ${message}`);
  return message;
}

export interface ProgramRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/** Writes `program` to a fresh temp dir and runs it with the language's run command. */
export function runProgram(language: string, program: string, timeoutMs = 60_000): ProgramRun {
  const info = getBackend(language).info;
  const dir = mkdtempSync(join(tmpdir(), "polytest-test-"));
  try {
    const file = join(dir, `main${info.extension}`);
    writeFileSync(file, program);
    const [command, ...args] = info.runCommand.map((part) => part.replace("{file}", file));
    const result = spawnSync(command!, args, { cwd: dir, encoding: "utf8", timeout: timeoutMs, maxBuffer: 64 << 20 });
    return {
      exitCode: result.status,
      stdout: result.stdout ?? "",
      stderr: result.stderr ?? "",
      timedOut: result.error !== undefined && (result.error as NodeJS.ErrnoException).code === "ETIMEDOUT",
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
