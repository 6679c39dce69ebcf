import {
  type CompileContext,
  type CompiledAssertion,
  REPORT,
  type Refusal,
  type Type,
  type TypedAssertion,
  describeExpectation,
  failHeader,
  unify,
} from "polytest";
import { ts } from "ts-morph";
import { toleranceDescriptor, typeDescriptor } from "./descriptors.js";
import { findRefusal } from "./refusals.js";
import { suiteSignature, typeNode } from "./types.js";
import { valueExpression } from "./values.js";

const f = ts.factory;
const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
const scratch = ts.createSourceFile("assertion.ts", "", ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);

/** Names the program defines (runtime/prelude.ts and program.ts). */
export const NAMES = {
  candidate: "__pt_candidate",
  resultType: "__pt_result",
  actual: "__pt_actual",
} as const;

const call = (name: string, args: ts.Expression[]) => f.createCallExpression(f.createIdentifier(name), undefined, args);
const actual = () => f.createIdentifier(NAMES.actual);

/**
 * One assertion as one statement, built as a TypeScript AST and printed:
 *
 *     __pt_check("FAIL line 6: assert candidate(2, 3) == 5", "  expected: 5", __pt_result,
 *         () => __pt_candidate(2, 3), (__pt_actual) => __pt_eq(__pt_result, __pt_actual, 5 satisfies number, ...));
 *
 * The call goes through `__pt_candidate`, which carries the declared signature, so the arguments
 * are type-checked against it; the expected value is checked with `satisfies` against the type
 * the result is compared at.
 */
export function compileTypeScriptAssertion(assertion: TypedAssertion, context: CompileContext): CompiledAssertion | Refusal {
  const refusal = findRefusal(assertion, context.suite);
  if (refusal) return refusal;
  const signature = suiteSignature(context.suite);
  const args = assertion.call.args.map((arg, i) => valueExpression(arg, signature.params[i]?.type ?? { kind: "any" }));
  const statement = f.createExpressionStatement(
    call("__pt_check", [
      f.createStringLiteral(failHeader(assertion)),
      f.createStringLiteral(REPORT.expectedPrefix + describeExpectation(assertion)),
      f.createIdentifier(NAMES.resultType),
      f.createArrowFunction(undefined, undefined, [], undefined, undefined, call(NAMES.candidate, args)),
      f.createArrowFunction(undefined, undefined, [f.createParameterDeclaration(undefined, undefined, NAMES.actual)], undefined, undefined, holds(assertion, signature.result)),
    ]),
  );
  return { code: printer.printNode(ts.EmitHint.Unspecified, statement, scratch) };
}

/** The check on the result, an expression over `__pt_actual`. */
function holds(assertion: TypedAssertion, result: Type): ts.Expression {
  switch (assertion.kind) {
    case "equal":
    case "notEqual": {
      const equal = equality(assertion, result);
      return assertion.kind === "equal" ? equal : f.createPrefixUnaryExpression(ts.SyntaxKind.ExclamationToken, equal);
    }
    case "truthy":
      return call("__pt_truthy", [actual()]);
    case "falsy":
      return f.createPrefixUnaryExpression(ts.SyntaxKind.ExclamationToken, call("__pt_truthy", [actual()]));
    case "isNone":
      return f.createStrictEquality(actual(), f.createNull());
    case "isNotNone":
      return f.createStrictInequality(actual(), f.createNull());
    case "inRange": {
      const { low, high } = assertion.range!;
      return call("__pt_inRange", [actual(), bound(low), bound(high)]);
    }
  }
}

function bound(value: NonNullable<TypedAssertion["expected"]>): ts.Expression {
  return valueExpression(value, { kind: "float" });
}

/** `result == expected` after the assertion's view, with the expected value's type checked. */
function equality(assertion: TypedAssertion, result: Type): ts.Expression {
  // The tolerance matters only where a float can occur, or where the assert states one (which
  // Python applies to ints too); elsewhere the runtime compares exactly.
  const tolerance =
    mayHoldFloat(result) || assertion.toleranceStated ? [toleranceDescriptor(assertion.tolerance, assertion.toleranceStated)] : [];
  if (assertion.view) {
    const element = elementOf(result);
    const expectedType: Type = assertion.view === "sorted" ? { kind: "list", element } : { kind: "set", element };
    const expected = f.createSatisfiesExpression(valueExpression(assertion.expected!, expectedType), typeNode(expectedType));
    return call(assertion.view === "sorted" ? "__pt_eqSorted" : "__pt_eqAsSet", [typeDescriptor(element), actual(), expected, ...tolerance]);
  }
  const expected = f.createSatisfiesExpression(valueExpression(assertion.expected!, result), typeNode(result));
  const args = [f.createIdentifier(NAMES.resultType), actual(), expected, ...tolerance];
  if (assertion.identity) {
    // `is True` / `is False`: the identity flag follows the (optional) tolerance.
    if (tolerance.length === 0) args.push(f.createIdentifier("undefined"));
    args.push(f.createTrue());
  }
  return call("__pt_eq", args);
}

/** Whether a float can occur anywhere in a value of this type (`Any` might hold one). */
function mayHoldFloat(type: Type): boolean {
  switch (type.kind) {
    case "float":
    case "any":
      return true;
    case "list":
    case "set":
    case "vartuple":
      return mayHoldFloat(type.element);
    case "tuple":
      return type.elements.some(mayHoldFloat);
    case "union":
      return type.members.some(mayHoldFloat);
    case "optional":
      return mayHoldFloat(type.inner);
    case "dict":
      return mayHoldFloat(type.key) || mayHoldFloat(type.value);
    default:
      return false;
  }
}

/** The item type of the list, tuple or set a view is applied to. */
function elementOf(type: Type): Type {
  switch (type.kind) {
    case "list":
    case "set":
    case "vartuple":
      return type.element;
    case "tuple":
      return type.elements.reduce<Type>(unify, { kind: "any" });
    default:
      return { kind: "any" };
  }
}
