import { type Backend, type CompiledAssertion, type Refusal, featuresNeeded, isRefusal } from "./backend.js";
import { type Diagnostic, diagnosticAt } from "./ir/diagnostics.js";
import type { TypedAssertion, TypedSuite } from "./ir/suite.js";
import { conflatedCalls } from "./number-conflation.js";

export interface CompiledProgram {
  readonly language: string;
  /** The entry point's name in the target. */
  readonly entryPoint: string;
  /** The test program, to be appended to the candidate's source; empty when nothing compiled. */
  readonly program: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Assert statements in the source vs. assertions compiled into the program. */
  readonly assertions: { readonly total: number; readonly compiled: number };
  /** Python source lines of the compiled assertions, in program order. */
  readonly compiledLines: readonly number[];
}

/** A compiled program and the pieces it was rendered in (see `Backend.renderProgramParts`). */
export interface CompiledProgramInParts {
  readonly compiled: CompiledProgram;
  /** Their concatenation is `compiled.program`; none when nothing compiled. */
  readonly programParts: readonly string[];
}

/** Runs one backend over a type-checked suite; refusals become diagnostics. */
export function compileTypedSuite(suite: TypedSuite, backend: Backend): CompiledProgram {
  return compileTypedSuiteInParts(suite, backend).compiled;
}

/** `compileTypedSuite`, also giving the program's pieces (for `polytest batch`, which escapes shared ones once). */
export function compileTypedSuiteInParts(suite: TypedSuite, backend: Backend): CompiledProgramInParts {
  const entryPoint = backend.entryPointName(suite.entryPoint);
  const context = { entryPoint, suite };
  const diagnostics: Diagnostic[] = [...suite.diagnostics];
  const compiled: string[] = [];
  const compiledLines: number[] = [];
  const conflated = conflatedCalls(suite.assertions, backend.info.numberDistinction ?? "always");
  for (const assertion of suite.assertions) {
    const clash = conflated.get(assertion);
    const result = clash ? refuseConflated(backend, clash.other) : compileSupported(backend, assertion, context);
    if (isRefusal(result)) {
      const { code, message, span } = result.refusal;
      diagnostics.push(diagnosticAt(span ?? assertion.span, "error", code, `${backend.info.name}: ${message}`));
      continue;
    }
    compiled.push(result.code);
    compiledLines.push(assertion.span.startLine);
  }
  if (compiled.length === 0) {
    diagnostics.push({
      severity: "error",
      code: "suite/nothing-compiled",
      message: `no assertion could be compiled to ${backend.info.name}`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    });
  }
  const programParts = compiled.length === 0 ? [] : backend.renderProgramParts ? backend.renderProgramParts(context, compiled) : [backend.renderProgram(context, compiled)];
  return {
    compiled: {
      language: backend.info.name,
      entryPoint,
      program: joined(programParts),
      diagnostics,
      assertions: { total: suite.assertStatements, compiled: compiled.length },
      compiledLines,
    },
    programParts,
  };
}

/** The pieces as one string, concatenated with `+`: V8 links them rather than copying a prelude that batch rows never read here. */
function joined(parts: readonly string[]): string {
  let text = "";
  for (const part of parts) text += part;
  return text;
}

function refuseConflated(backend: Backend, other: TypedAssertion): Refusal {
  const message =
    `this call and the one at line ${other.span.startLine} differ only in int vs float, which ` +
    `${backend.info.name} passes as the same number here, and Python's checks of them differ: no candidate could pass both`;
  return { refusal: { code: "refused/int-float-indistinct", message } };
}

const FEATURE_SHAPES = {
  inRange: "round(...) == y",
  sortedView: "sorted(...) == [...]",
  setView: "set(...) == {...}",
} as const;

function compileSupported(backend: Backend, assertion: TypedAssertion, context: Parameters<Backend["compileAssertion"]>[1]): CompiledAssertion | Refusal {
  const missing = featuresNeeded(assertion).find((feature) => !backend.features?.includes(feature));
  if (missing) {
    return { refusal: { code: "unsupported/shape", message: `this backend does not compile the shape ${FEATURE_SHAPES[missing]} yet` } };
  }
  return backend.compileAssertion(assertion, context);
}
