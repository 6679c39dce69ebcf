import { isNameChar, isNameStart, numberToken, stringTokenEnd } from "./python-tokens.js";
import type { SyntaxNode } from "./syntax-nodes.js";

/**
 * A JavaScript copy of the tree tree-sitter-python builds for an assert statement, for the common
 * expression forms: names, numbers, strings, containers, calls with keyword arguments, attributes,
 * single subscripts, unary/binary/boolean operators, `not` and comparisons. Reading an assert through
 * the WASM node API costs a crossing per property of every node; this copy costs one read of the
 * statement's text. Node types, field names, token children and offsets are tree-sitter's own
 * (test/frontend/fast-paths.test.ts compares them node for node on every corpus assert). Whatever
 * else the statement holds (comments, line continuations, comprehensions, lambdas, conditional
 * expressions, slices, splats, f-strings, non-ASCII names) makes it decline: undefined, and the
 * front end reads tree-sitter's nodes as before. String nodes are leaves here: the front end reads
 * a string from its text.
 */
export function mirrorAssertStatement(text: string, start: number, end: number): SyntaxNode | undefined {
  const slice = text.slice(start, end);
  if (slice.includes("#") && !outsideStrings(slice, "#")) return undefined;
  if (slice.includes("\\") && !outsideStrings(slice, "\\")) return undefined;
  const parser = new MirrorParser(text, end, start);
  try {
    const statement = parser.assertStatement();
    return parser.at === end ? statement : undefined;
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

const DECLINE = Symbol("outside the mirrored forms");

let nextId = -1;

/** A node of the copy; ids are negative, so they never equal a tree-sitter node's. */
class MirrorNode implements SyntaxNode {
  readonly id = nextId--;
  readonly hasError = false;
  private named: MirrorNode[] | undefined;

  constructor(
    protected readonly source: string,
    readonly type: string,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly isNamed: boolean,
    private kids: MirrorNode[] = [],
    /** The field of each child, by position. */
    private fields: readonly (string | undefined)[] = [],
  ) {}

  get children(): MirrorNode[] {
    return this.kids;
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): MirrorNode[] {
    this.named ??= this.children.filter((c) => c.isNamed);
    return this.named;
  }

  childForFieldName(name: string): MirrorNode | null {
    const i = this.fieldList().indexOf(name);
    return i >= 0 ? this.children[i]! : null;
  }

  childrenForFieldName(name: string): MirrorNode[] {
    const fields = this.fieldList();
    return this.children.filter((_, i) => fields[i] === name);
  }

  fieldNameForChild(index: number): string | null {
    return this.fieldList()[index] ?? null;
  }

  protected fieldList(): readonly (string | undefined)[] {
    return this.fields;
  }

  protected fill(children: MirrorNode[], fields: readonly (string | undefined)[]): void {
    this.kids = children;
    this.fields = fields;
  }
}

/**
 * A bracketed plain literal (numbers, strings, True/False/None, signs, nested brackets) whose
 * children are parsed only if asked for: the front end reads such a value from its text, so its
 * element nodes would mostly be made for nothing.
 */
class PlainLiteralNode extends MirrorNode {
  private built = false;

  constructor(source: string, type: string, startIndex: number, endIndex: number) {
    super(source, type, startIndex, endIndex, true);
  }

  override get children(): MirrorNode[] {
    this.build();
    return super.children;
  }

  protected override fieldList(): readonly (string | undefined)[] {
    this.build();
    return super.fieldList();
  }

  private build(): void {
    if (this.built) return;
    this.built = true;
    const node = new MirrorParser(this.source, this.endIndex, this.startIndex).container(1);
    if (node.type !== this.type || node.endIndex !== this.endIndex) throw new Error(`polytest: plain literal scan and parse disagree at ${this.startIndex}`);
    this.fill(node.children, node.children.map((_, i) => node.fieldNameForChild(i) ?? undefined));
  }
}

/** Python's keywords and tree-sitter-python's soft ones: none is read as a plain name here. */
const RESERVED = new Set(
  "and as assert async await break case class continue def del elif else except exec finally for from global if import in is lambda match nonlocal not or pass print raise return try type while with yield".split(" "),
);

const STRING_PREFIXES = new Set(["r", "u", "R", "U", "b", "B", "br", "Br", "bR", "BR", "rb", "rB", "Rb", "RB"]);

class MirrorParser {
  constructor(
    private readonly text: string,
    private readonly end: number,
    public at: number,
  ) {}

  assertStatement(): MirrorNode {
    const start = this.at;
    const keyword = this.keyword("assert");
    const children = [keyword, this.expression(0)];
    if (this.peek(",", 0)) {
      children.push(this.token(","), this.expression(0));
    }
    this.skipBlanks(0);
    return this.node("assert_statement", start, children);
  }

  /** `depth` > 0 inside brackets, where newlines are blanks. */
  private expression(depth: number): MirrorNode {
    const left = this.disjunction(depth);
    this.skipBlanks(depth);
    // `x if c else y` and `lambda` are left to tree-sitter.
    if (this.word() === "if") throw DECLINE;
    return left;
  }

  private disjunction(depth: number): MirrorNode {
    return this.booleanChain(depth, "or", () => this.conjunction(depth));
  }

  private conjunction(depth: number): MirrorNode {
    return this.booleanChain(depth, "and", () => this.inversion(depth));
  }

  private booleanChain(depth: number, operator: string, operand: () => MirrorNode): MirrorNode {
    let left = operand();
    for (;;) {
      this.skipBlanks(depth);
      if (this.word() !== operator) return left;
      const op = this.keyword(operator);
      const right = operand();
      left = this.node("boolean_operator", left.startIndex, [left, op, right], ["left", "operator", "right"]);
    }
  }

  private inversion(depth: number): MirrorNode {
    this.skipBlanks(depth);
    if (this.word() === "not") {
      const start = this.at;
      const not = this.keyword("not");
      const argument = this.inversion(depth);
      return this.node("not_operator", start, [not, argument], [undefined, "argument"]);
    }
    return this.comparison(depth);
  }

  private comparison(depth: number): MirrorNode {
    const first = this.binary(depth);
    const children = [first];
    const fields: (string | undefined)[] = [undefined];
    for (;;) {
      const operator = this.comparisonOperator(depth);
      if (!operator) break;
      children.push(operator, this.binary(depth));
      fields.push("operators", undefined);
    }
    return children.length === 1 ? first : this.node("comparison_operator", first.startIndex, children, fields);
  }

  /** `==`, `<`, ..., `in`, `not in`, `is`, `is not` (the two-word ones are one token node). */
  private comparisonOperator(depth: number): MirrorNode | undefined {
    this.skipBlanks(depth);
    const symbol = this.comparisonSymbol();
    if (symbol) return this.token(symbol);
    const word = this.word();
    if (word === "in") return this.keyword("in");
    if (word !== "is" && word !== "not") return undefined;
    const start = this.at;
    const first = this.keyword(word);
    const afterFirst = this.at;
    this.skipBlanks(depth);
    const second = this.word();
    // The two-word operators are one token node holding both words, as tree-sitter's alias makes them.
    if (word === "not") {
      if (second !== "in") throw DECLINE;
      const inWord = this.keyword("in");
      return new MirrorNode(this.text, "not in", start, inWord.endIndex, false, [first, inWord]);
    }
    if (second !== "not") {
      this.at = afterFirst;
      return first;
    }
    const notWord = this.keyword("not");
    return new MirrorNode(this.text, "is not", start, notWord.endIndex, false, [first, notWord]);
  }

  /** `==`, `!=`, `<`, `<=`, `<>`, `>`, `>=` at `at` (not `<<`, `>>`). */
  private comparisonSymbol(): string | undefined {
    const c = this.text[this.at];
    const next = this.text[this.at + 1];
    switch (c) {
      case "=":
      case "!":
        return next === "=" ? c + next : undefined;
      case "<":
        return next === "=" || next === ">" ? c + next : next === "<" ? undefined : c;
      case ">":
        return next === "=" ? c + next : next === ">" ? undefined : c;
    }
    return undefined;
  }

  /** Left-associative binary operators binding at least as tightly as `minLevel`, then unary and power. */
  private binary(depth: number, minLevel = 0): MirrorNode {
    let left = this.factor(depth);
    for (;;) {
      this.skipBlanks(depth);
      const operator = this.binaryOperator();
      if (!operator || operator.level < minLevel) return left;
      const op = this.token(operator.symbol);
      const right = this.binary(depth, operator.level + 1);
      left = this.node("binary_operator", left.startIndex, [left, op, right], ["left", "operator", "right"]);
    }
  }

  /** The binary operator at `at` and its level (tree-sitter-python's PREC: `|` loosest, then `&`, `^`, shifts, `+`, and `*` tightest); not `**`, augmented assignments or comparisons. */
  private binaryOperator(): { symbol: string; level: number } | undefined {
    const c = this.text[this.at];
    const next = this.text[this.at + 1];
    let symbol: string;
    let level: number;
    switch (c) {
      case "|":
        [symbol, level] = ["|", 0];
        break;
      // tree-sitter-python binds `^` tighter than `&` (Python binds `&` tighter); the copy follows
      // tree-sitter's tree. No bitwise operator is folded, so neither grouping reaches a value.
      case "&":
        [symbol, level] = ["&", 1];
        break;
      case "^":
        [symbol, level] = ["^", 2];
        break;
      case "<":
      case ">":
        if (next !== c) return undefined;
        [symbol, level] = [c + c, 3];
        break;
      case "+":
      case "-":
        [symbol, level] = [c, 4];
        break;
      case "*":
        if (next === "*") return undefined;
        [symbol, level] = ["*", 5];
        break;
      case "/":
        [symbol, level] = [next === "/" ? "//" : "/", 5];
        break;
      case "@":
      case "%":
        [symbol, level] = [c, 5];
        break;
      default:
        return undefined;
    }
    if (this.at + symbol.length >= this.end || this.text[this.at + symbol.length] === "=") return undefined;
    return { symbol, level };
  }

  private factor(depth: number): MirrorNode {
    this.skipBlanks(depth);
    const c = this.text[this.at];
    if ((c === "-" || c === "+" || c === "~") && this.at < this.end && this.text[this.at + 1] !== "=") {
      const start = this.at;
      const operator = this.token(c);
      const argument = this.factor(depth);
      return this.node("unary_operator", start, [operator, argument], ["operator", "argument"]);
    }
    return this.power(depth);
  }

  private power(depth: number): MirrorNode {
    const base = this.primary(depth);
    this.skipBlanks(depth);
    if (!this.text.startsWith("**", this.at) || this.at + 2 > this.end || this.text[this.at + 2] === "=") return base;
    const operator = this.token("**");
    const exponent = this.factor(depth);
    return this.node("binary_operator", base.startIndex, [base, operator, exponent], ["left", "operator", "right"]);
  }

  /** An atom and what follows it: calls, attributes, one subscript each. */
  private primary(depth: number): MirrorNode {
    let node = this.atom(depth);
    for (;;) {
      this.skipBlanks(depth);
      const c = this.text[this.at];
      if (this.at >= this.end) return node;
      if (c === "(") {
        const args = this.argumentList(depth);
        node = this.node("call", node.startIndex, [node, args], ["function", "arguments"]);
      } else if (c === ".") {
        const dot = this.token(".");
        this.skipBlanks(depth);
        const name = this.identifier();
        node = this.node("attribute", node.startIndex, [node, dot, name], ["object", undefined, "attribute"]);
      } else if (c === "[") {
        const open = this.token("[");
        const index = this.expression(depth + 1);
        this.skipBlanks(depth + 1);
        if (this.text[this.at] === ":" || this.text[this.at] === ",") throw DECLINE;
        const close = this.token("]");
        node = this.node("subscript", node.startIndex, [node, open, index, close], ["value", undefined, "subscript", undefined]);
      } else {
        return node;
      }
    }
  }

  private argumentList(depth: number): MirrorNode {
    const start = this.at;
    const children = [this.token("(")];
    for (;;) {
      this.skipBlanks(depth + 1);
      if (this.text[this.at] === ")") break;
      if (this.text[this.at] === "*") throw DECLINE;
      const argument = this.keywordArgument(depth + 1) ?? this.expression(depth + 1);
      children.push(argument);
      this.skipBlanks(depth + 1);
      if (this.text[this.at] === ",") children.push(this.token(","));
      else if (this.text[this.at] !== ")") throw DECLINE;
    }
    children.push(this.token(")"));
    return this.node("argument_list", start, children);
  }

  /** `name=value`, when a name and a lone `=` come next. */
  private keywordArgument(depth: number): MirrorNode | undefined {
    const start = this.at;
    const word = this.word();
    if (!word || RESERVED.has(word) || word === "True" || word === "False" || word === "None") return undefined;
    const afterName = this.at + word.length;
    let i = afterName;
    while (i < this.end && (this.text[i] === " " || this.text[i] === "\t" || this.text[i] === "\n" || this.text[i] === "\r" || this.text[i] === "\f")) i++;
    if (this.text[i] !== "=" || this.text[i + 1] === "=") return undefined;
    const name = this.identifier();
    this.skipBlanks(depth);
    const equals = this.token("=");
    const value = this.expression(depth);
    return this.node("keyword_argument", start, [name, equals, value], ["name", undefined, "value"]);
  }

  private atom(depth: number): MirrorNode {
    this.skipBlanks(depth);
    if (this.at >= this.end) throw DECLINE;
    const start = this.at;
    const c = this.text[this.at]!;
    if (c === "(" || c === "[" || c === "{") {
      const plain = scanPlainLiteral(this.text, this.at, this.end);
      if (plain) {
        this.at = plain.end;
        return new PlainLiteralNode(this.text, plain.type, start, plain.end);
      }
      return this.container(depth);
    }
    if (c === '"' || c === "'") return this.strings(depth);
    if ((c >= "0" && c <= "9") || (c === "." && /[0-9]/.test(this.text[this.at + 1] ?? ""))) return this.number();
    const word = this.word();
    if (!word) throw DECLINE;
    const quote = this.text[this.at + word.length];
    if (quote === '"' || quote === "'") {
      if (!STRING_PREFIXES.has(word)) throw DECLINE;
      return this.strings(depth);
    }
    if (word === "True" || word === "False" || word === "None") {
      this.at += word.length;
      return new MirrorNode(this.text, word === "None" ? "none" : word.toLowerCase(), start, this.at, true);
    }
    if (RESERVED.has(word)) throw DECLINE;
    return this.identifier();
  }

  /** A bracketed expression at `at`, its elements parsed now. */
  container(depth: number): MirrorNode {
    const c = this.text[this.at];
    if (c === "(") return this.parenthesised(depth);
    if (c === "[") return this.collection("list", "[", "]", depth);
    if (c === "{") return this.braces(depth);
    throw DECLINE;
  }

  private parenthesised(depth: number): MirrorNode {
    const start = this.at;
    const open = this.token("(");
    this.skipBlanks(depth + 1);
    if (this.text[this.at] === ")") return this.node("tuple", start, [open, this.token(")")]);
    if (this.text[this.at] === "*") throw DECLINE;
    const first = this.expression(depth + 1);
    this.skipBlanks(depth + 1);
    if (this.text[this.at] === ")") return this.node("parenthesized_expression", start, [open, first, this.token(")")]);
    if (this.text[this.at] !== ",") throw DECLINE;
    const children = [open, first, ...this.elements(")", depth)];
    return this.node("tuple", start, children);
  }

  private collection(type: string, open: string, close: string, depth: number): MirrorNode {
    const start = this.at;
    const children = [this.token(open)];
    this.skipBlanks(depth + 1);
    if (this.text[this.at] !== close) {
      if (this.text[this.at] === "*") throw DECLINE;
      children.push(this.expression(depth + 1));
      this.skipBlanks(depth + 1);
      if (this.text[this.at] !== "," && this.text[this.at] !== close) throw DECLINE;
      if (this.text[this.at] === ",") children.push(...this.elements(close, depth));
      else children.push(this.token(close));
    } else {
      children.push(this.token(close));
    }
    return this.node(type, start, children);
  }

  /** After a first element, at its comma: `, x, y,` up to and including `close`. */
  private elements(close: string, depth: number): MirrorNode[] {
    const children: MirrorNode[] = [];
    for (;;) {
      this.skipBlanks(depth + 1);
      if (this.text[this.at] === close) {
        children.push(this.token(close));
        return children;
      }
      if (this.text[this.at] !== ",") throw DECLINE;
      children.push(this.token(","));
      this.skipBlanks(depth + 1);
      if (this.text[this.at] === close) continue;
      if (this.text[this.at] === "*") throw DECLINE;
      children.push(this.expression(depth + 1));
    }
  }

  private braces(depth: number): MirrorNode {
    const start = this.at;
    const open = this.token("{");
    this.skipBlanks(depth + 1);
    if (this.text[this.at] === "}") return this.node("dictionary", start, [open, this.token("}")]);
    if (this.text[this.at] === "*") throw DECLINE;
    const first = this.expression(depth + 1);
    this.skipBlanks(depth + 1);
    if (this.text[this.at] !== ":") {
      if (this.text[this.at] === "}") return this.node("set", start, [open, first, this.token("}")]);
      return this.node("set", start, [open, first, ...this.elements("}", depth)]);
    }
    const children = [open, this.pair(first, depth)];
    for (;;) {
      this.skipBlanks(depth + 1);
      if (this.text[this.at] === "}") break;
      if (this.text[this.at] !== ",") throw DECLINE;
      children.push(this.token(","));
      this.skipBlanks(depth + 1);
      if (this.text[this.at] === "}") break;
      if (this.text[this.at] === "*") throw DECLINE;
      children.push(this.pair(this.expression(depth + 1), depth));
    }
    children.push(this.token("}"));
    return this.node("dictionary", start, children);
  }

  private pair(key: MirrorNode, depth: number): MirrorNode {
    this.skipBlanks(depth + 1);
    const colon = this.token(":");
    const value = this.expression(depth + 1);
    return this.node("pair", key.startIndex, [key, colon, value], ["key", undefined, "value"]);
  }

  /** One string, or adjacent ones as tree-sitter's `concatenated_string`. */
  private strings(depth: number): MirrorNode {
    const parts = [this.stringToken()];
    for (;;) {
      const before = this.at;
      this.skipBlanks(depth);
      if (stringQuoteAt(this.text, this.at, this.end) >= 0) {
        parts.push(this.stringToken());
        continue;
      }
      this.at = before;
      return parts.length === 1 ? parts[0]! : this.node("concatenated_string", parts[0]!.startIndex, parts);
    }
  }

  private stringToken(): MirrorNode {
    const start = this.at;
    while (/[A-Za-z]/.test(this.text[this.at] ?? "")) this.at++;
    const i = stringTokenEnd(this.text, this.at, this.end);
    if (i < 0) throw DECLINE;
    this.at = i;
    return new MirrorNode(this.text, "string", start, i, true);
  }

  private number(): MirrorNode {
    const start = this.at;
    const token = numberToken(this.text, start, this.end);
    if (!token) throw DECLINE;
    this.at = token.end;
    return new MirrorNode(this.text, token.isInt ? "integer" : "float", start, this.at, true);
  }

  private identifier(): MirrorNode {
    const word = this.word();
    if (!word || RESERVED.has(word)) throw DECLINE;
    const start = this.at;
    this.at += word.length;
    return new MirrorNode(this.text, "identifier", start, this.at, true);
  }

  /** The ASCII name at `at` (not consumed); a non-ASCII character in or after it declines. */
  private word(): string | undefined {
    if (this.at >= this.end || !isNameStart(this.text.charCodeAt(this.at))) return undefined;
    let i = this.at + 1;
    while (i < this.end && isNameChar(this.text.charCodeAt(i))) i++;
    if (i < this.end && this.text.charCodeAt(i) > 0x7f) throw DECLINE;
    return this.text.slice(this.at, i);
  }

  private keyword(word: string): MirrorNode {
    if (this.word() !== word) throw DECLINE;
    const start = this.at;
    this.at += word.length;
    return new MirrorNode(this.text, word, start, this.at, false);
  }

  /** The token `symbol` right at `at` (callers skip the blanks before it, by their depth). */
  private token(symbol: string): MirrorNode {
    if (!this.text.startsWith(symbol, this.at) || this.at + symbol.length > this.end) throw DECLINE;
    const start = this.at;
    this.at += symbol.length;
    return new MirrorNode(this.text, symbol, start, this.at, false);
  }

  private peek(symbol: string, depth: number): boolean {
    this.skipBlanks(depth);
    return this.text.startsWith(symbol, this.at) && this.at < this.end;
  }

  /** Spaces and tabs; newlines too inside brackets. (Comments and continuations declined up front.) */
  private skipBlanks(depth: number): void {
    while (this.at < this.end) {
      const c = this.text[this.at];
      if (c === " " || c === "\t" || c === "\f" || (depth > 0 && (c === "\n" || c === "\r"))) this.at++;
      else return;
    }
  }

  private node(type: string, start: number, children: MirrorNode[], fields: readonly (string | undefined)[] = []): MirrorNode {
    return new MirrorNode(this.text, type, start, children[children.length - 1]!.endIndex, true, children, fields);
  }
}

/** Whether `needle` (a comment's `#`, a continuation's backslash) occurs only inside string literals of the text. */
function outsideStrings(text: string, needle: string): boolean {
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === needle) return false;
    if (c === '"' || c === "'") {
      const after = stringTokenEnd(text, i, text.length);
      if (after < 0) return !text.includes(needle, i);
      i = after;
      continue;
    }
    i++;
  }
  return true;
}

