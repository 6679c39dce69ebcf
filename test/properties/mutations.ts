/** Inputs for the robustness property: random bytes, Python-ish token soup, mutated corpus suites. */
import fc from "fast-check";
import { NASTY_PIECES, scalarChar } from "./arbitraries.js";

export interface RobustnessInput {
  readonly source: string | Uint8Array;
  readonly entryPoint?: string;
  readonly origin: string;
}

/** Tokens of test files, so random sequences of them reach past the tokenizer into the front end. */
const PYTHON_TOKENS = [
  "assert ", "candidate(", "f(", ")", "(", "[", "]", "{", "}", ",", ":", " == ", " != ", " is ", " is not ", "not ", " < ", " <= ",
  "None", "True", "False", "0", "-1", "1", "2**64", "10**400", "1.5", "-0.0", "1e308", "5e-324", "float('nan')", "float('inf')",
  "math.inf", "'s'", '"t"', "'''u'''", "r'\\d'", "f'{x}'", "b'x'", "'\\x00'", "'\\ud800'", "'\\U0010ffff'", "\n", "    ", "\t",
  "def check(candidate):\n", "def f(x: List[int], y: Optional[str] = None) -> Dict[str, Tuple[int, ...]]:\n    pass\n",
  "def f(*args):\n", "check(f)\n", "from typing import *\n", "import math\n", "lambda x: x", "*", "**", "+", "-", " and ",
  " or ", "abs(", "round(", "sorted(", "set(", "tuple(", "math.isclose(", ", rel_tol=1e-6", "pytest.approx(", "#", "\\",
  "x=", "for i in range(3):\n", "if True:\n", "...", ";", "@", "async ", "yield ", "await ",
];

export const tokenSoupArb: fc.Arbitrary<RobustnessInput> = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...PYTHON_TOKENS), weight: 8 }, { arbitrary: fc.constantFrom(...NASTY_PIECES), weight: 1 }), {
    maxLength: 80,
  })
  .map((tokens) => ({ source: tokens.join(""), origin: "token soup" }));

export const randomBytesArb: fc.Arbitrary<RobustnessInput> = fc
  .uint8Array({ maxLength: 400 })
  .map((bytes) => ({ source: bytes, origin: "random bytes" }));

type Edit = (text: string) => string;

/** One random edit of a text at a random place; small edits weigh most, so many suites still compile. */
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 1, arbitrary: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(40)).map(([at, length]): Edit => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + t.slice(i + length);
  }) },
  { weight: 3, arbitrary: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.constantFrom(...NASTY_PIECES, ...PYTHON_TOKENS), scalarChar)).map(
    ([at, piece]): Edit => (t) => {
      const i = Math.floor(at * t.length);
      return t.slice(0, i) + piece + t.slice(i);
    },
  ) },
  { weight: 1, arbitrary: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(60), fc.double({ min: 0, max: 1, noNaN: true })).map(
    ([from, length, to]): Edit => (t) => {
      const i = Math.floor(from * t.length);
      const j = Math.floor(to * t.length);
      return t.slice(0, j) + t.slice(i, i + length) + t.slice(j);
    },
  ) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((at): Edit => (t) => t.slice(0, Math.floor(at * t.length))) },
  { weight: 4, arbitrary: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("0", "9", "-", ".", "e", "'", '"', "(", ")", "[", "]", ",", " ", "\n", "_")).map(
    ([at, ch]): Edit => (t) => {
      const i = Math.floor(at * t.length);
      return t.slice(0, i) + ch + t.slice(i + 1);
    },
  ) },
);

/** A corpus suite after one to three random edits; sometimes as bytes with one byte flipped. */
export function mutatedSuiteArb(suites: ReadonlyArray<{ name: string; source: string; entryPoint?: string }>): fc.Arbitrary<RobustnessInput> {
  return fc
    .tuple(fc.nat(suites.length - 1), fc.array(editArb, { minLength: 1, maxLength: 3 }), fc.option(fc.tuple(fc.nat(), fc.nat(255)), { freq: 8 }))
    .map(([index, edits, flip]) => {
      const suite = suites[index]!;
      const text = edits.reduce((t, edit) => edit(t), suite.source);
      const origin = `mutated ${suite.name}`;
      const base = suite.entryPoint ? { entryPoint: suite.entryPoint } : {};
      if (!flip) return { ...base, source: text, origin };
      const bytes = new TextEncoder().encode(text);
      if (bytes.length > 0) bytes[flip[0] % bytes.length] = flip[1];
      return { ...base, source: bytes, origin: `${origin}, one byte set` };
    });
}
