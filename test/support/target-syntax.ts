import { createRequire } from "node:module";
import { Language, Parser, type Tree } from "web-tree-sitter";

/** tree-sitter grammars from npm for the targets that have a WASM build there. */
const GRAMMARS: Record<string, string> = {
  julia: "tree-sitter-julia/tree-sitter-julia.wasm",
  lua: "@tree-sitter-grammars/tree-sitter-lua/tree-sitter-lua.wasm",
  ocaml: "tree-sitter-ocaml/tree-sitter-ocaml.wasm",
};

const require = createRequire(import.meta.url);
const parsers = new Map<string, Promise<Parser>>();

export function hasGrammar(language: string): boolean {
  return language in GRAMMARS;
}

export async function parserFor(language: string): Promise<Parser> {
  let parser = parsers.get(language);
  if (!parser) {
    parser = (async () => {
      await Parser.init();
      const p = new Parser();
      p.setLanguage(await Language.load(require.resolve(GRAMMARS[language]!)));
      return p;
    })();
    parsers.set(language, parser);
  }
  return parser;
}

/** `line:column: text` of every ERROR or MISSING node in the program's parse. */
export async function syntaxErrors(language: string, program: string): Promise<string[]> {
  const tree = (await parserFor(language)).parse(program);
  if (!tree) return ["parser returned no tree"];
  const errors = treeSyntaxErrors(tree);
  tree.delete();
  return errors;
}

/** `line:column: text` of every ERROR or MISSING node in a parse tree. */
export function treeSyntaxErrors(tree: Tree): string[] {
  const errors: string[] = [];
  const cursor = tree.walk();
  const visit = (): void => {
    const node = cursor.currentNode;
    if (node.isError || node.isMissing) {
      errors.push(`${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${node.isMissing ? "missing " + node.type : node.text.slice(0, 60)}`);
    }
    if (node.hasError && cursor.gotoFirstChild()) {
      do visit();
      while (cursor.gotoNextSibling());
      cursor.gotoParent();
    }
  };
  visit();
  cursor.delete();
  return errors;
}
