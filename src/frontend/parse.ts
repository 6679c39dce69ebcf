import type { Node, Tree } from "web-tree-sitter";
import { type Diagnostic, diagnosticAt } from "../ir/diagnostics.js";
import type { Assertion, Signature, Suite } from "../ir/suite.js";
import { ANY } from "../ir/types.js";
import { readAssertion } from "./assertions.js";
import { decodeSource } from "./input.js";
import { type Bindings, spanOf } from "./literals.js";
import { unrollLoop } from "./loops.js";
import { readSignature } from "./signature.js";
import { SourceText } from "./source-text.js";
import { mirrorAssertStatement } from "./statement-mirror.js";
import type { SyntaxNode } from "./syntax-nodes.js";
import { type FoundAssert, findTestShapes, functionName } from "./test-shapes.js";
import { loadPythonGrammar } from "./tree-sitter.js";

export interface ParseOptions {
  /** The function under test, when the source does not make it clear (or to override it). */
  readonly entryPoint?: string;
}

const UNTYPED: Signature = { params: [], returns: ANY, returnsAnnotated: false };

/** Functions whose asserts are the suite's; asserts elsewhere (inside the solution) are not tests. */
const TEST_FUNCTION = /^(check|test.*)$/;

/** Reads a Python test file (HumanEval/MultiPL-E `check(candidate)` or MBPP bare asserts) into the IR. */
export async function parseSuite(input: string | Uint8Array, options: ParseOptions = {}): Promise<Suite> {
  const decoded = decodeSource(input);
  if ("diagnostic" in decoded) return emptySuite(options, [decoded.diagnostic]);
  if (!/\S/.test(decoded.text)) {
    return emptySuite(options, [at1("input/empty", "the input is empty: there is no test to compile")]);
  }
  const grammar = await loadPythonGrammar();
  const tree = grammar.parser.parse(decoded.text);
  if (!tree) return emptySuite(options, [at1("input/parse", "tree-sitter could not parse the input")]);
  try {
    return readTree(tree, new SourceText(decoded.text), options);
  } finally {
    tree.delete();
  }
}

function readTree(tree: Tree, source: SourceText, options: ParseOptions): Suite {
  const diagnostics: Diagnostic[] = syntaxErrors(tree.rootNode, source);
  const { functions, asserts, checkedNames } = findTestShapes(tree.rootNode, source.text);
  // The harness's `check(f)` is the last one naming a defined function outside that function
  // (a solution may call a helper of its own named check, as HumanEval 119 does).
  const checkedName = checkedNames
    .filter((n) => functions.has(n.text) && !isInside(n, functions.get(n.text)!))
    .map((n) => n.text)
    .pop();
  const testAsserts = asserts.filter((a) => TEST_FUNCTION.test(a.function ? functionName(a.function) : "check"));
  const entryPoint =
    options.entryPoint ?? checkedName ?? calledAtModuleLevel(testAsserts, functions) ?? lastSolutionFunction(functions) ?? "";
  const definition = functions.get(entryPoint);
  const signature = definition ? readSignature(definition, source) : undefined;
  if (signature) diagnostics.push(...signature.diagnostics);

  const assertions: Assertion[] = [];
  // Without an entry point there is nothing to call: the asserts are counted, and the
  // suite/no-entry-point diagnostic below says why none compiles.
  let assertStatements = entryPoint ? 0 : testAsserts.length;
  const unrolledLoops = new Set<number>();
  const read = (statement: SyntaxNode, check: Node | undefined, env?: Bindings, bindings?: string): void => {
    assertStatements++;
    const candidateParam = check ? firstParameterName(check) : undefined;
    const result = readAssertion(statement.hasError ? statement : (mirrorAssertStatement(source.text, statement.startIndex, statement.endIndex) ?? statement), {
      source,
      candidateNames: new Set([entryPoint, ...(candidateParam ? [candidateParam] : [])]),
      entryPoint,
      ...(signature && !signature.variadic ? { params: signature.signature.params } : {}),
      ...(env ? { env } : {}),
    });
    if ("assertion" in result) {
      assertions.push(bindings ? { ...result.assertion, source: `${result.assertion.source}  # ${bindings}` } : result.assertion);
    } else if ("refused" in result) {
      const message = bindings ? `${result.refused.message} (with ${bindings})` : result.refused.message;
      diagnostics.push(diagnosticAt(result.refused.span, "error", result.refused.code, message));
    } else diagnostics.push(diagnosticAt(spanOf(statement, source), "info", "assert/placeholder", "`assert True` placeholder: counted, nothing to compile"));
  };
  for (const found of entryPoint ? testAsserts : []) {
    const { statement, function: check } = found;
    const outside = controlFlowAround(found);
    if (outside) {
      assertStatements++;
      diagnostics.push(diagnosticAt(spanOf(statement, source), "error", "assert/control-flow", `assert inside ${outside} is not supported yet`));
      continue;
    }
    const loop = outermostLoop(found);
    if (!loop) {
      read(statement, check);
      continue;
    }
    // A loop is unrolled once, when its first assert comes up; its instances follow Python's order.
    if (unrolledLoops.has(loop.id)) continue;
    unrolledLoops.add(loop.id);
    const unrolled = unrollLoop(loop, source);
    if ("instances" in unrolled) {
      for (const instance of unrolled.instances) read(instance.statement, check, instance.env, instance.bindings);
      continue;
    }
    for (const inner of testAsserts.filter((a) => outermostLoop(a)?.id === loop.id)) {
      assertStatements++;
      const { code, message } = unrolled.refused;
      const where = unrolled.refused.span;
      diagnostics.push(diagnosticAt(spanOf(inner.statement, source), "error", code, `${message} (loop at line ${where.startLine}, column ${where.startColumn})`));
    }
  }
  if (testAsserts.length === 0) diagnostics.push(at1("suite/no-assertions", "no assert statements found"));
  else if (!entryPoint) diagnostics.push(at1("suite/no-entry-point", "cannot tell which function is under test; pass the entry point option"));

  return {
    entryPoint,
    signature: signature?.signature ?? untypedSignature(assertions),
    assertions,
    diagnostics: sortByPosition(diagnostics),
    assertStatements,
  };
}

