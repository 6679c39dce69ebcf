/**
 * The front end's two fast paths agree with the slow ones they replace:
 * - the statement walk (test-shapes.ts) finds what the declarative query grammars/python-tests.scm
 *   finds: the same functions, asserts and `check(name)` calls, in the same order;
 * - the text reader of plain literals (literal-text.ts) gives exactly the value and spans the tree
 *   walk gives, for every node it accepts, and gives up wherever the tree walk would refuse.
 * - the copy of an assert statement's tree (statement-mirror.ts) has tree-sitter's node types,
 *   offsets, token children and field names, node for node, wherever it accepts a statement.
 * Checked on the fixtures, on the corpus when present, and on generated text.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Query, type Node, type Tree } from "web-tree-sitter";
import type { Value } from "../../src/ir/values.js";
import { readLiteralText } from "../../src/frontend/literal-text.js";
import { type Bindings, NotALiteral, readLiteral, readLiteralFromTree } from "../../src/frontend/literals.js";
import { SourceText } from "../../src/frontend/source-text.js";
import { mirrorAssertStatement } from "../../src/frontend/statement-mirror.js";
import type { SyntaxNode } from "../../src/frontend/syntax-nodes.js";
import { findTestShapes } from "../../src/frontend/test-shapes.js";
import { loadPythonGrammar } from "../../src/frontend/tree-sitter.js";
import { CORPUS, CORPUS_PRESENT, corpusSuites } from "../corpus/corpus-source.js";

const ROOT = join(import.meta.dirname, "..", "..");
const fixtureSources = readdirSync(join(ROOT, "fixtures", "suites"))
  .filter((f) => f.endsWith(".py"))
  .map((f) => readFileSync(join(ROOT, "fixtures", "suites", f), "utf8"));

if (!CORPUS_PRESENT) console.warn(`fast-path tests run on the fixtures only: no corpus at ${CORPUS}`);
const sources = [...fixtureSources, ...(CORPUS_PRESENT ? corpusSuites().map((s) => s.source) : [])];

async function parse(text: string): Promise<Tree> {
  return (await loadPythonGrammar()).parser.parse(text)!;
}

/** Values as comparable JSON: bigints, nan, infinities and -0 spelled out; spans included. */
function json(value: Value | undefined): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    typeof v === "bigint" ? `${v}n` : typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0)) ? String(Object.is(v, -0) ? "-0" : v) : v,
  );
}

/** A read's outcome as text: the value's JSON, or the refusal with its code, message and span. */
function outcome(read: () => Value): string {
  try {
    return json(read());
  } catch (error) {
    return error instanceof NotALiteral ? `refused ${error.code} ${error.message} ${JSON.stringify(error.span)}` : `threw ${String(error)}`;
  }
}

/** readLiteral (text first, tree after) and the tree walk alone give the same outcome; true when the text path took it. */
function agree(node: Node, source: SourceText, env: Bindings, label: string): boolean {
  expect(outcome(() => readLiteral(node, source, env)), label).toBe(outcome(() => readLiteralFromTree(node, source, env)));
  return !node.hasError && readLiteralText(source, node.startIndex, node.endIndex, env) !== undefined;
}

describe("statement walk vs the query", () => {
  it(`finds the same functions, asserts and check(name) calls in ${sources.length} suites`, async () => {
    const query = await shapesQuery();
    let asserts = 0;
    for (const text of sources) asserts += await expectSameShapes(query, text);
    expect(asserts).toBeGreaterThan(100);
  }, 300_000);

  it("finds the same in generated files (nested blocks, async, decorators, match, comments, syntax errors)", async () => {
    const query = await shapesQuery();
    let asserts = 0;
    await fc.assert(
      fc.asyncProperty(fileText, async (text) => {
        asserts += await expectSameShapes(query, text);
      }),
      { numRuns: Number(process.env.POLYTEST_FAST_PATH_RUNS ?? 3000) / 3, seed: Number(process.env.POLYTEST_FAST_PATH_SEED ?? 20261203) },
    );
    expect(asserts).toBeGreaterThan(100);
  }, 120_000);
});

async function shapesQuery(): Promise<Query> {
  const { language } = await loadPythonGrammar();
  return new Query(language, readFileSync(join(ROOT, "grammars", "python-tests.scm"), "utf8"));
}

