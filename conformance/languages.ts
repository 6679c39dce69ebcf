/** The five targets under the corpus's language codes (those of MultiPL-E and of `passing-solutions/`). */
export const TARGETS = [
  { code: "jl", backend: "julia", executed: false },
  { code: "lua", backend: "lua", executed: true },
  { code: "ml", backend: "ocaml", executed: true },
  { code: "r", backend: "r", executed: true },
  { code: "rkt", backend: "racket", executed: true },
] as const;

export type LanguageCode = (typeof TARGETS)[number]["code"];
export type ExecutedLanguage = Extract<(typeof TARGETS)[number], { executed: true }>["code"];

export const EXECUTED_LANGUAGES: readonly ExecutedLanguage[] = ["lua", "ml", "r", "rkt"];

export function backendName(code: LanguageCode): string {
  return TARGETS.find((t) => t.code === code)!.backend;
}

/** Why Julia's solutions are compiled against but never run. */
export const JULIA_NOT_EXECUTED =
  "no Julia interpreter here (Debian 12 has no package, and CI installs none): the Julia programs are compiled (and checked with tree-sitter-julia by test/backends/julia.test.ts) but never run";
