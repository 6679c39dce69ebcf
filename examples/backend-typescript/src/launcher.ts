/**
 * `node launcher.js FILE.ts`: the TypeScript backend's interpreter. It type-checks FILE in-process
 * with ts-morph (strict, ES2022 library, no DOM or Node typings beyond the small environment
 * below), prints each error as `FILE(line,col): error TSnnnn: message` on stderr and exits 2; when
 * it checks, it transpiles FILE to an ES module beside it and imports it, so the program's own
 * report and exit status are the run's.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Project, ts } from "ts-morph";

/** What a candidate may use besides the ES2022 library: printing, and the exit status. */
const ENVIRONMENT = `
interface __PtConsole { log(...data: unknown[]): void; error(...data: unknown[]): void; warn(...data: unknown[]): void; info(...data: unknown[]): void; debug(...data: unknown[]): void }
declare var console: __PtConsole;
declare var process: { exitCode: number | string | undefined; argv: string[]; env: Record<string, string | undefined> };
`;

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  lib: ["lib.es2022.d.ts"],
  types: [],
  noEmit: true,
};

/** The checker's errors, formatted as tsc prints them; empty when the program type-checks. */
export function typeErrors(fileName: string, source: string): string {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: COMPILER_OPTIONS });
  project.createSourceFile("/environment.d.ts", ENVIRONMENT);
  project.createSourceFile(`/${fileName}`, source);
  const errors = project
    .getPreEmitDiagnostics()
    .filter((d) => d.getCategory() === ts.DiagnosticCategory.Error)
    .map((d) => d.compilerObject);
  return ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => "/", getNewLine: () => "\n" });
}

async function main(file: string): Promise<number> {
  const source = readFileSync(file, "utf8");
  const errors = typeErrors(basename(file), source);
  if (errors) {
    process.stderr.write(errors);
    return 2;
  }
  const { outputText } = ts.transpileModule(source, { compilerOptions: { ...COMPILER_OPTIONS, noEmit: false } });
  const output = join(dirname(file), `${basename(file, ".ts")}.mjs`);
  writeFileSync(output, outputText);
  await import(pathToFileURL(output).href);
  return 0;
}

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node launcher.js FILE.ts\n");
  process.exitCode = 2;
} else {
  main(file).then((status) => {
    if (status !== 0) process.exitCode = status;
  });
}
