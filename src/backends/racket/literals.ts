import { pythonFloatRepr } from "../../ir/python-literal.js";

/** An exact integer literal, any size (`-5`, `100000000000000000001`). */
export function racketInt(value: bigint): string {
  return value.toString();
}

/**
 * A flonum literal that reads back to the same double: Python's shortest round-trip digits
 * (`1.0`, `1e-05`, `6.02214076e+23` are all Racket flonums), and Racket's spelling of the specials.
 */
export function racketFloat(value: number): string {
  if (Number.isNaN(value)) return "+nan.0";
  if (value === Infinity) return "+inf.0";
  if (value === -Infinity) return "-inf.0";
  return pythonFloatRepr(value);
}

/** Non-ASCII characters that would be invisible or confusing raw (format, separators, unassigned...). */
const INVISIBLE = /[\p{C}\p{Z}]/u;

/**
 * A Racket string literal for `text`: `\` and `"` escaped, `\n` `\t` `\r`, other ASCII controls
 * and DEL as `\uXXXX` (NUL is `\u0000`), invisible non-ASCII characters as `\uXXXX` or
 * `\UXXXXXXXX`, every other character raw (Racket reads its source as UTF-8). The escapes are
 * written with all their digits, so a hex digit that follows is never taken into them.
 */
export function racketString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\\" || ch === '"') out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f || (cp > 0x7f && INVISIBLE.test(ch))) out += unicodeEscape(cp);
    else out += ch;
  }
  return `${out}"`;
}

function unicodeEscape(cp: number): string {
  const hex = cp.toString(16).toUpperCase();
  return cp <= 0xffff ? `\\u${hex.padStart(4, "0")}` : `\\U${hex.padStart(8, "0")}`;
}
