import type { Refusal } from "../../backend.js";
import type { Span } from "../../ir/span.js";
import type { Value } from "../../ir/values.js";

export const REFUSAL_CODES = {
  /** An argument of an unannotated parameter whose type is unknown (`candidate([])` and nothing else). */
  unknownType: "refused/julia-unknown-type",
  /** NaN or -0.0 inside a set element or a dict key: Julia hashes those apart from Python. */
  floatKey: "refused/julia-float-key",
  /** `abs(candidate(x) - y) < eps` or `math.isclose(candidate(x), y)` where y is not a number: Python raises TypeError. */
  toleranceNonNumber: "refused/julia-tolerance-non-number",
  /** An int argument widened to float at a union position (`List[Any]`, `Union[int, float, str]`). */
  intWidenedInUnion: "refused/julia-int-widened-in-union",
  /** An int at a float position too large for a Float64. */
  floatOverflow: "refused/julia-float-overflow",
} as const;

/** Thrown while compiling an assertion; turned into the backend's Refusal. */
export class JuliaRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly span?: Span,
  ) {
    super(message);
    this.name = "JuliaRefusal";
  }

  toRefusal(): Refusal {
    return { refusal: { code: this.code, message: this.message, ...(this.span ? { span: this.span } : {}) } };
  }
}

/**
 * Refuses a value whose set elements or dict keys hold NaN or -0.0. Julia's `Set` and `Dict` use
 * `isequal`, which keeps `-0.0` apart from `0.0` and merges every NaN, while Python merges the
 * zeros and keeps NaNs apart: `{0.0, -0.0}` has one element in Python and two in Julia, and a
 * candidate's `0.0 in s` answers differently.
 */
export function checkHashedFloats(value: Value): void {
  const visit = (v: Value, hashed: boolean): void => {
    switch (v.kind) {
      case "float":
        if (hashed && (Number.isNaN(v.value) || Object.is(v.value, -0))) {
          throw new JuliaRefusal(
            REFUSAL_CODES.floatKey,
            `${v.text} as a set element or dict key: Julia's Set and Dict keep -0.0 apart from 0.0 and merge NaNs, Python does the opposite`,
            v.span,
          );
        }
        return;
      case "list":
        v.items.forEach((item) => visit(item, hashed));
        return;
      case "tuple":
        v.items.forEach((item) => visit(item, hashed));
        return;
      case "set":
        v.items.forEach((item) => visit(item, true));
        return;
      case "dict":
        v.entries.forEach((e) => {
          visit(e.key, true);
          visit(e.value, hashed);
        });
        return;
      default:
        return;
    }
  };
  visit(value, false);
}

/** Refuses an int widened to a float that does not fit a Float64 (Python raises OverflowError or compares exactly). */
export function checkWidenedInts(value: Value): void {
  switch (value.kind) {
    case "float":
      if (value.widenedFromInt && !Number.isFinite(value.value)) {
        throw new JuliaRefusal(REFUSAL_CODES.floatOverflow, `the int ${value.text} at a float position does not fit a Float64`, value.span);
      }
      return;
    case "list":
    case "set":
    case "tuple":
      value.items.forEach(checkWidenedInts);
      return;
    case "dict":
      value.entries.forEach((e) => {
        checkWidenedInts(e.key);
        checkWidenedInts(e.value);
      });
      return;
    default:
      return;
  }
}
