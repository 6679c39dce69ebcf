/**
 * polytest: compile Python assertion-style unit tests into Julia, Lua, OCaml, R and Racket tests.
 *
 *     const result = await compileTests(pythonSource, "ocaml");
 *     result.program      // the OCaml test program, appended to a candidate solution
 *     result.diagnostics  // every refused assertion, with line, column and reason
 */
export { type CompileOptions, type CompileResult, compileTests, parseTests } from "./api.js";
export {
  type AssertionOutcome,
  type ExecutionOptions,
  type RunOptions,
  type RunResult,
  type RunStatus,
  DEFAULT_TIMEOUT_MS,
  TestsDidNotCompileError,
  runCompiled,
  runTests,
} from "./runner/run.js";
export { MissingInterpreterError } from "./runner/interpreter.js";
export { type IsolationOptions, IsolationUnavailableError } from "./runner/isolation.js";
export type { Backend, BackendFeature, CompileContext, CompiledAssertion, LanguageInfo, NumberDistinction, Refusal } from "./backend.js";
export { featuresNeeded, isRefusal, refuse } from "./backend.js";
export { ASSERTION_KINDS } from "./backend-kit/assertion-kinds.js";
export { escapeIdentifierCharacters, escapeReservedName } from "./backend-kit/names.js";
export { type ValuePrinter, findInValue, findIntOutside, printTypedValue } from "./backend-kit/typed-values.js";
export type { CompiledProgram } from "./compile.js";
export type { ParseOptions } from "./frontend/parse.js";
export type { Diagnostic, Severity } from "./ir/diagnostics.js";
export { diagnosticAt, formatDiagnostic } from "./ir/diagnostics.js";
export { pythonFloatRepr, pythonStrRepr, toPythonLiteral } from "./ir/python-literal.js";
export type { Span } from "./ir/span.js";
export type {
  Assertion,
  AssertionKind,
  Call,
  NumberRange,
  Param,
  ResultView,
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
