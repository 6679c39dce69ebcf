/**
 * Doubles as exact rationals, and back, with BigInt arithmetic only: what Python's `round` needs
 * to be reproduced bit for bit (it rounds the exact binary value, never `x * 10**n`).
 */

/** A finite double's exact value `num / den`, `den` a positive power of two. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const view = new DataView(new ArrayBuffer(8));

export function doubleBits(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

export function doubleFromBits(bits: bigint): number {
  view.setBigUint64(0, BigInt.asUintN(64, bits));
  return view.getFloat64(0);
}

/**
 * The doubles in numeric order as integers: adjacent doubles have adjacent keys, -0.0 is just
 * below +0.0, -inf and +inf are the ends. NaN has no key.
 */
export function orderKey(x: number): bigint {
  const bits = doubleBits(x);
  return bits >> 63n ? -(bits & 0x7fff_ffff_ffff_ffffn) - 1n : bits;
}

export function fromOrderKey(key: bigint): number {
  return key < 0n ? doubleFromBits((-key - 1n) | (1n << 63n)) : doubleFromBits(key);
}

export const MIN_KEY = orderKey(-Infinity);
export const MAX_KEY = orderKey(Infinity);

export function nextUp(x: number): number {
  return fromOrderKey(orderKey(x) + 1n);
}

export function nextDown(x: number): number {
  return fromOrderKey(orderKey(x) - 1n);
}

export function exactValue(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`${x} has no exact rational value`);
  const bits = doubleBits(x);
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xf_ffff_ffff_ffffn;
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  const signed = negative ? -mantissa : mantissa;
  return exponent >= 0 ? { num: signed << BigInt(exponent), den: 1n } : reduce(signed, 1n << BigInt(-exponent));
}

function reduce(num: bigint, den: bigint): Rational {
  let n = num;
  let d = den;
  while (d > 1n && (n & 1n) === 0n) {
    n >>= 1n;
    d >>= 1n;
  }
  return { num: n, den: d };
}

/** Sign of a/b - c/d (denominators positive). */
export function compareRational(a: Rational, b: Rational): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** `num / den` (den > 0) rounded half to even to an integer. */
export function roundHalfEven(num: bigint, den: bigint): bigint {
  let q = num / den;
  let r = num % den;
  if (r < 0n) {
    q -= 1n;
    r += den;
  }
  const twice = 2n * r;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** The double nearest to `num / den` (den > 0), ties to even, overflowing to ±inf: what strtod gives. */
export function nearestDouble(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const negative = num < 0n;
  const n = negative ? -num : num;
  // Scale so that the quotient has 53 significant bits: q = n / den * 2^-e in [2^52, 2^53).
  let e = bitLength(n) - bitLength(den) - 53;
  const quotientBits = (shift: number) => (shift >= 0 ? n / (den << BigInt(shift)) : (n << BigInt(-shift)) / den);
  if (quotientBits(e) >= 1n << 53n) e += 1;
  else if (quotientBits(e) < 1n << 52n) e -= 1;
  // Subnormals: the last bit of the mantissa is worth 2^-1074 at most.
  if (e < -1074) e = -1074;
  const [scaledNum, scaledDen] = e >= 0 ? [n, den << BigInt(e)] : [n << BigInt(-e), den];
  const mantissa = roundHalfEven(scaledNum, scaledDen);
  const value = mantissa === 0n ? 0 : scaleByPowerOfTwo(mantissa, e);
  return negative ? -value : value;
}

function scaleByPowerOfTwo(mantissa: bigint, e: number): number {
  // mantissa < 2^54 and the result is exact (or overflows), so two exact steps suffice.
  if (e + bitLength(mantissa) - 1 > 1023) return Infinity;
  const m = Number(mantissa);
  if (e >= -1022) return m * 2 ** e;
  return m * 2 ** -1022 * 2 ** (e + 1022);
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/**
 * Python 3's `round(x, ndigits)` for a float x and ndigits >= 0: the exact binary value rounded
 * half to even at `ndigits` decimals (dtoa mode 3), then the nearest double. inf stays inf.
 */
export function pythonRoundDigits(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  // CPython: beyond NDIGITS_MAX decimals every double is returned unchanged.
  if (ndigits > 323) return x;
  const { num, den } = exactValue(x);
  const scale = 10n ** BigInt(ndigits);
  const rounded = nearestDouble(roundHalfEven(num * scale, den), scale);
  // A result of zero keeps the sign of x, as dtoa's digits-then-sign does.
  return rounded === 0 && (x < 0 || Object.is(x, -0)) ? -0 : rounded;
}

/** Python 3's `round(x)` for a finite float: the exact value rounded half to even, an int. */
export function pythonRoundToInt(x: number): bigint {
  const { num, den } = exactValue(x);
  return roundHalfEven(num, den);
}
