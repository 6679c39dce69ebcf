/**
 * The common rule for naming the entry point in a target: a Python name that is a reserved word of
 * the target (or a name its prelude or runtime must keep, such as a standard global) gets `suffix`
 * appended, repeatedly, until it no longer is one.
 *
 *     escapeReservedName("function", JS_RESERVED)   // "function_"
 */
export function escapeReservedName(name: string, reserved: ReadonlySet<string>, suffix = "_"): string {
  let escaped = name;
  while (reserved.has(escaped)) escaped += suffix;
  return escaped;
}

/**
 * Replaces each character that `allowed` rejects with `_uXXXX` (its code point in hex, at least 4
 * digits), for targets whose identifiers are narrower than Python's (which admits any Unicode
 * letter). `allowed` tests one character, e.g. `(ch) => /^[A-Za-z0-9_]$/.test(ch)`.
 */
export function escapeIdentifierCharacters(name: string, allowed: (ch: string) => boolean): string {
  let out = "";
  for (const ch of name) out += allowed(ch) ? ch : `_u${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return out;
}
