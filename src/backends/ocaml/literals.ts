import { pythonFloatRepr } from "../../ir/python-literal.js";
import { OcamlRefusal, REFUSAL_CODES } from "./refusal.js";
import type { Span } from "../../ir/span.js";

/** OCaml's `int` is 63 bits wide on 64-bit hosts: -2^62 .. 2^62 - 1. */
export const OCAML_INT_MIN = -(2n ** 62n);
export const OCAML_INT_MAX = 2n ** 62n - 1n;

/**
 * An int literal. Negative numbers are written `-3`, parenthesised as `(-3)` where they stand as an
 * argument or a constructor payload (`atomic`), because `f -3` would parse as a subtraction.
 */
export function ocamlInt(value: bigint, atomic: boolean, span?: Span): string {
  if (value < OCAML_INT_MIN || value > OCAML_INT_MAX) {
    throw new OcamlRefusal(
      REFUSAL_CODES.intRange,
      `the int ${value} does not fit OCaml's 63-bit int (${OCAML_INT_MIN} .. ${OCAML_INT_MAX})`,
      span,
    );
  }
  return negative(value.toString(), atomic);
}

/**
 * A float literal OCaml reads back to the same double: Python's shortest round-trip digits
 * (`1.0`, `1e-05`, `6.02214076e+23` are all OCaml float literals). The specials are the Stdlib
 * values, qualified so that a candidate defining `nan` or `infinity` cannot change them.
 */
export function ocamlFloat(value: number, atomic: boolean): string {
  if (Number.isNaN(value)) return "Stdlib.nan";
  if (value === Infinity) return "Stdlib.infinity";
  if (value === -Infinity) return "Stdlib.neg_infinity";
  return negative(pythonFloatRepr(value), atomic);
}

function negative(text: string, atomic: boolean): string {
  return atomic && text.startsWith("-") ? `(${text})` : text;
}

/** Non-ASCII characters Python would not print as they are (format, separators, unassigned...). */
const INVISIBLE = /[\p{C}\p{Z}]/u;

/**
 * An OCaml string literal holding the UTF-8 bytes of `text`: `\` and `"` escaped, ASCII controls
 * and DEL as `\xHH`, invisible non-ASCII characters as `\u{H...}` (which OCaml encodes as UTF-8),
 * every other character raw.
 */
export function ocamlString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\\" || ch === '"') out += `\\${ch}`;
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp > 0x7f && INVISIBLE.test(ch)) out += `\\u{${cp.toString(16)}}`;
    else out += ch;
  }
  return `${out}"`;
}
