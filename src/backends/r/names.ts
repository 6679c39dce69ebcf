/**
 * R names. A name that is not syntactic (reserved words, a leading `_` or digit, `.` followed by a
 * digit, characters outside [A-Za-z0-9._]) is written in backquotes: `` `_sum`(x) ``,
 * `` list(`1` = "a") ``. The name itself never changes, so a candidate defines
 * `` `_sum` <- function(x) ... `` (the MultiPL-E convention) and the API reports the Python name.
 */

/** R's reserved words (?Reserved); they cannot be used bare as names. */
const RESERVED = new Set([
  "if",
  "else",
  "repeat",
  "while",
  "function",
  "for",
  "next",
  "break",
  "in",
  "TRUE",
  "FALSE",
  "NULL",
  "Inf",
  "NaN",
  "NA",
  "NA_integer_",
  "NA_real_",
  "NA_character_",
  "NA_complex_",
  "...",
]);

/** ASCII-only syntactic names: a letter, or a dot not followed by a digit, then [A-Za-z0-9._]. */
export function isSyntacticName(name: string): boolean {
  if (RESERVED.has(name) || /^\.\.[0-9]+$/.test(name)) return false;
  return /^(?:[A-Za-z]|\.(?![0-9]))[A-Za-z0-9._]*$/.test(name);
}

/** Whether a name can be written in backquotes: non-empty printable ASCII (`\u` is not allowed there). */
export function isBackquotable(name: string): boolean {
  return /^[\x20-\x7e]+$/.test(name);
}

/**
 * The name as R source: bare when syntactic, else in backquotes with `\` and `` ` `` escaped.
 * Names that are not printable ASCII are written raw inside the backquotes (R has no escape for
 * them there); the entry point is the only such name this backend emits.
 */
export function rName(name: string): string {
  if (isSyntacticName(name)) return name;
  return "`" + name.replace(/\\/g, "\\\\").replace(/`/g, "\\`") + "`";
}

/** The base functions the emitted values are built with. */
export type Constructor = "c" | "list" | "numeric" | "character" | "logical" | "structure";

/** How to spell a constructor in this program. */
export type Constructors = (name: Constructor) => string;

/**
 * Values are written with bare `c(...)`, `list(...)`, ... for readability; only when the function
 * under test itself has one of those names (and so shadows it) are they written `base::c(...)`.
 */
export function constructorsFor(entryPoint: string): Constructors {
  return (name) => (name === entryPoint ? `base::${name}` : name);
}
