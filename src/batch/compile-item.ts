import type { Backend } from "../backend.js";
import { compileTypedSuiteInParts } from "../compile.js";
import { parseSuite } from "../frontend/parse.js";
import type { Diagnostic } from "../ir/diagnostics.js";
import { checkSuite } from "../typecheck/check.js";
import type { BatchItem } from "./formats.js";
import { multiplELanguage, stopTokens } from "./multipl-e.js";
import { JsonPieces } from "./json-parts.js";
import { docstringOf, targetPrompt } from "./prompt.js";

/** Per thread: the backends' preludes, JSON-escaped once for all the rows. */
const programs = new JsonPieces();

/** What one target made of one item: its row (absent when no assertion compiled) and the counts. */
export interface TargetOutcome {
  /** The MultiPL-E row as one JSON line (no newline); null when there is nothing to test. */
  readonly row: string | null;
  readonly total: number;
  readonly compiled: number;
  /** Codes of the error diagnostics: why assertions (or the suite) were refused. */
  readonly refusals: readonly string[];
  /** Set when this target's backend threw: a polytest bug, reported and survived. */
  readonly error?: string;
}

export interface ItemOutcome {
  readonly name: string;
  /** One per requested target, in the order requested. */
  readonly targets: readonly TargetOutcome[];
}

/**
 * Compiles one item to every target: the source is parsed and type-checked once, then each backend
 * renders it. A backend that throws costs that target's row only.
 */
export async function compileItem(item: BatchItem, backends: readonly Backend[], original: string): Promise<ItemOutcome> {
  const suite = checkSuite(await parseSuite(item.source, item.entryPoint ? { entryPoint: item.entryPoint } : {}), {});
  const name = item.nameNeedsEntryPoint ? `${item.name}${suite.entryPoint}` : item.name;
  const doc = docstringOf(item.source, suite.entryPoint) || (item.description ?? "").trim();
  const params = suite.signature.params.map((p) => p.name);
  const targets = backends.map((backend): TargetOutcome => {
    try {
      const { compiled, programParts } = compileTypedSuiteInParts(suite, backend);
      const { total, compiled: count } = compiled.assertions;
      const refusals = errorCodes(compiled.diagnostics);
      if (count === 0) return { row: null, total, compiled: count, refusals };
      const language = backend.info.name;
      // The row is JSON.stringify of {name, ..., tests: program, ...} in MultiPL-E's field order,
      // with the program's literal spliced in from its pieces (shared preludes escaped once).
      const head = JSON.stringify({
        name,
        language: multiplELanguage(language),
        prompt: targetPrompt(language, compiled.entryPoint, params, doc),
        doctests: "keep",
        original,
        prompt_terminology: "verbatim",
      });
      const tail = JSON.stringify({
        stop_tokens: stopTokens(language),
        entry_point: compiled.entryPoint,
        assertions: compiled.assertions,
        diagnostics: compiled.diagnostics,
      });
      const row = `${head.slice(0, -1)},"tests":${programs.literal(programParts)},${tail.slice(1)}`;
      return { row, total, compiled: count, refusals };
    } catch (error) {
      return { row: null, total: suite.assertStatements, compiled: 0, refusals: ["batch/internal-error"], error: describe(error) };
    }
  });
  return { name, targets };
}

function errorCodes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.severity === "error").map((d) => d.code);
}

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
