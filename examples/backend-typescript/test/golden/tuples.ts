// polytest: the test program, appended to the candidate's source.
/** The Python type of a position, as the backend describes it. */
type __pt_Type = | { readonly k: "int" | "float" | "bool" | "str" | "none" | "any" }
  | { readonly k: "list" | "vartuple" | "set" | "opt"; readonly of: __pt_Type }
  | { readonly k: "tuple" | "union"; readonly of: readonly __pt_Type[] }
  | { readonly k: "dict"; readonly key: __pt_Type; readonly value: __pt_Type };
/**
 * How floats compare: `isclose` is `math.isclose(a, b, rel_tol, abs_tol)`, `absdiff` is
 * `abs(a - b) < eps` (`<=` when inclusive). `stated`: written in the assert, so it applies to ints.
 */
type __pt_Tolerance = | { readonly k: "isclose"; readonly rel: number; readonly abs: number; readonly stated: boolean }
  | { readonly k: "absdiff"; readonly eps: number; readonly inclusive: boolean; readonly stated: boolean };
const __pt_ANY: __pt_Type = { k: "any" };
/** Where no float can occur and the assert states no tolerance, the backend passes none: exact. */
const __pt_EXACT: __pt_Tolerance = { k: "isclose", rel: 0, abs: 0, stated: false };
const __pt_counts = { passed: 0, failed: 0 };

function __pt_closeEnough(a: number, b: number, tol: __pt_Tolerance): boolean {
  if (tol.k === "absdiff") {
    const d = Math.abs(a - b);
    return tol.inclusive ? d <= tol.eps : d < tol.eps;
  }

  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= Math.max(tol.rel * Math.max(Math.abs(a), Math.abs(b)), tol.abs);
}

/** Python's `bool == number`: True is 1, False is 0. */
function __pt_asNumber(v: unknown): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return undefined;
}

/** The items of a list, tuple or set result, or undefined for anything else. */
function __pt_items(v: unknown): unknown[] | undefined {
  if (Array.isArray(v)) return v;
  if (v instanceof Set) return [...v];
  return undefined;
}

/** Whether `expected` (a value the backend generated) has the runtime shape of type `t`. */
function __pt_fits(t: __pt_Type, v: unknown): boolean {
  switch (t.k) {
    case "any":
      return true;
    case "int":
      return typeof v === "number" && Number.isInteger(v);
    case "float":
      return typeof v === "number";
    case "bool":
      return typeof v === "boolean";
    case "str":
      return typeof v === "string";
    case "none":
      return v === null;
    case "opt":
      return v === null || __pt_fits(t.of, v);
    case "union":
      return t.of.some((m) => __pt_fits(m, v));
    case "list":
    case "vartuple":
      return Array.isArray(v);
    case "tuple":
      return Array.isArray(v) && v.length === t.of.length;
    case "set":
      return v instanceof Set;
    case "dict":
      return v instanceof Map;
  }
}

/** `actual == expected` in Python, deeply, at type `t`. `identity`: `is True` / `is False`. */
function __pt_eq(t: __pt_Type, actual: unknown, expected: unknown, tol: __pt_Tolerance = __pt_EXACT, identity = false): boolean {
  switch (t.k) {
    case "int": {
      const a = __pt_asNumber(actual);
      if (a === undefined || typeof expected !== "number") return false;
      return tol.stated ? __pt_closeEnough(a, expected, tol) : a === expected;
    }
    case "float": {
      const a = __pt_asNumber(actual);
      if (a === undefined || typeof expected !== "number") return false;
      // Two whole numbers are most likely Python ints (a JS number cannot say), and int == int is
      // exact: 2147483647 must not equal 2147483648, which the relative tolerance would allow.
      if (!tol.stated && Number.isInteger(a) && Number.isInteger(expected)) return a === expected;
      return __pt_closeEnough(a, expected, tol);
    }
    case "bool":
      if (identity) return actual === expected;
      if (typeof actual === "boolean") return actual === expected;
      return typeof actual === "number" && actual === (expected ? 1 : 0);
    case "str":
      return typeof actual === "string" && actual === expected;
    case "none":
      return actual === null && expected === null;
    case "opt":
      if (expected === null || actual === null) return expected === actual;
      return __pt_eq(t.of, actual, expected, tol, identity);
    case "union":
      return t.of.some((m) => __pt_fits(m, expected) && __pt_eq(m, actual, expected, tol, identity));
    case "any":
      return __pt_eqUntyped(actual, expected, tol);
    case "list":
    case "vartuple":
      return (
        Array.isArray(actual) &&
        Array.isArray(expected) &&
        actual.length === expected.length &&
        actual.every((a, i) => __pt_eq(t.of, a, expected[i], tol))
      );
    case "tuple":
      return (
        Array.isArray(actual) &&
        Array.isArray(expected) &&
        actual.length === t.of.length &&
        expected.length === t.of.length &&
        t.of.every((m, i) => __pt_eq(m, actual[i], expected[i], tol))
      );
    case "set":
      if (!(actual instanceof Set) || !(expected instanceof Set)) return false;
      return __pt_sameMembers(t.of, [...actual], [...expected], tol);
    case "dict": {
      if (!(actual instanceof Map) || !(expected instanceof Map)) return false;
      const a = [...actual.entries()];
      const e = [...expected.entries()];
      const entryType: __pt_Type = { k: "tuple", of: [t.key, t.value] };
      return __pt_sameMembers(entryType, a, e, tol);
    }
  }
}

