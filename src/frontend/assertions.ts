import type { SyntaxNode as Node } from "./syntax-nodes.js";
import type { Span } from "../ir/span.js";
import type { Assertion, AssertionKind, Call, Param, Tolerance } from "../ir/suite.js";
import { pythonFloatRepr } from "../ir/python-literal.js";
import type { Value } from "../ir/values.js";
import { type Bindings, NotALiteral, clip, readLiteral, spanOf } from "./literals.js";
import { ContainsNan, Unorderable, checkMutuallyOrderable, isAscending } from "./python-order.js";
import { roundBounds } from "./round-bounds.js";
import type { SourceText } from "./source-text.js";
import { isExtra, meaningfulChildren } from "./syntax-nodes.js";

/** What the front end knows when it reads an assert statement. */
export interface AssertionScope {
  readonly source: SourceText;
  /** Names that call the function under test here (`candidate` inside check, the entry point). */
  readonly candidateNames: ReadonlySet<string>;
  /** The entry point's Python name, recorded on every call. */
  readonly entryPoint: string;
  /** Parameters of the function under test, when its definition is known. */
  readonly params?: readonly Param[];
  /** Loop variables bound while an unrolled `for` body is read. */
  readonly env?: Bindings;
}

export type ReadAssertion =
  | { readonly assertion: Assertion }
  | { readonly placeholder: true }
  | { readonly refused: { readonly code: string; readonly message: string; readonly span: Span } };

class Unsupported extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly span: Span,
  ) {
    super(message);
  }
}

/** Classifies one assert statement into an IR assertion, a placeholder (`assert True`), or a refusal. */
export function readAssertion(statement: Node, scope: AssertionScope): ReadAssertion {
  const [condition] = meaningfulChildren(statement);
  const span = spanOf(statement, scope.source);
  const source = statement.text.replace(/\s*\n\s*/g, " ").trim();
  try {
    if (!condition) throw new Unsupported("assert/shape", "empty assert", span);
    const test = unwrap(condition);
    if (test.type === "true") return { placeholder: true };
    return { assertion: { ...classify(test, scope), span, source } };
  } catch (error) {
    if (error instanceof Unsupported || error instanceof NotALiteral) {
      return { refused: { code: error.code, message: error.message, span: error.span } };
    }
    throw error;
  }
}

type Classified = Omit<Assertion, "span" | "source">;

function classify(test: Node, scope: AssertionScope): Classified {
  const whole = spanOf(test, scope.source);
  if (test.type === "not_operator") {
    const call = candidateCall(unwrap(test.childForFieldName("argument")!), scope);
    if (call) return { kind: "falsy", call };
  }
  if (test.type === "call") {
    const call = candidateCall(test, scope);
    if (call) return { kind: "truthy", call };
    if (mathFunction(test, scope) === "isclose") return readIsClose(test, scope);
  }
  if (test.type === "comparison_operator") return readComparison(test, scope);
  throw new Unsupported("assert/shape", `unsupported assertion shape '${clip(test.text)}'`, whole);
}

function readComparison(test: Node, scope: AssertionScope): Classified {
  const operands = meaningfulChildren(test).map(unwrap);
  const operators = test.children.filter((c): c is Node => c !== null && !c.isNamed).map((c) => c.text.replace(/\s+/g, " "));
  const whole = spanOf(test, scope.source);
  if (operands.length !== 2 || operators.length !== 1) {
    throw new Unsupported("assert/chained-comparison", "chained comparisons are not supported", whole);
  }
  const [operator] = operators as [string];
  let [left, right] = operands as [Node, Node];
  if (operator === "<" || operator === "<=" || operator === ">" || operator === ">=") {
    return readAbsDifference(operator, left, right, scope, whole);
  }
  let subject = resultSubject(left, scope);
  if (!subject) {
    subject = resultSubject(right, scope);
    [left, right] = [right, left];
  }
  if (!subject) throw new Unsupported("assert/shape", `neither side of '${clip(test.text)}' is a plain call of ${scope.entryPoint}`, whole);
  const { call } = subject;
  switch (operator) {
    case "==":
    case "!=": {
      const kind = operator === "==" ? "equal" : "notEqual";
      if (isApprox(right, scope)) {
        if (kind === "notEqual" || subject.wrapper) {
          throw new Unsupported("assert/approx", `pytest.approx is supported only as 'f(x) == approx(e)', not '${clip(test.text)}'`, whole);
        }
        return { kind, call, ...readApprox(right, scope) };
      }
      const expected = readLiteral(right, scope.source, scope.env);
      return subject.wrapper ? readWrapped(kind, subject, expected, whole, scope) : { kind, call, expected };
    }
    case "is":
    case "is not": {
      if (subject.wrapper) throw new Unsupported("assert/identity", `'${operator}' on ${subject.wrapper}(...) compares object identity`, whole);
      const kind = identityKind(right, operator === "is", scope);
      if (kind === "isNone" || kind === "isNotNone") return { kind, call };
      return { kind, call, expected: readLiteral(right, scope.source, scope.env), identity: true };
    }
  }
  throw new Unsupported("assert/operator", `comparison '${operator}' is not supported`, whole);
}

