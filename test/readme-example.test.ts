/**
 * The "Adding a language" README section's backend is real code: it is type-checked against the
 * built public API, loaded, and run on fixture suites with Python candidates.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compileTests, runCompiled } from "polytest";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { whichCommand } from "../src/runner/interpreter.js";

const ROOT = join(__dirname, "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The first ```ts block of the "Adding a language" section. */
function exampleBackend(): string {
  const section = README.slice(README.indexOf("## Adding a language"));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error("README: no ts block under 'Adding a language'");
  return match[1]!;
}

// Inside the package (./tmp is git-ignored), so that `import "polytest"` resolves to this package.
mkdirSync(join(ROOT, "tmp"), { recursive: true });
const dir = mkdtempSync(join(ROOT, "tmp", "readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const python3 = whichCommand("python3");
if (!python3) console.warn("skipping the README backend's runs: python3 is not on PATH (apt-get install -y python3)");

describe("README backend example", () => {
  beforeAll(async () => {
    const source = exampleBackend();
    writeFileSync(join(dir, "python-backend.ts"), source);
    writeFileSync(join(dir, "python-backend.mjs"), ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
    await import(pathToFileURL(join(dir, "python-backend.mjs")).href);
  });

  it("type-checks against polytest's public declarations", () => {
    const program = ts.createProgram([join(dir, "python-backend.ts")], {
      strict: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
      noEmit: true,
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors).toEqual([]);
  });

  it("refuses float results, and compiles the rest", async () => {
    const floats = await compileTests(readFileSync(join(ROOT, "fixtures", "suites", "floats.py"), "utf8"), "python");
    expect(floats.assertions.compiled).toBe(0);
    expect(floats.diagnostics[0]).toMatchObject({ code: "refused/python-float", line: 6 });
  });

  for (const suite of ["ints", "strings", "dicts", "optionals", "tuples", "sets"]) {
    it.skipIf(!python3)(`${suite}: the suite's own Python function passes; a broken one fails`, async () => {
      const source = readFileSync(join(ROOT, "fixtures", "suites", `${suite}.py`), "utf8");
      const compiled = await compileTests(source, "python");
      expect(compiled.assertions.compiled).toBeGreaterThan(0);
      const definition = source.slice(0, source.indexOf("def check"));
      const pass = await runCompiled(compiled, definition, { timeoutMs: 30_000 });
      expect(pass.stdout).toContain(`polytest: ${compiled.assertions.compiled} passed, 0 failed`);
      expect(pass.status).toBe("pass");
      const broken = `${definition}\n_original = ${compiled.entryPoint}\ndef ${compiled.entryPoint}(*args):\n    raise ValueError("broken")\n`;
      const fail = await runCompiled(compiled, broken, { timeoutMs: 30_000 });
      expect(fail.status).toBe("fail");
      expect(fail.assertions.every((a) => !a.passed && a.error === "ValueError: broken")).toBe(true);
    });
  }
});
