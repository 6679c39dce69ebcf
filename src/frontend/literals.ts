import type { SyntaxNode as Node } from "./syntax-nodes.js";
import type { Span } from "../ir/span.js";
import type { DictEntry, Value } from "../ir/values.js";
import { readComprehension, readCondition, readLogic } from "./comprehensions.js";
import { NotALiteral } from "./not-a-literal.js";
import { foldBinary, foldBuiltinCall, foldUnary } from "./constant-folding.js";
import { decodePythonString } from "./python-strings.js";
import { readLiteralText } from "./literal-text.js";
import { DictEntries, dedupe, hashKey, readFloat, readInteger, withSpan } from "./literal-values.js";
import type { SourceText } from "./source-text.js";
import { isExtra, meaningfulChildren } from "./syntax-nodes.js";

export { NotALiteral } from "./not-a-literal.js";
export { dedupe, hashKey } from "./literal-values.js";

/** Loop variables in scope while an unrolled loop body is read: name to value. */
export type Bindings = ReadonlyMap<string, Value>;

const NO_BINDINGS: Bindings = new Map();

export function spanOf(node: Node, source: SourceText): Span {
  return source.span(node.startIndex, node.endIndex);
}

/**
 * Evaluates a Python expression that denotes a constant: literals, containers of constants,
 * unary minus, and pure builtins/operators on constants (see constant-folding.ts). A plain literal
 * is read from the source text (literal-text.ts); the tree is walked only for the rest.
 */
export function readLiteral(node: Node, source: SourceText, env: Bindings = NO_BINDINGS): Value {
  // A node tree-sitter could not parse is left to the tree walk, which refuses it.
  const plain = node.hasError ? undefined : readLiteralText(source, node.startIndex, node.endIndex, env);
  return plain ?? readLiteralNode(node, source, env, readLiteral);
}

/** The tree walk alone, all the way down: the reference the text reader is tested against. */
export function readLiteralFromTree(node: Node, source: SourceText, env: Bindings = NO_BINDINGS): Value {
  return readLiteralNode(node, source, env, readLiteralFromTree);
}

type ReadLiteral = (node: Node, source: SourceText, env: Bindings) => Value;

function readLiteralNode(node: Node, source: SourceText, env: Bindings, readChild: ReadLiteral): Value {
  const span = spanOf(node, source);
  const read = (child: Node): Value => readChild(child, source, env);
  switch (node.type) {
    case "integer":
      return readInteger(node.text, span);
    case "float":
      return readFloat(node.text, span);
    case "true":
    case "false":
      return { kind: "bool", value: node.type === "true", span };
    case "none":
      return { kind: "none", span };
    case "string":
      return { kind: "str", value: readStringToken(node, source), span };
    case "concatenated_string":
      return { kind: "str", value: node.namedChildren.map((part) => readStringToken(part!, source)).join(""), span };
    case "parenthesized_expression": {
      const inner = meaningfulChildren(node);
      if (inner.length !== 1) throw new NotALiteral("literal/unsupported", "unsupported parenthesised expression", span);
      return { ...read(inner[0]!), span };
    }
    case "list":
      return { kind: "list", items: readItems(node, read, source), span };
    case "tuple":
      return { kind: "tuple", items: readItems(node, read, source), span };
    case "set":
      return { kind: "set", items: dedupe(readItems(node, read, source), span), span };
    case "dictionary":
      return { kind: "dict", entries: readEntries(node, read, source, span), span };
    case "unary_operator":
      return foldUnary(node.childForFieldName("operator")!.text, read(node.childForFieldName("argument")!), span);
    case "binary_operator":
      return foldBinary(
        node.childForFieldName("operator")!.text,
        read(node.childForFieldName("left")!),
        read(node.childForFieldName("right")!),
        span,
      );
    case "call":
      return readBuiltinCall(node, read, span);
    case "attribute":
      return readMathConstant(node.text, span);
    case "identifier": {
      const bound = env.get(node.text);
      if (bound) return withSpan(bound, span);
      throw new NotALiteral("literal/unsupported", `'${clip(node.text)}' is a name, not a literal value`, span);
    }
    case "subscript":
      return readSubscript(node, read, span);
    case "list_comprehension":
    case "set_comprehension":
    case "dictionary_comprehension":
    case "generator_expression":
      return readComprehension(node, source, env);
    case "comparison_operator":
      return readCondition(node, source, env);
    case "not_operator":
    case "boolean_operator":
    case "conditional_expression":
      return readLogic(node, read, span);
    default:
      throw new NotALiteral("literal/unsupported", `'${clip(node.text)}' is not a literal value (${node.type})`, span);
  }
}