/** The builtins an assert may apply to the candidate's result before comparing it. */
type Wrapper = "set" | "sorted" | "tuple" | "list" | "round";
const WRAPPERS: ReadonlySet<string> = new Set<Wrapper>(["set", "sorted", "tuple", "list", "round"]);

interface ResultSubject {
  readonly call: Call;
  readonly wrapper?: Wrapper;
  /** For `round`: the ndigits argument, if given. */
  readonly digits?: Node;
}

/** `candidate(...)`, or one of the WRAPPERS applied to it; undefined when the node is neither. */
function resultSubject(node: Node, scope: AssertionScope): ResultSubject | undefined {
  const direct = candidateCall(node, scope);
  if (direct) return { call: direct };
  if (node.type !== "call" || !WRAPPERS.has(calleeName(node))) return undefined;
  const wrapper = calleeName(node) as Wrapper;
  const [inner, ...rest] = positionalArguments(node).map(unwrap);
  const call = inner ? candidateCall(inner, scope) : undefined;
  if (!call) return undefined;
  const whole = spanOf(node, scope.source);
  const keywords = keywordArguments(node);
  if (wrapper === "round") {
    const ndigits = keywords.find(([name]) => name === "ndigits")?.[1];
    const unknown = keywords.find(([name]) => name !== "ndigits");
    if (unknown || rest.length + (ndigits ? 1 : 0) > 1) throw new Unsupported("assert/round", `unsupported arguments in '${clip(node.text)}'`, whole);
    const digits = rest[0] ?? ndigits;
    return digits ? { call, wrapper, digits } : { call, wrapper };
  }
  if (rest.length > 0 || keywords.length > 0) {
    throw new Unsupported("assert/view", `${wrapper}(...) with more than the result (${keywords.map(([k]) => k).join(", ") || "extra arguments"}) is not supported`, whole);
  }
  return { call, wrapper };
}

/** `set(f(x)) == {...}`, `sorted(f(x)) == [...]`, `tuple(f(x)) == (...)`, `list(...)`, `round(f(x), n) == y`. */
function readWrapped(kind: "equal" | "notEqual", subject: ResultSubject, expected: Value, whole: Span, scope: AssertionScope): Classified {
  const { call, wrapper } = subject;
  const neverOrAlways = (why: string): never => {
    const verdict = kind === "equal" ? "the assert can never hold" : "the assert always holds";
    throw new Unsupported("assert/view", `${why}: ${verdict}`, whole);
  };
  switch (wrapper) {
    case "set":
      if (expected.kind !== "set") neverOrAlways(`set(...) is a set and ${expected.kind} is not`);
      return { kind, call, expected, view: "set" };
    case "sorted":
      if (expected.kind !== "list") neverOrAlways(`sorted(...) is a list and ${expected.kind} is not`);
      checkSortedExpected(expected as Extract<Value, { kind: "list" }>, whole, neverOrAlways);
      return { kind, call, expected, view: "sorted" };
    case "tuple":
    case "list":
      if (expected.kind !== wrapper) neverOrAlways(`${wrapper}(...) is a ${wrapper} and ${expected.kind} is not`);
      return { kind, call, expected, converted: wrapper };
    case "round":
      if (kind === "notEqual") throw new Unsupported("assert/round", "round(...) != y is not supported (only ==)", whole);
      return readRound(call, subject.digits, expected, whole, scope);
  }
  throw new Unsupported("assert/shape", "no wrapper", whole);
}

