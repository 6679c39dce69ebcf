/**
 * MultiPL-E's names for the targets and its stop tokens, as in its translated datasets
 * (multipl-e-translations/<lang>/*.jsonl: the same tokens on every row of a language).
 */
const MULTIPL_E: Readonly<Record<string, { readonly code: string; readonly stopTokens: readonly string[] }>> = {
  julia: { code: "jl", stopTokens: ["\nfunction", "\nmacro", "\n\n"] },
  lua: { code: "lua", stopTokens: ["\nlocal", "\nfunction", "\n--", "\n\n"] },
  ocaml: { code: "ml", stopTokens: ["\n\n", "\n(*", "\ntype", "\nlet"] },
  r: { code: "r", stopTokens: ["\n#", "\n```"] },
  racket: { code: "rkt", stopTokens: ["\n(define ", "\n#|", "\n;", "\n("] },
};

/** MultiPL-E's language code (`ml` for OCaml); a target MultiPL-E lacks keeps polytest's name. */
export function multiplELanguage(target: string): string {
  return MULTIPL_E[target]?.code ?? target;
}

/** Where a completion ends; a target MultiPL-E lacks gets the one token every language shares. */
export function stopTokens(target: string): readonly string[] {
  return MULTIPL_E[target]?.stopTokens ?? ["\n\n"];
}