/** findTestShapes against the query's captures and the parent links, on one file; returns its assert count. */
async function expectSameShapes(query: Query, text: string): Promise<number> {
  const tree = await parse(text);
  try {
    const functions: Node[] = [];
    const expectedAsserts: number[] = [];
    const checked: number[] = [];
    for (const { name, node } of query.captures(tree.rootNode)) {
      if (name === "function") functions.push(node);
      else if (name === "assert") expectedAsserts.push(node.id);
      else if (name === "check.entry") checked.push(node.id);
    }
    const shapes = findTestShapes(tree.rootNode, text);
    expect(shapes.asserts.map((a) => a.statement.id), text).toEqual(expectedAsserts);
    expect(shapes.checkedNames.map((n) => n.id), text).toEqual(checked);
    // The map keeps the last definition of each name, as the query's captures in order would.
    const lastByName = new Map(functions.map((node) => [node.childForFieldName("name")!.text, node.id]));
    expect(new Map([...shapes.functions].map(([name, node]) => [name, node.id])), text).toEqual(lastByName);
    // Each assert's function and surroundings are its ancestors, as parent links give them.
    for (const found of shapes.asserts) {
      const ancestors: Node[] = [];
      // Up to the root (not included): a module, or an ERROR when the whole file is one.
      for (let p = found.statement.parent; p?.parent; p = p.parent) ancestors.unshift(p);
      const fnAt = ancestors.map((n) => n.type).lastIndexOf("function_definition");
      expect(found.function?.id, text).toBe(fnAt >= 0 ? ancestors[fnAt]!.id : undefined);
      expect(found.around.map((n) => n.id), text).toEqual(ancestors.slice(fnAt + 1).map((n) => n.id));
    }
    return expectedAsserts.length;
  } finally {
    tree.delete();
  }
}

describe("assert statement copy vs tree-sitter's tree", () => {
  it(`matches node for node on every assert it accepts in ${sources.length} suites`, async () => {
    let accepted = 0;
    let asserts = 0;
    for (const text of sources) {
      const tree = await parse(text);
      try {
        for (const { statement } of findTestShapes(tree.rootNode, text).asserts) {
          asserts++;
          const copy = mirrorAssertStatement(text, statement.startIndex, statement.endIndex);
          if (!copy || statement.hasError) continue;
          accepted++;
          expectSameTree(copy, statement, text.slice(statement.startIndex, statement.endIndex));
        }
      } finally {
        tree.delete();
      }
    }
    console.log(`statement copy: accepted ${accepted} of ${asserts} asserts; each matched tree-sitter's tree`);
    expect(accepted).toBeGreaterThan(asserts * 0.5);
  }, 300_000);

  it("matches on generated assert statements", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(expressionText, fc.option(expressionText, { nil: undefined }), async (condition, message) => {
        const text = `assert ${condition}${message === undefined ? "" : `, ${message}`}\n`;
        const tree = await parse(text);
        try {
          const statement = tree.rootNode.namedChildren[0];
          const copy = mirrorAssertStatement(text, 0, statement?.endIndex ?? text.length - 1);
          // The front end takes the copy only of a statement tree-sitter parsed without error.
          if (!copy || statement?.type !== "assert_statement" || statement.hasError) return;
          accepted++;
          expectSameTree(copy, statement!, text);
        } finally {
          tree.delete();
        }
      }),
      {
        numRuns: Number(process.env.POLYTEST_FAST_PATH_RUNS ?? 3000),
        seed: Number(process.env.POLYTEST_FAST_PATH_SEED ?? 20261203),
        // tree-sitter-python groups the bitwise operators unlike Python (`^` binds tighter than `&`).
        examples: [["f(1) == 1 & 2 ^ 3", undefined], ["1 ^ 2 & 3 | 4", "x & y ^ z"], ["a << 1 & b ^ c >> 2", undefined]],
      },
    );
    console.log(`generated asserts: the copy took ${accepted} of the runs; all matched`);
    expect(accepted).toBeGreaterThan(300);
  }, 120_000);
});

