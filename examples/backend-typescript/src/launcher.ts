/**
 * `node launcher.js FILE.ts`: the TypeScript backend's interpreter. It type-checks FILE in-process
 * with ts-morph (strict, ES2022 library, no DOM or Node typings beyond a small environment: see
 * check.ts), prints each error as `FILE(line,col): error TSnnnn: message` on stderr and exits 2;
 * when it checks, it transpiles FILE to an ES module beside it and imports it, so the program's
 * own report and exit status are the run's.
 *
 * `node launcher.js --check-server SOCKET FILE.ts` does the same, except that the type-check and
 * the transpiling are done by a check server (check-server.ts) listening on SOCKET, which keeps
 * the TypeScript compiler loaded and warm between programs: this process then loads no compiler
 * and only imports the module, as above. Output and exit status are the same either way.
 */
import { createConnection } from "node:net";
import { pathToFileURL } from "node:url";
import type { Prepared } from "./check.js";

/** Runs a prepared program: its errors on stderr and status 2, or its module imported. */
async function run(prepared: Prepared): Promise<number> {
  if ("errors" in prepared) {
    process.stderr.write(prepared.errors);
    return 2;
  }
  await import(pathToFileURL(prepared.module).href);
  return 0;
}

async function main(file: string): Promise<number> {
  // Loaded here, not at the top: with --check-server this process never loads the compiler.
  const { ProgramChecker } = await import("./check.js");
  return run(new ProgramChecker().prepare(file));
}

/** Asks the check server on `socketPath` to prepare `file`: one JSON request, one JSON reply. */
function request(socketPath: string, file: string): Promise<Prepared | { readonly failure: string }> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(socketPath, () => socket.end(JSON.stringify({ file })));
    let reply = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (reply += chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      try {
        resolve(JSON.parse(reply) as Prepared | { readonly failure: string });
      } catch (error) {
        reject(error);
      }
    });
  });
}

async function viaServer(socketPath: string, file: string): Promise<number> {
  let prepared: Prepared | { readonly failure: string };
  try {
    prepared = await request(socketPath, file);
  } catch (error) {
    process.stderr.write(`launcher: no check server at ${socketPath}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  // The server could not prepare the file (e.g. unreadable): thrown, as the launcher alone would.
  if ("failure" in prepared) throw new Error(prepared.failure);
  return run(prepared);
}

const args = process.argv.slice(2);
const status =
  args.length === 1 ? main(args[0]!) : args.length === 3 && args[0] === "--check-server" ? viaServer(args[1]!, args[2]!) : undefined;
if (!status) {
  process.stderr.write("usage: node launcher.js [--check-server SOCKET] FILE.ts\n");
  process.exitCode = 2;
} else {
  status.then((code) => {
    if (code !== 0) process.exitCode = code;
  });
}
