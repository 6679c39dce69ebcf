import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(__dirname, "..", "dist", "cli.js");
const SUITE = join(__dirname, "..", "fixtures", "suites", "strings.py");

function polytest(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(name: string, content: string | Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), "polytest-cli-")), name);
  writeFileSync(file, content);
  return file;
}

describe("polytest CLI", () => {
  it("compile prints the program and exits 0 when assertions compiled", () => {
    const run = polytest("compile", SUITE, "--to", "rkt");
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
  });

  it("--json prints the documented object", () => {
    const run = polytest("compile", SUITE, "--to", "lua", "--json");
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json).sort()).toEqual(["assertions", "diagnostics", "entryPoint", "language", "program"]);
    expect(json.language).toBe("lua");
    expect(json.entryPoint).toBe("wrap");
    expect(json.assertions.total).toBe(16);
  });

  it("-o writes the output to a file", () => {
    const out = join(mkdtempSync(join(tmpdir(), "polytest-cli-")), "out.json");
    expect(polytest("compile", SUITE, "--to", "ocaml", "--json", "-o", out).status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).language).toBe("ocaml");
  });

  it("reads a HumanEval JSON record", () => {
    const record = { prompt: "def inc(x: int) -> int:\n    \"\"\"doc\"\"\"\n", test: "def check(candidate):\n    assert candidate(1) == 2\n", entry_point: "inc" };
    const run = polytest("compile", scratch("record.json", JSON.stringify(record)), "--to", "r", "--json");
    expect(JSON.parse(run.stdout)).toMatchObject({ entryPoint: "inc", assertions: { total: 1 } });
  });

  it("exits 1 with located diagnostics when nothing compiles", () => {
    const file = scratch("bad.py", "def f(x):\n    return (x\n");
    const run = polytest("compile", file, "--to", "lua");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${file.replace(/[/\\.]/g, "\\$&")}:\\d+:\\d+: error: `));
    const invalid = polytest("compile", scratch("bin.py", new Uint8Array([0x61, 0xff, 0x0a])), "--to", "lua");
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain(":1:2: error: the input is not valid UTF-8");
  });

  it("exits 2 on usage errors", () => {
    expect(polytest().status).toBe(2);
    expect(polytest("compile", SUITE).status).toBe(2);
    expect(polytest("compile", SUITE, "--to", "cobol").stderr).toContain("unknown target language 'cobol'");
    expect(polytest("compile", SUITE, "--to", "cobol").status).toBe(2);
    expect(polytest("compile", "/nonexistent.py", "--to", "lua").status).toBe(2);
    expect(polytest("frobnicate").status).toBe(2);
  });

  it("lists languages", () => {
    const run = polytest("languages");
    expect(run.stdout.split("\n").filter(Boolean).map((l) => l.split("\t")[0])).toEqual(["julia|jl", "lua", "ocaml|ml", "r", "racket|rkt"]);
  });
});
