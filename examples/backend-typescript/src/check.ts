/**
 * Type-checking and transpiling a test program: what `node launcher.js FILE` does before it runs
 * FILE, shared by the launcher (one program, then it exits) and the check server (many programs,
 * one warm ts-morph Project).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Project, ts } from "ts-morph";

const ENVIRONMENT_PATH = "/environment.d.ts";

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

/** Where the in-memory file system of a ts-morph Project holds the TypeScript library. */
const LIBRARY_FOLDER = "/node_modules/typescript/lib";

/**
 * A checker for test programs, one at a time. Each program gets a program of its own whose roots
 * are only the environment and that file (as a fresh ts-morph Project would build it, and tsc),
 * checked for every pre-emit diagnostic, the library's included. Reusing a checker saves parsing
 * the library again (its source files are immutable and shared, as a language service shares
 * them), warming the compiler up, and checking the library again: the library's and the
 * environment's diagnostics can only change when a program adds to the global scope or brings in
 * other files, so they are kept from the last program that did neither, and reused for a program
 * that does neither (a module with no `declare global` / `declare module` / namespace, with the
 * same files besides itself). No program sees another.
 */
export class ProgramChecker {
  /** The TypeScript library, as a ts-morph in-memory Project provides it (and nothing else). */
  private readonly files = new Project({ useInMemoryFileSystem: true }).getModuleResolutionHost();
  private readonly shared = new Map<string, ts.SourceFile | undefined>();
  /** The semantic diagnostics of every file but the program, and the files they were taken from. */
  private library: { readonly files: readonly ts.SourceFile[]; readonly diagnostics: readonly ts.Diagnostic[] } | undefined;

  /** The checker's errors, formatted as tsc prints them; empty when the program type-checks. */
  typeErrors(fileName: string, source: string): string {
    const mainPath = `/${fileName}`;
    const program = ts.createProgram({ rootNames: [ENVIRONMENT_PATH, mainPath], options: COMPILER_OPTIONS, host: this.host(mainPath, source) });
    const main = program.getSourceFile(mainPath)!;
    const others = program.getSourceFiles().filter((f) => f !== main);
    const adds = !ts.isExternalModule(main) || main.statements.some(ts.isModuleDeclaration);
    let library: readonly ts.Diagnostic[];
    if (!adds && this.library && sameFiles(this.library.files, others)) library = this.library.diagnostics;
    else {
      library = others.flatMap((f) => program.getSemanticDiagnostics(f));
      if (!adds) this.library = { files: others, diagnostics: library };
    }
    // What ts.getPreEmitDiagnostics(program) collects, in its order, sorted and deduplicated.
    const diagnostics = ts.sortAndDeduplicateDiagnostics([
      ...program.getConfigFileParsingDiagnostics(),
      ...program.getOptionsDiagnostics(),
      ...program.getSyntacticDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...library,
      ...program.getSemanticDiagnostics(main),
    ]);
    const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
    return ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => "/", getNewLine: () => "\n" });
  }

  /** A compiler host over the program's own text, the environment and the (shared) library. */
  private host(mainPath: string, source: string): ts.CompilerHost {
    const text = (path: string): string | undefined =>
      path === mainPath ? source : path === ENVIRONMENT_PATH ? ENVIRONMENT : this.files.fileExists(path) ? this.files.readFile(path) : undefined;
    return {
      getSourceFile: (path, languageVersion) => {
        if (path === mainPath) return ts.createSourceFile(path, source, languageVersion);
        if (!this.shared.has(path)) {
          const content = text(path);
          this.shared.set(path, content === undefined ? undefined : ts.createSourceFile(path, content, languageVersion));
        }
        return this.shared.get(path);
      },
      getDefaultLibFileName: (options) => `${LIBRARY_FOLDER}/${ts.getDefaultLibFileName(options)}`,
      getDefaultLibLocation: () => LIBRARY_FOLDER,
      writeFile: () => {},
      getCurrentDirectory: () => "/",
      getCanonicalFileName: (path) => path,
      useCaseSensitiveFileNames: () => true,
      getNewLine: () => "\n",
      fileExists: (path) => text(path) !== undefined,
      readFile: text,
      directoryExists: (path) => this.files.directoryExists?.(path) ?? false,
      getDirectories: () => [],
    };
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

function sameFiles(a: readonly ts.SourceFile[], b: readonly ts.SourceFile[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}
