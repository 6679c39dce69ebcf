import type { Backend, CompileContext } from "../../backend.js";
import type { TypedAssertion } from "../../ir/suite.js";
import type { Value } from "../../ir/values.js";
import { describeExpectation, failHeader } from "../../report-format.js";
import { admitsBool, ambiguityRefusal } from "./ambiguity.js";
import { racketFloat, racketString } from "./literals.js";
import { racketEntryPointName } from "./names.js";
import { racketPrelude } from "./prelude.js";
import { typeDescriptor } from "./type-descriptors.js";
import { racketValue } from "./values.js";

/**
 * Racket (8.x, `racket FILE`). The test program follows the candidate in the same module; each
 * assertion becomes one `__pt-check` form,
 *
 *     (__pt-check "FAIL line 6: assert candidate(2, 3) == 5" "5" 'int
 *       (lambda () (add 2 3))
 *       (__pt-equal-to 5 (__pt-isclose 1e-09 1e-12)))
 *
 * with the candidate's call in a thunk (so what it raises fails only this assertion), a predicate
 * on the result, and the result's Python type for the report. Equality is decided at run time by
 * the prelude, from the expected value's Racket representation. `sorted(r) == [...]` and
 * `set(r) == {...}` use `__pt-sorted-equal-to` / `__pt-set-equal-to` (a one-to-one pairing and a
 * covering of the items, never a Racket sort); `round(r, n) == y` becomes `(__pt-in-range low high)`,
 * whose report's expected line is the range (`a number from 3.135 to 3.145`).
 */
export const racketBackend: Backend = {
  info: {
    name: "racket",
    displayName: "Racket",
    aliases: ["rkt"],
    extension: ".rkt",
    runCommand: ["racket", "{file}"],
    commentStart: ";",
    commentEnd: "",
    debianPackages: ["racket"],
    // Read and expansion errors (unbound identifier, bad syntax, unbalanced parentheses) stop the
    // module before it runs and open stderr with the offending source location; runtime errors
    // name the failing procedure instead.
    compileErrorPattern: /^[^\n]*\.rkt:\d+:\d+: /,
  },
  features: ["inRange", "sortedView", "setView"],
  entryPointName: racketEntryPointName,
  compileAssertion(assertion, context) {
    const refusal = ambiguityRefusal(assertion, context);
    if (refusal) return { refusal };
    const call = `(${[context.entryPoint, ...assertion.call.args.map(racketValue)].join(" ")})`;
    return {
      code: [
        `(__pt-check ${racketString(failHeader(assertion))} ${racketString(describeExpectation(assertion))} ${typeDescriptor(assertion.resultType)}`,
        `  (lambda () ${call})`,
        `  ${predicate(assertion)})`,
      ].join("\n"),
    };
  },
  renderProgram: (context, assertions) => programParts(context, assertions).join(""),
  renderProgramParts: (context, assertions) => programParts(context, assertions),
};

/** The header line, the prelude (one string, shared by every program), then the assertions. */
function programParts(context: CompileContext, assertions: readonly string[]): readonly string[] {
  return [
    `;; polytest: the tests of ${context.entryPoint}, run after the candidate's definitions.\n`,
    opening(),
    [...assertions, "(__pt-finish)", ""].join("\n"),
  ];
}

let openingText: string | undefined;

function opening(): string {
  openingText ??= `${racketPrelude()}\n`;
  return openingText;
}

/** What must hold of the candidate's result. */
function predicate(assertion: TypedAssertion): string {
  switch (assertion.kind) {
    case "equal":
    case "notEqual": {
      const view = assertion.view ? `${assertion.view}-` : "";
      const head = assertion.kind === "equal" ? `__pt-${view}equal-to` : `__pt-${view}not-equal-to`;
      return `(${[head, racketValue(assertion.expected!), ...tolerance(assertion)].join(" ")})`;
    }
    case "truthy":
      return "__pt-truthy?";
    case "falsy":
      return "__pt-falsy?";
    case "isNone":
      return "__pt-none?";
    case "isNotNone":
      return "__pt-not-none?";
    case "inRange": {
      const { low, high } = assertion.range!;
      const bounds = [racketValue(low), racketValue(high)];
      // A bool result is Python's 1 or 0 to round(); ambiguityRefusal refuses the #f that could
      // be None where 0 is in the range.
      return `(${["__pt-in-range", ...bounds, ...(admitsBool(assertion.resultType) ? ["#t"] : [])].join(" ")})`;
    }
  }
}

/**
 * How numbers compare, when it is not the prelude's default (exactly, by value). The suite's
 * tolerance is for floats: it is written only when the expected value holds one, and two exact
 * numbers still compare exactly. A tolerance the assert states (`abs(a - b) < eps`,
 * `math.isclose`) holds for any numbers, as in Python, so it is wrapped in `__pt-stated`.
 */
function tolerance(assertion: TypedAssertion): string[] {
  const t = assertion.tolerance;
  const text =
    t.kind === "isclose"
      ? `(__pt-isclose ${racketFloat(t.relative)} ${racketFloat(t.absolute)})`
      : `(__pt-absdiff ${racketFloat(t.epsilon)} ${t.inclusive ? "#t" : "#f"})`;
  if (assertion.toleranceStated) return [`(__pt-stated ${text})`];
  return holdsFloat(assertion.expected!) ? [text] : [];
}

function holdsFloat(value: Value): boolean {
  switch (value.kind) {
    case "float":
      return true;
    case "list":
    case "tuple":
    case "set":
      return value.items.some(holdsFloat);
    case "dict":
      return value.entries.some((e) => holdsFloat(e.key) || holdsFloat(e.value));
    default:
      return false;
  }
}