function checkSortedExpected(expected: Extract<Value, { kind: "list" }>, whole: Span, neverOrAlways: (why: string) => never): void {
  try {
    checkMutuallyOrderable(expected.items);
  } catch (error) {
    if (error instanceof Unorderable) {
      throw new Unsupported("assert/view", `the expected items cannot be sorted in Python (${error.message})`, whole);
    }
    if (error instanceof ContainsNan) throw new Unsupported("assert/view", "a nan in a sorted(...) comparison: Python's order then depends on the input order", whole);
    throw error;
  }
  if (!isAscending(expected.items)) neverOrAlways("the expected list is not in ascending order, and sorted(...) always is");
}

/** `round(f(x)[, n]) == y`: the doubles Python rounds to y form a range (see round-bounds.ts). */
function readRound(call: Call, digitsNode: Node | undefined, expected: Value, whole: Span, scope: AssertionScope): Classified {
  let ndigits: number | undefined;
  if (digitsNode) {
    const digits = readLiteral(digitsNode, scope.source, scope.env);
    if (digits.kind !== "int" || digits.value < 0n) {
      throw new Unsupported("assert/round", `round's ndigits must be a non-negative int literal, not '${clip(digitsNode.text)}'`, spanOf(digitsNode, scope.source));
    }
    ndigits = digits.value > 400n ? 400 : Number(digits.value);
  }
  if (expected.kind !== "int" && expected.kind !== "float") {
    throw new Unsupported("assert/round", `round(...) is compared with a ${expected.kind}; only an int or float literal is supported`, expected.span);
  }
  const bounds = roundBounds(expected.kind === "int" ? { kind: "int", value: expected.value } : { kind: "float", value: expected.value }, ndigits);
  if ("never" in bounds) throw new Unsupported("assert/round", bounds.never, whole);
  const bound = (value: number): Value => ({ kind: "float", value, text: pythonFloatRepr(value), span: expected.span });
  return { kind: "inRange", call, range: { low: bound(bounds.low), high: bound(bounds.high) } };
}

/**
 * `x is None`, `x is not None`, `x is True/False`, also through a loop variable bound to one of
 * those singletons (`for x, want in [(1, True)]: assert f(x) is want`); identity with anything
 * else is not value equality.
 */
function identityKind(right: Node, positive: boolean, scope: AssertionScope): AssertionKind {
  const bound = right.type === "identifier" ? scope.env?.get(right.text) : undefined;
  if (right.type === "none" || bound?.kind === "none") return positive ? "isNone" : "isNotNone";
  if (right.type === "true" || right.type === "false" || bound?.kind === "bool") return positive ? "equal" : "notEqual";
  throw new Unsupported("assert/identity", `'is' with ${clip(right.text)} compares object identity, which no target can reproduce`, spanOf(right, scope.source));
}

/** `pytest.approx(...)`, or `approx(...)` when the file imports it from pytest. */
function isApprox(node: Node, scope: AssertionScope): boolean {
  if (node.type !== "call") return false;
  const name = calleeName(node);
  return name === "pytest.approx" || (name === "approx" && /^\s*from\s+pytest\s+import\s+[^\n]*\bapprox\b/m.test(scope.source.text));
}

/**
 * `approx(e, rel=None, abs=None)` for a number e, with pytest's rule: only `abs` given, the
 * tolerance is abs; otherwise max(rel (default 1e-6) * |e|, abs (default 1e-12)); the assert holds
 * when `actual == e` or `|e - actual| <= tolerance`, so it is an inclusive absdiff at that tolerance
 * (computed in doubles, as pytest does). An infinite e is matched only by itself.
 */
