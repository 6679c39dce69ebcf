import { escapeIdentifierCharacters, escapeReservedName } from "polytest";

/**
 * Entry-point naming for TypeScript. The rule: a character a JS identifier cannot hold becomes
 * `_uXXXX`; then a name that is a reserved word (ES2022 strict mode and module code, plus
 * TypeScript's own type keywords that cannot name a value) or a global the runtime relies on
 * (`Math`, `Map`, `console`, ...) gets a trailing `_`, repeated until it is neither.
 */
export const TYPESCRIPT_RESERVED: ReadonlySet<string> = new Set([
  // ES reserved words, strict-mode and module-code reserved words.
  "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
  "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "implements", "import",
  "in", "instanceof", "interface", "let", "new", "null", "package", "private", "protected", "public",
  "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while",
  "with", "yield", "arguments", "eval",
  // Names TypeScript reserves for types, which a function declaration cannot take.
  "any", "boolean", "never", "number", "object", "string", "symbol", "unknown", "undefined",
  // Globals the test program's runtime calls: a candidate must not shadow them.
  "Array", "BigInt", "Error", "Map", "Math", "Number", "Object", "Set", "String", "console", "process",
  "Infinity", "NaN",
]);

export function typescriptEntryPointName(pythonName: string): string {
  return escapeReservedName(escapeIdentifierCharacters(pythonName, (ch) => /^[\p{ID_Continue}$]$/u.test(ch)), TYPESCRIPT_RESERVED);
}