/** Equality where the type says `Any`: numbers by tolerance, containers by their JS shape. */
function __pt_eqUntyped(actual: unknown, expected: unknown, tol: __pt_Tolerance): boolean {
  if (typeof expected === "number") return __pt_eq({ k: "float" }, actual, expected, tol);
  if (typeof expected === "boolean") return __pt_eq({ k: "bool" }, actual, expected, tol);
  if (Array.isArray(expected)) return __pt_eq({ k: "list", of: __pt_ANY }, actual, expected, tol);
  if (expected instanceof Set) return __pt_eq({ k: "set", of: __pt_ANY }, actual, expected, tol);
  if (expected instanceof Map) return __pt_eq({ k: "dict", key: __pt_ANY, value: __pt_ANY }, actual, expected, tol);
  return actual === expected;
}

/**
 * Unordered comparison (sets, dict entries): as many items on each side, and the items pair off one
 * to one under Python equality (a perfect matching, found by augmenting paths, since with the float
 * tolerance one item may equal several: `{0.0, 5e-324}` is not `{0.0}`, though each item of
 * either is close to one of the other).
 */
function __pt_sameMembers(t: __pt_Type, actual: readonly unknown[], expected: readonly unknown[], tol: __pt_Tolerance): boolean {
  if (actual.length !== expected.length) return false;
  const equal = expected.map((e) => actual.map((a) => __pt_eq(t, a, e, tol)));
  /** For each actual item, the expected item it is paired with (-1: none yet). */
  const pairedWith = actual.map(() => -1);
  const pair = (e: number, seen: boolean[]): boolean => {
    for (let a = 0; a < actual.length; a++) {
      if (!equal[e]![a] || seen[a]) continue;
      seen[a] = true;
      if (pairedWith[a]! < 0 || pair(pairedWith[a]!, seen)) {
        pairedWith[a] = e;
        return true;
      }
    }
    return false;
  };
  return expected.every((_, e) => pair(e, actual.map(() => false)));
}

/** The items of a list as Python's `set()` keeps them: the first of those exactly equal, as Python hashes them. */
function __pt_distinct(t: __pt_Type, items: readonly unknown[]): unknown[] {
  const kept: unknown[] = [];
  for (const item of items) if (!kept.some((k) => __pt_eq(t, k, item))) kept.push(item);
  return kept;
}

/** `sorted(actual) == expected`: the items pair off one to one (a multiset comparison). */
function __pt_eqSorted(element: __pt_Type, actual: unknown, expected: readonly unknown[], tol: __pt_Tolerance = __pt_EXACT): boolean {
  const items = __pt_items(actual);
  if (items === undefined || items.length !== expected.length) return false;
  const used = items.map(() => false);
  return expected.every((e) => {
    const i = items.findIndex((a, j) => !used[j] && __pt_eq(element, a, e, tol));
    if (i < 0) return false;
    used[i] = true;
    return true;
  });
}

/** `set(actual) == expected`. */
function __pt_eqAsSet(element: __pt_Type, actual: unknown, expected: ReadonlySet<unknown>, tol: __pt_Tolerance = __pt_EXACT): boolean {
  const items = __pt_items(actual);
  return items !== undefined && __pt_sameMembers(element, __pt_distinct(element, items), [...expected], tol);
}

/** `low <= actual <= high` for a number result (from `round(f(x), n) == y`), exactly. */
function __pt_inRange(actual: unknown, low: number, high: number): boolean {
  const a = __pt_asNumber(actual);
  return a !== undefined && low <= a && a <= high;
}

/** Python's `bool(v)`. */
function __pt_truthy(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string" || Array.isArray(v)) return v.length > 0;
  if (v instanceof Map || v instanceof Set) return v.size > 0;
  return true;
}

/** Python's `repr(float)`: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
function __pt_floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mantissa = "", exponentText = "0"] = x.toExponential().split("e");
  const exponent = Number(exponentText);
  const sign = mantissa.startsWith("-") ? "-" : "";
  const digits = mantissa.replace("-", "").replace(".", "");
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${fraction}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }

  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  return `${sign}${whole}.${digits.slice(exponent + 1) || "0"}`;
}

/** Python's `repr(str)`. */
function __pt_strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === "\\" || ch === quote) out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch !== " " && (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && /[\p{C}\p{Z}]/u.test(ch)))) {
      const hex = cp.toString(16);
      out += cp <= 0xff ? `\\x${hex.padStart(2, "0")}` : cp <= 0xffff ? `\\u${hex.padStart(4, "0")}` : `\\U${hex.padStart(8, "0")}`;
    } else out += ch;
  }

  return out + quote;
}

