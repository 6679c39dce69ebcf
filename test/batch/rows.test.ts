import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileItem } from "../../src/batch/compile-item.js";
import type { BatchItem } from "../../src/batch/formats.js";
import { readInput } from "../../src/batch/input.js";
import { WHOLE } from "../../src/batch/shard.js";
import type { Backend } from "../../src/backend.js";
import { compileTypedSuite, compileTypedSuiteInParts } from "../../src/compile.js";
import { parseSuite } from "../../src/frontend/parse.js";
import { listBackends } from "../../src/registry.js";
import { checkSuite } from "../../src/typecheck/check.js";
import { CORPUS, CORPUS_PRESENT } from "../corpus/corpus-source.js";

const FIELDS = ["name", "language", "prompt", "doctests", "original", "prompt_terminology", "tests", "stop_tokens", "entry_point", "assertions", "diagnostics"];
const SUITES = join(__dirname, "..", "..", "fixtures", "suites");

/** Suites whose programs and prompts hold what JSON escapes: quotes, backslashes, controls, U+2028, non-BMP. */
const ESCAPES: BatchItem[] = [
  {
    name: "escapes",
    source:
      'def f(s: str) -> str:\n    """Says "hi" \\\\ \u2028 \U0001F600 \x07."""\n    pass\n\ndef check(candidate):\n' +
      '    assert candidate("a\\"b") == "\\\\"\n    assert candidate("\\u2028\\u2029") == "\\U0001F600\\x00\\x1f"\n    assert candidate("\\ud83d") == "\\ude00"\n\ncheck(f)\n',
  },
  { name: "tuples", source: "def g(x: int):\n    pass\n\ndef check(candidate):\n    assert candidate(1) == (1, 2)\n    assert sorted(candidate(2)) == [1, 2]\n\ncheck(g)\n" },
];

/**
 * Each row must be byte for byte what `JSON.stringify` makes of the same fields, with `tests` the
 * program `compileTypedSuite` renders: parsing the row gives those fields in MultiPL-E's order, and
 * stringifying them again gives the row back (JSON has one spelling per string, so any other
 * escaping, e.g. of a surrogate pair, would show).
 */
async function expectPlainRows(items: readonly BatchItem[], original: (i: number) => string, backends: readonly Backend[] = listBackends()): Promise<Map<string, number>> {
  const rows = new Map(backends.map((b) => [b.info.name, 0]));
  for (const [i, item] of items.entries()) {
    const outcome = await compileItem(item, backends, original(i));
    const suite = checkSuite(await parseSuite(item.source, item.entryPoint ? { entryPoint: item.entryPoint } : {}), {});
    outcome.targets.forEach((target, t) => {
      const program = compileTypedSuite(suite, backends[t]!).program;
      if (target.row === null) {
        expect(program === "" || target.error !== undefined, `${item.name} → ${backends[t]!.info.name}`).toBe(true);
        return;
      }
      const fields = JSON.parse(target.row) as Record<string, unknown>;
      expect(Object.keys(fields)).toEqual(FIELDS);
      expect(fields.tests, `${item.name} → ${backends[t]!.info.name}`).toBe(program);
      expect(JSON.stringify(fields) === target.row, `${item.name} → ${backends[t]!.info.name}: row differs from JSON.stringify`).toBe(true);
      rows.set(backends[t]!.info.name, rows.get(backends[t]!.info.name)! + 1);
    });
  }
  return rows;
}

describe("batch rows are JSON.stringify of their fields, byte for byte", () => {
  it("fixtures and suites full of escapes, twice over (the second time from the kept preludes)", async () => {
    const fixtures = readdirSync(SUITES)
      .filter((f) => f.endsWith(".py"))
      .sort()
      .map((f) => ({ name: f.replace(/\.py$/, ""), source: readFileSync(join(SUITES, f), "utf8") }));
    const items = [...fixtures, ...ESCAPES, ...fixtures, ...ESCAPES];
    const rows = await expectPlainRows(items, (i) => `dir/"${i}"\\\u2028😀.py`);
    for (const [target, n] of rows) expect(n, target).toBeGreaterThan(fixtures.length);
  });

  it.skipIf(!CORPUS_PRESENT)("every item of the corpus, to every target", async () => {
    const inputs = [join(CORPUS, "humaneval", "HumanEval.jsonl"), join(CORPUS, "mbpp", "mbpp.jsonl"), join(CORPUS, "multipl-e-originals", "humaneval"), join(CORPUS, "multipl-e-originals", "mbpp")];
    const items: BatchItem[] = [];
    for (const input of inputs) for await (const entry of readInput(input, { format: "auto", shard: WHOLE })) if ("item" in entry) items.push(entry.item);
    expect(items.length).toBeGreaterThan(1000);
    const rows = await expectPlainRows(items, (i) => `corpus:${i + 1}`);
    for (const [target, n] of rows) expect(n, target).toBeGreaterThan(items.length * 0.8);
  }, 300_000);

  it("a backend without renderProgramParts (one piece, its whole program) gets the same rows", async () => {
    const prelude = `-- "toy" prelude \\ \u2028 😀\n`.repeat(300);
    const toy: Backend = {
      info: { name: "toy", displayName: "Toy", aliases: [], extension: ".toy", runCommand: ["toy", "{file}"], commentStart: "--", commentEnd: "", debianPackages: [] },
      entryPointName: (name) => name,
      compileAssertion: (assertion) => ({ code: `check ${JSON.stringify(assertion.source)}` }),
      renderProgram: (context, assertions) => `-- ${context.entryPoint}\n${prelude}${assertions.join("\n")}\n`,
    };
    const rows = await expectPlainRows([...ESCAPES, ...ESCAPES], (i) => `toy:${i}`, [toy, ...listBackends()]);
    expect(rows.get("toy")).toBe(ESCAPES.length * 2);
  });
});

describe("the built-in backends render their prelude as one shared string", () => {
  it("two different suites share a long piece, the very same string, and the pieces join into the program", async () => {
    const [first, second] = await Promise.all(["ints.py", "nested_lists.py"].map(async (f) => checkSuite(await parseSuite(readFileSync(join(SUITES, f), "utf8")), {})));
    for (const backend of listBackends()) {
      const a = compileTypedSuiteInParts(first!, backend);
      const b = compileTypedSuiteInParts(second!, backend);
      expect(a.programParts.join("")).toBe(a.compiled.program);
      expect(b.programParts.join("")).toBe(b.compiled.program);
      const shared = a.programParts.filter((piece) => piece.length >= 2048 && b.programParts.some((other) => Object.is(other, piece)));
      expect(shared.length, backend.info.name).toBe(1);
    }
  });
});

