/**
 * A deterministic stream of synthetic MultiPL-E-shaped Python suites for the memory benchmark:
 * a typed function and 3 to 8 asserts over ints, floats, strings, lists, dicts, tuples and Optionals,
 * cycling through shapes so every backend does real work on every suite.
 */

/** xorshift32: the same stream on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}

interface Shape {
  readonly params: string;
  readonly returns: string;
  args(r: () => number): string;
  result(r: () => number): string;
}

const int = (r: () => number) => String(Math.floor(r() * 2000) - 1000);
const float = (r: () => number) => (Math.floor(r() * 100000) / 100).toFixed(2);
const word = (r: () => number) => `'${"abcdefghij".slice(0, 1 + Math.floor(r() * 9)).split("").sort(() => r() - 0.5).join("")}'`;
const list = (item: (r: () => number) => string) => (r: () => number) => `[${Array.from({ length: Math.floor(r() * 6) }, () => item(r)).join(", ")}]`;

const SHAPES: readonly Shape[] = [
  { params: "xs: List[int], k: int", returns: "List[int]", args: (r) => `${list(int)(r)}, ${int(r)}`, result: list(int) },
  { params: "s: str", returns: "str", args: word, result: word },
  { params: "a: float, b: float", returns: "float", args: (r) => `${float(r)}, ${float(r)}`, result: float },
  { params: "words: List[str]", returns: "Dict[str, int]", args: list(word), result: (r) => `{${Array.from({ length: Math.floor(r() * 4) }, () => `${word(r)}: ${int(r)}`).join(", ")}}` },
  { params: "n: int", returns: "Tuple[int, str]", args: int, result: (r) => `(${int(r)}, ${word(r)})` },
  { params: "xs: List[int]", returns: "Optional[int]", args: list(int), result: (r) => (r() < 0.3 ? "None" : int(r)) },
  { params: "n: int", returns: "bool", args: int, result: (r) => (r() < 0.5 ? "True" : "False") },
];

/** The i-th synthetic suite as one JSONL line (MultiPL-E Python row). */
export function syntheticSuite(i: number): string {
  const r = random(i * 2654435761);
  const shape = SHAPES[i % SHAPES.length]!;
  const name = `synthetic_${i}`;
  const asserts = Array.from({ length: 3 + Math.floor(r() * 6) }, () => `    assert candidate(${shape.args(r)}) == ${shape.result(r)}`);
  const prompt = `from typing import Dict, List, Optional, Tuple\n\ndef ${name}(${shape.params}) -> ${shape.returns}:\n    """Synthetic suite ${i}."""\n`;
  const tests = `def check(candidate):\n${asserts.join("\n")}\n\ndef test_check():\n    check(${name})\n\ntest_check()\n`;
  return JSON.stringify({ name, language: "py", prompt, tests });
}