function emptySuite(options: ParseOptions, diagnostics: Diagnostic[]): Suite {
  return { entryPoint: options.entryPoint ?? "", signature: UNTYPED, assertions: [], diagnostics, assertStatements: 0 };
}

function at1(code: string, message: string): Diagnostic {
  return { severity: "error", code, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** Without a `def`, parameters are named by position and typed by inference. */
function untypedSignature(assertions: readonly Assertion[]): Signature {
  const arity = assertions.reduce((max, a) => Math.max(max, a.call.args.length), 0);
  return { ...UNTYPED, params: Array.from({ length: arity }, (_, i) => ({ name: `arg${i}`, type: ANY, annotated: false })) };
}

function syntaxErrors(root: Node, source: SourceText): Diagnostic[] {
  if (!root.hasError) return [];
  const errors: Diagnostic[] = [];
  const visit = (node: Node): void => {
    if (errors.length >= 20) return;
    if (node.isMissing) {
      errors.push(diagnosticAt(spanOf(node, source), "error", "syntax/missing", `syntax error: missing ${node.type}`));
    } else if (node.isError) {
      errors.push(diagnosticAt(spanOf(node, source), "error", "syntax/error", `syntax error near '${node.text.slice(0, 40).replace(/\s+/g, " ")}'`));
      return;
    }
    if (node.hasError) for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return errors;
}

function isInside(node: Node, ancestor: Node): boolean {
  return node.startIndex >= ancestor.startIndex && node.endIndex <= ancestor.endIndex;
}

function firstParameterName(definition: Node): string | undefined {
  const first = definition.childForFieldName("parameters")?.namedChildren[0];
  if (!first) return undefined;
  return first.type === "identifier" ? first.text : (first.childForFieldName("name") ?? first.namedChildren[0])?.text;
}

/**
 * The branch/try/while between an assert and its function (module-level `if __name__` is fine);
 * `for` loops are unrolled instead (see loops.ts).
 */
function controlFlowAround({ around, function: stop }: FoundAssert): string | undefined {
  for (let i = around.length - 1; i >= 0; i--) {
    const node = around[i]!;
    switch (node.type) {
      case "while_statement":
        return "a while loop";
      case "try_statement":
      case "with_statement":
        return `a ${node.type.replace("_statement", "")} block`;
      case "if_statement":
        if (!stop && /__name__/.test(node.childForFieldName("condition")?.text ?? "")) break;
        return "an if statement";
    }
  }
  return undefined;
}

/** The outermost `for` statement around an assert, inside its function. */
function outermostLoop({ around }: FoundAssert): Node | undefined {
  return around.find((node) => node.type === "for_statement");
}

/** MBPP style: the function that module-level asserts call. */
function calledAtModuleLevel(asserts: readonly FoundAssert[], functions: ReadonlyMap<string, Node>): string | undefined {
  const counts = new Map<string, number>();
  for (const { statement, function: inside } of asserts) {
    if (inside) continue;
    for (const match of statement.text.matchAll(/([A-Za-z_]\w*)\s*\(/g)) {
      const name = match[1]!;
      if (["abs", "set", "sorted", "tuple", "list", "len", "round", "float", "int", "str", "isclose", "fabs", "math"].includes(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + (functions.has(name) ? 2 : 1));
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function lastSolutionFunction(functions: ReadonlyMap<string, Node>): string | undefined {
  return [...functions.keys()].filter((name) => !TEST_FUNCTION.test(name)).pop();
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}