/**
 * Where the bracketed plain literal at `start` ends, and the node type tree-sitter gives it, or
 * undefined when the brackets hold anything else (names, calls, operators, comprehensions).
 */
function scanPlainLiteral(text: string, start: number, end: number): { end: number; type: string } | undefined {
  const scanner = { at: start };
  const type = plainValue(text, scanner, end);
  return type !== undefined && type !== "" ? { end: scanner.at, type } : undefined;
}

/** Scans one plain value; its node type for a bracket, "" for any other value, undefined when not plain. */
function plainValue(text: string, scanner: { at: number }, end: number): string | undefined {
  skipPlainBlanks(text, scanner, end);
  if (scanner.at >= end) return undefined;
  const c = text.charCodeAt(scanner.at);
  if (c === 0x2d || c === 0x2b || c === 0x7e) {
    scanner.at++;
    return plainValue(text, scanner, end) === undefined ? undefined : "";
  }
  if (c === 0x28 || c === 0x5b || c === 0x7b) return plainBrackets(text, scanner, end, c);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2e) {
    const token = numberToken(text, scanner.at, end);
    if (!token) return undefined;
    scanner.at = token.end;
    return "";
  }
  for (;;) {
    if (!plainString(text, scanner, end)) break;
    const before = scanner.at;
    skipPlainBlanks(text, scanner, end);
    if (stringQuoteAt(text, scanner.at, end) < 0) {
      scanner.at = before;
      return "";
    }
  }
  for (const word of ["True", "False", "None"]) {
    if (text.startsWith(word, scanner.at) && !/[A-Za-z0-9_]/.test(text[scanner.at + word.length] ?? "") && text.charCodeAt(scanner.at + word.length) <= 0x7f) {
      scanner.at += word.length;
      return scanner.at <= end ? "" : undefined;
    }
  }
  return undefined;
}

