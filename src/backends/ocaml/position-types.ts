import type { TypedSuite } from "../../ir/suite.js";
import { ANY, type Type, optionalOf, showType } from "../../ir/types.js";
import { typeOfValue, unify, valueFits } from "../../ir/typing.js";
import type { Value } from "../../ir/values.js";
import { OcamlRefusal, REFUSAL_CODES } from "./refusal.js";

/**
 * The OCaml types of the candidate's parameters and result, one per position for the whole suite:
 * an OCaml function has a single type, so every call must agree on it. Each entry is the concrete
 * type or the refusal that explains why there is none.
 */
export interface SuiteTypes {
  readonly params: readonly PositionType[];
  readonly result: PositionType;
}

export type PositionType = { readonly type: Type } | { readonly refusal: OcamlRefusal };

/** Keyed by suite: every assertion of a suite asks for the same answer. */
const cache = new WeakMap<TypedSuite, SuiteTypes>();

export function suiteTypes(suite: TypedSuite): SuiteTypes {
  let types = cache.get(suite);
  if (!types) {
    const params = suite.signature.params.map((param, i) =>
      concretePosition(
        param.type,
        suite.assertions.map((a) => a.call.args[i]).filter((v): v is Value => v !== undefined),
        `argument '${param.name}'`,
        param.annotated,
      ),
    );
    const expected = suite.assertions.flatMap((a) => (a.expected ? [a.expected] : []));
    const { returns, returnsAnnotated } = suite.signature;
    // An unannotated function whose tests ask `is None` can return None: its result is Optional
    // even when every expected value is some T (the type checker infers from expected values only).
    const asksNone = suite.assertions.some((a) => a.kind === "isNone" || a.kind === "isNotNone");
    const declared = !returnsAnnotated && asksNone ? optionalOf(returns) : returns;
    types = { params, result: concretePosition(declared, expected, "the return value", returnsAnnotated) };
    cache.set(suite, types);
  }
  return types;
}

/**
 * The concrete type of a position: `Any` holes filled from every value seen there, then checked.
 * A union at an annotated position is the annotation's (`Union[int, str]`); at an unannotated one
 * the type checker made it from values of different types.
 */
export function concretePosition(declared: Type, values: readonly Value[], what: string, annotated: boolean): PositionType {
  try {
    const declaredUnion = annotated ? findUnion(declared) : undefined;
    if (declaredUnion) {
      throw new OcamlRefusal(
        REFUSAL_CODES.union,
        `${what} has the union type ${showType(declaredUnion)}; an OCaml value has a single type ` +
          `(only Optional[T] has an OCaml counterpart, T option)`,
      );
    }
    const type = tuplesOfOneElementType(fillFromValues(declared, values));
    requireConcrete(type, what);
    return { type };
  } catch (error) {
    if (error instanceof OcamlRefusal) return { refusal: error };
    throw error;
  }
}

/**
 * The declared type with each `Any` replaced by the type unified over the values at that spot, so
 * `list[Any]` seen with `[1, 2]` becomes `list[int]`, and the element of an empty list is taken
 * from its non-empty siblings.
 */
export function fillFromValues(declared: Type, values: readonly Value[]): Type {
  switch (declared.kind) {
    case "any":
      return values.map(typeOfValue).reduce(unify, ANY);
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

/** Throws the refusal for the first part of `type` that has no OCaml type. */
function requireConcrete(type: Type, what: string): void {
  const whole = `${what} (${showType(type)})`;
  const visit = (t: Type): void => {
    switch (t.kind) {
      case "any":
        throw new OcamlRefusal(
          REFUSAL_CODES.unknownType,
          `the type of part of ${whole} is unknown: no value in the suite shows it (an empty container ` +
            `everywhere, or no expected value at all), and OCaml needs a concrete type`,
        );
      case "none":
        throw new OcamlRefusal(
          REFUSAL_CODES.unknownType,
          `part of ${whole} is None in every value of the suite, so the T of its OCaml type T option is unknown`,
        );
      case "union":
        throw new OcamlRefusal(
          REFUSAL_CODES.heterogeneous,
          `${what} is given values of different types (${showType(t)}) in this suite; ` +
            `an OCaml value, and every item of an OCaml list, has a single type`,
        );
      case "tuple":
        if (t.elements.length < 2) {
          throw new OcamlRefusal(
            REFUSAL_CODES.tupleArity,
            `${whole} contains a tuple of ${t.elements.length} element(s); OCaml tuples have at least two`,
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
