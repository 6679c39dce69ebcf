import { JULIA_UNUSABLE_NAMES } from "../backends/julia/names.js";
import { LUA_KEYWORDS } from "../backends/lua/names.js";
import { OCAML_KEYWORDS } from "../backends/ocaml/names.js";
import { rName } from "../backends/r/names.js";

/**
 * The `prompt` of a MultiPL-E row: the Python docstring as comments (doctests kept verbatim, as
 * MultiPL-E's `keep` variant does), then the function's header in the target, which the model
 * completes. Headers are untyped, also for Julia and OCaml (MultiPL-E types those): a declared type
 * that disagrees with the values the compiled tests pass would fail a correct candidate, and
 * untyped headers are valid in every target.
 */
export function targetPrompt(language: string, entryPoint: string, params: readonly string[], doc: string): string {
  const lines = doc === "" ? [] : doc.split("\n");
  switch (language) {
    case "julia":
      return `${comment(lines, "# ")}function ${entryPoint}(${params.map((p) => safe(p, JULIA_UNUSABLE_NAMES)).join(", ")})\n`;
    case "lua":
      return `${comment(lines, "-- ")}local function ${entryPoint}(${params.map((p) => safe(p, LUA_KEYWORDS)).join(", ")})\n`;
    case "ocaml": {
      const args = params.length === 0 ? "()" : params.map((p) => safe(lowerFirst(p), OCAML_KEYWORDS)).join(" ");
      return `${ocamlDocComment(lines)}let ${entryPoint} ${args} =\n`;
    }
    case "r":
      return `${comment(lines, "# ")}${entryPoint} <- function(${params.map(rName).join(", ")}) {\n`;
    case "racket":
      return `#lang racket\n${comment(lines, ";; ")}(define (${[entryPoint, ...params].join(" ")})\n`;
    default:
      return "";
  }
}

/** The entry point's docstring, cleaned as Python's inspect.cleandoc does; "" when it has none. */
export function docstringOf(source: string, entryPoint: string): string {
  const def = new RegExp(`^[ \\t]*def[ \\t]+${escapeRegExp(entryPoint)}[ \\t]*\\(`, "m").exec(source);
  if (!def) return "";
  // The body starts after the header's closing `:` at the end of a line (annotations may hold `:`).
  const rest = source.slice(def.index);
  const header = /\)[^\n]*:[ \t]*(?:#[^\n]*)?\n/.exec(rest);
  if (!header) return "";
  const body = rest.slice(header.index + header[0].length);
  const doc = /^\s*[rRuU]?("""|''')([\s\S]*?)\1/.exec(body);
  return doc ? cleandoc(doc[2]!) : "";
}

export function cleandoc(text: string): string {
  const lines = text.replace(/\t/g, "        ").split("\n");
  const indents = lines.slice(1).filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length);
  const margin = indents.length > 0 ? Math.min(...indents) : 0;
  const cleaned = [lines[0]!.trim(), ...lines.slice(1).map((l) => l.slice(margin).trimEnd())];
  while (cleaned.length > 0 && cleaned[0] === "") cleaned.shift();
  while (cleaned.length > 0 && cleaned[cleaned.length - 1] === "") cleaned.pop();
  return cleaned.join("\n");
}

function comment(lines: readonly string[], marker: string): string {
  return lines.map((l) => `${marker}${l}`.trimEnd() + "\n").join("");
}

/**
 * OCaml lexes string literals and `{|` quoted strings inside comments, so a docstring with an odd
 * number of `"` or a stray `*)` would make the whole program fail to compile: those are defused.
 */
function ocamlDocComment(lines: readonly string[]): string {
  if (lines.length === 0) return "";
  let text = lines.join("\n * ").replace(/\*\)/g, "* )").replace(/\(\*/g, "( *").replace(/\{([a-z_]*)\|/g, "{$1 |");
  if ((text.match(/"/g) ?? []).length % 2 === 1) text = text.replace(/"/g, "'");
  return `(**${text}\n*)\n`;
}

function safe(name: string, reserved: ReadonlySet<string>): string {
  return reserved.has(name) ? `${name}_` : name;
}

function lowerFirst(name: string): string {
  return name.length > 0 ? name[0]!.toLowerCase() + name.slice(1) : name;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
