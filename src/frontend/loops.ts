import type { SyntaxNode as Node } from "./syntax-nodes.js";
import { toPythonLiteral } from "../ir/python-literal.js";
import type { Span } from "../ir/span.js";
import type { Value } from "../ir/values.js";
import { type Bindings, clip, readLiteral, spanOf } from "./literals.js";
import { NotALiteral } from "./not-a-literal.js";
import type { SourceText } from "./source-text.js";
import { meaningfulChildren } from "./syntax-nodes.js";

/**
 * `for` loops over constant tables, unrolled: each assert in the body is read once per binding of
 * the loop variables, in Python's execution order.
 */

/** At most this many assertions come out of one loop (nested loops included). */
export const MAX_UNROLLED = 10_000;

/** One assert statement of a loop body with the loop variables it runs under. */
export interface LoopInstance {
  readonly statement: Node;
  readonly env: Bindings;
  /** `x = 3, y = 'a'`: the bindings, for the assertion's source text. */
  readonly bindings: string;
}

export type UnrolledLoop =
  | { readonly instances: readonly LoopInstance[] }
  | { readonly refused: { readonly code: string; readonly message: string; readonly span: Span } };

/** A loop that cannot be unrolled; a NotALiteral too, so comprehensions report it the same way. */
class LoopRefused extends NotALiteral {}

export function unrollLoop(loop: Node, source: SourceText): UnrolledLoop {
  try {
    const instances: LoopInstance[] = [];
    unrollInto(loop, source, new Map(), [], instances);
    return { instances };
  } catch (error) {
    if (error instanceof NotALiteral) {
      return { refused: { code: error.code, message: error.message, span: error.span } };
    }
    throw error;
  }
}

function unrollInto(loop: Node, source: SourceText, env: Bindings, shown: readonly string[], out: LoopInstance[]): void {
  const loopSpan = spanOf(loop, source);
  if (loop.childForFieldName("alternative")) throw new LoopRefused("assert/loop", "a for loop with an else clause is not unrolled", loopSpan);
  if (loop.children.some((c) => c?.type === "async")) throw new LoopRefused("assert/loop", "async for is not unrolled", loopSpan);
  const target = loop.childForFieldName("left")!;
  const iterable = loop.childForFieldName("right")!;
  const body = statementsOf(loop.childForFieldName("body")!);
  for (const statement of body) {
    if (statement.type !== "assert_statement" && statement.type !== "for_statement" && statement.type !== "pass_statement") {
      throw new LoopRefused(
        "assert/loop",
        `the loop body has ${describeStatement(statement)} at line ${spanOf(statement, source).startLine}; only loops whose bodies are asserts (or such loops) are unrolled`,
        loopSpan,
      );
    }
  }
  for (const item of iterate(iterable, source, env)) {
    const bound = new Map(env);
    bind(target, item, bound, source);
    const names = targetNames(target);
    const showing = [...shown.filter((text) => !names.includes(text.split(" = ")[0]!)), ...names.map((name) => `${name} = ${clipValue(bound.get(name)!)}`)];
    for (const statement of body) {
      if (statement.type === "assert_statement") {
        if (out.length >= MAX_UNROLLED) {
          throw new LoopRefused("assert/loop-too-long", `the loop unrolls to more than ${MAX_UNROLLED} assertions`, loopSpan);
        }
        out.push({ statement, env: bound, bindings: showing.join(", ") });
      } else if (statement.type === "for_statement") {
        unrollInto(statement, source, bound, showing, out);
      }
    }
  }
}

function statementsOf(block: Node): Node[] {
  return meaningfulChildren(block);
}

function clipValue(value: Value): string {
  return clip(toPythonLiteral(value), 40);
}

