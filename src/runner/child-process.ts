import { spawn } from "node:child_process";
import { CappedOutput } from "./capped-output.js";

export interface ChildLimits {
  readonly cwd: string;
  readonly timeoutMs: number;
  /** Per stream; the head and the tail are kept. */
  readonly maxOutputBytes: number;
  readonly env?: NodeJS.ProcessEnv;
}

export interface ChildOutcome {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly outputTruncated: boolean;
  /** The program could not be started at all (e.g. ENOENT). */
  readonly spawnError?: string;
  readonly durationMs: number;
}

/**
 * Runs argv as the leader of a new process group, so that on timeout (and after exit, for
 * anything it left running) the whole group is killed, children included.
 */
export function runChild(argv: readonly string[], limits: ChildLimits): Promise<ChildOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const stdout = new CappedOutput(limits.maxOutputBytes);
    const stderr = new CappedOutput(limits.maxOutputBytes);
    let timedOut = false;
    let spawnError: string | undefined;
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: limits.cwd,
      env: limits.env ?? process.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // The group is already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, limits.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => {
      spawnError = error.message;
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      killGroup();
      resolve({
        exitCode,
        signal,
        stdout: stdout.text(),
        stderr: stderr.text(),
        timedOut,
        outputTruncated: stdout.truncated || stderr.truncated,
        ...(spawnError ? { spawnError } : {}),
        durationMs: performance.now() - started,
      });
    });
  });
}
