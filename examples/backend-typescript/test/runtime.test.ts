/** The test program's runtime (runtime/prelude.ts) on its own: Python's ==, bool() and repr(). */
import { describe, expect, it } from "vitest";
import { type __pt_Type, __pt_eq, __pt_eqAsSet, __pt_eqSorted, __pt_repr, __pt_truthy } from "../runtime/prelude.js";

const INT: __pt_Type = { k: "int" };
const FLOAT: __pt_Type = { k: "float" };
const DEFAULT = { k: "isclose", rel: 1e-9, abs: 1e-12, stated: false } as const;

describe("__pt_eq", () => {
  it("ints exactly, floats within the tolerance, nan equal to nothing", () => {
    expect(__pt_eq(INT, 3, 3)).toBe(true);
    expect(__pt_eq(INT, 3.0000000001, 3, DEFAULT)).toBe(false);
    expect(__pt_eq(FLOAT, 0.1 + 0.2, 0.3, DEFAULT)).toBe(true);
    expect(__pt_eq(FLOAT, 1.001, 1, DEFAULT)).toBe(false);
    expect(__pt_eq(FLOAT, NaN, NaN, DEFAULT)).toBe(false);
    expect(__pt_eq(FLOAT, Infinity, Infinity, DEFAULT)).toBe(true);
    expect(__pt_eq(INT, 10.5, 10, { k: "absdiff", eps: 1, inclusive: false, stated: true })).toBe(true);
    // Whole numbers at a float position compare exactly (as Python's int == int would).
    expect(__pt_eq(FLOAT, 2147483647, 2147483648, DEFAULT)).toBe(false);
    expect(__pt_eq(FLOAT, 2147483647.5, 2147483648, DEFAULT)).toBe(true);
  });

  it("True == 1 unless identity is asked; None equals only None", () => {
    const BOOL: __pt_Type = { k: "bool" };
    expect(__pt_eq(BOOL, 1, true)).toBe(true);
    expect(__pt_eq(BOOL, 1, true, undefined, true)).toBe(false);
    const OPT: __pt_Type = { k: "opt", of: INT };
    expect(__pt_eq(OPT, 0, null)).toBe(false);
    expect(__pt_eq(OPT, null, null)).toBe(true);
    expect(__pt_eq({ k: "list", of: OPT }, [], [null])).toBe(false);
  });

  it("dicts and sets unordered, with tuple keys compared by value", () => {
    const TUPLE: __pt_Type = { k: "tuple", of: [INT, INT] };
    const DICT: __pt_Type = { k: "dict", key: TUPLE, value: { k: "str" } };
    expect(__pt_eq(DICT, new Map([[[1, 2], "a"], [[3, 4], "b"]]), new Map([[[3, 4], "b"], [[1, 2], "a"]]))).toBe(true);
    expect(__pt_eq(DICT, new Map([[[1, 2], "a"]]), new Map([[[1, 2], "a"], [[3, 4], "b"]]))).toBe(false);
    expect(__pt_eq({ k: "set", of: INT }, new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(__pt_eq({ k: "set", of: INT }, [1, 2], new Set([2, 1]))).toBe(false);
  });

  // Found by the round-trip property (properties.test.ts): `{0.0: (), -5e-324: ()}` with its first
  // entry removed still equalled it, since each key of either side is within the tolerance of one
  // of the other. Python's == needs as many items, paired one to one.
  it("regression: sets and dicts of floats need as many items, paired one to one", () => {
    const DICT: __pt_Type = { k: "dict", key: FLOAT, value: { k: "tuple", of: [] } };
    expect(__pt_eq(DICT, new Map([[-5e-324, []]]), new Map([[0, []], [-5e-324, []]]), DEFAULT)).toBe(false);
    expect(__pt_eq({ k: "set", of: FLOAT }, new Set([0, 5e-324]), new Set([0]), DEFAULT)).toBe(false);
    expect(__pt_eq({ k: "set", of: FLOAT }, new Set([5e-324, 0]), new Set([0, 5e-324]), DEFAULT)).toBe(true);
    // Within the default tolerance (1e-12 near 0), 9e-13 equals 0 and 1.5e-12, -9e-13 only 0: a greedy
    // pairing would give 9e-13 to 0 and find none for 1.5e-12; the matching pairs them all.
    expect(__pt_eq({ k: "set", of: FLOAT }, new Set([9e-13, -9e-13]), new Set([0, 1.5e-12]), DEFAULT)).toBe(true);
    // set(f(x)) keeps one of equal items, as Python's set() does; nearly equal ones stay apart.
    expect(__pt_eqAsSet(FLOAT, [1.5, 1.5, 2.5], new Set([2.5, 1.5]), DEFAULT)).toBe(true);
    expect(__pt_eqAsSet(FLOAT, [0, 5e-324], new Set([0]), DEFAULT)).toBe(false);
  });

  it("sorted(...) compares as multisets", () => {
    expect(__pt_eqSorted(INT, [2, 1, 2], [1, 2, 2])).toBe(true);
    expect(__pt_eqSorted(INT, [2, 1, 1], [1, 2, 2])).toBe(false);
  });
});

describe("__pt_truthy and __pt_repr", () => {
  it("Python truthiness", () => {
    expect([0, NaN, "", [], new Map(), new Set(), null, false, 2, "x", [0]].map(__pt_truthy)).toEqual([
      false, true, false, false, false, false, false, false, true, true, true,
    ]);
  });

  it("Python reprs, directed by the type", () => {
    const TYPE: __pt_Type = { k: "tuple", of: [FLOAT, INT, { k: "list", of: { k: "str" } }, { k: "opt", of: INT }] };
    expect(__pt_repr(TYPE, [3, 3, ["it's", 'a"b'], null])).toBe(`(3.0, 3, ["it's", 'a"b'], None)`);
    expect(__pt_repr({ k: "set", of: INT }, new Set())).toBe("set()");
    expect(__pt_repr({ k: "vartuple", of: INT }, [1])).toBe("(1,)");
    expect(__pt_repr(FLOAT, 1e-7)).toBe("1e-07");
  });
});
