import { pythonFloatRepr } from "../../ir/python-literal.js";

/**
 * R source text for a finite double that R reads back as exactly that double.
 *
 * R's parser does not round decimal literals correctly: R_strtod accumulates the digits in an x87
 * `long double` (64-bit significand), scales by a power of ten computed by repeated squaring, and
 * only then rounds to double, so about one shortest-repr literal in 7000 (`0.226507` is one) is read
 * one ulp off. That matters whenever a tolerance is exact, and for arguments. So each literal is
 * checked against an emulation of that algorithm (R 4.x `R_strtod5`, decimal branch, exact = FALSE)
 * and, when R would misread it, written another way:
 *   1. the shortest decimal (`0.1`, `1e-05`), when R reads it exactly (nearly always);
 *   2. `M / 1eK` or `M * 1eK`, when M < 2^53 and K <= 22: both operands are exact doubles and
 *      IEEE division/multiplication rounds once, correctly (Clinger's fast path);
 *   3. a C99 hex literal (`0x1.cfdd1b3e2c8e6p-3`), which R reads exactly.
 */
export function rDoubleLiteral(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`rDoubleLiteral: ${x} is not finite`);
  const text = pythonFloatRepr(x);
  if (Object.is(rReadsDecimal(text), x)) return text;
  return fastPathLiteral(x) ?? hexLiteral(x);
}

/** The double R's parser produces for an unsigned-or-minus decimal literal (emulated exactly). */
export function rReadsDecimal(text: string): number {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const match = /^([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$/.exec(body);
  if (!match) throw new Error(`rReadsDecimal: cannot read ${text}`);
  const intDigits = match[1] ?? "";
  const fracDigits = match[2] ?? "";
  const digits = intDigits + fracDigits;
  const ndigits = digits.length;
  let expn = -fracDigits.length + (match[3] ? Number(match[3]) : 0);
  // Digit accumulation `ans = 10*ans + d` is exact while ans < 2^64 (shortest reprs have <= 17 digits).
  const accumulated = BigInt(digits || "0");
  if (accumulated >= 1n << 64n) throw new Error(`rReadsDecimal: too many digits in ${text}`);
  let ans: LongDouble = longDouble(accumulated, 0);
  const ten = longDouble(10n, 0);
  if (expn + ndigits < -300) {
    for (let n = 0; n < ndigits; n++) ans = ldDiv(ans, ten);
    expn += ndigits;
  }
  let p10 = ten;
  let fac = longDouble(1n, 0);
  if (expn < -307) {
    for (let n = -expn; n; n >>= 1, p10 = ldMul(p10, p10)) if (n & 1) fac = ldDiv(fac, p10);
    ans = ldMul(ans, fac);
  } else if (expn < 0) {
    for (let n = -expn; n; n >>= 1, p10 = ldMul(p10, p10)) if (n & 1) fac = ldMul(fac, p10);
    ans = ldDiv(ans, fac);
  } else if (ans.m !== 0n) {
    for (let n = expn; n; n >>= 1, p10 = ldMul(p10, p10)) if (n & 1) fac = ldMul(fac, p10);
    ans = ldMul(ans, fac);
  }
  const magnitude = toDouble(ans);
  return negative ? -magnitude : magnitude;
}

/** A finite non-negative x87 long double: m * 2^e with m < 2^64 (exponent range is ample here). */
interface LongDouble {
  readonly m: bigint;
  readonly e: number;
}

function longDouble(m: bigint, e: number): LongDouble {
  return m === 0n ? { m: 0n, e: 0 } : roundRational(m, 1n, e, 64, -Infinity);
}

function ldMul(a: LongDouble, b: LongDouble): LongDouble {
  return a.m === 0n || b.m === 0n ? { m: 0n, e: 0 } : roundRational(a.m * b.m, 1n, a.e + b.e, 64, -Infinity);
}

function ldDiv(a: LongDouble, b: LongDouble): LongDouble {
  return a.m === 0n ? { m: 0n, e: 0 } : roundRational(a.m, b.m, a.e - b.e, 64, -Infinity);
}

/** `(double) ans`: round to 53 bits, with IEEE subnormals below 2^-1022. */
function toDouble(a: LongDouble): number {
  if (a.m === 0n) return 0;
  const r = roundRational(a.m, 1n, a.e, 53, -1074);
  return Number(r.m) * 2 ** r.e; // exact: r.m < 2^53 and the scaling is a power of two
}

/**
 * num/den * 2^scale rounded to `bits` significant bits, ties to even; the result's exponent is
 * kept >= minExp (so that below the normal range fewer bits remain, as for subnormals).
 */
function roundRational(num: bigint, den: bigint, scale: number, bits: number, minExp: number): LongDouble {
  // Find e with 2^(bits-1) <= num/den * 2^(scale-e) < 2^bits.
  let e = scale + bitLength(num) - bitLength(den) - bits;
  const scaled = (exp: number): [bigint, bigint] => {
    const shift = scale - exp;
    return shift >= 0 ? [num << BigInt(shift), den] : [num, den << BigInt(-shift)];
  };
  let [n, d] = scaled(e);
  if (n / d >= 1n << BigInt(bits)) [n, d] = scaled(++e);
  else if (n / d < 1n << BigInt(bits - 1)) [n, d] = scaled(--e);
  if (e < minExp) [n, d] = scaled((e = minExp));
  let q = n / d;
  const r2 = (n - q * d) * 2n;
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) q += 1n;
  if (q === 1n << BigInt(bits)) return { m: q >> 1n, e: e + 1 };
  return { m: q, e };
}

function bitLength(x: bigint): number {
  return x.toString(2).length;
}

/** `M / 1eK` or `M * 1eK` when both operands are exact doubles (|M| < 2^53, K <= 22). */
function fastPathLiteral(x: number): string | undefined {
  const text = pythonFloatRepr(Math.abs(x));
  const match = /^([0-9]+)(?:\.([0-9]+))?(?:e([+-][0-9]+))?$/.exec(text);
  if (!match) return undefined;
  const frac = (match[2] ?? "").replace(/0+$/, "");
  const mantissa = BigInt((match[1] ?? "") + frac);
  const exponent = (match[3] ? Number(match[3]) : 0) - frac.length;
  if (mantissa >= 2n ** 53n || Math.abs(exponent) > 22) return undefined;
  const sign = x < 0 ? "-" : "";
  const power = `1e${Math.abs(exponent)}`;
  const candidate = exponent < 0 ? `${sign}${mantissa} / ${power}` : `${sign}${mantissa} * ${power}`;
  const value = exponent < 0 ? Number(mantissa) / Number(power) : Number(mantissa) * Number(power);
  return (x < 0 ? -value : value) === x ? `(${candidate})` : undefined;
}

/** C99 hexadecimal literal, read exactly by R (`0x1.8p+1` is 3). */
export function hexLiteral(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const sign = high >>> 31 ? "-" : "";
  const biased = (high >>> 20) & 0x7ff;
  const fraction = ((BigInt(high & 0xfffff) << 32n) | BigInt(low)).toString(16).padStart(13, "0").replace(/0+$/, "");
  const lead = biased === 0 ? "0" : "1";
  const exponent = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${lead}${fraction ? "." + fraction : ""}p${exponent < 0 ? "-" : "+"}${Math.abs(exponent)}`;
}
