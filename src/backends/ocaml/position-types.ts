import type { TypedAssertion, TypedSuite } from "../../ir/suite.js";
import { ANY, type Type, showType } from "../../ir/types.js";
import { unify, valueFits } from "../../ir/typing.js";
import { toPythonLiteral } from "../../ir/python-literal.js";
import type { Value } from "../../ir/values.js";
import { OcamlRefusal, REFUSAL_CODES } from "./refusal.js";
import { ocamlType } from "./types.js";

/**
 * The OCaml types of the candidate's parameters and result, one per position for the whole suite:
 * an OCaml function has a single type, so every compiled call must agree on it. Each entry is the
 * type or the refusal that explains why there is none. A type may keep `Any` parts: places where
 * no compiled value has anything (always an empty container, always None, no expected value), which
 * OCaml leaves to the candidate (`_` in a type constraint; see `unknownParts`).
 *
 * Where the assertions disagree (`f("a")` and `f([])`), the type that keeps the most assertions
 * is chosen (ties: the first seen) and the others are refused in `conflicts`: each compiled
 * assertion is then exact for a candidate of the chosen type.
 */
export interface SuiteTypes {
  readonly params: readonly PositionType[];
  readonly result: PositionType;
  /** Assertions left out because one of their values does not fit the type chosen for its position. */
  readonly conflicts: ReadonlyMap<TypedAssertion, OcamlRefusal>;
  /**
   * Assertions `f(x) == True` / `!= False` (not `is`) kept where the result is an int: Python's `==`
   * compares a bool with an int as 1 or 0 (`n == False` exactly when `n == 0`), so the expected bool
   * is written as that int (see `boolAsIntCandidate`).
   */
  readonly boolAsInt: ReadonlySet<TypedAssertion>;
}

export type PositionType = { readonly type: Type } | { readonly refusal: OcamlRefusal };

/** Keyed by suite: every assertion of a suite asks for the same answer. */
const cache = new WeakMap<TypedSuite, SuiteTypes>();

/**
 * `compiles` says which assertions the backend will be asked to compile (the others, refused before
 * it sees them, must not decide a type).
 */
export function suiteTypes(suite: TypedSuite, compiles: (assertion: TypedAssertion) => boolean = () => true): SuiteTypes {
  let types = cache.get(suite);
  if (!types) {
    types = computeSuiteTypes(suite, compiles);
    cache.set(suite, types);
  }
  return types;
}

function computeSuiteTypes(suite: TypedSuite, compiles: (assertion: TypedAssertion) => boolean): SuiteTypes {
  const first = suite.assertions[0];
  const { returns, returnsAnnotated } = suite.signature;
  // The annotations as written, `Any` where there is none: the signature's own types are already
  // unified over every value, which is what has to be undone where the values disagree.
  const positions: Position[] = [
    ...suite.signature.params.map((param, i) =>
      position(param.annotated ? (first?.declaredArgTypes[i] ?? param.type) : ANY, param.annotated, `argument '${param.name}'`, (a) => a.call.args[i]),
    ),
    resultPosition(returnsAnnotated ? (first?.declaredResultType ?? returns) : ANY, returnsAnnotated),
  ];
  const conflicts = new Map<TypedAssertion, OcamlRefusal>();
  const boolAsInt = new Set<TypedAssertion>();
  const kept = chooseAssertions(suite.assertions.filter(compiles), positions, conflicts, boolAsInt);
  const resultAt = positions.length - 1;
  const types = positions.map((p, at): PositionType => {
    if (p.refusal) return { refusal: p.refusal };
    const type = p.typeOf(kept.flatMap((a) => (at === resultAt && boolAsInt.has(a) ? [] : (p.valueOf(a) ?? []))));
    try {
      requireRepresentable(type, p.what);
    } catch (error) {
      if (error instanceof OcamlRefusal) return { refusal: error };
      throw error;
    }
    return { type: withUnknownParts(type) };
  });
  let result = types.pop()!;
  // An unannotated function whose tests ask `is None` can return None: its result is Optional
  // even when every expected value is some T (or when no value shows T at all).
  const asksNone = kept.some((a) => a.kind === "isNone" || a.kind === "isNotNone");
  if (!returnsAnnotated && asksNone && "type" in result && result.type.kind !== "optional") {
    result = { type: { kind: "optional", inner: result.type } };
  }
  return { params: types, result, conflicts, boolAsInt };
}

/**
 * The result's position: an assertion gives it the value the candidate's result is compared with.
 * That is the expected value itself, except that `sorted(r) == [...]` and `set(r) == {...}` say only
 * that r is a sequence of such items (of the result's own kind: list, set or tuple; a list where
 * nothing says), and `round(r, n) == y` that r is a number (its range's bound, a float, as the type
 * checker infers it).
 */