function readApprox(node: Node, scope: AssertionScope): { expected: Value; tolerance: Tolerance } {
  const whole = spanOf(node, scope.source);
  const positional = positionalArguments(node);
  if (positional.length !== 1) throw new Unsupported("assert/approx", "pytest.approx needs exactly one expected value", whole);
  const expected = readLiteral(positional[0]!, scope.source, scope.env);
  if (expected.kind === "list" || expected.kind === "tuple" || expected.kind === "dict" || expected.kind === "set") {
    throw new Unsupported("assert/approx", `pytest.approx over a ${expected.kind} compares item by item with per-item tolerances, which is not supported`, expected.span);
  }
  if (expected.kind !== "int" && expected.kind !== "float") {
    throw new Unsupported("assert/approx", `pytest.approx of a ${expected.kind} is not supported (only numbers)`, expected.span);
  }
  const options: { rel?: number; abs?: number } = {};
  for (const [name, valueNode] of keywordArguments(node)) {
    if (name !== "rel" && name !== "abs") throw new Unsupported("assert/approx", `pytest.approx argument '${name}' is not supported`, spanOf(valueNode, scope.source));
    const value = readLiteral(valueNode, scope.source, scope.env);
    if (value.kind === "none") continue;
    if (value.kind !== "int" && value.kind !== "float") throw new Unsupported("assert/approx", `${name} is not a number`, value.span);
    options[name] = Number(value.value);
  }
  const e = Number(expected.value);
  if (Number.isNaN(e)) throw new Unsupported("assert/approx", "approx(nan) equals nothing (nan_ok is not set): the assert can never hold", whole);
  if (!Number.isFinite(e)) return { expected, tolerance: { kind: "isclose", relative: 0, absolute: 0 } };
  const absolute = options.abs ?? 1e-12;
  if (absolute < 0 || Number.isNaN(absolute)) throw new Unsupported("assert/approx", "pytest.approx raises ValueError for a negative or nan abs", whole);
  if (options.rel === undefined && options.abs !== undefined) return { expected, tolerance: { kind: "absdiff", epsilon: absolute, inclusive: true } };
  const relative = (options.rel ?? 1e-6) * Math.abs(e);
  if (relative < 0 || Number.isNaN(relative)) throw new Unsupported("assert/approx", "pytest.approx raises ValueError for a negative or nan rel", whole);
  return { expected, tolerance: { kind: "absdiff", epsilon: Math.max(relative, absolute), inclusive: true } };
}

/** `abs(candidate(x) - y) < eps` (or `<=`, or mirrored `eps > abs(...)`), `math.fabs` too. */
function readAbsDifference(operator: string, left: Node, right: Node, scope: AssertionScope, whole: Span): Classified {
  const mirrored = operator === ">" || operator === ">=";
  const [absNode, epsNode] = mirrored ? [right, left] : [left, right];
  const name = absNode.type === "call" ? (calleeName(absNode) === "abs" ? "abs" : mathFunction(absNode, scope)) : "";
  const args = absNode.type === "call" ? positionalArguments(absNode) : [];
  const difference = args.length === 1 ? unwrap(args[0]!) : undefined;
  if ((name !== "abs" && name !== "fabs") || difference?.type !== "binary_operator" || difference.childForFieldName("operator")!.text !== "-") {
    throw new Unsupported("assert/shape", `ordering comparison '${clip(left.text)} ${operator} ${clip(right.text)}' is not a tolerance check`, whole);
  }
  const a = unwrap(difference.childForFieldName("left")!);
  const b = unwrap(difference.childForFieldName("right")!);
  const callFirst = candidateCall(a, scope);
  const call = callFirst ?? candidateCall(b, scope);
  if (!call) throw new Unsupported("assert/shape", `no plain call of ${scope.entryPoint} inside '${clip(absNode.text)}'`, whole);
  const expected = readLiteral(callFirst ? b : a, scope.source, scope.env);
  const epsilon = readLiteral(epsNode, scope.source, scope.env);
  if (epsilon.kind !== "float" && epsilon.kind !== "int") throw new Unsupported("assert/shape", "tolerance is not a number", whole);
  const tolerance: Tolerance = { kind: "absdiff", epsilon: Number(epsilon.value), inclusive: operator.endsWith("=") };
  return { kind: "equal", call, expected, tolerance };
}

function readIsClose(test: Node, scope: AssertionScope): Classified {
  const whole = spanOf(test, scope.source);
  const positional = positionalArguments(test);
  if (positional.length !== 2) throw new Unsupported("assert/shape", "math.isclose needs two positional arguments", whole);
  const [a, b] = positional.map(unwrap) as [Node, Node];
  const callFirst = candidateCall(a, scope);
  const call = callFirst ?? candidateCall(b, scope);
  if (!call) throw new Unsupported("assert/shape", `no plain call of ${scope.entryPoint} in math.isclose`, whole);
  const expected = readLiteral(callFirst ? b : a, scope.source, scope.env);
  let relative = 1e-9;
  let absolute = 0;
  for (const [name, valueNode] of keywordArguments(test)) {
    const value = readLiteral(valueNode, scope.source, scope.env);
    if (value.kind !== "float" && value.kind !== "int") throw new Unsupported("assert/shape", `${name} is not a number`, whole);
    if (name === "rel_tol") relative = Number(value.value);
    else if (name === "abs_tol") absolute = Number(value.value);
    else throw new Unsupported("assert/shape", `math.isclose has no argument '${name}'`, whole);
  }
  if (relative < 0 || absolute < 0) throw new Unsupported("assert/shape", "math.isclose raises ValueError for a negative tolerance", whole);
  return { kind: "equal", call, expected, tolerance: { kind: "isclose", relative, absolute } };
}

