import type { Span } from "../../ir/span.js";

/**
 * Thrown while compiling one assertion when OCaml cannot express it faithfully; the backend turns
 * it into a `Refusal`. `code` is `refused/ocaml-<reason>`; `span`, when set, points at the value.
 */
export class OcamlRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly span?: Span,
  ) {
    super(message);
    this.name = "OcamlRefusal";
  }
}

export const REFUSAL_CODES = {
  /** A `Union[...]` other than `Optional[T]`. */
  union: "refused/ocaml-union",
  /** Items of different types inside one value (`[1, "a"]`) at an untyped or `Any` position. */
  heterogeneous: "refused/ocaml-heterogeneous",
  /** sorted(...)/set(...) of a result that is not an OCaml list, round(...) of one that is not a number. */
  viewResult: "refused/ocaml-view-result",
  /** A value whose type differs from the one the suite's other assertions give its position. */
  conflictingType: "refused/ocaml-conflicting-type",
  /** An int outside OCaml's 63-bit `int` (-2^62 .. 2^62 - 1). */
  intRange: "refused/ocaml-int-range",
  /** `()` and one-element tuples: OCaml has no tuple of arity 0 or 1. */
  tupleArity: "refused/ocaml-tuple-arity",
  /** `is None` / `is not None` on a result whose type is not Optional. */
  noneCheckNotOptional: "refused/ocaml-none-check-not-optional",
  /** A value that does not fit its resolved type (a None outside Optional); a guard, not expected to fire. */
  valueMismatch: "refused/ocaml-value-mismatch",
} as const;
