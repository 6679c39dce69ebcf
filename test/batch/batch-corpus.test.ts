import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileTests } from "../../src/index.js";
import { CORPUS, CORPUS_PRESENT } from "../corpus/corpus-source.js";
import { jsonLines, polytest, scratchDir } from "./support.js";

const TARGETS = ["julia", "lua", "ocaml", "r", "racket"] as const;
const MULTIPL_E_CODE = { julia: "jl", lua: "lua", ocaml: "ml", r: "r", racket: "rkt" } as const;

/** The Python asserts of a MultiPL-E original, counted on the text (independently of the parser). */
function assertCount(source: string): number {
  const tests = source.slice(source.indexOf("### Unit tests below ###"));
  return (tests.match(/^\s+assert\b/gm) ?? []).length;
}

/** The stop tokens MultiPL-E's own translations carry for a language. */
function multiplEStopTokens(code: string): unknown {
  const first = readFileSync(join(CORPUS, "multipl-e-translations", code, `humaneval-${code}-keep.jsonl`), "utf8").split("\n")[0]!;
  return (JSON.parse(first) as { stop_tokens: unknown }).stop_tokens;
}

describe.skipIf(!CORPUS_PRESENT)("batch output for the MultiPL-E originals, read back", () => {
  for (const dataset of ["humaneval", "mbpp"] as const) {
    describe(dataset, () => {
      const dir = join(CORPUS, "multipl-e-originals", dataset);
      const out = scratchDir();
      let files: string[] = [];
      let status: number | null = null;
      beforeAll(() => {
        files = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();
        status = polytest(["batch", dir, "--to", "all", "--out", out, "--workers", "2"]).status;
      }, 120_000);

      it("exits 0 and journals every file once, in name order", () => {
        expect(status).toBe(0);
        const journal = jsonLines(join(out, "items.jsonl"));
        expect(journal.map((j) => j.name)).toEqual(files.map((f) => f.replace(/\.py$/, "")));
        expect(journal.every((j) => j.error === undefined)).toBe(true);
      });

      for (const target of TARGETS) {
        it(`${target}: one row per file with a compiled assertion, MultiPL-E fields and counts`, () => {
          const rows = jsonLines(join(out, `${target}.jsonl`));
          const journal = jsonLines(join(out, "items.jsonl"));
          const t = TARGETS.indexOf(target);
          const withRow = journal.filter((j) => (j.assertions as number[][])[t]![0]! > 0).map((j) => j.name);
          expect(rows.map((r) => r.name)).toEqual(withRow);
          expect(rows.length).toBeGreaterThan(files.length * 0.9);
          const stopTokens = multiplEStopTokens(MULTIPL_E_CODE[target]);
          for (const row of rows) {
            const source = readFileSync(join(dir, `${row.name as string}.py`), "utf8");
            const assertions = row.assertions as { total: number; compiled: number };
            expect(row.language).toBe(MULTIPL_E_CODE[target]);
            expect(row.stop_tokens).toEqual(stopTokens);
            expect(typeof row.prompt).toBe("string");
            expect(row.prompt as string).toContain(row.entry_point as string);
            expect((row.tests as string).length).toBeGreaterThan(0);
            expect(Array.isArray(row.diagnostics)).toBe(true);
            expect(assertions.total).toBe(assertCount(source));
            expect(assertions.compiled).toBeGreaterThan(0);
            expect(assertions.compiled).toBeLessThanOrEqual(assertions.total);
            // Every assertion not compiled is accounted for by an error diagnostic.
            const errors = (row.diagnostics as { severity: string }[]).filter((d) => d.severity === "error").length;
            expect(errors).toBeGreaterThanOrEqual(assertions.total - assertions.compiled);
          }
        });
      }

      it("rows hold exactly what polytest compile emits for the same file", async () => {
        const rows = jsonLines(join(out, "ocaml.jsonl"));
        for (const row of [rows[0]!, rows[Math.floor(rows.length / 2)]!, rows[rows.length - 1]!]) {
          const compiled = await compileTests(readFileSync(join(dir, `${row.name as string}.py`)), "ocaml");
          expect(row.tests).toBe(compiled.program);
          expect(row.diagnostics).toEqual(compiled.diagnostics);
        }
      });

      it("summary.json agrees with the files", () => {
        const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as {
          suites: number;
          failed: number;
          targets: Record<string, { rows: number }>;
        };
        expect(summary.suites).toBe(files.length);
        expect(summary.failed).toBe(0);
        for (const target of TARGETS) expect(summary.targets[target]!.rows).toBe(jsonLines(join(out, `${target}.jsonl`)).length);
      });
    });
  }
});
