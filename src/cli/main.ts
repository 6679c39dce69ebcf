import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { compileTests, formatDiagnostic, listBackends } from "../index.js";
import { UnknownLanguageError } from "../registry.js";
import { readInputFile } from "./input-file.js";

const USAGE = `usage:
  polytest compile FILE --to LANG [--json] [-o OUT] [--entry-point NAME]
  polytest languages

FILE is a Python test file (HumanEval/MultiPL-E check(candidate) or MBPP asserts), or a JSON
file holding one HumanEval record {prompt, test, entry_point}.
LANG: julia|jl, lua, ocaml|ml, r, racket|rkt.

Exit status: 0 when at least one assertion compiled, 1 when none did, 2 on usage errors.`;

/** The CLI; returns the exit status instead of exiting, so tests can call it in-process. */
export async function main(argv: readonly string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "languages") {
    for (const b of listBackends()) out.write(`${[b.info.name, ...b.info.aliases].join("|")}\t${b.info.displayName}\t${b.info.runCommand.join(" ")}\n`);
    return 0;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== "compile") return usage(err, command ? `unknown command '${command}'` : "no command given");
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        to: { type: "string" },
        json: { type: "boolean", default: false },
        output: { type: "string", short: "o" },
        "entry-point": { type: "string" },
      },
    });
  } catch (error) {
    return usage(err, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage(err, "compile takes exactly one FILE");
  if (!values.to) return usage(err, "--to LANG is required");
  const file = positionals[0]!;
  let input;
  try {
    input = readInputFile(file);
  } catch (error) {
    err.write(`polytest: cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  let result;
  try {
    const entryPoint = values["entry-point"] ?? input.entryPoint;
    result = await compileTests(input.source, values.to, entryPoint ? { entryPoint } : {});
  } catch (error) {
    if (error instanceof UnknownLanguageError) return usage(err, error.message);
    throw error;
  }
  const text = values.json
    ? `${JSON.stringify(
        {
          language: result.language,
          entryPoint: result.entryPoint,
          program: result.program,
          diagnostics: result.diagnostics,
          assertions: result.assertions,
        },
        null,
        2,
      )}\n`
    : result.program;
  if (!values.json) for (const d of result.diagnostics) err.write(`${formatDiagnostic(d, file)}\n`);
  if (values.output) writeFileSync(values.output, text);
  else out.write(text);
  return result.assertions.compiled > 0 ? 0 : 1;
}

function usage(err: NodeJS.WritableStream, message: string): number {
  err.write(`polytest: ${message}\n\n${USAGE}\n`);
  return 2;
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
