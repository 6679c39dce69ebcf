/**
 * `runTests` in every executable language: each status, per-assertion results, the timeout bound,
 * 100 MB of output, and nothing left behind (no temp dir, no process).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type RunStatus, runTests } from "../../src/index.js";
import { skipReason } from "../support/interpreters.js";

const TESTS = `def add(a: int, b: int) -> int:
    return a + b

def check(candidate):
    assert candidate(1, 2) == 3
    assert candidate(0, 0) == 0
    assert candidate(-4, 1) == -3

check(add)
`;

type Kind = "correct" | "wrong" | "throwing" | "syntax" | "loop" | "print100mb";

const CANDIDATES: Record<string, Record<Kind, string>> = {
  lua: {
    correct: "function add(a, b) return a + b end",
    wrong: "function add(a, b) return a - b end",
    throwing: 'function add(a, b) error("boom") end',
    syntax: "function add(a, b) return a + end",
    loop: "function add(a, b) while true do end end",
    print100mb: 'function add(a, b) return a + b end\nlocal s = string.rep("x", 1024 * 1024)\nfor i = 1, 100 do io.write(s) end',
  },
  ocaml: {
    correct: "let add a b = a + b",
    wrong: "let add a b = a - b",
    throwing: 'let add a b = failwith "boom"',
    syntax: "let add a b = a +",
    loop: "let rec add a b = add a b",
    print100mb: "let add a b = a + b\nlet () = let s = String.make (1024 * 1024) 'x' in for _ = 1 to 100 do print_string s done",
  },
  r: {
    correct: "add <- function(a, b) a + b",
    wrong: "add <- function(a, b) a - b",
    throwing: 'add <- function(a, b) stop("boom")',
    syntax: "add <- function(a, b) a +* b",
    loop: "add <- function(a, b) { while (TRUE) {} }",
    print100mb: 'add <- function(a, b) a + b\ns <- strrep("x", 1024 * 1024)\nfor (i in 1:100) cat(s)',
  },
  racket: {
    correct: "#lang racket\n(define (add a b) (+ a b))",
    wrong: "#lang racket\n(define (add a b) (- a b))",
    throwing: '#lang racket\n(define (add a b) (error "boom"))',
    syntax: "#lang racket\n(define (add a b) (+ a b)",
    loop: "#lang racket\n(define (add a b) (let loop () (loop)))",
    print100mb: "#lang racket\n(define (add a b) (+ a b))\n(define s (make-string (* 1024 1024) #\\x))\n(for ([i 100]) (write-string s))",
  },
};

const EXPECTED: Record<Kind, { status: RunStatus; passed?: boolean[] }> = {
  correct: { status: "pass", passed: [true, true, true] },
  wrong: { status: "fail", passed: [false, true, false] },
  throwing: { status: "fail", passed: [false, false, false] },
  syntax: { status: "compile_error" },
  loop: { status: "timeout" },
  print100mb: { status: "pass", passed: [true, true, true] },
};

// The infinite loop must end within its timeout + 1 s; the other candidates finish on their own
// and get room for a loaded machine (Racket writing 100 MB took 1.8 to 2.1 s in CI).
const LOOP_TIMEOUT_MS = 2000;
const FINISHING_TIMEOUT_MS = 30_000;
// Runs are made under a directory of this file's own, so that what other test files run at the
// same time (they make polytest-run-* directories and processes too) cannot be mistaken for ours.
const TEMP_ROOT = mkdtempSync(join(tmpdir(), "polytest-statuses-"));
afterAll(() => rmSync(TEMP_ROOT, { recursive: true, force: true }));
const runDirs = () => readdirSync(TEMP_ROOT);
const strayProcesses = () =>
  execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes(TEMP_ROOT));

for (const [language, candidates] of Object.entries(CANDIDATES)) {
  describe.skipIf(skipReason(language) !== undefined)(`runTests in ${language}`, () => {
    for (const [kind, candidate] of Object.entries(candidates) as Array<[Kind, string]>) {
      it(`${kind} → ${EXPECTED[kind].status}`, async () => {
        const dirsBefore = runDirs();
        const result = await runTests({ tests: TESTS, target: language, candidate, timeoutMs: kind === "loop" ? LOOP_TIMEOUT_MS : FINISHING_TIMEOUT_MS, tempDirectory: TEMP_ROOT });
        expect(result.status, `${result.stdout.slice(-500)}\n${result.stderr.slice(0, 1000)}`).toBe(EXPECTED[kind].status);
        expect(result.assertions.map((a) => a.line)).toEqual([5, 6, 7]);
        const passed = EXPECTED[kind].passed;
        if (passed) expect(result.assertions.map((a) => a.passed)).toEqual(passed);
        if (kind === "wrong") expect(result.assertions[0]).toMatchObject({ expected: "3", actual: "-1" });
        if (kind === "throwing") expect(result.assertions[0]!.error).toContain("boom");
        if (kind === "loop") expect(result.durationMs).toBeLessThan(LOOP_TIMEOUT_MS + 1000);
        if (kind === "print100mb") {
          expect(result.outputTruncated).toBe(true);
          expect(result.stdout.length).toBeLessThan(2 << 20);
        }
        expect(dirsBefore).toEqual([]);
        expect(runDirs()).toEqual([]);
        expect(strayProcesses()).toEqual([]);
      }, 60_000);
    }
  });
}
