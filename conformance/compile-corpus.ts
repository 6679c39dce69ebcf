import { type CompiledProgram, compileTypedSuite } from "../src/compile.js";
import { parseSuite } from "../src/frontend/parse.js";
import type { Diagnostic } from "../src/ir/diagnostics.js";
import { getBackend } from "../src/registry.js";
import { checkSuite } from "../src/typecheck/check.js";
import type { CorpusSuite } from "./corpus.js";
import { type LanguageCode, TARGETS, backendName } from "./languages.js";

/** A refused assertion: where, and why (the diagnostic's stable code and its message). */
export interface Refusal {
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly message: string;
}

export interface SuiteCompilation {
  readonly suite: CorpusSuite;
  /** Assert statements in the source, `assert True` placeholders included. */
  readonly total: number;
  readonly placeholders: number;
  /** Refused before any backend saw them (parse or type check): the same for every language. */
  readonly frontEndRefusals: readonly Refusal[];
  readonly byLanguage: ReadonlyMap<LanguageCode, LanguageCompilation>;
}

export interface LanguageCompilation {
  readonly compiled: CompiledProgram;
  readonly backendRefusals: readonly Refusal[];
}

/** Diagnostics that are about the suite as a whole, not one assertion. */
const SUITE_LEVEL = /^(suite|input)\//;

const asRefusal = (d: Diagnostic): Refusal => ({ line: d.line, column: d.column, code: d.code, message: d.message });
const isAssertionRefusal = (d: Diagnostic) => d.severity === "error" && !SUITE_LEVEL.test(d.code);

/**
 * Compiles one suite to every target. The front end and the type checker run once; each backend's
 * own refusals are what it adds to the type checker's diagnostics.
 */
export async function compileSuite(suite: CorpusSuite, languages: readonly LanguageCode[] = TARGETS.map((t) => t.code)): Promise<SuiteCompilation> {
  const parsed = await parseSuite(suite.source, suite.entryPoint ? { entryPoint: suite.entryPoint } : {});
  const typed = checkSuite(parsed);
  const shared = typed.diagnostics.length;
  const byLanguage = new Map<LanguageCode, LanguageCompilation>();
  for (const code of languages) {
    const compiled = compileTypedSuite(typed, getBackend(backendName(code)));
    byLanguage.set(code, { compiled, backendRefusals: compiled.diagnostics.slice(shared).filter(isAssertionRefusal).map(asRefusal) });
  }
  return {
    suite,
    total: parsed.assertStatements,
    placeholders: parsed.diagnostics.filter((d) => d.code === "assert/placeholder").length,
    frontEndRefusals: typed.diagnostics.filter(isAssertionRefusal).map(asRefusal),
    byLanguage,
  };
}
