import { type CompiledProgram, compileTypedSuite } from "../../src/compile.js";
import { parseTests } from "../../src/index.js";
import { getBackend } from "../../src/registry.js";
import { checkSuite } from "../../src/typecheck/check.js";

/** Compiles one Python suite for several targets, parsing and type checking it once. */
export async function compileForEach(source: string, languages: readonly string[]): Promise<Map<string, CompiledProgram>> {
  const typed = checkSuite(await parseTests(source));
  return new Map(languages.map((language) => [language, compileTypedSuite(typed, getBackend(language))]));
}