function plainBrackets(text: string, scanner: { at: number }, end: number, open: number): string | undefined {
  const close = open === 0x28 ? ")" : open === 0x5b ? "]" : "}";
  scanner.at++;
  let items = 0;
  let commas = 0;
  let colons = 0;
  for (;;) {
    skipPlainBlanks(text, scanner, end);
    if (scanner.at >= end) return undefined;
    if (text[scanner.at] === close) break;
    if (plainValue(text, scanner, end) === undefined) return undefined;
    items++;
    skipPlainBlanks(text, scanner, end);
    if (open === 0x7b && text[scanner.at] === ":") {
      // A dict's pair: the same number of colons as items, or it is not a dict at all.
      if (colons !== commas) return undefined;
      colons++;
      scanner.at++;
      if (plainValue(text, scanner, end) === undefined) return undefined;
      skipPlainBlanks(text, scanner, end);
    }
    if (text[scanner.at] === ",") {
      commas++;
      scanner.at++;
    } else if (text[scanner.at] !== close) return undefined;
  }
  scanner.at++;
  if (open === 0x5b) return "list";
  if (open === 0x28) return items === 0 || commas > 0 ? "tuple" : "parenthesized_expression";
  if (items === 0) return "dictionary";
  if (colons === 0) return "set";
  return colons === items ? "dictionary" : undefined;
}

/** One string token (a prefix of r, u, b letters, no f-strings); false when none is there. */
function plainString(text: string, scanner: { at: number }, end: number): boolean {
  let i = stringQuoteAt(text, scanner.at, end);
  if (i < 0) return false;
  i = stringTokenEnd(text, i, end);
  if (i < 0) return false;
  scanner.at = i;
  return true;
}

/** Where the opening quote is when a string token the copy reads (no prefix, or one of STRING_PREFIXES) starts at `at`; -1 otherwise. */
function stringQuoteAt(text: string, at: number, end: number): number {
  for (let length = 0; length <= 2 && at + length < end; length++) {
    const quote = text[at + length];
    if ((quote === '"' || quote === "'") && (length === 0 || STRING_PREFIXES.has(text.slice(at, at + length)))) return at + length;
  }
  return -1;
}

/** Blanks inside brackets, newlines included (comments and continuations were declined up front). */
function skipPlainBlanks(text: string, scanner: { at: number }, end: number): void {
  while (scanner.at < end) {
    const c = text[scanner.at];
    if (c === " " || c === "\t" || c === "\f" || c === "\n" || c === "\r") scanner.at++;
    else return;
  }
}

