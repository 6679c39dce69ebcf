import { InputError } from "../batch/input.js";
import { ResumeError } from "../batch/output.js";
import { listBackends } from "../registry.js";
import { UnknownLanguageError } from "../registry.js";
import { MissingInterpreterError } from "../runner/interpreter.js";
import { IsolationUnavailableError } from "../runner/isolation.js";
import { BACKEND_OPTION_USAGE, loadBackendModules } from "./backend-modules.js";
import { BATCH_HELP, BATCH_USAGE, batchCommand } from "./batch-command.js";
import { COMPILE_USAGE, compileCommand } from "./compile-command.js";
import { RUN_USAGE, runCommand } from "./run-command.js";
import { UsageError } from "./usage-error.js";

const USAGE = `usage:
${COMPILE_USAGE}
${RUN_USAGE}
${BATCH_USAGE}
  polytest languages
${BACKEND_OPTION_USAGE}

TESTS/FILE is a Python test file (HumanEval/MultiPL-E check(candidate) or MBPP asserts), or a
JSON file holding one HumanEval record {prompt, test, entry_point}.
LANG: julia|jl, lua, ocaml|ml, r, racket|rkt, or one loaded with --backend (compile, run, languages).
${BATCH_HELP}

Exit status:
  compile  0 when at least one assertion compiled, 1 when none did
  run      0 only when every assertion passed for every candidate, 1 otherwise
  batch    0 when every item was compiled (refusals included), 1 when some item failed, 130 when interrupted
  all      2 on usage errors (bad arguments, unknown language, unreadable file, missing interpreter)`;

/** The CLI; returns the exit status instead of exiting, so tests can call it in-process. */
export async function main(argv: readonly string[], out = process.stdout, err = process.stderr): Promise<number> {
  try {
    const [command, ...rest] = await loadBackendModules(argv);
    switch (command) {
      case "compile":
        return await compileCommand(rest, out, err);
      case "run":
        return await runCommand(rest, out, err);
      case "batch":
        return await batchCommand(rest, err as NodeJS.WriteStream);
      case "languages":
        for (const b of listBackends()) {
          out.write(`${[b.info.name, ...b.info.aliases].join("|")}\t${b.info.displayName}\t${b.info.runCommand.join(" ")}\n`);
        }
        return 0;
      case "help":
      case "--help":
      case "-h":
        out.write(`${USAGE}\n`);
        return 0;
      default:
        throw new UsageError(command ? `unknown command '${command}'` : "no command given");
    }
  } catch (error) {
    if (isUsageProblem(error)) {
      err.write(`polytest: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof MissingInterpreterError || error instanceof IsolationUnavailableError || error instanceof InputError || error instanceof ResumeError) {
      err.write(`polytest: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function isUsageProblem(error: unknown): boolean {
  if (error instanceof UsageError || error instanceof UnknownLanguageError) return true;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  return code.startsWith("ERR_PARSE_ARGS") || code === "ENOENT" || code === "EISDIR" || code === "EACCES" || error instanceof SyntaxError;
}

const invokedDirectly = process.argv[1] !== undefined && /(?:^|[\\/])(cli\.js|polytest)$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`polytest: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
