/**
 * Type-checking and transpiling a test program: what `node launcher.js FILE` does before it runs
 * FILE, shared by the launcher (one program, then it exits) and the check server (many programs,
 * one warm ts-morph Project).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
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

/** Where a program that type-checks was written as an ES module, or the checker's errors. */
export type Prepared = { readonly module: string } | { readonly errors: string };

/**
 * A checker for test programs, one at a time: an in-memory ts-morph Project holding the ES2022
 * library and the environment, into which each program is added alone, checked (every pre-emit
 * diagnostic, the library's included, as a fresh project gives) and removed again. Reusing it
 * only saves parsing the library and warming the compiler up: no program sees another.
 */
export class ProgramChecker {
  private readonly project = new Project({ useInMemoryFileSystem: true, compilerOptions: COMPILER_OPTIONS });

  constructor() {
    this.project.createSourceFile("/environment.d.ts", ENVIRONMENT);
  }

  /** The checker's errors, formatted as tsc prints them; empty when the program type-checks. */
  typeErrors(fileName: string, source: string): string {
    const file = this.project.createSourceFile(`/${fileName}`, source, { overwrite: true });
    try {
      const errors = this.project
        .getPreEmitDiagnostics()
        .filter((d) => d.getCategory() === ts.DiagnosticCategory.Error)
        .map((d) => d.compilerObject);
      return ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => "/", getNewLine: () => "\n" });
    } finally {
      this.project.removeSourceFile(file);
    }
  }

  /** Type-checks FILE; when it checks, transpiles it to an ES module beside it (`main.ts` -> `main.mjs`). */
  prepare(file: string): Prepared {
    const source = readFileSync(file, "utf8");
    const errors = this.typeErrors(basename(file), source);
    if (errors) return { errors };
    const { outputText } = ts.transpileModule(source, { compilerOptions: { ...COMPILER_OPTIONS, noEmit: false } });
    const module = join(dirname(file), `${basename(file, ".ts")}.mjs`);
    writeFileSync(module, outputText);
    return { module };
  }
}

/** The checker's errors for one program, from a fresh project. */
export function typeErrors(fileName: string, source: string): string {
  return new ProgramChecker().typeErrors(fileName, source);
}