/** Every node under every assert: where the text reader accepts one, the tree walk agrees. */
describe("literal text reader vs the tree walk", () => {
  it(`agrees on every node of every assert in ${sources.length} suites`, async () => {
    let accepted = 0;
    let nodes = 0;
    for (const text of sources) {
      const tree = await parse(text);
      const source = new SourceText(text);
      try {
        for (const found of findTestShapes(tree.rootNode, text).asserts) {
          const stack: Node[] = [found.statement];
          while (stack.length > 0) {
            const node = stack.pop()!;
            for (const child of node.namedChildren) if (child) stack.push(child);
            // Only expressions are ever read as values; `(2)` as an argument list is not a value.
            if (NOT_EXPRESSIONS.has(node.type)) continue;
            nodes++;
            if (agree(node, source, NO_ENV, node.text)) accepted++;
          }
        }
      } finally {
        tree.delete();
      }
    }
    console.log(`text reader: accepted ${accepted} of ${nodes} nodes under asserts; every node's outcome agreed with the tree walk`);
    expect(accepted).toBeGreaterThan(1000);
  }, 300_000);

  it("agrees with the tree walk on generated literal text (valid and not)", async () => {
    const env: Bindings = new Map<string, Value>([["x", { kind: "int", value: 7n, span: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }]]);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(literalText, fc.boolean(), async (literal, parenthesised) => {
        const text = parenthesised ? `v = (\n${literal}\n)\n` : `v = ${literal}\n`;
        const tree = await parse(text);
        try {
          const assignment = tree.rootNode.namedChildren[0]?.namedChildren[0];
          const right = assignment?.type === "assignment" ? assignment.childForFieldName("right") : null;
          if (!right) return;
          const node = parenthesised && right.type === "parenthesized_expression" ? right.namedChildren.find((c) => c?.type !== "comment") : right;
          if (!node) return;
          if (agree(node, new SourceText(text), env, `${text} (tree has error: ${tree.rootNode.hasError})`)) accepted++;
        } finally {
          tree.delete();
        }
      }),
      { numRuns: Number(process.env.POLYTEST_FAST_PATH_RUNS ?? 3000), seed: Number(process.env.POLYTEST_FAST_PATH_SEED ?? 20261203) },
    );
    console.log(`generated literal text: the text path took ${accepted} of the runs; all agreed`);
    expect(accepted).toBeGreaterThan(500);
  }, 120_000);
});

/** The mirror's tree against tree-sitter's: types, offsets, namedness, field names, children; strings are leaves in the mirror. */
function expectSameTree(copy: SyntaxNode, real: Node, where: string): void {
  const label = `${where}: ${real.type} '${real.text}' at ${real.startIndex}`;
  expect([copy.type, copy.startIndex, copy.endIndex, copy.isNamed, copy.text], label).toEqual([real.type, real.startIndex, real.endIndex, real.isNamed, real.text]);
  if (real.type === "string") return;
  const realChildren = real.children.filter((c): c is Node => c !== null);
  expect(copy.children.map((c) => c!.type), label).toEqual(realChildren.map((c) => c.type));
  const fields = (node: SyntaxNode | Node, count: number) =>
    Array.from({ length: count }, (_, i) => (node as { fieldNameForChild(i: number): string | null }).fieldNameForChild(i));
  expect(fields(copy, copy.children.length), label).toEqual(fields(real, realChildren.length));
  realChildren.forEach((child, i) => expectSameTree(copy.children[i]!, child, where));
}

const NO_ENV: Bindings = new Map();
const NOT_EXPRESSIONS = new Set(["argument_list", "string_start", "string_content", "string_end", "escape_sequence", "interpolation", "format_specifier", "keyword_argument", "pair", "comment", "line_continuation"]);

// Literal text from Python's grammar and around it: odd number forms, string prefixes and escapes,
// implicit concatenation, comments, newlines and trailing commas, signs, names bound and not.
const blank = fc.constantFrom("", " ", "  ", "\n", " # c\n", "\\\n", "\t");
const digits = fc.constantFrom("0", "7", "10", "1_000", "00", "007", "0_0", "1__0", "123456789012345678901234567890");
const number = fc.oneof(
  digits,
  fc.tuple(digits, fc.constantFrom(".", ".5", ".0_1", "e5", "E-3", ".e2", "j", "J", "L", "_")).map(([a, b]) => a + b),
  fc.constantFrom(".5", "5.", "0x1F", "0XfF", "0o17", "0O7", "0b101", "0B1", "0x", "0b2", "1e", "1e+", "0x_1", "1.5.2", "1e5j", "1_000.000_1e-1_0"),
);
const stringBody = fc.array(fc.constantFrom("a", "é", "😀", "\\n", "\\x41", "\\u00e9", "\\U0001F600", "\\N{DASH}", "\\\\", "\\'", '\\"', "\\q", "\\\n", "{", "}", "{{", "\\ud800", "\t", "'", '"'), { maxLength: 5 }).map((p) => p.join(""));
const stringToken = fc
  .tuple(fc.constantFrom("", "", "r", "R", "u", "U", "b", "f", "rb", "Rb", "F", "br", "x"), fc.constantFrom("'", '"', "'''", '"""'), stringBody)
  .map(([prefix, quote, body]) => `${prefix}${quote}${body}${quote}`);
