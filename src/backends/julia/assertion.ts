import type { CompileContext } from "../../backend.js";
import type { TypedAssertion } from "../../ir/suite.js";
import { type Type, showType } from "../../ir/types.js";
import type { Value } from "../../ir/values.js";
import { describeExpectation, failHeader } from "../../report-format.js";
import { comparedType } from "../../typecheck/views.js";
import { juliaFloat, juliaString } from "./literals.js";
import { JuliaRefusal, REFUSAL_CODES, checkHashedFloats, checkWidenedInts } from "./refusal.js";
import { juliaToleranceArgument } from "./tolerance.js";
import { juliaValue, withIntsInUnions } from "./values.js";

/**
 * One assertion as a call of the prelude's runner,
 *
 *     __pt_check("FAIL line 6: assert candidate(2, 3) == 5", "5",
 *         () -> Main.add(2, 3),
 *         result -> __pt_eq(result, 5, __pt_IsClose(1.0e-9, 1.0e-12)))
 *
 * The candidate's call sits in a closure so that its exceptions fail only this assertion; the
 * candidate lives in Main, the tests in their own module. Throws JuliaRefusal.
 */
export function compileJuliaAssertion(assertion: TypedAssertion, context: CompileContext): string {
  const params = context.suite.signature.params;
  const args = assertion.call.args.map((arg, i) => {
    checkHashedFloats(arg);
    checkWidenedInts(arg);
    const param = params[i];
    const declared = assertion.declaredArgTypes[i];
    // An annotated parameter is typed as written: `List[Any]` is the candidate's `Vector{Any}`,
    // which a more precise `Vector{Union{...}}` would not match (Julia's parameters are invariant).
    const type = param?.annotated && declared ? keepDeclaredAny(declared, assertion.argTypes[i]!) : assertion.argTypes[i]!;
    const printed = juliaValue(arg, type);
    if (printed.unknownTypes.length > 0 && !param?.annotated) {
      throw new JuliaRefusal(
        REFUSAL_CODES.unknownType,
        `argument ${i + 1}${param ? ` '${param.name}'` : ""} has the type ${showType(printed.unknownTypes[0]!)}: ` +
          "nothing in the suite tells its element type, and Julia containers are typed (annotate the parameter)",
        arg.span,
      );
    }
    const widened = printed.intsWidenedInUnions[0];
    if (widened) {
      throw new JuliaRefusal(
        REFUSAL_CODES.intWidenedInUnion,
        `the int ${widened.kind === "float" ? widened.text : widened.kind === "int" ? widened.value.toString() : ""} in argument ${i + 1} sits at a position typed ${showType(assertion.argTypes[i]!)}, ` +
          "where ints were merged into float: Python passes an int, and Julia would pass a Float64, which a candidate can tell apart" +
          (widened.kind === "int" ? " (a Julia union without Int64 cannot even hold it)" : ""),
        widened.span,
      );
    }
    return printed.code;
  });
  const call = `() -> Main.${context.entryPoint}(${args.join(", ")})`;
  const head = `__pt_check(${juliaString(failHeader(assertion))}, ${juliaString(describeExpectation(assertion))},`;
  return `${head}\n    ${call},\n    ${holds(assertion)})`;
}

