/**
 * The shared backend fixture suite (fixtures/suites/*.py) compiled to TypeScript through the
 * public API only, compared with reviewed golden programs, and run in Node against a correct and a
 * wrong hand-written candidate for each suite: through the warm check server (test/warm.ts), and
 * for a few suites through the plain launcher as well, which must give the same results.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { compileTests } from "polytest";
import { describe, it } from "vitest";
import { outcome, warmRunner } from "./warm.js";

const ROOT = join(__dirname, "..", "..", "..");
const SUITES_DIR = join(ROOT, "fixtures", "suites");
const HERE = __dirname;
const SUITES = readdirSync(SUITES_DIR)
  .filter((f) => f.endsWith(".py"))
  .map((f) => basename(f, ".py"))
  .sort();
const UPDATE = process.env.POLYTEST_UPDATE_GOLDEN === "1";
/** Suites whose candidates also run through the plain launcher (`polytest run`'s path). */
const VIA_LAUNCHER = new Set(["shape_views"]);

const { warm, viaLauncher } = warmRunner();

// Concurrent: while the check server type-checks one program, other programs start and run.
describe.concurrent("typescript fixtures", () => {
  for (const suite of SUITES) {
    const source = readFileSync(join(SUITES_DIR, `${suite}.py`), "utf8");
    const candidate = (kind: "correct" | "wrong") => readFileSync(join(HERE, "candidates", "fixtures", `${suite}.${kind}.ts`), "utf8");

    it(`${suite}: matches the reviewed golden program`, async ({ expect }) => {
      const result = await compileTests(source, "typescript");
      expect(result.assertions.compiled).toBeGreaterThan(0);
      const goldenPath = join(HERE, "golden", `${suite}.ts`);
      if (UPDATE) {
        mkdirSync(dirname(goldenPath), { recursive: true });
        writeFileSync(goldenPath, result.program);
      }
      expect(existsSync(goldenPath), `missing golden ${goldenPath}`).toBe(true);
      expect(result.program).toBe(readFileSync(goldenPath, "utf8"));
    });

    it(`${suite}: the correct candidate passes every assertion, the wrong one fails some`, async ({ expect }) => {
      const compiled = await compileTests(source, "typescript");
      const pass = await warm(compiled, candidate("correct"));
      expect(pass.stderr).toBe("");
      expect(pass.stdout).toContain(`polytest: ${compiled.assertions.compiled} passed, 0 failed`);
      expect(pass.status).toBe("pass");
      expect(pass.exitCode).toBe(0);

      const fail = await warm(compiled, candidate("wrong"));
      expect(fail.status).toBe("fail");
      expect(fail.exitCode).toBe(1);
      const failed = fail.assertions.filter((a) => !a.passed);
      expect(failed.length).toBeGreaterThan(0);
      const lines = source.split("\n");
      for (const [, line, text] of fail.stdout.matchAll(/^FAIL line (\d+): (.*)$/gm)) {
        expect(compiled.compiledLines).toContain(Number(line));
        // The source line, then (for an assertion unrolled from a loop) the loop variables' values.
        const [statement, bindings] = text!.split(/(?=  # \w+ = )/);
        expect(lines[Number(line) - 1]!.trim()).toBe(statement);
        if (bindings !== undefined) expect(bindings).toMatch(/^  # \w+ = .+(, \w+ = .+)*$/);
      }
      for (const a of failed) expect(a.actual ?? a.error).toBeDefined();

      if (VIA_LAUNCHER.has(suite)) {
        expect(outcome(await viaLauncher(compiled, candidate("correct")))).toEqual(outcome(pass));
        expect(outcome(await viaLauncher(compiled, candidate("wrong")))).toEqual(outcome(fail));
      }
    });
  }
});
