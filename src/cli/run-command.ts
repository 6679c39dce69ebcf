import { createWriteStream, readFileSync, readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { compileTests } from "../api.js";
import { formatDiagnostic } from "../ir/diagnostics.js";
import { getBackend } from "../registry.js";
import { requireInterpreter } from "../runner/interpreter.js";
import { forEachConcurrently } from "../runner/pool.js";
import { type ExecutionOptions, type RunResult, runCompiled } from "../runner/run.js";
import { readInputFile } from "./input-file.js";
import { Progress } from "./progress.js";
import { UsageError } from "./usage-error.js";

export const RUN_USAGE = `  polytest run TESTS --to LANG --solution FILE [--json] [--timeout MS] [--isolate]
  polytest run TESTS --to LANG --solutions DIR|FILE.jsonl [--jobs N] [-o OUT.jsonl] [--timeout MS] [--isolate]`;

interface Candidate {
  readonly name: string;
  readonly program: string;
}

/**
 * `polytest run`: exit 0 only when every assertion passed for every candidate, 1 when any
 * candidate did not pass, 2 on usage errors (including tests that do not compile and a missing
 * interpreter).
 */
export async function runCommand(args: readonly string[], out: NodeJS.WriteStream, err: NodeJS.WriteStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      to: { type: "string" },
      solution: { type: "string" },
      solutions: { type: "string" },
      json: { type: "boolean", default: false },
      output: { type: "string", short: "o" },
      jobs: { type: "string" },
      timeout: { type: "string" },
      isolate: { type: "boolean", default: false },
      "entry-point": { type: "string" },
    },
  });
  if (positionals.length !== 1) throw new UsageError("run takes exactly one TESTS file");
  if (!values.to) throw new UsageError("--to LANG is required");
  if (Boolean(values.solution) === Boolean(values.solutions)) throw new UsageError("give exactly one of --solution FILE or --solutions DIR|FILE.jsonl");
  const timeoutMs = values.timeout === undefined ? undefined : positiveInteger(values.timeout, "--timeout");
  const jobs = values.jobs === undefined ? availableParallelism() : positiveInteger(values.jobs, "--jobs");
  const backend = getBackend(values.to);
  requireInterpreter(backend.info);

  const input = readInputFile(positionals[0]!);
  const entryPoint = values["entry-point"] ?? input.entryPoint;
  const compiled = await compileTests(input.source, values.to, entryPoint ? { entryPoint } : {});
  for (const d of compiled.diagnostics) if (d.severity !== "info") err.write(`${formatDiagnostic(d, positionals[0])}\n`);
  if (compiled.assertions.compiled === 0) {
    err.write("polytest: no assertion compiled; nothing to run\n");
    return 2;
  }
  const execution: ExecutionOptions = { ...(timeoutMs ? { timeoutMs } : {}), isolate: values.isolate };

  if (values.solution) {
    const result = await runCompiled(compiled, readFileSync(values.solution, "utf8"), execution);
    out.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : describeRun(values.solution, result));
    return result.status === "pass" ? 0 : 1;
  }

  const candidates = readCandidates(values.solutions!, backend.info.extension);
  const sink = values.output ? createWriteStream(values.output) : out;
  const progress = new Progress(err, candidates.length, `${compiled.language}:`);
  const tally = new Map<string, number>();
  await forEachConcurrently(
    candidates,
    jobs,
    (candidate) => runCompiled(compiled, candidate.program, execution),
    (candidate, settled) => {
      const row =
        settled.status === "fulfilled"
          ? { name: candidate.name, ...settled.value }
          : { name: candidate.name, status: "runtime_error", error: String(settled.reason) };
      sink.write(`${JSON.stringify(row)}\n`);
      tally.set(row.status, (tally.get(row.status) ?? 0) + 1);
      progress.tick(row.status);
    },
  );
  progress.finish();
  if (sink !== out) await new Promise<void>((resolve) => (sink as NodeJS.WritableStream).end(() => resolve()));
  err.write(`polytest: ${candidates.length} candidates: ${[...tally].map(([k, v]) => `${v} ${k}`).join(", ")}\n`);
  return tally.get("pass") === candidates.length ? 0 : 1;
}

function positiveInteger(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} takes a positive whole number`);
  return n;
}

function readCandidates(path: string, extension: string): Candidate[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((f) => f.endsWith(extension))
      .sort()
      .map((f) => ({ name: basename(f, extension), program: readFileSync(join(path, f), "utf8") }));
  }
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const row = JSON.parse(line) as { name?: unknown; program?: unknown };
      if (typeof row.program !== "string") throw new UsageError(`${path}:${i + 1}: each row needs a string field 'program'`);
      return { name: typeof row.name === "string" ? row.name : `row${i + 1}`, program: row.program };
    });
}

function describeRun(name: string, result: RunResult): string {
  const failed = result.assertions.filter((a) => !a.passed);
  const lines = [`${name}: ${result.status} (${result.assertions.length - failed.length}/${result.assertions.length} assertions passed, ${Math.round(result.durationMs)} ms)`];
  for (const a of failed) {
    lines.push(`  line ${a.line}: ${a.error ? `error ${a.error}` : `expected ${a.expected ?? "?"}, actual ${a.actual ?? "?"}`}`);
  }
  if (result.status === "compile_error" || result.status === "runtime_error") lines.push(result.stderr.trimEnd());
  return `${lines.join("\n")}\n`;
}
