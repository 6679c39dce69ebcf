/**
 * The checker the launcher and the check server share (src/check.ts) against what a fresh ts-morph
 * Project reports for the same program (`getPreEmitDiagnostics`, as the launcher first did), on
 * one warm checker through a sequence that changes the global scope and the files in between.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Project, ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { ProgramChecker } from "../src/check.js";

const ENVIRONMENT = readFileSync(join(__dirname, "..", "src", "check.ts"), "utf8").split("const ENVIRONMENT = `")[1]!.split("`;")[0]!;

function freshProjectErrors(source: string): string {
  const options = { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, lib: ["lib.es2022.d.ts"], types: [], noEmit: true };
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: options });
  project.createSourceFile("/environment.d.ts", ENVIRONMENT);
  project.createSourceFile("/main.ts", source);
  const errors = project.getPreEmitDiagnostics().filter((d) => d.getCategory() === ts.DiagnosticCategory.Error);
  return ts.formatDiagnostics(errors.map((d) => d.compilerObject), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => "/", getNewLine: () => "\n" });
}

describe("ProgramChecker", () => {
  it("reports what a fresh project reports, program after program", () => {
    const tests = readFileSync(join(__dirname, "golden", "ints.ts"), "utf8");
    const candidate = readFileSync(join(__dirname, "candidates", "fixtures", "ints.correct.ts"), "utf8");
    const programs = [
      `${candidate}\n${tests}`,
      `/// <reference lib="dom" />\n${candidate}\n${tests}`,
      `${candidate}\n${tests}`,
      `declare global {\n  interface Array<T> { length: string }\n}\n${candidate}\n${tests}`,
      `${candidate}\nconst s: string = 1;\n${tests}`,
    ];
    const checker = new ProgramChecker();
    const reports = programs.map((p) => checker.typeErrors("main.ts", p));
    expect(reports[0]).toBe("");
    expect(reports[1]).toContain("error TS2403: Subsequent variable declarations must have the same type.  Variable 'console'");
    expect(reports[4]).toContain("error TS2322: Type 'number' is not assignable to type 'string'.");
    // A fresh project for the ones after a change of files or of the global scope (each costs a second).
    for (const i of [2, 3, 4]) expect(reports[i]).toBe(freshProjectErrors(programs[i]!));
  });
});
