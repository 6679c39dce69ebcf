import type { Span } from "../ir/span.js";
import type { Value } from "../ir/values.js";
import { foldUnary } from "./constant-folding.js";
import { DictEntries, dedupe, readFloat, readInteger, withSpan } from "./literal-values.js";
import { NotALiteral } from "./not-a-literal.js";
import { decodePythonString } from "./python-strings.js";
import { isDigit, isNameChar, isNameStart, numberToken, stringTokenEnd } from "./python-tokens.js";
import type { SourceText } from "./source-text.js";

/**
 * The fast path of `readLiteral`: a plain Python literal read straight from the source text, so
 * that a list of a thousand numbers costs one look at the text instead of thousands of calls into
 * tree-sitter's WASM. It covers numbers, strings, True/False/None, lists, tuples, sets, dicts,
 * parentheses, unary signs and bound loop variables, and builds each value exactly as the tree path
 * does (same values, same spans). Anything else, and anything the tree path would refuse, makes it
 * give up (undefined): the tree path then reads the node and says why. Tree-sitter has already
 * parsed the text; this only re-reads the span of a node it found.
 */
export function readLiteralText(source: SourceText, start: number, end: number, env: ReadonlyMap<string, Value>): Value | undefined {
  const reader = new LiteralTextReader(source, end, env, start);
  try {
    const value = reader.value(0);
    reader.skipSpace(0);
    return reader.at === end ? value : undefined;
  } catch (error) {
    if (error === GIVE_UP || error instanceof NotALiteral) return undefined;
    throw error;
  }
}

const GIVE_UP = Symbol("not a plain literal");

const SPACE = new Set([0x20, 0x09, 0x0c]);
const STRING_PREFIXES = new Set(["r", "R", "u", "U"]);

class LiteralTextReader {
  private readonly text: string;

  constructor(
    private readonly source: SourceText,
    private readonly end: number,
    private readonly env: ReadonlyMap<string, Value>,
    public at: number,
  ) {
    this.text = source.text;
  }

  /** One value; `depth` counts the brackets around it (newlines and comments only inside them). */
  value(depth: number): Value {
    this.skipSpace(depth);
    const start = this.at;
    const c = this.code();
    switch (c) {
      case 0x28: // (
        return this.parenthesised(start, depth);
      case 0x5b: // [
        return { kind: "list", items: this.items(0x5d, depth), span: this.spanFrom(start) };
      case 0x7b: // {
        return this.braces(start, depth);
      case 0x2d: // -
      case 0x2b: // +
      case 0x7e: {
        // ~
        this.at++;
        const operand = this.value(depth);
        return foldUnary(String.fromCharCode(c), operand, this.spanFrom(start));
      }
      case 0x22: // "
      case 0x27: // '
        return this.strings(start, depth);
    }
    if (isDigit(c) || (c === 0x2e && isDigit(this.code(1)))) return this.number(start);
    if (isNameStart(c)) return this.name(start, depth);
    throw GIVE_UP;
  }

  private parenthesised(start: number, depth: number): Value {
    this.at++;
    this.skipSpace(depth + 1);
    if (this.code() === 0x29) {
      this.at++;
      return { kind: "tuple", items: [], span: this.spanFrom(start) };
    }
    const first = this.value(depth + 1);
    this.skipSpace(depth + 1);
    if (this.code() === 0x29) {
      this.at++;
      return { ...first, span: this.spanFrom(start) } as Value;
    }
    if (this.code() !== 0x2c) throw GIVE_UP;
    this.at++;
    const items = [first, ...this.items(0x29, depth, true)];
    return { kind: "tuple", items, span: this.spanFrom(start) };
  }

  /** Comma-separated values up to `close` (a trailing comma allowed); the opener is at `at` unless `opened`. */
  private items(close: number, depth: number, opened = false): Value[] {
    if (!opened) this.at++;
    const items: Value[] = [];
    for (;;) {
      this.skipSpace(depth + 1);
      if (this.code() === close) {
        this.at++;
        return items;
      }
      items.push(this.value(depth + 1));
      this.skipSpace(depth + 1);
      if (this.code() === 0x2c) this.at++;
      else if (this.code() !== close) throw GIVE_UP;
    }
  }

