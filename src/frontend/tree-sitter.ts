import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Language, Parser, Query } from "web-tree-sitter";

export interface PythonGrammar {
  readonly parser: Parser;
  readonly language: Language;
  /** The patterns of grammars/python-tests.scm. */
  readonly testShapes: Query;
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
    const testShapes = new Query(language, readFileSync(grammarFile("python-tests.scm"), "utf8"));
    return { parser, language, testShapes };
  })();
  return loading;
}

/** `grammars/` sits at the package root, above both `src/frontend/` and `dist/`. */
function grammarFile(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, "grammars", name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`polytest: cannot find grammars/${name} above ${fileURLToPath(import.meta.url)}`);
}
