import { spawnSync } from "node:child_process";
import { whichCommand } from "./interpreter.js";

/**
 * Optional confinement of candidate code, built from util-linux tools:
 * - `unshare --net --map-root-user`: a new, empty network namespace (no network at all, not even
 *   loopback to the host's services), entered without privileges through a user namespace;
 * - `prlimit`: caps on address space (memory), size of files written, and CPU seconds.
 * It does NOT isolate the file system (the candidate can read and write whatever the user can),
 * other processes, or environment variables; it is not a security sandbox for hostile code.
 */
export interface IsolationOptions {
  /** Address-space limit in bytes (default 4 GiB; Racket CS and OCaml reserve generously). */
  readonly memoryBytes?: number;
  /** Largest file the candidate may write, in bytes (default 64 MiB). */
  readonly fileSizeBytes?: number;
  /** CPU seconds (default: the timeout rounded up, plus one). */
  readonly cpuSeconds?: number;
}

export class IsolationUnavailableError extends Error {
  constructor(reason: string) {
    super(`isolation is not available on this machine: ${reason}`);
    this.name = "IsolationUnavailableError";
  }
}

let probed: string | undefined | null = null;

/** Why isolation cannot work here, or undefined when it can (probed once per process). */
export function isolationProblem(): string | undefined {
  if (probed !== null) return probed;
  if (!whichCommand("unshare") || !whichCommand("prlimit")) probed = "unshare and prlimit (util-linux) are required";
  else {
    const { status } = spawnSync("unshare", ["--net", "--map-root-user", "true"]);
    probed = status === 0 ? undefined : "unprivileged user namespaces are disabled (unshare --net --map-root-user failed)";
  }
  return probed;
}

/** argv prefix that runs a command under the isolation. */
export function isolationPrefix(options: IsolationOptions, timeoutMs: number): string[] {
  const problem = isolationProblem();
  if (problem) throw new IsolationUnavailableError(problem);
  const memory = options.memoryBytes ?? 4 * 1024 ** 3;
  const fileSize = options.fileSizeBytes ?? 64 * 1024 ** 2;
  const cpu = options.cpuSeconds ?? Math.ceil(timeoutMs / 1000) + 1;
  return ["unshare", "--net", "--map-root-user", "--", "prlimit", `--as=${memory}`, `--fsize=${fileSize}`, `--cpu=${cpu}`, "--"];
}