function readStringToken(node: Node, source: SourceText): string {
  const decoded = decodePythonString(node.text);
  if ("error" in decoded) throw new NotALiteral(decoded.code, decoded.error, spanOf(node, source));
  return decoded.value;
}

function readItems(node: Node, read: (n: Node) => Value, source: SourceText): Value[] {
  return meaningfulChildren(node).map((child) => {
    if (child!.type === "list_splat" || child!.type === "parenthesized_list_splat") {
      throw new NotALiteral("literal/unsupported", "unpacking (*x) inside a literal is not supported", spanOf(child!, source));
    }
    return read(child!);
  });
}

function readEntries(node: Node, read: (n: Node) => Value, source: SourceText, span: Span): DictEntry[] {
  const entries = new DictEntries(span);
  for (const child of node.namedChildren) {
    if (isExtra(child!)) continue;
    if (child!.type !== "pair") {
      throw new NotALiteral("literal/unsupported", "dict unpacking or comprehension is not a literal", spanOf(child!, source));
    }
    entries.add(read(child!.childForFieldName("key")!), read(child!.childForFieldName("value")!));
  }
  return entries.entries;
}

function readBuiltinCall(node: Node, read: (n: Node) => Value, span: Span): Value {
  const callee = node.childForFieldName("function")!;
  const argumentList = node.childForFieldName("arguments")!;
  // `sum(x for x in ...)`: the generator is the only argument.
  if (argumentList.type === "generator_expression") return foldBuiltinCall(callee.text, [read(argumentList)], span);
  if (argumentList.type !== "argument_list" || argumentList.namedChildren.some((a) => !isExtra(a!) && /splat|keyword_argument/.test(a!.type))) {
    throw new NotALiteral("literal/unsupported", `'${clip(node.text)}' is not a literal value`, span);
  }
  const args = meaningfulChildren(argumentList).map((a) => read(a));
  return foldBuiltinCall(callee.text, args, span);
}

const MATH_CONSTANTS: Record<string, [number, string]> = {
  "math.inf": [Infinity, "float('inf')"],
  "math.nan": [NaN, "float('nan')"],
  "math.pi": [Math.PI, "3.141592653589793"],
  "math.e": [Math.E, "2.718281828459045"],
  "math.tau": [2 * Math.PI, "6.283185307179586"],
};

function readMathConstant(text: string, span: Span): Value {
  const constant = MATH_CONSTANTS[text.replace(/\s+/g, "")];
  if (!constant) throw new NotALiteral("literal/unsupported", `'${clip(text)}' is not a literal value`, span);
  return { kind: "float", value: constant[0], text: constant[1], span };
}

export function clip(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** `value[index]` with an int index (negative from the end) or a dict key; slices are not folded. */
function readSubscript(node: Node, read: (n: Node) => Value, span: Span): Value {
  const indices = node.childrenForFieldName("subscript").filter((c): c is Node => c !== null && !isExtra(c));
  if (indices.length !== 1 || indices[0]!.type === "slice") {
    throw new NotALiteral("literal/unsupported", `'${clip(node.text)}': slices and multiple indices are not folded`, span);
  }
  const container = read(node.childForFieldName("value")!);
  const index = read(indices[0]!);
  if (container.kind === "dict") {
    const id = hashKey(index, span);
    const entry = container.entries.find((e) => hashKey(e.key, span) === id);
    if (!entry) throw new NotALiteral("literal/raises", `'${clip(node.text)}' raises KeyError`, span);
    return withSpan(entry.value, span);
  }
  const items: readonly Value[] | undefined =
    container.kind === "list" || container.kind === "tuple" ? container.items : container.kind === "str" ? [...container.value].map((ch) => ({ kind: "str", value: ch, span })) : undefined;
  if (!items) throw new NotALiteral("literal/raises", `a ${container.kind} cannot be indexed`, span);
  const i = index.kind === "int" ? index.value : index.kind === "bool" ? (index.value ? 1n : 0n) : undefined;
  if (i === undefined) throw new NotALiteral("literal/raises", `index of a ${container.kind} must be an int, not ${index.kind}`, span);
  const at = i < 0n ? BigInt(items.length) + i : i;
  if (at < 0n || at >= BigInt(items.length)) throw new NotALiteral("literal/raises", `'${clip(node.text)}' raises IndexError`, span);
  return withSpan(items[Number(at)]!, span);
}
