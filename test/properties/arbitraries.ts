/**
 * fast-check arbitraries for typed IR values: a type from `spec/encodings.md` (int, float, bool,
 * str, Optional, list, tuple, dict, set) and a value of it, biased towards the values that break
 * some target: nasty strings, boundary ints and floats, deep nesting, empty containers.
 */
import fc from "fast-check";
import { hashKey } from "../../src/frontend/literals.js";
import { NO_SPAN } from "../../src/ir/span.js";
import type { Type } from "../../src/ir/types.js";
import type { DictEntry, Value } from "../../src/ir/values.js";

export interface Typed {
  readonly type: Type;
  readonly value: Value;
}

/** Value constructors without source positions. */
export const v = {
  int: (n: number | bigint): Value => ({ kind: "int", value: BigInt(n), span: NO_SPAN }),
  float: (x: number): Value => ({ kind: "float", value: x, text: String(x), span: NO_SPAN }),
  bool: (b: boolean): Value => ({ kind: "bool", value: b, span: NO_SPAN }),
  str: (s: string): Value => ({ kind: "str", value: s, span: NO_SPAN }),
  none: (): Value => ({ kind: "none", span: NO_SPAN }),
  list: (items: readonly Value[]): Value => ({ kind: "list", items, span: NO_SPAN }),
  tuple: (items: readonly Value[]): Value => ({ kind: "tuple", items, span: NO_SPAN }),
  set: (items: readonly Value[]): Value => ({ kind: "set", items, span: NO_SPAN }),
  dict: (entries: readonly DictEntry[]): Value => ({ kind: "dict", entries, span: NO_SPAN }),
};

// ---------------------------------------------------------------- ints

/** The powers of two where some target's integer changes representation or range. */
export const INT_BOUNDARY_BITS = [31, 32, 53, 62, 63, 64] as const;

const boundaryInt: fc.Arbitrary<bigint> = fc
  .tuple(fc.constantFrom(...INT_BOUNDARY_BITS), fc.integer({ min: -2, max: 2 }), fc.boolean())
  .map(([bits, delta, negative]) => (negative ? -1n : 1n) * (2n ** BigInt(bits) + BigInt(delta)));

export const intArb: fc.Arbitrary<bigint> = fc.oneof(
  { arbitrary: fc.bigInt({ min: -1000n, max: 1000n }), weight: 3 },
  { arbitrary: boundaryInt, weight: 4 },
  { arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), weight: 2 },
);

// ---------------------------------------------------------------- floats

const MIN_NORMAL = 2.2250738585072014e-308;

export const SPECIAL_FLOATS: readonly number[] = [
  0, -0, 5e-324, -5e-324, MIN_NORMAL, 2.225073858507201e-308, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE,
  Infinity, -Infinity, NaN, 0.1, -2.5, 1e16, 1e-5, 1e-4, 1e22, 2 ** 53, 2 ** 63, 2 ** 64, 123456789.123, 1 / 3,
];

export const floatArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_FLOATS), weight: 4 },
  { arbitrary: fc.double(), weight: 3 },
  { arbitrary: fc.double({ min: -MIN_NORMAL, max: MIN_NORMAL }), weight: 1 },
  { arbitrary: fc.integer({ min: -1000, max: 1000 }).map((n) => n / 8), weight: 2 },
);

// ---------------------------------------------------------------- strings

/**
 * Pieces of text that some target's string syntax, format strings or comments treat specially:
 * quotes, escapes, interpolation (`$`, `#{`, `%`, `~`), comment openers, controls, NUL, the
 * separators JavaScript and Python treat as line ends, astral and combining characters.
 */
export const NASTY_PIECES: readonly string[] = [
  "'", '"', '"""', "\\", "\\n", "\\u", "\\x", "$", "$x", "$(", "#{", "#{x}", "%", "%s", "%d", "~", "~a", "{", "}", "[[", "]]",
  "(*", "*)", "#|", "|#", ";", "--", "#", "@", "`", "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u000b",
  "\f", "\u001b", "\u001f", "\u007f", "\u0080", "\u0085", "\u009f", "\u00a0", "\u00e9", "e\u0301", "\u0301", "\u200b",
  "\u200d", "\u2028", "\u2029", "\ufeff", "\ufffd", "\uffff", "\u{1F600}", "\u{1F1EB}\u{1F1F7}", "\u{E0001}", "\u{10FFFF}",
  "\u0130", "\u00df",
];

/** One Unicode scalar value (never a surrogate half). */
export const scalarChar: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 0x10ffff - 0x800 })
  .map((n) => String.fromCodePoint(n >= 0xd800 ? n + 0x800 : n));

export const stringArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...NASTY_PIECES), weight: 3 },
      { arbitrary: scalarChar, weight: 1 },
      { arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 3 }), weight: 2 },
    ),
    { maxLength: 6 },
  )
  .map((pieces) => pieces.join(""));

/** A string holding at least one lone surrogate: no target can hold it, every path must refuse it. */
export const loneSurrogateStringArb: fc.Arbitrary<string> = fc
  .tuple(stringArb, fc.integer({ min: 0xd800, max: 0xdfff }), stringArb)
  .map(([a, unit, b]) => a + String.fromCharCode(unit) + b)
  // A high half followed by a low half would make a valid pair, not a lone surrogate.
  .filter((s) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s));

