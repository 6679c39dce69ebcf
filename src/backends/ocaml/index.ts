import { type Backend, type CompileContext, type CompiledAssertion, type Refusal, featuresNeeded } from "../../backend.js";
import type { TypedAssertion } from "../../ir/suite.js";
import { ANY, type Type, showType } from "../../ir/types.js";
import type { Value } from "../../ir/values.js";
import { describeExpectation, failHeader } from "../../report-format.js";
import { applied, equalityFor, showFor, truthinessFor } from "./combinators.js";
import { ocamlFloat, ocamlString } from "./literals.js";
import { ocamlEntryPointName } from "./names.js";
import { type PositionType, comparedResultValue, suiteTypes } from "./position-types.js";
import { ocamlPrelude, preludeExtrasUsed } from "./prelude.js";
import { OcamlRefusal, REFUSAL_CODES } from "./refusal.js";
import { ocamlValue } from "./values.js";

/**
 * OCaml (the 4.13 toplevel, `ocaml FILE`). Each assertion becomes one line,
 *
 *     let () = __pt_check "FAIL line 6: ..." "5" (fun () -> add 2 3) (__pt_eq_int 5) __pt_show_int
 *
 * with the candidate's call in a thunk (so its exceptions fail only this assertion), a predicate
 * on the result built from the result's type, and a printer for the report.
 */
export const ocamlBackend: Backend = {
  info: {
    name: "ocaml",
    displayName: "OCaml",
    aliases: ["ml"],
    extension: ".ml",
    runCommand: ["ocaml", "{file}"],
    commentStart: "(*",
    commentEnd: " *)",
    debianPackages: ["ocaml"],
    // The toplevel reports syntax, type and unbound-name errors as `Error: ...` after the location;
    // an exception escaping the candidate's own top-level code is `Exception: ...` instead.
    compileErrorPattern: /^Error: /m,
    // An int at a float position is passed as a float (3 -> 3.), the same value as Python's 3.0.
    numberDistinction: "exceptFloatPositions",
  },
  features: ["inRange", "sortedView", "setView"],
  entryPointName: ocamlEntryPointName,
  compileAssertion(assertion, context) {
    try {
      return { code: compileAssertion(assertion, context) };
    } catch (error) {
      if (error instanceof OcamlRefusal) return refusal(error);
      throw error;
    }
  },
  renderProgram: (context, assertions) => programParts(context, assertions).join(""),
  renderProgramParts: (context, assertions) => programParts(context, assertions),
};

/** The prelude with the combinators the assertions use (one string per variant, shared), then the assertions. */
function programParts(_context: CompileContext, assertions: readonly string[]): readonly string[] {
  return [prelude(tupleAritiesUsed(assertions), preludeExtrasUsed(assertions)), `\n${assertions.join("\n")}\nlet () = __pt_finish ()\n`];
}

/** Prelude variants already rendered, by tuple arities and extras; a few in practice, capped all the same. */
const preludes = new Map<string, string>();
const PRELUDES_KEPT = 64;

function prelude(tupleArities: readonly number[], extras: ReturnType<typeof preludeExtrasUsed>): string {
  const key = `${tupleArities.join(",")};${extras.join(",")}`;
  let text = preludes.get(key);
  if (text === undefined) {
    text = ocamlPrelude(tupleArities, extras);
    if (preludes.size < PRELUDES_KEPT) preludes.set(key, text);
  }
  return text;
}

function compileAssertion(assertion: TypedAssertion, context: CompileContext): string {
  const types = suiteTypes(context.suite, compiledHere);
  const conflict = types.conflicts.get(assertion);
  if (conflict) throw conflict;
  const args = assertion.call.args.map((arg, i) => {
    const position = types.params[i];
    if (!position) throw new Error(`internal: argument ${i + 1} of ${assertion.call.callee} has no parameter`);
    return ocamlValue(arg, concrete(position));
  });
  const resultType = concrete(types.result);
  const declaredResult = context.suite.signature.returnsAnnotated ? assertion.declaredResultType : ANY;
  const call = args.length > 0 ? `${context.entryPoint} ${args.join(" ")}` : `${context.entryPoint} ()`;

  const holds = (): string => {
    switch (assertion.kind) {
      case "equal":
      case "notEqual": {
        const test = assertion.view
          ? viewTest(assertion, resultType, declaredResult)
          : plainTest(assertion, resultType, types.boolAsInt.has(assertion));
        return assertion.kind === "equal" ? test : applied("__pt_not", test);
      }
      case "truthy":
        return truthinessFor(resultType);
      case "falsy":
        return applied("__pt_not", truthinessFor(resultType));
      case "isNone":
      case "isNotNone":
        if (resultType.kind !== "optional") {
          throw new OcamlRefusal(
            REFUSAL_CODES.noneCheckNotOptional,
            `this checks 'is None' on a result of type ${showType(resultType)}, which is not Optional; ` +
              `an OCaml ${showType(resultType)} result can never be None, while a Python one might be`,
          );
        }
        return assertion.kind === "isNone" ? "__pt_is_none" : applied("__pt_not", "__pt_is_none");
      case "inRange":
        return rangeTest(assertion, resultType);
    }
  };

  return [
    "let () = __pt_check",
    ocamlString(failHeader(assertion)),
    ocamlString(describeExpectation(assertion)),
    `(fun () -> ${call})`,
    holds(),
    showFor(resultType),
  ].join(" ");
}