const strings = fc.array(fc.tuple(stringToken, blank), { minLength: 1, maxLength: 3 }).map((parts) => parts.map(([t, b], i) => (i < parts.length - 1 ? t + b : t)).join(""));
const atom = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: strings },
  { weight: 1, arbitrary: fc.constantFrom("True", "False", "None", "x", "y", "Truex", "math.pi", "f(1)", "[*x]", "1 if x else 2", "x[0]", "-x") },
);
const literalText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    atom,
    fc.tuple(fc.constantFrom("-", "+", "~", "- ", "not "), tie("value")).map(([op, v]) => op + v),
    fc.tuple(fc.constantFrom("[]", "()", "{}"), fc.array(fc.tuple(blank, tie("value"), blank), { maxLength: 4 }), fc.boolean()).map(([brackets, items, trailing]) => {
      const inner = items.map(([a, v, b]) => a + v + b).join(",");
      const open = brackets[0]!;
      const close = brackets[1]!;
      return `${open}${inner}${trailing && items.length > 0 ? "," : ""}${close}`;
    }),
    fc.array(fc.tuple(tie("value"), blank, tie("value")), { minLength: 1, maxLength: 3 }).map((pairs) => `{${pairs.map(([k, b, v]) => `${k}${b}:${v}`).join(", ")}}`),
    fc.tuple(blank, tie("value"), blank).map(([a, v, b]) => `(${a}${v}${b})`),
  ),
})).value;

// Expression text around the mirrored forms and just outside them: operators of every precedence,
// chained and two-word comparisons, calls with keyword arguments, attributes, subscripts and slices,
// conditional expressions, lambdas, comprehensions, splats, comments and continuations.
const operand = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(number, strings, fc.constantFrom("True", "False", "None", "x", "candidate", "math.pi", "f", "print", "...", "not", "lambda: 1")) },
  { weight: 1, arbitrary: literalText },
);
const binaryOperator = fc.constantFrom("+", "-", "*", "/", "//", "%", "@", "**", "|", "&", "^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=", "<>", "in", "not in", "is", "is not", "and", "or", " if x else ", "=", ":=", "+=");
const expressionText: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    operand,
    fc.tuple(tie("e"), binaryOperator, tie("e")).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(fc.constantFrom("not ", "-", "+", "~", "not", "await "), tie("e")).map(([op, a]) => op + a),
    fc.tuple(fc.constantFrom("candidate", "f", "math.isclose", "abs", "set", "sorted", "round", "(f)"), fc.array(fc.tuple(fc.constantFrom("", "k=", "rel_tol = ", "*", "**"), tie("e")), { maxLength: 3 }), fc.constantFrom("", ",", " ")).map(
      ([callee, args, tail]) => `${callee}(${args.map(([k, a]) => k + a).join(", ")}${args.length > 0 ? tail : ""})`,
    ),
    fc.tuple(tie("e"), fc.constantFrom("[0]", "[-1]", "[1:2]", "[0, 1]", ".real", ". attr", "()", "(1)")).map(([a, suffix]) => a + suffix),
    fc.tuple(fc.constantFrom("(", "[", "{"), tie("e"), fc.constantFrom("", " for x in y", ",", " # c\n", "\\\n")).map(([open, a, tail]) => `${open}${a}${tail}${open === "(" ? ")" : open === "[" ? "]" : "}"}`),
  ),
})).e;

// Python files of nested statements: every compound form, simple statements that start like
// keywords (`assert_x = 1`, `match = 2`), check(name) calls in odd places, comments, and bad lines.
const simpleStatement = fc.constantFrom(
  "assert f(1) == 2",
  "assert(x)",
  "assert_x = 1",
  "match = 2",
  "defx = 3",
  "check(f)",
  "x = check(g)",
  "print(check (h))",
  "pass",
  "# assert in a comment",
  "return check(f)",
  "y = [a for a in b if check(a)]",
  "asyncx = 1",
  "assert f(2) == 3, 'msg'",
  "import math",
  "assert f(",
  "x = 'def f(): assert 1'",
);
const header = fc.constantFrom(
  "def check(candidate):",
  "def test_a(self):",
  "def helper(x=check(f)):",
  "async def check(c):",
  "class T:",
  "if __name__ == '__main__':",
  "if x:",
  "for x in [1, 2]:",
  "async for x in y:",
  "while check(f):",
  "with open(p) as h:",
  "async with a:",
  "try:",
  "match x:",
  "@decorator\ndef test_b():",
  "else:",
  "except ValueError:",
  "finally:",
  "elif y:",
  "case 1:",
);
type Block = { readonly header?: string; readonly body: readonly Block[]; readonly line?: string };
const block: fc.Arbitrary<Block> = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    simpleStatement.map((line) => ({ line, body: [] })),
    fc.tuple(header, fc.array(tie("block"), { minLength: 1, maxLength: 3 })).map(([h, body]) => ({ header: h, body })),
  ),
})).block;
function render(b: Block, indent: string): string {
  if (b.line !== undefined) return `${indent}${b.line}\n`;
  const h = b.header!.split("\n").map((l) => indent + l).join("\n");
  return `${h}\n${b.body.map((c) => render(c, `${indent}    `)).join("")}`;
}
const fileText = fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => blocks.map((b) => render(b, "")).join(""));