// ---------------------------------------------------------------- types

const SCALAR_TYPES: readonly Type[] = [{ kind: "int" }, { kind: "float" }, { kind: "bool" }, { kind: "str" }];

/** A type Python can hash (dict keys, set items): scalars, Optional scalars and tuples of them. */
export function hashableTypeArb(depth: number): fc.Arbitrary<Type> {
  const scalar = fc.constantFrom(...SCALAR_TYPES);
  if (depth <= 0) return scalar;
  return fc.oneof(
    { arbitrary: scalar, weight: 6 },
    { arbitrary: scalar.map((inner): Type => ({ kind: "optional", inner })), weight: 1 },
    { arbitrary: fc.array(hashableTypeArb(depth - 1), { maxLength: 3 }).map((elements): Type => ({ kind: "tuple", elements })), weight: 2 },
  );
}

/** Any type of the contract, nested at most `depth` containers deep. */
export function typeArb(depth: number): fc.Arbitrary<Type> {
  const scalar = fc.constantFrom(...SCALAR_TYPES);
  if (depth <= 0) return scalar;
  const inner = typeArb(depth - 1);
  return fc.oneof(
    { arbitrary: scalar, weight: 3 },
    { arbitrary: inner.map((element): Type => ({ kind: "list", element })), weight: 4 },
    { arbitrary: fc.array(inner, { maxLength: 3 }).map((elements): Type => ({ kind: "tuple", elements })), weight: 2 },
    { arbitrary: fc.tuple(hashableTypeArb(1), inner).map(([key, value]): Type => ({ kind: "dict", key, value })), weight: 2 },
    { arbitrary: hashableTypeArb(1).map((element): Type => ({ kind: "set", element })), weight: 1 },
    {
      arbitrary: inner.filter((t) => t.kind !== "optional").map((t): Type => ({ kind: "optional", inner: t })),
      weight: 2,
    },
  );
}

// ---------------------------------------------------------------- values

/** Keeps the first of items Python treats as the same key (`1`, `1.0`, `True`), as Python does. */
function uniqueByKey<T>(items: readonly T[], keyOf: (item: T) => Value): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = hashKey(keyOf(item), NO_SPAN);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Containers are empty one time in four, at every level; deeper ones hold fewer items. */
function lengthArb<T>(item: fc.Arbitrary<T>, depthLeft: number): fc.Arbitrary<T[]> {
  return fc.oneof(
    { arbitrary: fc.constant([] as T[]), weight: 1 },
    { arbitrary: fc.array(item, { minLength: 1, maxLength: depthLeft > 2 ? 2 : 4 }), weight: 3 },
  );
}

/** A value of `type` (a Type this module generates: no unions, no `Any`). */
export function valueArb(type: Type): fc.Arbitrary<Value> {
  const depth = typeDepth(type);
  switch (type.kind) {
    case "int":
      return intArb.map(v.int);
    case "float":
      // An int where the type says float, as Python allows (`f(1)` for `x: float`): widened by the checker.
      return fc.oneof({ arbitrary: floatArb.map(v.float), weight: 7 }, { arbitrary: intArb.map(v.int), weight: 1 });
    case "bool":
      return fc.boolean().map(v.bool);
    case "str":
      return stringArb.map(v.str);
    case "none":
      return fc.constant(v.none());
    case "optional":
      return fc.oneof(fc.constant(v.none()), valueArb(type.inner));
    case "list":
      return lengthArb(valueArb(type.element), depth).map(v.list);
    case "set":
      return lengthArb(valueArb(type.element), depth).map((items) => v.set(uniqueByKey(items, (x) => x)));
    case "tuple":
      return type.elements.length === 0 ? fc.constant(v.tuple([])) : fc.tuple(...type.elements.map(valueArb)).map(v.tuple);
    case "dict":
      return lengthArb(fc.tuple(valueArb(type.key), valueArb(type.value)), depth).map((pairs) =>
        v.dict(uniqueByKey(pairs, ([key]) => key).map(([key, value]) => ({ key, value }))),
      );
    default:
      throw new Error(`valueArb: no values for ${type.kind}`);
  }
}

/** How many containers deep a type nests. */
export function typeDepth(type: Type): number {
  switch (type.kind) {
    case "list":
    case "set":
    case "vartuple":
      return 1 + typeDepth(type.element);
    case "optional":
      return typeDepth(type.inner);
    case "tuple":
      return 1 + Math.max(0, ...type.elements.map(typeDepth));
    case "dict":
      return 1 + Math.max(typeDepth(type.key), typeDepth(type.value));
    default:
      return 0;
  }
}

/** A type (nested up to `maxDepth`, deep nesting included) with a value of it. */
export function typedValueArb(maxDepth = 6): fc.Arbitrary<Typed> {
  return fc
    .integer({ min: 0, max: maxDepth })
    .chain((depth) => typeArb(depth))
    .chain((type) => valueArb(type).map((value) => ({ type, value })));
}