/**
 * `result == expected`, deep, by the result's type. `boolAsInt`: the expected value is a bool and
 * the result an int, compared as Python's `==` does, True as 1 and False as 0.
 */
function plainTest(assertion: TypedAssertion, resultType: Type, boolAsInt: boolean): string {
  const expected = assertion.expected!;
  const equality = equalityFor(resultType, assertion.tolerance, statesTolerance(assertion));
  if (boolAsInt) {
    if (expected.kind !== "bool" || resultType.kind !== "int") throw new Error("internal: a bool compared as an int needs a bool and an int result");
    return applied(equality, expected.value ? "1" : "0");
  }
  return applied(equality, ocamlValue(expected, resultType));
}

/**
 * `sorted(result) == expected` / `set(result) == expected`. The result is a list, set or
 * `Tuple[T, ...]` (all OCaml `T list`); the expected items are written as a list of the same type
 * and compared with the element equality: one to one for sorted (a multiset), each side's items
 * found in the other for set. A fixed-arity tuple or an Optional result is refused.
 */
function viewTest(assertion: TypedAssertion, resultType: Type, declaredResult: Type): string {
  if (resultType.kind !== "list" && resultType.kind !== "set" && resultType.kind !== "vartuple") {
    throw new OcamlRefusal(
      REFUSAL_CODES.viewResult,
      `${assertion.view}(...) is compiled for a result that is a list, set or Tuple[T, ...] (an OCaml list), ` +
        `but the result here is ${showType(resultType)}`,
    );
  }
  const expected = comparedResultValue(assertion, declaredResult);
  if (!expected) throw new Error("internal: a view assertion without an expected value");
  const element = equalityFor(resultType.element, assertion.tolerance, statesTolerance(assertion));
  const combinator = assertion.view === "sorted" ? "__pt_eq_sorted" : "__pt_eq_set";
  return applied(`(${combinator} ${element})`, ocamlValue(expected, resultType));
}

/** `round(result, n) == y`: `low <= result <= high`, exactly, for an int or float (or Optional) result. */
function rangeTest(assertion: TypedAssertion, resultType: Type): string {
  const range = assertion.range;
  if (!range) throw new Error("internal: an inRange assertion without a range");
  const bound = (value: Value): string => {
    if (value.kind === "float") return ocamlFloat(value.value, true);
    if (value.kind === "int") return ocamlFloat(Number(value.value), true);
    throw new Error(`internal: a range bound of kind ${value.kind}`);
  };
  const test = (type: Type): string => {
    switch (type.kind) {
      case "int":
      case "float":
        return `(__pt_in_range_${type.kind} ${bound(range.low)} ${bound(range.high)})`;
      case "optional":
        return applied("__pt_in_range_option", test(type.inner));
      default:
        throw new OcamlRefusal(
          REFUSAL_CODES.viewResult,
          `round(...) is compiled for an int or float result, but the result here is ${showType(resultType)}`,
        );
    }
  };
  return test(resultType);
}

/**
 * Whether the assert states its own tolerance, which then holds for ints as well. The IR does not
 * say so for isclose (a stated `math.isclose` and the suite default look alike), so the assert's
 * text is read: the front end makes an isclose tolerance only from `assert math.isclose(...)`.
 */
function statesTolerance(assertion: TypedAssertion): boolean {
  return assertion.tolerance.kind === "absdiff" || /^assert\s+(?:not\s+)?\(?\s*(?:math\.)?isclose\s*\(/.test(assertion.source);
}

/** Whether compile.ts passes the assertion to this backend (it refuses shapes a backend lacks). */
function compiledHere(assertion: TypedAssertion): boolean {
  return featuresNeeded(assertion).every((feature) => ocamlBackend.features?.includes(feature) ?? false);
}

function concrete(position: PositionType) {
  if ("refusal" in position) throw position.refusal;
  return position.type;
}

function refusal(error: OcamlRefusal): Refusal {
  return { refusal: { code: error.code, message: error.message, ...(error.span ? { span: error.span } : {}) } };
}

/** The tuple arities whose combinators the assertions name, so the prelude defines just those. */
function tupleAritiesUsed(assertions: readonly string[]): number[] {
  const arities = new Set<number>();
  for (const code of assertions) {
    for (const match of code.matchAll(/__pt_(?:eq|show)_tuple(\d+)\b/g)) arities.add(Number(match[1]));
  }
  return [...arities].sort((a, b) => a - b);
}
