import type { AssertionKind } from "../ir/suite.js";

/**
 * What each assertion kind means, for a backend author: the check a compiled assertion must make
 * on `result = candidate(*args)`, exactly as Python would. Every kind also fails when the candidate
 * raises (that assertion only) and reports `expected:` (see `describeExpectation`) and `actual:`.
 */
export const ASSERTION_KINDS: Readonly<Record<AssertionKind, string>> = {
  equal:
    "result == expected, deeply, after `view` (sorted: multiset equality; set: mutual membership) is applied to " +
    "result. Ints, strs and bools exactly; 1 == 1.0; True == 1 unless `identity` (`is True`) is set; floats " +
    "anywhere inside by `tolerance` (the suite default applies to float positions only; a stated one, " +
    "`toleranceStated`, to ints too); nan equals nothing; dicts and sets unordered; None equals only None.",
  notEqual: "not (result == expected), with the same equality as `equal` (including `identity`: `is not False`).",
  truthy: "bool(result) is True: 0, 0.0, '', empty containers, None and False are falsy, everything else truthy.",
  falsy: "bool(result) is False (`assert not f(x)`).",
  isNone: "result is None.",
  isNotNone: "result is not None.",
  inRange: "range.low <= result <= range.high for a number result, both ends inclusive, compared exactly (from `round(f(x), n) == y`).",
};