/** `math.NAME(...)`, or `NAME(...)` when the file imports it from math: NAME, else undefined. */
function mathFunction(call: Node, scope: AssertionScope): string | undefined {
  const name = calleeName(call);
  if (name.startsWith("math.")) return name.slice(5);
  const imported = new RegExp(`^\\s*from\\s+math\\s+import\\s+[^\\n]*\\b${name}\\b`, "m");
  return /^\w+$/.test(name) && imported.test(scope.source.text) ? name : undefined;
}

function unwrap(node: Node): Node {
  let current = node;
  while (current.type === "parenthesized_expression") {
    const inner = meaningfulChildren(current);
    if (inner.length !== 1) break;
    current = inner[0]!;
  }
  return current;
}

function calleeName(call: Node): string {
  return call.childForFieldName("function")!.text.replace(/\s+/g, "");
}

function positionalArguments(call: Node): Node[] {
  const list = call.childForFieldName("arguments");
  return (list ? meaningfulChildren(list) : []).filter((a) => a.type !== "keyword_argument");
}

function keywordArguments(call: Node): Array<[string, Node]> {
  const list = call.childForFieldName("arguments");
  return (list?.namedChildren ?? [])
    .filter((a): a is Node => a !== null && a.type === "keyword_argument")
    .map((a) => [a.childForFieldName("name")!.text, a.childForFieldName("value")!]);
}

/**
 * A call of the function under test with constant arguments, made positional: keywords are put in
 * parameter order and omitted parameters take the signature's defaults. Undefined when `node`
 * is not such a call.
 */
function candidateCall(node: Node, scope: AssertionScope): Call | undefined {
  if (node.type !== "call") return undefined;
  const callee = node.childForFieldName("function")!;
  if (callee.type !== "identifier" || !scope.candidateNames.has(callee.text)) return undefined;
  const span = spanOf(node, scope.source);
  const list = node.childForFieldName("arguments")!;
  if (list.type !== "argument_list") throw new Unsupported("assert/call", "generator argument is not supported", span);
  const positional: Value[] = [];
  const keywords = new Map<string, Value>();
  for (const argument of list.namedChildren) {
    const arg = argument!;
    if (isExtra(arg)) continue;
    if (arg.type === "list_splat" || arg.type === "dictionary_splat") {
      throw new Unsupported("assert/call", "*args / **kwargs in a call are not supported", spanOf(arg, scope.source));
    }
    if (arg.type === "keyword_argument") {
      keywords.set(arg.childForFieldName("name")!.text, readLiteral(arg.childForFieldName("value")!, scope.source, scope.env));
    } else {
      if (keywords.size > 0) throw new Unsupported("assert/call", "positional argument after a keyword argument", spanOf(arg, scope.source));
      positional.push(readLiteral(arg, scope.source, scope.env));
    }
  }
  const args = scope.params ? fillParameters(positional, keywords, scope.params, span) : withoutKeywords(positional, keywords, span);
  return { callee: scope.entryPoint, args, span };
}

function withoutKeywords(positional: Value[], keywords: Map<string, Value>, span: Span): Value[] {
  if (keywords.size > 0) {
    throw new Unsupported("assert/call", "keyword arguments need the function's signature, which this input lacks", span);
  }
  return positional;
}

function fillParameters(positional: Value[], keywords: Map<string, Value>, params: readonly Param[], span: Span): Value[] {
  if (positional.length > params.length) {
    throw new Unsupported("assert/call", `${positional.length} arguments passed but the function takes ${params.length}`, span);
  }
  const args = [...positional];
  for (const param of params.slice(positional.length)) {
    const keyword = keywords.get(param.name);
    keywords.delete(param.name);
    const value = keyword ?? param.default;
    if (!value) throw new Unsupported("assert/call", `missing argument '${param.name}'`, span);
    args.push(value);
  }
  const [unknown] = keywords.keys();
  if (unknown !== undefined) throw new Unsupported("assert/call", `unexpected keyword argument '${unknown}'`, span);
  return args;
}