function resultPosition(declared: Type, annotated: boolean): Position {
  return position(declared, annotated, "the return value", (a) => comparedResultValue(a, declared));
}

export function comparedResultValue(assertion: TypedAssertion, declared: Type): Value | undefined {
  if (assertion.kind === "inRange") return assertion.range?.low;
  const expected = assertion.expected;
  if (!expected || !assertion.view) return expected;
  if (expected.kind !== "list" && expected.kind !== "set" && expected.kind !== "tuple") return expected;
  const kind = declared.kind === "set" ? "set" : declared.kind === "tuple" || declared.kind === "vartuple" ? "tuple" : "list";
  return { kind, items: expected.items, span: expected.span };
}

/** A parameter or the result: what is declared there and how to read an assertion's value for it. */
interface Position {
  readonly what: string;
  readonly valueOf: (assertion: TypedAssertion) => Value | undefined;
  /** The type of the position over these values: the declaration with its `Any` parts filled. */
  readonly typeOf: (values: readonly Value[]) => Type;
  /** Set when the declaration itself has no OCaml type (a Union other than Optional). */
  readonly refusal?: OcamlRefusal;
}

function position(declared: Type, annotated: boolean, what: string, valueOf: Position["valueOf"]): Position {
  const declaredUnion = annotated ? findUnion(declared) : undefined;
  const refusal = declaredUnion
    ? new OcamlRefusal(
        REFUSAL_CODES.union,
        `${what} has the union type ${showType(declaredUnion)}; an OCaml value has a single type ` +
          `(only Optional[T] has an OCaml counterpart, T option)`,
      )
    : undefined;
  return {
    what,
    valueOf,
    typeOf: (values) => tuplesOfOneElementType(fillFromValues(declared, values)),
    ...(refusal ? { refusal } : {}),
  };
}

/**
 * The assertions compiled: those of the one typing of the candidate (a type per position) that
 * keeps the most of them (ties: the first seen). A value whose own items disagree (`[1, "a"]`)
 * fits no OCaml type and is left out whatever is chosen. The others are grouped greedily from each
 * assertion in turn: an assertion joins the group while every position's type stays a single type.
 * Every assertion left out gets its refusal in `conflicts`.
 */
function chooseAssertions(
  assertions: readonly TypedAssertion[],
  positions: readonly Position[],
  conflicts: Map<TypedAssertion, OcamlRefusal>,
  boolAsInt: Set<TypedAssertion>,
): readonly TypedAssertion[] {
  const typed = positions.filter((p) => !p.refusal);
  // The result's index among the typed positions (it is the last position), if it is typed.
  const resultAt = positions[positions.length - 1]!.refusal ? -1 : typed.length - 1;
  // Each assertion's own type at each position (undefined: it gives that position no value).
  const own = new Map<TypedAssertion, Array<Type | undefined>>();
  for (const assertion of assertions) {
    const types = typed.map((p) => {
      const value = p.valueOf(assertion);
      return value ? p.typeOf([value]) : undefined;
    });
    const mixedAt = types.findIndex((t) => t !== undefined && findUnion(t));
    if (mixedAt < 0) {
      own.set(assertion, types);
      continue;
    }
    const value = typed[mixedAt]!.valueOf(assertion)!;
    conflicts.set(
      assertion,
      new OcamlRefusal(
        REFUSAL_CODES.heterogeneous,
        `${typed[mixedAt]!.what} is given ${shortLiteral(value)} here, whose items have different types ` +
          `(${showType(findUnion(types[mixedAt]!)!)}); every item of an OCaml list (or dict, set) has a single type`,
        located(value),
      ),
    );
  }
  const single = [...own.keys()];
  const join = (a: Type | undefined, b: Type | undefined) => (a && b ? tuplesOfOneElementType(unify(a, b)) : (a ?? b));

  let best: { group: TypedAssertion[]; types: Array<Type | undefined>; outAt: Map<TypedAssertion, number> } | undefined;
  const tried = new Set<string>();
  for (const seed of single) {
    const seedTypes = own.get(seed)!;
    const key = seedTypes.map((t) => (t ? showType(t) : "-")).join(" ; ");
    if (tried.has(key)) continue;
    tried.add(key);
    const group = [seed];
    let groupTypes = seedTypes;
    const outAt = new Map<TypedAssertion, number>();
    for (const assertion of single) {
      if (assertion === seed) continue;
      const joined = groupTypes.map((t, i) => join(t, own.get(assertion)![i]));
      const clash = joined.findIndex((t) => t !== undefined && findUnion(t));
      if (clash >= 0) {
        outAt.set(assertion, clash);
        continue;
      }
      group.push(assertion);
      groupTypes = joined;
    }
    if (!best || group.length > best.group.length) best = { group, types: groupTypes, outAt };
    if (group.length === single.length) break;
  }
  if (!best) return [];
  // Where the int typing was chosen (on its own merits: the bools do not vote for it), an
  // `== True` / `== False` left out only for its bool is kept, compared as Python compares a bool
  // with an int.
  if (resultAt >= 0 && best.types[resultAt]?.kind === "int") {
    for (const [assertion, at] of [...best.outAt]) {
      if (at !== resultAt || !boolAsIntCandidate(assertion)) continue;
      const ownTypes = own.get(assertion)!;
      const joined = best.types.map((t, i) => (i === resultAt ? t : join(t, ownTypes[i])));
      if (joined.some((t) => t !== undefined && findUnion(t))) continue;
      best.types = joined;
      best.group.push(assertion);
      best.outAt.delete(assertion);
      boolAsInt.add(assertion);
    }
  }
  for (const [assertion, at] of best.outAt) {
    const p = typed[at]!;
    const value = p.valueOf(assertion)!;
    const chosen = p.typeOf(best.group.flatMap((a) => (at === resultAt && boolAsInt.has(a) ? [] : (p.valueOf(a) ?? []))));
    const counted = best.group.filter((a) => p.valueOf(a)).length;
    const total = single.filter((a) => p.valueOf(a)).length;
    conflicts.set(
      assertion,
      new OcamlRefusal(
        REFUSAL_CODES.conflictingType,
        `${p.what} has values of different types in this suite, and an OCaml function has a single type: ` +
          `the tests are compiled for ${showType(chosen)} there (OCaml ${ocamlType(withUnknownParts(chosen))}), ` +
          `which keeps the most assertions (${counted} of the ${total} that give it a value); ` +
          `this one gives it ${shortLiteral(value)} (${showType(own.get(assertion)![at]!)})`,
        located(value),
      ),
    );
  }
  return best.group.sort((a, b) => assertions.indexOf(a) - assertions.indexOf(b));
}

