/**
 * polytest: compile Python assertion-style unit tests into Julia, Lua, OCaml, R and Racket tests.
 *
 *     const result = await compileTests(pythonSource, "ocaml");
 *     result.program      // the OCaml test program, appended to a candidate solution
 *     result.diagnostics  // every refused assertion, with line, column and reason
 */
import { type CompiledProgram, compileTypedSuite } from "./compile.js";
import { type ParseOptions, parseSuite } from "./frontend/parse.js";
import type { Tolerance, Suite } from "./ir/suite.js";
import { getBackend } from "./registry.js";
import { checkSuite } from "./typecheck/check.js";

export interface CompileOptions extends ParseOptions {
  /** Float equality where an assertion states none (default: isclose, rel 1e-9, abs 1e-12). */
  readonly tolerance?: Tolerance;
}

export type CompileResult = CompiledProgram;

/** Parses a Python test suite into the IR (untyped positions are not yet inferred). */
export async function parseTests(source: string | Uint8Array, options: ParseOptions = {}): Promise<Suite> {
  return parseSuite(source, options);
}

/** Compiles a Python test suite for one target language (name or alias, e.g. `ocaml` or `ml`). */
export async function compileTests(source: string | Uint8Array, target: string, options: CompileOptions = {}): Promise<CompileResult> {
  const backend = getBackend(target);
  const suite = await parseSuite(source, options);
  return compileTypedSuite(checkSuite(suite, options), backend);
}

export type { Backend, CompileContext, CompiledAssertion, LanguageInfo, Refusal } from "./backend.js";
export { isRefusal } from "./backend.js";
export type { CompiledProgram } from "./compile.js";
export type { ParseOptions } from "./frontend/parse.js";
export type { Diagnostic, Severity } from "./ir/diagnostics.js";
export { formatDiagnostic } from "./ir/diagnostics.js";
export { pythonFloatRepr, pythonStrRepr, toPythonLiteral } from "./ir/python-literal.js";
export type { Span } from "./ir/span.js";
export type {
  Assertion,
  AssertionKind,
  Call,
  Param,
  Signature,
  Suite,
  Tolerance,
  TypedAssertion,
  TypedSuite,
} from "./ir/suite.js";
export { DEFAULT_TOLERANCE } from "./ir/suite.js";
export type { Type, TypeKind } from "./ir/types.js";
export { isFullyKnown, showType } from "./ir/types.js";
export { resolveValueType, typeOfValue, unify, valueFits } from "./ir/typing.js";
export type { DictEntry, Value, ValueKind } from "./ir/values.js";
export { REPORT, describeExpectation, failHeader } from "./report-format.js";
export { UnknownLanguageError, getBackend, listBackends, registerBackend } from "./registry.js";
export type { HumanEvalRecord } from "./frontend/input.js";
export { recordSource } from "./frontend/input.js";