  private braces(start: number, depth: number): Value {
    this.at++;
    this.skipSpace(depth + 1);
    if (this.code() === 0x7d) {
      this.at++;
      return { kind: "dict", entries: [], span: this.spanFrom(start) };
    }
    const first = this.value(depth + 1);
    this.skipSpace(depth + 1);
    if (this.code() !== 0x3a) {
      // A set: `first` was its first item.
      if (this.code() === 0x2c) this.at++;
      else if (this.code() !== 0x7d) throw GIVE_UP;
      const items = [first, ...this.items(0x7d, depth, true)];
      const span = this.spanFrom(start);
      return { kind: "set", items: dedupe(items, span), span };
    }
    // The span only names a refused key, and a refusal gives up here anyway.
    const entries = new DictEntries(this.source.span(start, start));
    let key: Value | undefined = first;
    for (;;) {
      if (key === undefined) {
        this.skipSpace(depth + 1);
        if (this.code() === 0x7d) break;
        key = this.value(depth + 1);
        this.skipSpace(depth + 1);
        if (this.code() !== 0x3a) throw GIVE_UP;
      }
      this.at++;
      entries.add(key, this.value(depth + 1));
      key = undefined;
      this.skipSpace(depth + 1);
      if (this.code() === 0x2c) this.at++;
      else if (this.code() !== 0x7d) throw GIVE_UP;
    }
    this.at++;
    return { kind: "dict", entries: entries.entries, span: this.spanFrom(start) };
  }

  /** One string token, or adjacent ones (implicit concatenation, no comment between them). */
  private strings(start: number, depth: number, prefixLength = 0): Value {
    let value = this.stringToken(start, prefixLength);
    for (;;) {
      const before = this.at;
      this.skipSpace(depth, false);
      const c = this.code();
      if (c === 0x22 || c === 0x27) {
        value += this.stringToken(this.at, 0);
        continue;
      }
      const prefix = isNameStart(c) ? this.text.slice(this.at, this.at + 2) : "";
      if (prefix.length === 2 && STRING_PREFIXES.has(prefix[0]!) && (prefix[1] === '"' || prefix[1] === "'")) {
        value += this.stringToken(this.at, 1);
        continue;
      }
      this.at = before;
      return { kind: "str", value, span: this.spanFrom(start) };
    }
  }

  /** The token starting at `start` (its prefix, `prefixLength` letters, already checked), decoded. */
  private stringToken(start: number, prefixLength: number): string {
    const i = stringTokenEnd(this.text, start + prefixLength, this.end);
    if (i < 0) throw GIVE_UP;
    this.at = i;
    const decoded = decodePythonString(this.text.slice(start, i));
    if ("error" in decoded) throw GIVE_UP;
    return decoded.value;
  }

  /** A Python 3 number token, exactly: int (decimal, 0x, 0o, 0b) or float; complex gives up. */
  private number(start: number): Value {
    // `1j`, `1if`, `1.real`, `0_1`: complex, not a lone token, or not Python 3: the tree path decides.
    const token = numberToken(this.text, start, this.end);
    if (!token) throw GIVE_UP;
    this.at = token.end;
    const span = this.spanFrom(start);
    const text = this.text.slice(start, token.end);
    return token.isInt ? readInteger(text, span) : readFloat(text, span);
  }

  private name(start: number, depth: number): Value {
    let i = start + 1;
    while (i < this.end && isNameChar(this.text.charCodeAt(i))) i++;
    if (i < this.end && this.text.charCodeAt(i) > 0x7f) throw GIVE_UP;
    const name = this.text.slice(start, i);
    const after = this.text.charCodeAt(i);
    if ((after === 0x22 || after === 0x27) && i < this.end) {
      if (name.length === 1 && STRING_PREFIXES.has(name)) return this.strings(start, depth, 1);
      throw GIVE_UP;
    }
    this.at = i;
    const span = this.spanFrom(start);
    switch (name) {
      case "True":
      case "False":
        return { kind: "bool", value: name === "True", span };
      case "None":
        return { kind: "none", span };
    }
    const bound = this.env.get(name);
    if (bound) return withSpan(bound, span);
    throw GIVE_UP;
  }

  /**
   * Skips blanks, line continuations, and (inside brackets) newlines and comments. A comment between
   * two strings is left alone (`comments` false): the tree holds it inside the concatenation.
   */
  skipSpace(depth: number, comments = true): void {
    while (this.at < this.end) {
      const c = this.text.charCodeAt(this.at);
      if (SPACE.has(c)) this.at++;
      else if (c === 0x5c && this.code(1) === 0x0a) this.at += 2;
      else if (c === 0x5c && this.code(1) === 0x0d) this.at += this.code(2) === 0x0a ? 3 : 2;
      else if (depth > 0 && (c === 0x0a || c === 0x0d)) this.at++;
      else if (depth > 0 && comments && c === 0x23) {
        while (this.at < this.end && this.code() !== 0x0a && this.code() !== 0x0d) this.at++;
      } else return;
    }
  }

  /** The code unit `ahead` places on; NaN at or past the node's end. */
  private code(ahead = 0): number {
    const i = this.at + ahead;
    return i < this.end ? this.text.charCodeAt(i) : NaN;
  }

  private spanFrom(start: number): Span {
    return this.source.span(start, this.at);
  }
}