/**
 * `f(x) == True` or `f(x) != False`: an `==`/`!=` (not `is`, not through a view) whose expected value
 * is a bool itself. Where the result is an int it holds exactly when Python's does for the same int,
 * `n == True` being `n == 1` and `n == False` being `n == 0`.
 */
export function boolAsIntCandidate(assertion: TypedAssertion): boolean {
  return (
    (assertion.kind === "equal" || assertion.kind === "notEqual") &&
    !assertion.identity &&
    !assertion.view &&
    assertion.expected?.kind === "bool"
  );
}

/** The value's span, unless it has none (hand-built IR): the assertion's own span is used then. */
function located(value: Value) {
  return value.span.startLine > 0 ? value.span : undefined;
}

function shortLiteral(value: Value): string {
  const text = toPythonLiteral(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The declared type with each `Any` replaced by the type unified over the values at that spot, so
 * `list[Any]` seen with `[1, 2]` becomes `list[int]`, and the element of an empty list is taken
 * from its non-empty siblings. An int the type checker widened to a float because of another
 * value counts as the int it was written as: that other value may be one this backend leaves out.
 */
export function fillFromValues(declared: Type, values: readonly Value[]): Type {
  switch (declared.kind) {
    case "any":
      return values.map(writtenType).reduce(unify, ANY);
    case "list":
    case "set":
      return {
        kind: declared.kind,
        element: fillFromValues(declared.element, values.flatMap((v) => (v.kind === declared.kind ? v.items : []))),
      };
    case "vartuple":
      return { kind: "vartuple", element: fillFromValues(declared.element, values.flatMap((v) => (v.kind === "tuple" ? v.items : []))) };
    case "tuple":
      return {
        kind: "tuple",
        elements: declared.elements.map((t, i) =>
          fillFromValues(t, values.flatMap((v) => (v.kind === "tuple" && v.items[i] ? [v.items[i]] : []))),
        ),
      };
    case "dict": {
      const entries = values.flatMap((v) => (v.kind === "dict" ? v.entries : []));
      return {
        kind: "dict",
        key: fillFromValues(declared.key, entries.map((e) => e.key)),
        value: fillFromValues(declared.value, entries.map((e) => e.value)),
      };
    }
    case "optional": {
      const inner = fillFromValues(declared.inner, values.filter((v) => v.kind !== "none"));
      return inner.kind === "optional" ? inner : { kind: "optional", inner };
    }
    case "union":
      return { kind: "union", members: declared.members.map((m) => fillFromValues(m, values.filter((v) => valueFits(v, m)))) };
    default:
      return declared;
  }
}

/** The type a value has as written in the Python source (a widened int is an int again). */
function writtenType(value: Value): Type {
  switch (value.kind) {
    case "float":
      return value.widenedFromInt ? { kind: "int" } : { kind: "float" };
    case "list":
    case "set":
      return { kind: value.kind, element: value.items.map(writtenType).reduce(unify, ANY) };
    case "tuple":
      return { kind: "tuple", elements: value.items.map(writtenType) };
    case "dict":
      return {
        kind: "dict",
        key: value.entries.map((e) => writtenType(e.key)).reduce(unify, ANY),
        value: value.entries.map((e) => writtenType(e.value)).reduce(unify, ANY),
      };
    default:
      return { kind: value.kind };
  }
}

/**
 * Tuples of different lengths seen at one untyped position, `(1, 2)` and `(3, 4, 5)`, whose items
 * all have one type, are a `Tuple[int, ...]` (an OCaml `int list`), as MultiPL-E's typed suites
 * declare them; the type checker leaves them a union of tuple types.
 */
export function tuplesOfOneElementType(type: Type): Type {
  switch (type.kind) {
    case "union": {
      const members = type.members.map(tuplesOfOneElementType);
      if (members.every((m) => m.kind === "tuple" || m.kind === "vartuple")) {
        const element = members
          .flatMap((m) => (m.kind === "tuple" ? m.elements : m.kind === "vartuple" ? [m.element] : []))
          .reduce<Type>(unify, ANY);
        if (element.kind !== "union" && element.kind !== "any") return { kind: "vartuple", element };
      }
      return { kind: "union", members };
    }
    case "list":
    case "set":
    case "vartuple":
      return { kind: type.kind, element: tuplesOfOneElementType(type.element) };
    case "optional":
      return { kind: "optional", inner: tuplesOfOneElementType(type.inner) };
    case "tuple":
      return { kind: "tuple", elements: type.elements.map(tuplesOfOneElementType) };
    case "dict":
      return { kind: "dict", key: tuplesOfOneElementType(type.key), value: tuplesOfOneElementType(type.value) };
    default:
      return type;
  }
}

function findUnion(type: Type): Type | undefined {
  switch (type.kind) {
    case "union":
      return type;
    case "list":
    case "set":
    case "vartuple":
      return findUnion(type.element);
    case "optional":
      return findUnion(type.inner);
    case "tuple":
      return type.elements.map(findUnion).find((t) => t !== undefined);
    case "dict":
      return findUnion(type.key) ?? findUnion(type.value);
    default:
      return undefined;
  }
}

/**
 * The type with the parts no value shows made explicit for OCaml: a part that is None in every
 * value is `Optional[Any]` (OCaml `_ option`), the empty tuple `()` is the empty `Tuple[Any, ...]`
 * (an OCaml list, `[]`). `Any` parts stay: no compiled value has anything there, so the candidate's
 * type decides them, and nothing in the test ever compares or prints what is there (see the
 * prelude's `__pt_eq_unseen`).
 */
export function withUnknownParts(type: Type): Type {
  switch (type.kind) {
    case "none":
      return { kind: "optional", inner: ANY };
    case "list":
    case "set":
    case "vartuple":
      return { kind: type.kind, element: withUnknownParts(type.element) };
    case "optional":
      return { kind: "optional", inner: withUnknownParts(type.inner) };
    case "tuple":
      return type.elements.length === 0 ? { kind: "vartuple", element: ANY } : { kind: "tuple", elements: type.elements.map(withUnknownParts) };
    case "dict":
      return { kind: "dict", key: withUnknownParts(type.key), value: withUnknownParts(type.value) };
    default:
      return type;
  }
}

/** Throws the refusal for the first part of `type` that has no OCaml type. */
function requireRepresentable(type: Type, what: string): void {
  const visit = (t: Type): void => {
    switch (t.kind) {
      case "union":
        throw new Error(`internal: ${what} kept the union ${showType(t)}`);
      case "tuple":
        if (t.elements.length === 1) {
          throw new OcamlRefusal(
            REFUSAL_CODES.tupleArity,
            `${what} (${showType(type)}) contains a one-element tuple; OCaml tuples have at least two elements`,
          );
        }
        t.elements.forEach(visit);
        return;
      case "list":
      case "set":
      case "vartuple":
        return visit(t.element);
      case "optional":
        return visit(t.inner);
      case "dict":
        visit(t.key);
        return visit(t.value);
      default:
        return;
    }
  };
  visit(type);
}
