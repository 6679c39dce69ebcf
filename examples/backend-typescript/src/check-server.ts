/**
 * A check server: one warm ts-morph Project that type-checks and transpiles test programs for
 * `node launcher.js --check-server SOCKET FILE`, so that running many programs (a test suite, a
 * benchmark) pays for loading and warming the TypeScript compiler once instead of once a program.
 * Every program is still type-checked alone and run in its own Node process by the launcher.
 *
 *     const server = await startCheckServer();
 *     registerBackend(server.backend);                 // "typescript-warm"
 *     await runCompiled({ ...compiled, language: server.backend.info.name }, candidate);
 *     await server.close();
 */
import { rmSync } from "node:fs";
import { type Server, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Backend } from "polytest";
import { ProgramChecker } from "./check.js";
import { LAUNCHER, typescriptBackend } from "./backend.js";

export interface CheckServer {
  readonly socketPath: string;
  /** The TypeScript backend with `runCommand` going through this server, named `typescript-warm`. */
  readonly backend: Backend;
  close(): Promise<void>;
}

/** The request the launcher sends, and the failure the server may answer besides a `Prepared`. */
interface Request {
  readonly file: string;
}

/**
 * Starts a check server on a fresh Unix socket in the temporary directory. It prepares one
 * program at a time (the check is synchronous), in the order the requests arrive.
 */
export async function startCheckServer(): Promise<CheckServer> {
  const checker = new ProgramChecker();
  const socketPath = join(tmpdir(), `polytest-ts-check-${process.pid}-${Math.random().toString(36).slice(2, 10)}.sock`);
  const server: Server = createServer({ allowHalfOpen: true }, (socket) => {
    let body = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (body += chunk));
    socket.on("error", () => socket.destroy());
    socket.on("end", () => {
      let reply: object;
      try {
        reply = checker.prepare((JSON.parse(body) as Request).file);
      } catch (error) {
        reply = { failure: error instanceof Error ? error.message : String(error) };
      }
      socket.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve());
  });
  server.unref();
  const backend: Backend = {
    ...typescriptBackend,
    info: { ...typescriptBackend.info, name: "typescript-warm", aliases: [], runCommand: ["node", LAUNCHER, "--check-server", socketPath, "{file}"] },
  };
  return {
    socketPath,
    backend,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          rmSync(socketPath, { force: true });
          resolve();
        }),
      ),
  };
}
