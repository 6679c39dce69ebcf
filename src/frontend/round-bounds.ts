import { pythonFloatRepr } from "../ir/python-literal.js";
import {
  MAX_KEY,
  MIN_KEY,
  compareRational,
  exactValue,
  fromOrderKey,
  orderKey,
  pythonRoundDigits,
  pythonRoundToInt,
} from "./exact-double.js";

/** The target of `round(result[, ndigits]) == target`: an int literal or a float literal's double. */
export type RoundTarget = { readonly kind: "int"; readonly value: bigint } | { readonly kind: "float"; readonly value: number };

export type RoundBounds = { readonly low: number; readonly high: number } | { readonly never: string };

/**
 * The smallest and largest doubles x with Python's `round(x, ndigits) == target` (or `round(x)`
 * when ndigits is undefined). Python's round is monotone in x, so these doubles form one interval
 * and a binary search over the doubles in order finds its ends. An int result r passes exactly
 * when r == target, which the interval also says: the only integer it may hold is the target.
 */
export function roundBounds(target: RoundTarget, ndigits: number | undefined): RoundBounds {
  const targetValue = targetNumber(target);
  if (typeof targetValue === "string") return { never: targetValue };
  // round(x) of inf or nan raises; round(x, n) keeps inf, and no result rounds to nan.
  if (Number.isNaN(targetValue)) return { never: "nan equals nothing, so round(...) == nan never holds" };
  if (!Number.isFinite(targetValue)) {
    if (ndigits === undefined) return { never: "round(x) of an infinity raises OverflowError, so it never equals inf" };
    return { low: targetValue, high: targetValue };
  }
  const [lowKey, highKey] = ndigits === undefined ? [orderKey(-Number.MAX_VALUE), orderKey(Number.MAX_VALUE)] : [MIN_KEY, MAX_KEY];
  const compare = (key: bigint): number => compareRounded(fromOrderKey(key), ndigits, target);
  const first = firstKeyWhere(lowKey, highKey, (k) => compare(k) >= 0);
  const pastLast = firstKeyWhere(lowKey, highKey, (k) => compare(k) > 0);
  if (first === undefined || first >= (pastLast ?? highKey + 1n) || compare(first) !== 0) {
    return { never: `no float x has ${describe(ndigits)} == ${showTarget(target)}, so the assert can never hold` };
  }
  const low = fromOrderKey(first);
  const high = fromOrderKey((pastLast ?? highKey + 1n) - 1n);
  const stray = strayInteger(low, high, target);
  if (stray !== undefined) {
    return { never: `the int ${stray} lies between the bounds but round(${stray}) != ${showTarget(target)}; not expressible as a range` };
  }
  return { low, high };
}

function targetNumber(target: RoundTarget): number | string {
  if (target.kind === "float") return target.value;
  const asDouble = Number(target.value);
  // round() of a float is a float (or an int from a float); an int no double equals is never reached.
  if (BigInt(asDouble) !== target.value) return `${target.value} is not exactly a float, so no rounded float equals it`;
  return asDouble;
}

/** Sign of Python's `round(x[, ndigits]) - target`, compared exactly as Python's == does. */
function compareRounded(x: number, ndigits: number | undefined, target: RoundTarget): number {
  if (ndigits === undefined) {
    const rounded = pythonRoundToInt(x);
    return compareRational({ num: rounded, den: 1n }, targetRational(target));
  }
  const rounded = pythonRoundDigits(x, ndigits);
  if (!Number.isFinite(rounded)) return rounded > 0 ? 1 : -1;
  return compareRational(exactValue(rounded), targetRational(target));
}

function targetRational(target: RoundTarget) {
  return target.kind === "int" ? { num: target.value, den: 1n } : exactValue(target.value);
}

/** The smallest key in [lo, hi] where a monotone predicate holds, if any. */
function firstKeyWhere(lo: bigint, hi: bigint, holds: (key: bigint) => boolean): bigint | undefined {
  if (!holds(hi)) return undefined;
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = a + ((b - a) >> 1n);
    if (holds(mid)) b = mid;
    else a = mid + 1n;
  }
  return a;
}

/** An integer in [low, high] other than the target (an int result there would pass wrongly). */
function strayInteger(low: number, high: number, target: RoundTarget): bigint | undefined {
  const lo = exactValue(low);
  const hi = exactValue(high);
  const firstInt = -floorDiv(-lo.num, lo.den);
  const lastInt = floorDiv(hi.num, hi.den);
  const t = targetRational(target);
  const targetInt = t.den === 1n ? t.num : undefined;
  for (let i = firstInt; i <= lastInt && i <= firstInt + 2n; i++) if (i !== targetInt) return i;
  return undefined;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function describe(ndigits: number | undefined): string {
  return ndigits === undefined ? "round(x)" : `round(x, ${ndigits})`;
}

function showTarget(target: RoundTarget): string {
  return target.kind === "int" ? target.value.toString() : pythonFloatRepr(target.value);
}