/** The type of item `i` of a container at type `t` (`Any` where `t` does not say). */
function __pt_itemType(t: __pt_Type, i: number): __pt_Type {
  if (t.k === "opt") return __pt_itemType(t.of, i);
  if (t.k === "list" || t.k === "vartuple" || t.k === "set") return t.of;
  if (t.k === "tuple") return t.of[i] ?? __pt_ANY;
  return __pt_ANY;
}

/** Whether a number at type `t` is a Python float (printed `1.0`) rather than an int. */
function __pt_isFloatAt(t: __pt_Type, x: number): boolean {
  if (t.k === "float") return true;
  if (t.k === "opt") return __pt_isFloatAt(t.of, x);
  if (t.k === "union") return !t.of.some((m) => m.k === "int") || !Number.isInteger(x);
  return !Number.isInteger(x);
}

/** Python's `repr` of a value the candidate returned, for the report's `actual:` line. */
function __pt_repr(t: __pt_Type, v: unknown): string {
  if (v === null) return "None";
  if (v === undefined) return "undefined";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return __pt_isFloatAt(t, v) ? __pt_floatRepr(v) : BigInt(v).toString();
  if (typeof v === "string") return __pt_strRepr(v);
  if (Array.isArray(v)) {
    const items = v.map((item, i) => __pt_repr(__pt_itemType(t, i), item));
    const tuple = t.k === "tuple" || t.k === "vartuple" || (t.k === "opt" && (t.of.k === "tuple" || t.of.k === "vartuple"));
    if (!tuple) return `[${items.join(", ")}]`;
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }

  if (v instanceof Set) {
    const items = [...v].map((item) => __pt_repr(__pt_itemType(t, 0), item));
    return items.length === 0 ? "set()" : `{${items.join(", ")}}`;
  }

  if (v instanceof Map) {
    const d = t.k === "opt" ? t.of : t;
    const [key, value] = d.k === "dict" ? [d.key, d.value] : [__pt_ANY, __pt_ANY];
    return `{${[...v].map(([k, x]) => `${__pt_repr(key, k)}: ${__pt_repr(value, x)}`).join(", ")}}`;
  }

  return String(v);
}

function __pt_errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Runs one assertion in isolation: an exception from the candidate (or from comparing what it
 * returned) fails this assertion only. On failure prints the report's three lines.
 */
function __pt_check(header: string, expectation: string, resultType: __pt_Type, call: () => unknown, holds: (actual: unknown) => boolean): void {
  let actual: unknown;
  let failure: string;
  try {
    actual = call();
  } catch (error) {
    __pt_fail(header, expectation, __pt_report.error + __pt_errorText(error));
    return;
  }

  try {
    if (holds(actual)) {
      __pt_counts.passed += 1;
      return;
    }
    failure = __pt_report.actual + __pt_repr(resultType, actual);
  } catch (error) {
    failure = __pt_report.error + __pt_errorText(error);
  }

  __pt_fail(header, expectation, failure);
}

function __pt_fail(header: string, expectation: string, detail: string): void {
  __pt_counts.failed += 1;
  console.log(header);
  console.log(expectation);
  console.log(detail);
}

/** The closing line; exit status 1 when any assertion failed. */
function __pt_finish(): void {
  console.log(`${__pt_report.summary}${__pt_counts.passed} passed, ${__pt_counts.failed} failed`);
  if (__pt_counts.failed > 0) process.exitCode = 1;
}
const __pt_report = { actual: "  actual:   ", error: "  error:    ", summary: "polytest: " };
// The candidate, held to the signature the Python suite declares.
const __pt_candidate: (p0_n: number) => [number, string, boolean] = describe;
const __pt_result: __pt_Type = { k: "tuple", of: [{ k: "int" }, { k: "str" }, { k: "bool" }] };
// The assertions, in the order of the Python suite.
__pt_check("FAIL line 9: assert candidate(4) == (4, \"4\", True)", "  expected: (4, '4', True)", __pt_result, () => __pt_candidate(4), __pt_actual => __pt_eq(__pt_result, __pt_actual, [4, "4", true] satisfies [number, string, boolean]));
__pt_check("FAIL line 10: assert candidate(-7) == (-7, \"-7\", False)", "  expected: (-7, '-7', False)", __pt_result, () => __pt_candidate(-7), __pt_actual => __pt_eq(__pt_result, __pt_actual, [-7, "-7", false] satisfies [number, string, boolean]));
__pt_check("FAIL line 11: assert candidate(0) != (0, \"0\", False)", "  expected: not (0, '0', False)", __pt_result, () => __pt_candidate(0), __pt_actual => !__pt_eq(__pt_result, __pt_actual, [0, "0", false] satisfies [number, string, boolean]));
__pt_finish();
export { };
