/**
 * Julia's name for a Python entry point. The rule (stated in the README): a name that Julia
 * cannot use for a top-level function gets a trailing underscore (`end` -> `end_`,
 * `function` -> `function_`, `Base` -> `Base_`); every other name is kept as it is. Those names
 * are the reserved words, the words that start a definition or are infix operators (`abstract`,
 * `mutable`, `primitive`, `public`, `where`, `in`, `isa`), and the modules every file sees
 * (`Main`, `Base`, `Core`).
 */
export function juliaEntryPointName(pythonName: string): string {
  return JULIA_UNUSABLE_NAMES.has(pythonName) ? `${pythonName}_` : pythonName;
}

/** Reserved words of Julia 1.x (manual, "Keywords"), the contextual ones, and the implicit modules. */
export const JULIA_UNUSABLE_NAMES: ReadonlySet<string> = new Set([
  "baremodule", "begin", "break", "catch", "const", "continue", "do", "else", "elseif", "end", "export",
  "false", "finally", "for", "function", "global", "if", "import", "let", "local", "macro", "module",
  "quote", "return", "struct", "true", "try", "using", "while",
  "abstract", "mutable", "primitive", "public", "where", "in", "isa",
  "Main", "Base", "Core",
]);
