import { appendFileSync, readFileSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS, CORPUS_PRESENT } from "../corpus/corpus-source.js";
import { jsonLines, polytest, scratchDir } from "./support.js";

const TARGETS = ["julia", "lua", "ocaml", "r", "racket"];
const HUMANEVAL_DIR = join(CORPUS, "multipl-e-originals", "humaneval");

const record = (name: string, body: string) =>
  JSON.stringify({ name, language: "py", prompt: `def ${name}(x: int) -> int:\n    """Adds one."""\n`, tests: `def check(candidate):\n${body}\n\ncheck(${name})\n` });

describe.skipIf(!CORPUS_PRESENT)("polytest batch: sharding and resuming", () => {
  const whole = scratchDir();
  const wholeRun = () => polytest(["batch", HUMANEVAL_DIR, "--to", "all", "--out", whole, "--workers", "2"]);

  it("shards 1/3, 2/3 and 3/3 together hold exactly the unsharded rows", () => {
    expect(wholeRun().status).toBe(0);
    const sharded = scratchDir();
    for (const k of [1, 2, 3]) {
      expect(polytest(["batch", HUMANEVAL_DIR, "--to", "all", "--out", sharded, "--shard", `${k}/3`, "--workers", "1"]).status).toBe(0);
    }
    for (const target of TARGETS) {
      const unsharded = readFileSync(join(whole, `${target}.jsonl`), "utf8").split("\n").filter(Boolean);
      const parts = [1, 2, 3].map((k) => readFileSync(join(sharded, `${target}.${k}-of-3.jsonl`), "utf8").split("\n").filter(Boolean));
      expect(parts.every((p) => p.length > 0)).toBe(true);
      expect([...parts.flat()].sort()).toEqual([...unsharded].sort());
      expect(new Set(parts.flat()).size).toBe(unsharded.length);
    }
    const items = [1, 2, 3].flatMap((k) => jsonLines(join(sharded, `items.${k}-of-3.jsonl`)).map((j) => j.ordinal as number));
    expect(items.sort((a, b) => a - b)).toEqual(readdirSync(HUMANEVAL_DIR).filter((f) => f.endsWith(".py")).map((_, i) => i + 1));
  });

  it("--resume after an interruption skips the items written and ends with the same files", () => {
    const out = scratchDir();
    expect(polytest(["batch", HUMANEVAL_DIR, "--to", "lua,ocaml", "--out", out, "--workers", "2"]).status).toBe(0);
    const complete = { lua: readFileSync(join(out, "lua.jsonl"), "utf8"), ocaml: readFileSync(join(out, "ocaml.jsonl"), "utf8") };
    // Interrupted after item 40: the journal stops there (mid-line), the target files run past it.
    const journal = readFileSync(join(out, "items.jsonl"), "utf8").split("\n");
    writeFileSync(join(out, "items.jsonl"), `${journal.slice(0, 40).join("\n")}\n{"ordinal":41,"na`);
    const rowsAt40 = JSON.parse(journal[39]!) as { rows: number[] };
    truncateSync(join(out, "lua.jsonl"), Buffer.byteLength(complete.lua.split("\n").slice(0, rowsAt40.rows[0]! + 3).join("\n")) + 1);
    appendFileSync(join(out, "ocaml.jsonl"), '{"name":"half a ro');

    const resumed = polytest(["batch", HUMANEVAL_DIR, "--to", "lua,ocaml", "--out", out, "--resume", "--workers", "2"]);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/polytest batch: 121 suites \(0 failed, 40 done before resuming\)/);
    expect(readFileSync(join(out, "lua.jsonl"), "utf8")).toBe(complete.lua);
    expect(readFileSync(join(out, "ocaml.jsonl"), "utf8")).toBe(complete.ocaml);
    expect(readFileSync(join(out, "items.jsonl"), "utf8").split("\n").filter(Boolean)).toHaveLength(journal.filter(Boolean).length);
  });

  it("--resume with other targets is refused rather than mixing outputs", () => {
    const out = scratchDir();
    expect(polytest(["batch", HUMANEVAL_DIR, "--to", "lua", "--out", out, "--workers", "1"]).status).toBe(0);
    const run = polytest(["batch", HUMANEVAL_DIR, "--to", "r", "--out", out, "--resume", "--workers", "1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/written for --to lua; resume with the same targets/);
  });
});

describe("polytest batch: input shapes and failures", () => {
  it("a failing item never stops the batch: bad records are journalled, the rest compiled", () => {
    const out = scratchDir();
    const input = [record("inc", "    assert candidate(1) == 2"), "{not json", JSON.stringify({ name: "x", prompt: 3, tests: "" }), record("dec", "    assert candidate(3) == 2")].join("\n");
    const run = polytest(["batch", "-", "--to", "lua", "--out", out, "--workers", "1"], input);
    expect(run.status).toBe(1);
    expect(jsonLines(join(out, "lua.jsonl")).map((r) => r.name)).toEqual(["inc", "dec"]);
    const journal = jsonLines(join(out, "items.jsonl"));
    expect(journal.map((j) => [j.ordinal, typeof j.error])).toEqual([
      [1, "undefined"],
      [2, "string"],
      [3, "string"],
      [4, "undefined"],
    ]);
    expect(journal[2]!.error).toMatch(/field 'prompt' must be a string/);
    expect(run.stderr).toMatch(/4 suites \(2 failed\)/);
  });

  it("piped, it prints no progress bar: only the summary, on stderr", () => {
    const out = scratchDir();
    const run = polytest(["batch", "-", "--to", "r,racket", "--out", out, "--workers", "1"], record("inc", "    assert candidate(1) == 2"));
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(/[\r\x1b]/);
    expect(run.stderr).toMatch(/^polytest batch: 1 suites \(0 failed\)/);
    expect(run.stderr).toMatch(/r +1 +1\/1/);
  });

  it("writes through an output that is a device (a target symlinked to /dev/null is discarded)", () => {
    const out = scratchDir();
    symlinkSync("/dev/null", join(out, "lua.jsonl"));
    const run = polytest(["batch", "-", "--to", "lua,r", "--out", out, "--workers", "1"], record("inc", "    assert candidate(1) == 2"));
    expect(run.status).toBe(0);
    expect(jsonLines(join(out, "r.jsonl")).map((r) => r.name)).toEqual(["inc"]);
    expect(JSON.parse(readFileSync(join(out, "summary.json"), "utf8")).targets.lua.rows).toBe(1);
  });

  it("detects HumanEval and MBPP records and names rows as MultiPL-E does", () => {
    const humaneval = JSON.stringify({
      task_id: "HumanEval/7",
      prompt: 'def add(a: int, b: int) -> int:\n    """Sum.\n    >>> add(1, 2)\n    3\n    """\n',
      test: "def check(candidate):\n    assert candidate(1, 2) == 3\n",
      entry_point: "add",
    });
    const mbpp = JSON.stringify({ task_id: 12, text: "Double a number.", code: "def twice(n):\r\n  return 2 * n", test_setup_code: "", test_list: ["assert twice(2) == 4", "assert twice(0) == 0"] });
    for (const [line, name, prompt] of [
      [humaneval, "HumanEval_7_add", "-- Sum.\n-- >>> add(1, 2)\n-- 3\nlocal function add(a, b)\n"],
      [mbpp, "mbpp_12_twice", "-- Double a number.\nlocal function twice(n)\n"],
    ] as const) {
      const out = scratchDir();
      expect(polytest(["batch", "-", "--to", "lua", "--out", out, "--workers", "0"], `${line}\n`).status).toBe(0);
      const [row] = jsonLines(join(out, "lua.jsonl"));
      expect(row).toMatchObject({ name, language: "lua", prompt });
    }
  });

  it("an input of no known shape, or a JSON array, is a clear error (exit 2)", () => {
    const out = scratchDir();
    const unknown = polytest(["batch", "-", "--to", "lua", "--out", out, "--workers", "0"], '{"question": "?"}\n');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/neither HumanEval .* use --format/);
    const array = polytest(["batch", "-", "--to", "lua", "--out", out, "--workers", "0"], "[{}]\n");
    expect(array.status).toBe(2);
    expect(array.stderr).toMatch(/JSON array; batch reads JSONL/);
  });

  it("bad options are usage errors", () => {
    expect(polytest(["batch", "-", "--to", "lua", "--out", scratchDir(), "--shard", "4/3"]).stderr).toMatch(/K must be between 1 and N/);
    expect(polytest(["batch", "-", "--to", "cobol", "--out", scratchDir()]).status).toBe(2);
    expect(polytest(["batch", "-", "--to", "lua"]).stderr).toMatch(/--out DIR is required/);
  });
});
