/**
 * The tests' way of running many programs: through `node launcher.js --check-server SOCKET FILE`,
 * with one warm check server per test file (src/check-server.ts), so that each run is still a
 * real type-check of that program alone and a real run in its own Node process, without loading
 * the TypeScript compiler again each time. `viaLauncher` runs through the plain launcher instead
 * (what `polytest run` does), for the subset that keeps that path covered and compares the two.
 */
import { type CompiledProgram, type ExecutionOptions, type RunResult, registerBackend, runCompiled } from "polytest";
import { afterAll, beforeAll } from "vitest";
import { type CheckServer, startCheckServer, typescriptBackend } from "../src/index.js";

export const RUN = { timeoutMs: 60_000 } as const;

export function warmRunner(): {
  warm: (compiled: CompiledProgram, candidate: string, options?: ExecutionOptions) => Promise<RunResult>;
  viaLauncher: (compiled: CompiledProgram, candidate: string, options?: ExecutionOptions) => Promise<RunResult>;
} {
  let server: CheckServer | undefined;
  beforeAll(async () => {
    registerBackend(typescriptBackend);
    server = await startCheckServer();
    registerBackend(server.backend);
  });
  afterAll(async () => server?.close());
  return {
    warm: (compiled, candidate, options = RUN) => {
      if (compiled.language !== typescriptBackend.info.name) throw new Error(`not a TypeScript program: ${compiled.language}`);
      return runCompiled({ ...compiled, language: server!.backend.info.name }, candidate, options);
    },
    viaLauncher: (compiled, candidate, options = RUN) => runCompiled(compiled, candidate, options),
  };
}

/** What must be the same however the program was run (everything but the duration). */
export function outcome(result: RunResult): Omit<RunResult, "durationMs"> {
  const { durationMs: _, ...rest } = result;
  return rest;
}
