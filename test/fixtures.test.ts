/**
 * The golden matrix (BabelCode style): every fixture suite × every built-in language is compiled,
 * compared with its reviewed golden file, syntax-checked where a tree-sitter grammar exists, and
 * executed against a correct and a wrong candidate in the real interpreter.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileTests } from "../src/index.js";
import { getBackend } from "../src/registry.js";
import { runProgram, skipReason } from "./support/interpreters.js";
import { syntaxErrors, hasGrammar } from "./support/target-syntax.js";

const FIXTURES = join(__dirname, "..", "fixtures");
const SUITES = readdirSync(join(FIXTURES, "suites"))
  .filter((f) => f.endsWith(".py"))
  .map((f) => basename(f, ".py"))
  .sort();
const LANGUAGES = ["julia", "lua", "ocaml", "r", "racket"] as const;
const UPDATE = process.env.POLYTEST_UPDATE_GOLDEN === "1";

for (const language of LANGUAGES) {
  const info = getBackend(language).info;
  const skip = skipReason(language);
  describe(`${language} fixtures`, () => {
    for (const suite of SUITES) {
      const source = readFileSync(join(FIXTURES, "suites", `${suite}.py`), "utf8");
      const goldenPath = join(FIXTURES, "golden", language, `${suite}${info.extension}`);

      it(`${suite}: matches the reviewed golden file`, async () => {
        const result = await compileTests(source, language);
        expect(result.assertions.compiled).toBeGreaterThan(0);
        if (UPDATE) {
          mkdirSync(dirname(goldenPath), { recursive: true });
          writeFileSync(goldenPath, result.program);
        }
        expect(existsSync(goldenPath), `missing golden ${goldenPath}`).toBe(true);
        expect(result.program).toBe(readFileSync(goldenPath, "utf8"));
      });

      it.runIf(hasGrammar(language))(`${suite}: parses with tree-sitter-${language}`, async () => {
        const result = await compileTests(source, language);
        expect(await syntaxErrors(language, result.program)).toEqual([]);
      });

      const candidate = (kind: "correct" | "wrong") =>
        readFileSync(join(FIXTURES, "candidates", language, `${suite}.${kind}${info.extension}`), "utf8");

      it.skipIf(skip !== undefined)(`${suite}: correct candidate passes, wrong one fails`, async () => {
        const result = await compileTests(source, language);
        const pass = runProgram(language, `${candidate("correct")}\n${result.program}`);
        expect(pass.stdout + pass.stderr).toMatch(new RegExp(`polytest: ${result.assertions.compiled} passed, 0 failed`));
        expect(pass.exitCode).toBe(0);

        const fail = runProgram(language, `${candidate("wrong")}\n${result.program}`);
        expect(fail.exitCode).not.toBe(0);
        const failedLines = [...fail.stdout.matchAll(/^FAIL line (\d+): (.*)$/gm)];
        expect(failedLines.length).toBeGreaterThan(0);
        const sourceLines = source.split("\n");
        for (const [, line, text] of failedLines) {
          expect(result.compiledLines).toContain(Number(line));
          // An unrolled loop's assertion names its bindings after the line: `assert ...  # x = 3`.
          const written = sourceLines[Number(line) - 1]!.trim();
          expect(text === written || text!.startsWith(`${written}  # `), `${text} vs line ${line}: ${written}`).toBe(true);
        }
      });
    }
  });
}