/** The values a `for` (or a comprehension) iterates over: a constant list/tuple/str/dict, or range/enumerate/zip of such. */
export function iterate(node: Node, source: SourceText, env: Bindings): Value[] {
  const span = spanOf(node, source);
  if (node.type === "call") {
    const name = node.childForFieldName("function")!.text;
    const args = argumentsOf(node);
    const keywords = keywordArgumentsOf(node);
    const read = (n: Node) => readLiteral(n, source, env);
    switch (name) {
      case "range":
        if (keywords.length > 0) break;
        return rangeItems(args.map(read), span);
      case "enumerate": {
        const startNode = keywords.find(([k]) => k === "start")?.[1] ?? args[1];
        if (args.length < 1 || args.length > 2 || keywords.some(([k]) => k !== "start")) break;
        const start = startNode ? read(startNode) : ({ kind: "int", value: 0n, span } as Value);
        if (start.kind !== "int") throw new LoopRefused("assert/loop", "enumerate's start must be an int", span);
        return iterate(args[0]!, source, env).map((item, i) => ({ kind: "tuple", items: [{ kind: "int", value: start.value + BigInt(i), span }, item], span }));
      }
      case "zip": {
        if (keywords.length > 0 || args.length === 0) break;
        const columns = args.map((a) => iterate(a, source, env));
        const length = Math.min(...columns.map((c) => c.length));
        return Array.from({ length }, (_, i) => ({ kind: "tuple", items: columns.map((c) => c[i]!), span }) as Value);
      }
      case "reversed":
        if (keywords.length > 0 || args.length !== 1) break;
        return iterate(args[0]!, source, env).reverse();
    }
  }
  const value = readLiteral(node, source, env);
  switch (value.kind) {
    case "list":
    case "tuple":
      return [...value.items];
    case "dict":
      return value.entries.map((e) => e.key);
    case "str":
      return [...value.value].map((ch) => ({ kind: "str", value: ch, span }) as Value);
    case "set":
      // Python's set order comes from hashes (randomised for str); only a one-item set is safe.
      if (value.items.length <= 1) return [...value.items];
      throw new LoopRefused("assert/loop", "iterating a set: Python's order depends on hashing", span);
    default:
      throw new LoopRefused("assert/loop", `a ${value.kind} is not iterable`, span);
  }
}

function rangeItems(args: Value[], span: Span): Value[] {
  if (args.length < 1 || args.length > 3 || args.some((a) => a.kind !== "int")) {
    throw new LoopRefused("assert/loop", "range() needs 1 to 3 int arguments", span);
  }
  const [a, b, c] = args.map((v) => (v as Extract<Value, { kind: "int" }>).value);
  const [start, stop, step] = args.length === 1 ? [0n, a!, 1n] : [a!, b!, c ?? 1n];
  if (step === 0n) throw new LoopRefused("assert/loop", "range() step must not be zero (ValueError)", span);
  const count = step > 0n ? (stop > start ? (stop - start + step - 1n) / step : 0n) : start > stop ? (start - stop - step - 1n) / -step : 0n;
  if (count > BigInt(MAX_UNROLLED)) throw new LoopRefused("assert/loop-too-long", `range() of ${count} items unrolls to more than ${MAX_UNROLLED} assertions`, span);
  return Array.from({ length: Number(count) }, (_, i) => ({ kind: "int", value: start + BigInt(i) * step, span }) as Value);
}

/** Python's assignment to a for target: a name, or a tuple/list pattern unpacked item by item. */
export function bind(target: Node, value: Value, env: Map<string, Value>, source: SourceText): void {
  const span = spanOf(target, source);
  switch (target.type) {
    case "identifier":
      env.set(target.text, value);
      return;
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "tuple":
    case "list": {
      const parts = meaningfulChildren(target);
      if (parts.some((p) => p.type === "list_splat_pattern")) throw new LoopRefused("assert/loop", "starred loop targets are not unrolled", span);
      const items =
        value.kind === "list" || value.kind === "tuple"
          ? value.items
          : value.kind === "str"
            ? [...value.value].map((ch) => ({ kind: "str", value: ch, span }) as Value)
            : undefined;
      if (!items) throw new LoopRefused("assert/loop", `cannot unpack a ${value.kind} into '${clip(target.text)}' (TypeError)`, span);
      if (items.length !== parts.length) {
        throw new LoopRefused("assert/loop", `cannot unpack ${items.length} values into '${clip(target.text)}' (ValueError)`, span);
      }
      parts.forEach((part, i) => bind(part, items[i]!, env, source));
      return;
    }
    default:
      throw new LoopRefused("assert/loop", `loop target '${clip(target.text)}' is not a name or a tuple of names`, span);
  }
}

function targetNames(target: Node): string[] {
  if (target.type === "identifier") return [target.text];
  return meaningfulChildren(target).flatMap(targetNames);
}

function argumentsOf(call: Node): Node[] {
  const list = call.childForFieldName("arguments");
  if (!list || list.type !== "argument_list") return [];
  return meaningfulChildren(list).filter((a) => a.type !== "keyword_argument");
}

function keywordArgumentsOf(call: Node): Array<[string, Node]> {
  const list = call.childForFieldName("arguments");
  if (!list || list.type !== "argument_list") return [];
  return list.namedChildren
    .filter((a): a is Node => a !== null && a.type === "keyword_argument")
    .map((a) => [a.childForFieldName("name")!.text, a.childForFieldName("value")!]);
}

function describeStatement(statement: Node): string {
  if (statement.type === "expression_statement") {
    const inner = statement.namedChildren[0];
    if (inner?.type === "assignment" || inner?.type === "augmented_assignment") return "an assignment";
    return "an expression statement";
  }
  const words = statement.type.replace(/_statement$/, "").replace(/_/g, " ");
  return `${/^[aeiou]/.test(words) ? "an" : "a"} ${words} statement`;
}
