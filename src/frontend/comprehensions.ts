import type { SyntaxNode as Node } from "./syntax-nodes.js";
import type { Span } from "../ir/span.js";
import type { DictEntry, Value } from "../ir/values.js";
import { type Bindings, clip, dedupe, hashKey, readLiteral, spanOf } from "./literals.js";
import { NotALiteral } from "./not-a-literal.js";
import { bind, iterate } from "./loops.js";
import { Unorderable, pythonEqual, pythonLess } from "./python-order.js";
import type { SourceText } from "./source-text.js";
import { meaningfulChildren } from "./syntax-nodes.js";

/**
 * Comprehensions over constant tables (`[x * 2 for x in range(3) if x != 1]`) and the conditions
 * they filter with (comparisons, `and`/`or`/`not`, `a if c else b`), folded with Python's results.
 */

const MAX_ITEMS = 1_000_000;

type Read = (node: Node, env: Bindings) => Value;

/** A list/set/dict comprehension or a generator expression: its items, in Python's order. */
export function readComprehension(node: Node, source: SourceText, env: Bindings): Value {
  const span = spanOf(node, source);
  const read: Read = (n, e) => readLiteral(n, source, e);
  const body = node.childForFieldName("body")!;
  const clauses = node.namedChildren.filter((c): c is Node => c !== null && (c.type === "for_in_clause" || c.type === "if_clause"));
  const produced: Value[] = [];
  const entries: DictEntry[] = [];
  const run = (at: number, scope: Bindings): void => {
    if (at === clauses.length) {
      if (produced.length + entries.length >= MAX_ITEMS) throw new NotALiteral("literal/unsupported", "comprehension is too long to fold", span);
      if (body.type === "pair") entries.push({ key: read(body.childForFieldName("key")!, scope), value: read(body.childForFieldName("value")!, scope) });
      else produced.push(read(body, scope));
      return;
    }
    const clause = clauses[at]!;
    if (clause.type === "if_clause") {
      const condition = meaningfulChildren(clause)[0]!;
      if (truthy(read(condition, scope))) run(at + 1, scope);
      return;
    }
    if (clause.children.some((c) => c?.type === "async")) throw new NotALiteral("literal/unsupported", "async comprehension is not folded", span);
    for (const item of iterate(clause.childForFieldName("right")!, source, scope)) {
      const inner = new Map(scope);
      bind(clause.childForFieldName("left")!, item, inner, source);
      run(at + 1, inner);
    }
  };
  run(0, env);
  switch (node.type) {
    case "set_comprehension":
      return { kind: "set", items: dedupe(produced, span), span };
    case "dictionary_comprehension": {
      const unique: DictEntry[] = [];
      for (const entry of entries) {
        // A repeated key keeps its first position and its last value, as in Python.
        const at = unique.findIndex((e) => hashKey(e.key, span) === hashKey(entry.key, span));
        if (at >= 0) unique[at] = { key: unique[at]!.key, value: entry.value };
        else unique.push(entry);
      }
      return { kind: "dict", entries: unique, span };
    }
    default:
      // A generator expression is read as the list of what it yields (builtins iterate it).
      return { kind: "list", items: produced, span };
  }
}

/** Python truthiness of a constant. */
export function truthy(value: Value): boolean {
  switch (value.kind) {
    case "bool":
      return value.value;
    case "int":
      return value.value !== 0n;
    case "float":
      return value.value !== 0;
    case "str":
      return value.value.length > 0;
    case "none":
      return false;
    case "dict":
      return value.entries.length > 0;
    default:
      return value.items.length > 0;
  }
}

/** `a < b <= c`, `x in [..]`, `a == b`: chained as Python does (each operand read once). */
export function readCondition(node: Node, source: SourceText, env: Bindings): Value {
  const span = spanOf(node, source);
  const operands = meaningfulChildren(node);
  const operators = node.children.filter((c): c is Node => c !== null && !c.isNamed).map((c) => c.text.replace(/\s+/g, " "));
  let left = readLiteral(operands[0]!, source, env);
  for (let i = 0; i < operators.length; i++) {
    const right = readLiteral(operands[i + 1]!, source, env);
    if (!compare(operators[i]!, left, right, span)) return { kind: "bool", value: false, span };
    left = right;
  }
  return { kind: "bool", value: true, span };
}

function compare(operator: string, a: Value, b: Value, span: Span): boolean {
  try {
    switch (operator) {
      case "==":
        return pythonEqual(a, b);
      case "!=":
        return !pythonEqual(a, b);
      case "<":
        return pythonLess(a, b);
      case ">":
        return pythonLess(b, a);
      case "<=":
        return pythonLess(a, b) || pythonEqual(a, b);
      case ">=":
        return pythonLess(b, a) || pythonEqual(a, b);
      case "in":
        return contains(b, a, span);
      case "not in":
        return !contains(b, a, span);
    }
  } catch (error) {
    if (error instanceof Unorderable) throw new NotALiteral("literal/raises", `TypeError: ${error.message}`, span);
    throw error;
  }
  throw new NotALiteral("literal/unsupported", `'${operator}' is not folded`, span);
}

function contains(container: Value, item: Value, span: Span): boolean {
  switch (container.kind) {
    case "str":
      if (item.kind !== "str") throw new NotALiteral("literal/raises", `'in <string>' requires a str, not ${item.kind} (TypeError)`, span);
      return container.value.includes(item.value);
    case "list":
    case "tuple":
    case "set":
      return container.items.some((x) => pythonEqual(x, item));
    case "dict":
      return container.entries.some((e) => pythonEqual(e.key, item));
    default:
      throw new NotALiteral("literal/raises", `a ${container.kind} is not a container (TypeError)`, span);
  }
}

/** `a and b`, `a or b` (returning an operand, as Python does), `not a`, `a if c else b`. */
export function readLogic(node: Node, read: (n: Node) => Value, span: Span): Value {
  switch (node.type) {
    case "not_operator":
      return { kind: "bool", value: !truthy(read(node.childForFieldName("argument")!)), span };
    case "boolean_operator": {
      const left = read(node.childForFieldName("left")!);
      const operator = node.childForFieldName("operator")!.text;
      if (operator === "and" ? !truthy(left) : truthy(left)) return left;
      return read(node.childForFieldName("right")!);
    }
    case "conditional_expression": {
      const [then, condition, otherwise] = meaningfulChildren(node);
      return truthy(read(condition!)) ? read(then!) : read(otherwise!);
    }
  }
  throw new NotALiteral("literal/unsupported", `'${clip(node.text)}' is not folded`, span);
}