/** The predicate on the candidate's result. */
function holds(assertion: TypedAssertion): string {
  switch (assertion.kind) {
    case "equal":
    case "notEqual": {
      const not = assertion.kind === "equal" ? "" : "!";
      const identity = boolIdentity(assertion);
      if (identity !== undefined) return `result -> result ${assertion.kind === "equal" ? "===" : "!=="} ${identity}`;
      const tolerance = juliaToleranceArgument(assertion.tolerance);
      switch (assertion.view) {
        case "sorted":
          return `result -> ${not}__pt_eq_sorted(result, ${expectedValue(assertion)}, ${tolerance})`;
        case "set":
          return `result -> ${not}__pt_eq_set(result, ${expectedValue(assertion)}, ${tolerance})`;
        case undefined:
          break;
      }
      // A tolerance the assert states holds for ints too (Python computes abs(a - b) or isclose on
      // them); the suite's default applies to floats only.
      const compare = assertion.toleranceStated ? "__pt_close" : "__pt_eq";
      return `result -> ${not}${compare}(result, ${expectedValue(assertion)}, ${tolerance})`;
    }
    case "truthy":
      return "result -> __pt_truthy(result)";
    case "falsy":
      return "result -> !__pt_truthy(result)";
    case "isNone":
      return "result -> result === nothing";
    case "isNotNone":
      return "result -> result !== nothing";
    case "inRange": {
      const range = assertion.range;
      if (range?.low.kind !== "float" || range.high.kind !== "float") throw new Error("internal: an inRange assertion without float bounds");
      return `result -> __pt_in_range(result, ${juliaFloat(range.low.value)}, ${juliaFloat(range.high.value)})`;
    }
  }
}

/**
 * `x is True` / `x is not False` (the front end marks them `identity`, also through an unrolled
 * loop variable): Python's `is` holds only for the bool itself (`1 is True` is False while
 * `1 == True` holds), so they compile to Julia's `===` with the Bool.
 */
function boolIdentity(assertion: TypedAssertion): string | undefined {
  if (assertion.identity !== true) return undefined;
  const expected = assertion.expected;
  if (expected?.kind !== "bool") throw new Error(`internal: identity with a ${expected?.kind ?? "missing"} value`);
  return expected.value ? "true" : "false";
}

function expectedValue(assertion: TypedAssertion): string {
  const expected = assertion.expected!;
  checkHashedFloats(expected);
  checkWidenedInts(expected);
  if (assertion.toleranceStated && !isNumber(expected)) {
    throw new JuliaRefusal(
      REFUSAL_CODES.toleranceNonNumber,
      `the assert's tolerance needs numbers, but the expected value is a ${expected.kind}: Python raises TypeError here`,
      expected.span,
    );
  }
  // The comparison is structural, so an element type spelled `Any` is harmless here. Behind a
  // view the expected value is a list (sorted) or set (set) of the result's items.
  const compared = comparedType(assertion, assertion.resultType);
  if ("problem" in compared) throw new Error(`internal: ${compared.problem}`);
  const printed = juliaValue(expected, compared.type);
  // Ints left ints where the type says float inside a union (`Union{Float64, String}[1, "a"]`)
  // cannot be built: the expected value is spelled with Int64 added to those unions instead.
  if (printed.intsWidenedInUnions.some((v) => v.kind === "int")) return juliaValue(expected, withIntsInUnions(compared.type)).code;
  return printed.code;
}

function isNumber(value: Value): boolean {
  return value.kind === "int" || value.kind === "float" || value.kind === "bool";
}

/**
 * The inferred type, with the `Any` the annotation writes put back (`List[Any]` stays
 * `Vector{Any}`); a bare `list` leaves its element type to inference, as MultiPL-E does.
 */
function keepDeclaredAny(declared: Type, inferred: Type): Type {
  if (declared.kind === "any") return declared.written ? declared : inferred;
  switch (declared.kind) {
    case "list":
    case "set":
    case "vartuple":
      return inferred.kind === declared.kind ? { ...inferred, element: keepDeclaredAny(declared.element, inferred.element) } : inferred;
    case "tuple":
      return inferred.kind === "tuple" && inferred.elements.length === declared.elements.length
        ? { kind: "tuple", elements: declared.elements.map((d, i) => keepDeclaredAny(d, inferred.elements[i]!)) }
        : inferred;
    case "dict":
      return inferred.kind === "dict" ? { kind: "dict", key: keepDeclaredAny(declared.key, inferred.key), value: keepDeclaredAny(declared.value, inferred.value) } : inferred;
    case "optional":
      return inferred.kind === "optional" ? { kind: "optional", inner: keepDeclaredAny(declared.inner, inferred.inner) } : inferred;
    default:
      return inferred;
  }
}
