import { describe, expect, it } from "vitest";
import { parseTests, showType, type Value } from "../src/index.js";
import { checkSuite } from "../src/typecheck/check.js";

const typed = async (source: string) => checkSuite(await parseTests(source));

describe("type checking against annotations", () => {
  it("widens ints where the annotation says float, inside containers too", async () => {
    const suite = await typed("from typing import List\ndef f(xs: List[float], k: float) -> List[float]: pass\nassert f([1, 2.5], 2) == [2, 5.0]\n");
    const [assertion] = suite.assertions;
    expect(assertion!.call.args[0]).toMatchObject({ kind: "list", items: [{ kind: "float", value: 1, widenedFromInt: true }, { kind: "float", value: 2.5 }] });
    expect(assertion!.call.args[1]).toMatchObject({ kind: "float", value: 2, widenedFromInt: true });
    expect(assertion!.expected).toMatchObject({ kind: "list", items: [{ kind: "float", value: 2 }, { kind: "float", value: 5 }] });
    expect(assertion!.argTypes.map(showType)).toEqual(["list[float]", "float"]);
  });

  it("refuses a value that contradicts its annotation, naming both places", async () => {
    const suite = await typed("def f(x: int) -> str: pass\nassert f('a') == 'b'\nassert f(1) == 2\nassert f(1) == 'ok'\n");
    expect(suite.assertions.map((a) => a.span.startLine)).toEqual([4]);
    const messages = suite.diagnostics.filter((d) => d.code === "type/mismatch").map((d) => [d.line, d.column, d.message]);
    expect(messages).toEqual([
      [2, 10, "argument 'x' str does not fit the type int declared at line 1, column 10"],
      [3, 16, "expected value int does not fit the type str declared at line 1, column 18"],
    ]);
  });

  it("keeps declared unions as written and ints as ints inside them", async () => {
    const suite = await typed("from typing import *\ndef f(xs: List[Union[int, float]], ys: List[Any]) -> Union[List[int], List[str]]: pass\nassert f([1, 2.5], [4, 23.2]) == [1]\n");
    expect(suite.signature.params.map((p) => showType(p.type))).toEqual(["list[int | float]", "list[float]"]);
    expect(suite.assertions[0]!.declaredArgTypes.map(showType)).toEqual(["list[int | float]", "list[Any]"]);
    expect(showType(suite.signature.returns)).toBe("list[int] | list[str]");
    const [xs, ys] = suite.assertions[0]!.call.args as [Value, Value];
    expect(xs).toMatchObject({ items: [{ kind: "int" }, { kind: "float" }] });
    expect(ys).toMatchObject({ items: [{ kind: "int" }, { kind: "float" }] });
  });

  it("reads typing, PEP 585 and PEP 604 annotations", async () => {
    const suite = await typed(
      "from typing import *\ndef f(a: Dict[str, Tuple[int, ...]], b: list[tuple[int, str]], c: int | None, d: Optional[Set[float]], e: Union[int, str], g: Any) -> Tuple[()]: pass\nassert f({}, [], None, None, 1, 2) == ()\n",
    );
    expect(suite.signature.params.map((p) => showType(p.type))).toEqual([
      "dict[str, tuple[int, ...]]",
      "list[tuple[int, str]]",
      "Optional[int]",
      "Optional[set[float]]",
      "int | str",
      "int",
    ]);
    expect(showType(suite.signature.returns)).toBe("tuple[()]");
  });
});

describe("Literal annotations", () => {
  it("admit values of the literals' types (mbpp 595: Union[int, Literal['Not Possible']])", async () => {
    const suite = await typed("from typing import Literal, Union\ndef f(s: str) -> Union[int, Literal['Not Possible']]: pass\nassert f('a') == 1\nassert f('b') == 'Not Possible'\n");
    expect(showType(suite.signature.returns)).toBe("int | str");
    expect(suite.assertions).toHaveLength(2);
  });
});

describe("type inference for untyped suites", () => {
  it("unifies int with float, T with None, and types empty containers from siblings", async () => {
    const suite = await typed(
      "assert f([], 1) == None\nassert f([1, 2], 2.5) == {'a': [1.5]}\nassert f([3], 0) == {'b': []}\n",
    );
    expect(suite.signature.params.map((p) => showType(p.type))).toEqual(["list[int]", "float"]);
    expect(showType(suite.signature.returns)).toBe("Optional[dict[str, list[float]]]");
    // Inference types the position float, but the value stays the int Python passes.
    expect(suite.assertions[0]!.call.args[1]).toMatchObject({ kind: "int", value: 1n });
  });

  it("makes the result Optional when the suite asks `is None` of it", async () => {
    const suite = await typed("assert f(1) is None\nassert f(2) == [3]\n");
    expect(showType(suite.signature.returns)).toBe("Optional[list[int]]");
  });

  it("unifies tuples of different lengths with agreeing items to Tuple[T, ...]", async () => {
    const suite = await typed("assert f(1) == (1, 2)\nassert f(2) == (1, 2.5, 3)\nassert g(1) == (1, 'a')\n");
    expect(showType(suite.signature.returns)).toBe("tuple[float, ...]");
    const mixed = await typed("assert g(1) == (1, 'a')\nassert g(2) == (1,)\n");
    expect(showType(mixed.signature.returns)).toBe("tuple[int, str] | tuple[int]");
  });

  it("records whether the tolerance was stated by the assert", async () => {
    const suite = await typed("assert abs(f(1) - 2.0) < 1e-6\nassert f(1) == 2.0\n");
    expect(suite.assertions.map((a) => a.toleranceStated)).toEqual([true, false]);
  });

  it("keeps a real conflict as a union that typed backends can refuse", async () => {
    const suite = await typed("assert f(1) == 'one'\nassert f(2) == 2\n");
    expect(showType(suite.signature.returns)).toBe("str | int");
    expect(suite.assertions).toHaveLength(2);
  });
});
