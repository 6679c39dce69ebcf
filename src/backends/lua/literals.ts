import { pythonFloatRepr } from "../../ir/python-literal.js";
import type { Value } from "../../ir/values.js";

/** Lua 5.4 integers are 64-bit two's complement; anything outside is refused before printing. */
export const LUA_MIN_INTEGER = -(2n ** 63n);
export const LUA_MAX_INTEGER = 2n ** 63n - 1n;

/**
 * A Lua string literal. `\` and `"` are escaped; `\n`, `\r`, `\t` keep their short escapes; every
 * other control byte is `\ddd` with exactly three digits, so a digit after it is never absorbed.
 * Other characters (non-ASCII included) stay as raw UTF-8, which Lua strings hold byte for byte.
 */
export function luaString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (cp < 0x20 || cp === 0x7f) out += `\\${cp.toString().padStart(3, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * A string for people to read in the program (the report's header and expectation lines): a long
 * bracket `[=[...]=]` when the text has quotes or backslashes and no control characters, since a
 * long bracket processes no escapes; otherwise the escaped form of `luaString`.
 */
export function luaReadableString(text: string): string {
  if (!/["\\]/.test(text) || /[\u0000-\u001f\u007f]/.test(text)) return luaString(text);
  for (let level = 1; ; level++) {
    const close = `]${"=".repeat(level)}]`;
    if ((text + close).indexOf(close) === text.length) return `[${"=".repeat(level)}[${text}${close}`;
  }
}

/**
 * An integer literal. The caller has checked the range. -2^63 is spelled as an expression because
 * the literal `9223372036854775808` does not fit and Lua would read it as a float.
 */
export function luaInteger(value: bigint): string {
  if (value === LUA_MIN_INTEGER) return "(-9223372036854775807 - 1)";
  return value.toString();
}

/**
 * A float literal that Lua reads as a float: Python's repr always has a `.` or an exponent
 * (`1.0`, `1e-05`, `6.02214076e+23`), which is also Lua syntax; `-0.0` stays a negative zero.
 * Infinities and nan are expressions, parenthesised so they can stand anywhere.
 */
export function luaFloat(value: number): string {
  if (Number.isNaN(value)) return "(0/0)";
  if (value === Infinity) return "math.huge";
  if (value === -Infinity) return "(-math.huge)";
  return pythonFloatRepr(value);
}

/**
 * A Python value as a Lua expression, following the contract's table: lists and tuples are
 * sequence tables, dicts `{[k] = v}`, sets `{[v] = true}`, None `nil`. The spelling depends on the
 * value alone, so no type is needed. Values that have no faithful Lua form (nil inside a table,
 * 2^63, nan keys) are refused before this is called; see `refusals.ts`.
 */
export function luaValue(value: Value): string {
  switch (value.kind) {
    case "int":
      return luaInteger(value.value);
    case "float":
      return value.widenedFromInt ? widenedInt(value.text, value.value) : luaFloat(value.value);
    case "bool":
      return value.value ? "true" : "false";
    case "str":
      return luaString(value.value);
    case "none":
      return "nil";
    case "list":
    case "tuple":
      return `{${value.items.map(luaValue).join(", ")}}`;
    case "set":
      return `{${value.items.map((item) => `[${luaValue(item)}] = true`).join(", ")}}`;
    case "dict":
      return `{${value.entries.map((e) => `[${luaValue(e.key)}] = ${luaValue(e.value)}`).join(", ")}}`;
  }
}

/**
 * An int literal that the type checker widened because its position is declared float. Python
 * still passes the int (`f(2)` gives `x: float` the int 2, and `math.type`, `tostring` or `//`
 * tell a Lua integer from a float), and Lua numbers need no widening to mix, so the integer is
 * kept; only beyond 64 bits, where Lua has no integer, does it become the nearest float.
 */
function widenedInt(digits: string, double: number): string {
  const value = BigInt(digits);
  return value >= LUA_MIN_INTEGER && value <= LUA_MAX_INTEGER ? luaInteger(value) : luaFloat(double);
}
