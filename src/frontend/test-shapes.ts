import type { Node } from "web-tree-sitter";

/** An assert statement and where it sits. */
export interface FoundAssert {
  readonly statement: Node;
  /** The innermost function around it; undefined at module level (MBPP). */
  readonly function: Node | undefined;
  /** The nodes between that function (or the module) and the statement, outermost first. */
  readonly around: readonly Node[];
}

/** The pieces of a Python test file the front end works from, in source order. */
export interface TestShapes {
  /** Every function definition by name (a later one of the same name wins, as in Python). */
  readonly functions: Map<string, Node>;
  readonly asserts: FoundAssert[];
  /** The argument names of `check(name)` calls: they name the function under test. */
  readonly checkedNames: Node[];
}

/**
 * Nodes whose children can be or hold statements. The walk goes through these only, so a file
 * costs one visit per statement, not per expression node: each visit crosses into tree-sitter's
 * WASM, and the expressions are read later, mostly from the source text.
 */
const STATEMENT_CONTAINERS: ReadonlySet<string> = new Set([
  "module",
  "block",
  "function_definition",
  "class_definition",
  "decorated_definition",
  "if_statement",
  "elif_clause",
  "else_clause",
  "for_statement",
  "while_statement",
  "try_statement",
  "except_clause",
  "except_group_clause",
  "finally_clause",
  "with_statement",
  "match_statement",
  "case_clause",
  // A statement tree-sitter could not parse may still hold well-formed asserts; the syntax error is reported.
  "ERROR",
]);

/** Walks the statements of a parsed file (`text` is its source) once, keeping each assert's enclosing function and statements. */
export function findTestShapes(root: Node, text: string): TestShapes {
  const shapes: TestShapes = { functions: new Map(), asserts: [], checkedNames: [] };
  // Most files (MBPP's) never call `check`: their expressions need no look at all.
  const callsCheck = /\bcheck[\s\\]*(?:#[^\n]*\n[\s\\]*)*\(/.test(text);
  visit(root, "module", undefined, [], { shapes, callsCheck, text: root.hasError ? undefined : text });
  return shapes;
}

export function functionName(definition: Node): string {
  return definition.childForFieldName("name")!.text;
}

interface Walk {
  readonly shapes: TestShapes;
  readonly callsCheck: boolean;
  /** The source, when tree-sitter parsed it without error: statements can then be told by their first word. */
  readonly text: string | undefined;
}

function visit(node: Node, nodeType: string, inside: Node | undefined, around: readonly Node[], walk: Walk): void {
  const { shapes, callsCheck } = walk;
  const statements = nodeType === "module" || nodeType === "block";
  for (const child of node.namedChildren) {
    if (!child) continue;
    const type = statements && walk.text !== undefined ? statementType(child, walk.text) : child.type;
    if (type === "assert_statement") {
      shapes.asserts.push({ statement: child, function: inside, around });
      if (callsCheck) findCheckCalls(child, shapes.checkedNames);
    } else if (type === "function_definition") {
      shapes.functions.set(functionName(child), child);
      visit(child, type, child, [], walk);
    } else if (STATEMENT_CONTAINERS.has(type)) {
      visit(child, type, inside, [...around, child], walk);
    } else if (callsCheck) {
      // A simple statement, or a part of a compound one (a condition, an iterable).
      findCheckCalls(child, shapes.checkedNames);
    }
  }
}

/** Statements a keyword opens, by that keyword (`async` looks at the next word). */
const OPENING_KEYWORDS: ReadonlyMap<string, string> = new Map([
  ["assert", "assert_statement"],
  ["def", "function_definition"],
  ["class", "class_definition"],
  ["if", "if_statement"],
  ["for", "for_statement"],
  ["while", "while_statement"],
  ["try", "try_statement"],
  ["with", "with_statement"],
]);

/**
 * The type of a statement in a block of an error-free file, from the keyword it starts with
 * (Python's keywords cannot be names), without asking tree-sitter: "simple" for a statement no
 * keyword opens. Soft keywords (`match`, `case`) are asked about.
 */
function statementType(statement: Node, text: string): string {
  const start = statement.startIndex;
  if (text.charCodeAt(start) === 0x40) return "decorated_definition"; // @
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(start, start + 12))?.[0];
  if (word === undefined || text.charCodeAt(start + word.length) > 0x7f) return statement.type;
  // Soft keywords: `match x:` or `match = 1`; a match statement's block holds `case` clauses.
  if (word === "match" || word === "case") return statement.type;
  if (word === "async") {
    const next = /^async[ \t\\\n]+(def|for|with)\b/.exec(text.slice(start, start + 40));
    return next ? OPENING_KEYWORDS.get(next[1]!)! : statement.type;
  }
  return OPENING_KEYWORDS.get(word) ?? "simple";
}

/**
 * `check(entry_point)` anywhere in an expression: a call of the name `check` whose only argument is
 * a name. Most statements do not mention `check` at all, and their expressions are not walked.
 */
function findCheckCalls(node: Node, out: Node[]): void {
  if (!node.text.includes("check")) return;
  if (node.type === "call") {
    const callee = node.childForFieldName("function");
    const args = node.childForFieldName("arguments");
    if (callee?.type === "identifier" && callee.text === "check" && args?.type === "argument_list") {
      const named = args.namedChildren;
      const only = named.length === 1 ? named[0] : undefined;
      if (only?.type === "identifier") out.push(only);
    }
  }
  for (const child of node.namedChildren) if (child) findCheckCalls(child, out);
}
