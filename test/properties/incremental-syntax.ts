import type { Tree } from "web-tree-sitter";
import { parserFor, treeSyntaxErrors } from "../support/target-syntax.js";

/**
 * Syntax errors of a program, parsed incrementally against the previous program of the same
 * language: the generated programs share their prelude, so only the changed middle is re-parsed
 * (tree-sitter gives the same tree as a fresh parse). Indices and columns are UTF-16 units, as
 * web-tree-sitter counts them for a JavaScript string.
 */
const previous = new Map<string, { text: string; tree: Tree }>();

export async function incrementalSyntaxErrors(language: string, program: string): Promise<string[]> {
  const parser = await parserFor(language);
  const last = previous.get(language);
  let tree: Tree | null;
  if (last) {
    const { text } = last;
    let prefix = 0;
    const shorter = Math.min(text.length, program.length);
    while (prefix < shorter && text.charCodeAt(prefix) === program.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < shorter - prefix && text.charCodeAt(text.length - 1 - suffix) === program.charCodeAt(program.length - 1 - suffix)) suffix++;
    last.tree.edit({
      startIndex: prefix,
      oldEndIndex: text.length - suffix,
      newEndIndex: program.length - suffix,
      startPosition: pointAt(text, prefix),
      oldEndPosition: pointAt(text, text.length - suffix),
      newEndPosition: pointAt(program, program.length - suffix),
    });
    tree = parser.parse(program, last.tree);
    last.tree.delete();
  } else {
    tree = parser.parse(program);
  }
  if (!tree) {
    previous.delete(language);
    return ["parser returned no tree"];
  }
  previous.set(language, { text: program, tree });
  return treeSyntaxErrors(tree);
}

function pointAt(text: string, index: number): { row: number; column: number } {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  let row = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) row++;
  return { row, column: index - lineStart };
}
