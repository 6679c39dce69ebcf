import { createRequire } from "node:module";
import { Language, Parser } from "web-tree-sitter";

export interface PythonGrammar {
  readonly parser: Parser;
  readonly language: Language;
}

let loading: Promise<PythonGrammar> | undefined;

/** Loads web-tree-sitter and the grammar `tree-sitter-python` ships as WASM, once per process. */
export function loadPythonGrammar(): Promise<PythonGrammar> {
  loading ??= (async () => {
    await Parser.init();
    const require = createRequire(import.meta.url);
    const language = await Language.load(require.resolve("tree-sitter-python/tree-sitter-python.wasm"));
    const parser = new Parser();
    parser.setLanguage(language);
    return { parser, language };
  })();
  return loading;
}
