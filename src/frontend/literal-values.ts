import type { Span } from "../ir/span.js";
import type { DictEntry, Value } from "../ir/values.js";
import { NotALiteral } from "./not-a-literal.js";

/** How the front end builds literal values, shared by the tree reader and the text reader. */

export function readInteger(text: string, span: Span): Value {
  if (/[jJ]$/.test(text)) throw new NotALiteral("literal/complex", "complex numbers are not supported", span);
  if (/[lL]$/.test(text)) throw new NotALiteral("literal/unsupported", `'${text}' is Python 2 syntax`, span);
  const digits = text.replace(/_/g, "");
  if (/^0\d/.test(digits) && !/^0+$/.test(digits)) {
    throw new NotALiteral("literal/unsupported", `'${text}': leading zeros are not allowed in Python 3`, span);
  }
  return { kind: "int", value: BigInt(digits), span };
}

export function readFloat(text: string, span: Span): Value {
  if (/[jJ]$/.test(text)) throw new NotALiteral("literal/complex", "complex numbers are not supported", span);
  return { kind: "float", value: Number.parseFloat(text.replace(/_/g, "")), text, span };
}

/** Set items without duplicates (Python: `{1, 1.0, True}` is `{1}`). */
export function dedupe(items: readonly Value[], span: Span): Value[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = hashKey(item, span);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

let nanKeys = 0;

/** A string equal for exactly the values Python treats as the same dict key / set item. */
export function hashKey(value: Value, span: Span): string {
  switch (value.kind) {
    case "int":
      return `n:${value.value}`;
    case "bool":
      return `n:${value.value ? 1 : 0}`;
    case "float":
      if (Number.isInteger(value.value)) return `n:${BigInt(value.value)}`;
      // Every nan is its own key (distinct objects in Python).
      return Number.isNaN(value.value) ? `nan:${nanKeys++}` : `f:${value.value}`;
    case "str":
      return `s:${JSON.stringify(value.value)}`;
    case "none":
      return "None";
    case "tuple":
      return `t:(${value.items.map((v) => hashKey(v, span)).join(",")})`;
    default:
      throw new NotALiteral("literal/unhashable", `unhashable ${value.kind} used as a dict key or set item`, value.span);
  }
}

/** A dict's entries as its pairs are read: a repeated key keeps its first position and its last value, as in Python. */
export class DictEntries {
  readonly entries: DictEntry[] = [];
  private readonly positions = new Map<string, number>();

  constructor(private readonly span: Span) {}

  add(key: Value, value: Value): void {
    const id = hashKey(key, this.span);
    const at = this.positions.get(id);
    if (at !== undefined) {
      this.entries[at] = { key: this.entries[at]!.key, value };
      return;
    }
    this.positions.set(id, this.entries.length);
    this.entries.push({ key, value });
  }
}

/** A bound value seen where its name is written: same value, the name's span. */
export function withSpan(value: Value, span: Span): Value {
  return { ...value, span } as Value;
}

