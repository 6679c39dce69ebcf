import { describe, expect, it } from "vitest";
import {
  ASSERTION_KINDS,
  type Type,
  type Value,
  type ValuePrinter,
  escapeIdentifierCharacters,
  escapeReservedName,
  findIntOutside,
  printTypedValue,
  refuse,
} from "../src/index.js";
import { NO_SPAN } from "../src/ir/span.js";

const int = (n: number | bigint): Value => ({ kind: "int", value: BigInt(n), span: NO_SPAN });
const str = (s: string): Value => ({ kind: "str", value: s, span: NO_SPAN });
const none: Value = { kind: "none", span: NO_SPAN };
const list = (...items: Value[]): Value => ({ kind: "list", items, span: NO_SPAN });
const tuple = (...items: Value[]): Value => ({ kind: "tuple", items, span: NO_SPAN });

/** Prints each node with the kind of type it was printed at, to see what the visitor resolved. */
const tagging: ValuePrinter<string> = {
  int: (n, t) => `${n}:${t.kind}`,
  float: (x, t) => `${x}f:${t.kind}`,
  bool: (b) => String(b),
  str: (s, t) => `${JSON.stringify(s)}:${t.kind}`,
  none: (t) => `None@${t.kind}`,
  list: (items) => `[${items.join(" ")}]`,
  tuple: (items) => `(${items.join(" ")})`,
  set: (items) => `{${items.join(" ")}}`,
  dict: (entries) => `{${entries.map(([k, v]) => `${k}=>${v}`).join(" ")}}`,
};

describe("printTypedValue", () => {
  it("resolves Optional, unions and Any at every level, and widens ints at float positions", () => {
    const type: Type = {
      kind: "tuple",
      elements: [
        { kind: "list", element: { kind: "optional", inner: { kind: "float" } } },
        { kind: "union", members: [{ kind: "int" }, { kind: "str" }] },
        { kind: "any" },
      ],
    };
    expect(printTypedValue(tuple(list(int(1), none), str("a"), int(3)), type, tagging)).toBe('([1f:float None@optional] "a":str 3:int)');
  });

  it("prints dict entries at the key and value types", () => {
    const dict: Value = { kind: "dict", entries: [{ key: str("k"), value: int(2) }], span: NO_SPAN };
    expect(printTypedValue(dict, { kind: "dict", key: { kind: "str" }, value: { kind: "float" } }, tagging)).toBe('{"k":str=>2f:float}');
  });
});

describe("findIntOutside", () => {
  it("finds the first int beyond the range, nested or not", () => {
    const big = int(2n ** 60n);
    expect(findIntOutside(list(int(1), tuple(str("x"), big)), -10n, 10n)).toBe(big);
    expect(findIntOutside(list(int(1), int(-10)), -10n, 10n)).toBeUndefined();
  });
});

describe("names", () => {
  it("appends the suffix until the name is no longer reserved", () => {
    const reserved = new Set(["end", "end_"]);
    expect(escapeReservedName("end", reserved)).toBe("end__");
    expect(escapeReservedName("ending", reserved)).toBe("ending");
    expect(escapeReservedName("type", new Set(["type"]), "'")).toBe("type'");
  });

  it("replaces characters the target does not allow with _uXXXX", () => {
    expect(escapeIdentifierCharacters("café_1", (ch) => /^[A-Za-z0-9_]$/.test(ch))).toBe("caf_u00E9_1");
  });
});

describe("refuse and ASSERTION_KINDS", () => {
  it("builds a refusal, with the span only when given", () => {
    expect(refuse("refused/x", "why")).toEqual({ refusal: { code: "refused/x", message: "why" } });
    expect(refuse("refused/x", "why", NO_SPAN).refusal.span).toBe(NO_SPAN);
  });

  it("documents every assertion kind", () => {
    expect(Object.keys(ASSERTION_KINDS).sort()).toEqual(["equal", "falsy", "inRange", "isNone", "isNotNone", "notEqual", "truthy"]);
  });
});
