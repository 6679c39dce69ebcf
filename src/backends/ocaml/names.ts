/**
 * OCaml's name for a Python entry point. The rule (stated in the README):
 * 1. the first letter is lower-cased, because an OCaml value name cannot start with a capital
 *    (`Strongest_Extension` -> `strongest_Extension`, MultiPL-E's convention for its OCaml corpus);
 * 2. a name that is then an OCaml keyword gets a trailing underscore (`open` -> `open_`).
 */
export function ocamlEntryPointName(pythonName: string): string {
  const lowered = pythonName.length > 0 ? pythonName[0]!.toLowerCase() + pythonName.slice(1) : pythonName;
  return OCAML_KEYWORDS.has(lowered) ? `${lowered}_` : lowered;
}

/** The reserved words of OCaml 4.13 (manual, section "Keywords"), including the infix-operator words. */
export const OCAML_KEYWORDS: ReadonlySet<string> = new Set([
  "and", "as", "assert", "asr", "begin", "class", "constraint", "do", "done", "downto", "else", "end",
  "exception", "external", "false", "for", "fun", "function", "functor", "if", "in", "include", "inherit",
  "initializer", "land", "lazy", "let", "lor", "lsl", "lsr", "lxor", "match", "method", "mod", "module",
  "mutable", "new", "nonrec", "object", "of", "open", "or", "private", "rec", "sig", "struct", "then", "to",
  "true", "try", "type", "val", "virtual", "when", "while", "with",
]);
