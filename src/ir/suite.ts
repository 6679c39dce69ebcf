import type { Diagnostic } from "./diagnostics.js";
import type { Span } from "./span.js";
import type { Type } from "./types.js";
import type { Value } from "./values.js";

export interface Param {
  readonly name: string;
  readonly type: Type;
  /** True when the type came from an annotation rather than inference. */
  readonly annotated: boolean;
  /** Where the annotation is written, for diagnostics. */
  readonly typeSpan?: Span;
  readonly default?: Value;
}

export interface Signature {
  readonly params: readonly Param[];
  readonly returns: Type;
  readonly returnsAnnotated: boolean;
  readonly returnsSpan?: Span;
}

/**
 * How two floats are judged equal.
 * - `isclose`: `a == b or |a - b| <= max(relative * max(|a|, |b|), absolute)` (Python's math.isclose;
 *   nan equals nothing, inf equals only the same inf). relative = absolute = 0 is exact equality.
 * - `absdiff`: `|a - b| < epsilon` (or `<=` when inclusive), exactly as written in
 *   `abs(a - b) < eps`; note that inf never passes it.
 */
export type Tolerance =
  | { readonly kind: "isclose"; readonly relative: number; readonly absolute: number }
  | { readonly kind: "absdiff"; readonly epsilon: number; readonly inclusive: boolean };

export const DEFAULT_TOLERANCE: Tolerance = { kind: "isclose", relative: 1e-9, absolute: 1e-12 };

/** A call of the function under test, with positional arguments (keywords and defaults resolved). */
export interface Call {
  readonly callee: string;
  readonly args: readonly Value[];
  readonly span: Span;
}

/**
 * What an assertion checks about `result = candidate(args)`:
 * - `equal` / `notEqual`: `result == expected` / `!=`, deep, floats by `tolerance`, after the
 *   assertion's `view` (if any) is applied to `result`;
 * - `truthy` / `falsy`: Python truthiness of result (`assert f(x)`, `assert not f(x)`);
 * - `isNone` / `isNotNone`: `result is None` / `is not None`;
 * - `inRange`: `range.low <= result <= range.high` for a number `result` (int or float), both ends
 *   inclusive, compared exactly. `round(f(x), n) == y` compiles to it: the range holds exactly
 *   the doubles that Python's `round(_, n)` takes to `y`.
 */
export type AssertionKind = "equal" | "notEqual" | "truthy" | "falsy" | "isNone" | "isNotNone" | "inRange";

/**
 * A builtin the assert applies to the result before `==` / `!=` (`sorted(f(x)) == [1, 2]`).
 * `result` is then a list, tuple or set of T (its declared or inferred type says which):
 * - `sorted`: `sorted(result) == expected`, where `expected` is a list already in ascending order
 *   (the front end refuses an unsorted one: Python's assert could never hold). Compiled as
 *   multiset equality: same length, and the items pair up one-to-one under element equality (a
 *   full matching, not a greedy one: with a float tolerance a greedy pairing can miss). A backend
 *   may instead sort the result in Python's order and compare item by item (Lua does): the two
 *   differ only where items within the float tolerance of each other differ elsewhere.
 * - `set`: `set(result) == expected`, where `expected` is a set: the items of `result`, exact
 *   repeats collapsed (as `set()` does), pair up one-to-one with those of `expected` under element
 *   equality; mutual coverage is not enough (`set([0.0]) == {0.0, 1e-300}` is False).
 * `tuple(...)` and `list(...)` wrappers need no view: the type checker rewrites the expected
 * value to the result's own sequence kind.
 */
export type ResultView = "sorted" | "set";

/** The inclusive bounds of an `inRange` assertion; both are float values. */
export interface NumberRange {
  readonly low: Value;
  readonly high: Value;
}

export interface Assertion {
  readonly kind: AssertionKind;
  readonly call: Call;
  /** Present for `equal` and `notEqual`. */
  readonly expected?: Value;
  /**
   * For `equal` / `notEqual` with a bool: the assert says `is True` / `is not False` (Python's
   * identity, which `1` fails) rather than `== True` (which `1` passes).
   */
  readonly identity?: boolean;
  /** For `equal` and `notEqual`: a builtin applied to the result before comparing. */
  readonly view?: ResultView;
  /**
   * The assert wraps the result in `list(...)` / `tuple(...)`. The type checker rewrites `expected`
   * to the result's own sequence kind (and refuses results that are not sequences), so a typed
   * assertion can be compiled without looking at this.
   */
  readonly converted?: "list" | "tuple";
  /** Present for `inRange`. */
  readonly range?: NumberRange;
  /** Stated by the assertion itself (`abs(a - b) < eps`, `math.isclose`); else the suite default applies. */
  readonly tolerance?: Tolerance;
  /** The whole assert statement. */
  readonly span: Span;
  /** The Python text of the assert statement, on one line. */
  readonly source: string;
}

export interface Suite {
  readonly entryPoint: string;
  readonly signature: Signature;
  readonly assertions: readonly Assertion[];
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Assert statements seen, including refused ones and `assert True` placeholders; an assert in an
   * unrolled `for` loop counts once per iteration (once when the loop is refused).
   */
  readonly assertStatements: number;
}

/** An assertion after type checking: every value has a fully resolved type and a tolerance. */
export interface TypedAssertion extends Assertion {
  /** Each parameter's type: the annotation, with its `Any` parts and unannotated positions inferred. */
  readonly argTypes: readonly Type[];
  /** The type of `result` (the candidate's declared or inferred return type). */
  readonly resultType: Type;
  /** The annotations as written (`Any` where a position has none), e.g. to declare `Vector{Any}`. */
  readonly declaredArgTypes: readonly Type[];
  readonly declaredResultType: Type;
  /** The assertion's own tolerance, else the suite default. */
  readonly tolerance: Tolerance;
  /**
   * True when the assert states its tolerance (`abs(a - b) < eps`, `math.isclose`): it then holds
   * for int results too, as in Python, whereas the default tolerance applies only to floats.
   */
  readonly toleranceStated: boolean;
}

export interface TypedSuite extends Omit<Suite, "assertions"> {
  readonly assertions: readonly TypedAssertion[];
}
