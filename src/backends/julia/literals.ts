import { pythonFloatRepr } from "../../ir/python-literal.js";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export function fitsInt64(n: bigint): boolean {
  return n >= INT64_MIN && n <= INT64_MAX;
}

/**
 * A Julia integer literal. Int64 values are plain digits, except the minimum: Julia reads
 * `-9223372036854775808` as the negation of a literal too large for Int64 (an Int128), so it is
 * spelled `typemin(Int64)`. Anything beyond Int64 is a BigInt, `big"..."` (a bare literal would
 * silently become an Int128).
 */
export function juliaInt(n: bigint): string {
  if (n === INT64_MIN) return "typemin(Int64)";
  return fitsInt64(n) ? n.toString() : `big"${n.toString()}"`;
}

/**
 * A Float64 literal with the shortest digits that round-trip (Python's choice of fixed or
 * scientific notation, spelled the way Julia prints it: `1.0e-5`, `6.02214076e23`).
 */
export function juliaFloat(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Inf";
  if (x === -Infinity) return "-Inf";
  const repr = pythonFloatRepr(x);
  const e = repr.indexOf("e");
  if (e < 0) return repr;
  const mantissa = repr.slice(0, e);
  const exponent = Number(repr.slice(e + 1));
  return `${mantissa.includes(".") ? mantissa : `${mantissa}.0`}e${exponent}`;
}

/**
 * A Julia `String` literal. `\`, `"` and `$` (interpolation) are escaped; control, format and
 * separator characters (everything Python's repr would escape, except the space) and combining
 * marks (so that `e\u0301` does not pass for `é` in review) become escapes with a fixed digit count (`\x07`, `\u2028`, `\U000e0001`) so that a following hex digit is never
 * read as part of them. `\x` is used only below 0x80: in Julia `\xHH` is a raw byte, not a code
 * point. Other non-ASCII text stays as UTF-8.
 */
export function juliaString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "$") out += "\\$";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === " ") out += " ";
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp >= 0x80 && ESCAPED_CLASSES.test(ch)) out += cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Unicode "other" (controls, format, unassigned, private use), separators, combining marks. */
const ESCAPED_CLASSES = /[\p{C}\p{Z}\p{Mn}\p{Me}]/u;

function hex(n: number, digits: number): string {
  return n.toString(16).padStart(digits, "0");
}
