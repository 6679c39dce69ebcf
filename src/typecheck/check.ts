import { type Diagnostic, diagnosticAt } from "../ir/diagnostics.js";
import { NO_SPAN, type Span } from "../ir/span.js";
import {
  type Assertion,
  DEFAULT_TOLERANCE,
  type Param,
  type Suite,
  type Tolerance,
  type TypedAssertion,
  type TypedSuite,
} from "../ir/suite.js";
import { ANY, NONE, type Type, isFullyKnown, showType } from "../ir/types.js";
import { typeOfValue, unify, valueFits } from "../ir/typing.js";
import type { Value } from "../ir/values.js";
import { widen } from "./coerce.js";
import { conflictWarnings } from "./conflicts.js";
import { comparedType, convertedExpected, inferenceValue } from "./views.js";

export interface CheckOptions {
  /** Float equality used where an assertion states none. */
  readonly tolerance?: Tolerance;
}

interface Site {
  readonly type: Type;
  readonly span: Span;
}

/**
 * Types a suite: annotated positions keep their annotation (values are checked against it and
 * ints are widened to floats where it says float); unannotated ones get the type unified over
 * every value seen there. An assertion whose values contradict an annotation is refused.
 */
export function checkSuite(suite: Suite, options: CheckOptions = {}): TypedSuite {
  const diagnostics: Diagnostic[] = [...suite.diagnostics];
  const params = suite.signature.params;
  const paramTypes = params.map((p, i) =>
    typePosition(p.type, p.annotated, suite.assertions.map((a) => a.call.args[i]).filter(isValue)),
  );
  const returnType = typePosition(suite.signature.returns, suite.signature.returnsAnnotated, suite.assertions.flatMap(expectedValues), {
    // `assert f(x) is None` says the result can be None even when no expected value is None.
    optional: suite.assertions.some((a) => a.kind === "isNone" || a.kind === "isNotNone"),
  });

  params.forEach((p, i) => {
    if (!p.annotated) diagnostics.push(...conflictWarnings(`argument '${p.name}'`, suite.assertions.map((a) => a.call.args[i]).filter(isValue)));
  });
  if (!suite.signature.returnsAnnotated) diagnostics.push(...conflictWarnings("the result", suite.assertions.flatMap(expectedValues)));

  const declaredArgTypes = params.map((p) => (p.annotated ? p.type : ANY));
  const declaredResultType = suite.signature.returnsAnnotated ? suite.signature.returns : ANY;
  const typed: TypedAssertion[] = [];
  for (const original of suite.assertions) {
    const assertion = original.converted && original.expected
      ? { ...original, expected: convertedExpected(original.expected, declaredResultType) }
      : original;
    const compared = comparedType(assertion, returnType);
    if ("problem" in compared) {
      diagnostics.push(diagnosticAt(assertion.span, "error", "type/view", compared.problem));
      continue;
    }
    const declaredCompared = comparedType(assertion, declaredResultType);
    const problem =
      arityProblem(assertion, params) ?? misfit(assertion, params, paramTypes, compared.type, suite.signature.returnsSpan);
    if (problem) {
      diagnostics.push(problem);
      continue;
    }
    // Ints become floats only where an annotation says float: elsewhere Python passes the int.
    typed.push({
      ...assertion,
      call: { ...assertion.call, args: assertion.call.args.map((v, i) => widen(v, declaredArgTypes[i]!)) },
      ...(assertion.expected
        ? { expected: widen(assertion.expected, "type" in declaredCompared ? declaredCompared.type : ANY) }
        : {}),
      argTypes: paramTypes,
      resultType: returnType,
      declaredArgTypes,
      declaredResultType,
      tolerance: assertion.tolerance ?? options.tolerance ?? DEFAULT_TOLERANCE,
      toleranceStated: assertion.tolerance !== undefined,
    });
  }
  return {
    ...suite,
    signature: {
      ...suite.signature,
      params: params.map((p, i) => ({ ...p, type: paramTypes[i]! })),
      returns: returnType,
    },
    assertions: typed,
    diagnostics,
  };
}

function isValue(v: Value | undefined): v is Value {
  return v !== undefined;
}

function expectedValues(a: Assertion): Value[] {
  const value = inferenceValue(a);
  return value ? [value] : [];
}

/**
 * An annotation wins where it is complete; its `Any` parts (and unannotated positions) are filled
 * in from the values seen there.
 */
function typePosition(declared: Type, annotated: boolean, values: readonly Value[], hints: { optional?: boolean } = {}): Type {
  if (annotated && isFullyKnown(declared)) return declared;
  const inferred = values.map(typeOfValue).reduce(unify, hints.optional ? NONE : ANY);
  return annotated ? refine(declared, inferred) : unify(declared, inferred);
}

/** `declared` with each `Any` replaced by the type inferred at the same place. */
function refine(declared: Type, inferred: Type): Type {
  if (declared.kind === "any") return inferred;
  switch (declared.kind) {
    case "list":
    case "set":
    case "vartuple":
      return inferred.kind === declared.kind ? { kind: declared.kind, element: refine(declared.element, inferred.element) } : declared;
    case "dict":
      return inferred.kind === "dict"
        ? { kind: "dict", key: refine(declared.key, inferred.key), value: refine(declared.value, inferred.value) }
        : declared;
    case "tuple":
      return inferred.kind === "tuple" && inferred.elements.length === declared.elements.length
        ? { kind: "tuple", elements: declared.elements.map((t, i) => refine(t, inferred.elements[i]!)) }
        : declared;
    case "optional":
      return { kind: "optional", inner: refine(declared.inner, inferred.kind === "optional" ? inferred.inner : inferred) };
    default:
      return declared;
  }
}

function arityProblem(assertion: Assertion, params: readonly Param[]): Diagnostic | undefined {
  if (assertion.call.args.length === params.length) return undefined;
  return diagnosticAt(
    assertion.call.span,
    "error",
    "type/arity",
    `${assertion.call.callee} takes ${params.length} argument(s) but this call passes ${assertion.call.args.length}`,
  );
}

function misfit(
  assertion: Assertion,
  params: readonly Param[],
  paramTypes: readonly Type[],
  returnType: Type,
  returnsSpan: Span | undefined,
): Diagnostic | undefined {
  const sites: Array<{ value: Value; expected: Site; what: string }> = assertion.call.args.map((value, i) => ({
    value,
    expected: { type: paramTypes[i]!, span: params[i]!.typeSpan ?? assertion.call.span },
    what: `argument '${params[i]!.name}'`,
  }));
  if (assertion.expected) {
    sites.push({ value: assertion.expected, expected: { type: returnType, span: returnsSpan ?? NO_SPAN }, what: "expected value" });
  }
  for (const { value, expected, what } of sites) {
    if (!valueFits(value, expected.type)) {
      return diagnosticAt(
        value.span,
        "error",
        "type/mismatch",
        `${what} ${showType(typeOfValue(value))} does not fit the type ${showType(expected.type)}` +
          (expected.span.startLine ? ` declared at line ${expected.span.startLine}, column ${expected.span.startColumn}` : ""),
      );
    }
  }
  return undefined;
}
