import { describe, expect, it } from "vitest";
import { docstringOf, targetPrompt } from "../../src/batch/prompt.js";

describe("target prompts", () => {
  const source = 'from typing import List\n\ndef f(xs: List[int], end: int) -> int:\n    """ First line.\n      indented\n    >>> f([1], 2)\n    3\n    """\n    return 0\n';

  it("takes the entry point's docstring, cleaned like inspect.cleandoc", () => {
    expect(docstringOf(source, "f")).toBe("First line.\n  indented\n>>> f([1], 2)\n3");
    expect(docstringOf(source, "g")).toBe("");
    expect(docstringOf("def f(x):\n    return x\n", "f")).toBe("");
  });

  it("writes the header each target completes, renaming parameters the target reserves", () => {
    const doc = "Doc.";
    expect(targetPrompt("lua", "f", ["xs", "end"], doc)).toBe("-- Doc.\nlocal function f(xs, end_)\n");
    expect(targetPrompt("julia", "f", ["xs", "end"], doc)).toBe("# Doc.\nfunction f(xs, end_)\n");
    expect(targetPrompt("ocaml", "f", ["Xs", "end"], doc)).toBe("(**Doc.\n*)\nlet f xs end_ =\n");
    expect(targetPrompt("ocaml", "f", [], "")).toBe("let f () =\n");
    expect(targetPrompt("r", "f", ["xs", "function"], doc)).toBe("# Doc.\nf <- function(xs, `function`) {\n");
    expect(targetPrompt("racket", "f", ["xs"], doc)).toBe("#lang racket\n;; Doc.\n(define (f xs)\n");
  });

  it("keeps an OCaml doc comment lexable: no stray *), no odd quote", () => {
    expect(targetPrompt("ocaml", "f", ["x"], 'says "hi *) alone')).toBe("(**says 'hi * ) alone\n*)\nlet f x =\n");
    expect(targetPrompt("ocaml", "f", ["x"], 'two "quotes" stay')).toBe('(**two "quotes" stay\n*)\nlet f x =\n');
  });
});
