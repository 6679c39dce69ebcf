/**
 * Entry-point renaming for Lua. The rule:
 *
 * 1. every character a Lua identifier cannot hold (Lua 5.4 identifiers are ASCII letters, digits
 *    and `_`; Python also allows other Unicode letters) becomes `_uXXXX` with its code point in hex;
 * 2. a name that is a Lua keyword (`end`, `and`, `function`, `nil`, `repeat`, ...) or the name of a
 *    Lua 5.4 standard global (`print`, `type`, `next`, `string`, `math`, ...) gets a trailing `_`.
 *
 * Keywords cannot name a function at all. Standard globals could, but the candidate runs before the
 * test program, so a candidate defining a global `type` or `next` would replace the builtin that the
 * prelude captures; renaming keeps the prelude's builtins intact.
 */
export const LUA_KEYWORDS: ReadonlySet<string> = new Set([
  "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
  "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
]);

/** The globals of a stock `lua5.4` (base library and the standard library tables). */
export const LUA_STANDARD_GLOBALS: ReadonlySet<string> = new Set([
  "_G", "_VERSION", "_ENV", "assert", "collectgarbage", "coroutine", "debug", "dofile", "error",
  "getmetatable", "io", "ipairs", "load", "loadfile", "math", "next", "os", "package", "pairs",
  "pcall", "print", "rawequal", "rawget", "rawlen", "rawset", "require", "select", "setmetatable",
  "string", "table", "tonumber", "tostring", "type", "utf8", "warn", "xpcall",
]);

export function luaEntryPointName(pythonName: string): string {
  let name = "";
  for (const ch of pythonName) {
    name += /^[A-Za-z0-9_]$/.test(ch) ? ch : `_u${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return LUA_KEYWORDS.has(name) || LUA_STANDARD_GLOBALS.has(name) ? `${name}_` : name;
}
