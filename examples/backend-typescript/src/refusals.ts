import { type Refusal, type TypedAssertion, type Value, findInValue, findIntOutside, refuse, showType } from "polytest";
import { admitsNone, suiteSignature } from "./types.js";
import type { TypedSuite } from "polytest";

/** Stable codes of the TypeScript backend's refusals. */
export const REFUSAL_CODES = {
  intRange: "refused/typescript-int-range",
  noneOnNonOptional: "refused/typescript-none-on-non-optional",
  nanKeys: "refused/typescript-nan-keys",
} as const;

/** ints are JS numbers: beyond ±(2^53 - 1) a number no longer names one integer. */
const MAX_SAFE = 2n ** 53n - 1n;

function intRefusal(value: Value, what: string): Refusal | undefined {
  const outside = findIntOutside(value, -MAX_SAFE, MAX_SAFE);
  if (!outside || outside.kind !== "int") return undefined;
  return refuse(
    REFUSAL_CODES.intRange,
    `${what} holds the int ${outside.value}, beyond ±(2^53 - 1): TypeScript ints are numbers, which cannot hold it exactly`,
    outside.span,
  );
}

const isNaNValue = (v: Value): boolean => v.kind === "float" && Number.isNaN(v.value);

/**
 * A set or dict holding two or more nan items or keys: each `float('nan')` is its own object in
 * Python, so `{float('nan'), float('nan')}` has two items, but a JS `Set` or `Map` compares keys
 * by SameValueZero, under which NaN is one key: the candidate would get one item (one entry).
 */
function nanKeysRefusal(value: Value, what: string): Refusal | undefined {
  const found = findInValue(
    value,
    (v) => (v.kind === "set" && v.items.filter(isNaNValue).length > 1) || (v.kind === "dict" && v.entries.filter((e) => isNaNValue(e.key)).length > 1),
  );
  if (!found) return undefined;
  return refuse(
    REFUSAL_CODES.nanKeys,
    `${what} holds a ${found.kind === "set" ? "set with float('nan') as more than one item" : "dict with float('nan') as more than one key"}: ` +
      `Python keeps each nan, a JavaScript ${found.kind === "set" ? "Set" : "Map"} only one (NaN is one key to it)`,
    found.span,
  );
}

/** Why an assertion cannot be compiled faithfully, if it cannot. */
export function findRefusal(assertion: TypedAssertion, suite: TypedSuite): Refusal | undefined {
  const signature = suiteSignature(suite);
  for (const [i, arg] of assertion.call.args.entries()) {
    const what = `argument '${signature.params[i]?.name ?? i + 1}'`;
    const refusal = intRefusal(arg, what) ?? nanKeysRefusal(arg, what);
    if (refusal) return refusal;
  }
  if (assertion.expected) {
    const refusal = intRefusal(assertion.expected, "the expected value") ?? nanKeysRefusal(assertion.expected, "the expected value");
    if (refusal) return refusal;
  }
  if ((assertion.kind === "isNone" || assertion.kind === "isNotNone") && !admitsNone(signature.result)) {
    return refuse(
      REFUSAL_CODES.noneOnNonOptional,
      `this checks 'is None' on a result annotated ${showType(signature.result)}, which is not Optional; ` +
        `a TypeScript candidate of that type can never return null, while a Python one might return None`,
    );
  }
  return undefined;
}
