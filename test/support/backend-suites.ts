/**
 * Building blocks of the per-language backend tests: a Python suite around a signature and some
 * asserts, the line of an assert in it, compiling and running it after a candidate in the real
 * interpreter, and the Python lines a run reports as failed.
 */
import { expect } from "vitest";
import { type CompileOptions, compileTests } from "../../src/index.js";
import { runProgram } from "./interpreters.js";

/** A Python suite: `def <signature>: pass` and a `check(candidate)` holding the given asserts. */
export function pythonSuite(signature: string, ...asserts: string[]): string {
  return [
    "import math",
    "from typing import Any, Dict, List, Optional, Set, Tuple, Union",
    "",
    `def ${signature}:`,
    "    pass",
    "",
    "",
    "def check(candidate):",
    ...asserts.map((a) => `    ${a}`),
    "",
  ].join("\n");
}

/** The 1-based line of the first line containing `text`. */
export function lineOf(source: string, text: string): number {
  const index = source.split("\n").findIndex((l) => l.includes(text));
  if (index < 0) throw new Error(`no line contains ${text}`);
  return index + 1;
}

/**
 * Compiles the suite (which must compile to something) and runs it after the candidate;
 * `candidatePrefix` goes before the candidate (Racket's `#lang racket`).
 */
export async function compileAndRun(language: string, source: string, candidate: string, options: CompileOptions = {}, candidatePrefix = "") {
  const compiled = await compileTests(source, language, options);
  expect(compiled.program, JSON.stringify(compiled.diagnostics)).not.toBe("");
  return { compiled, run: runProgram(language, `${candidatePrefix}${candidate}\n${compiled.program}`) };
}

/** The Python lines of the assertions a run reports as failed. */
export function failedLines(stdout: string): number[] {
  return [...stdout.matchAll(/^FAIL line (\d+): /gm)].map((m) => Number(m[1]));
}
