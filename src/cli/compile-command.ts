import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { compileTests } from "../api.js";
import { formatDiagnostic } from "../ir/diagnostics.js";
import { readInputFile } from "./input-file.js";
import { UsageError } from "./usage-error.js";

export const COMPILE_USAGE = "  polytest compile FILE --to LANG [--json] [-o OUT] [--entry-point NAME]";

/** `polytest compile`: exit 0 when at least one assertion compiled, 1 when none did. */
export async function compileCommand(args: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      to: { type: "string" },
      json: { type: "boolean", default: false },
      output: { type: "string", short: "o" },
      "entry-point": { type: "string" },
    },
  });
  if (positionals.length !== 1) throw new UsageError("compile takes exactly one FILE");
  if (!values.to) throw new UsageError("--to LANG is required");
  const file = positionals[0]!;
  const input = readInputFile(file);
  const entryPoint = values["entry-point"] ?? input.entryPoint;
  const result = await compileTests(input.source, values.to, entryPoint ? { entryPoint } : {});
  const { language, program, diagnostics, assertions } = result;
  const text = values.json
    ? `${JSON.stringify({ language, entryPoint: result.entryPoint, program, diagnostics, assertions }, null, 2)}\n`
    : program;
  if (!values.json) for (const d of diagnostics) err.write(`${formatDiagnostic(d, file)}\n`);
  if (values.output) writeFileSync(values.output, text);
  else out.write(text);
  return assertions.compiled > 0 ? 0 : 1;
}
