import { pythonFloatRepr } from "../ir/python-literal.js";
import type { Span } from "../ir/span.js";
import type { Value } from "../ir/values.js";
import { pythonRoundDigits, pythonRoundToInt } from "./exact-double.js";
import { dedupe } from "./literals.js";
import { NotALiteral } from "./not-a-literal.js";
import { ContainsNan, Unorderable, pythonLess, pythonSorted } from "./python-order.js";

/**
 * Pure builtins and operators on constants, folded at compile time with Python's exact results.
 * Anything whose Python result JavaScript cannot reproduce bit for bit (float `**`, float `//`,
 * `%`) is not folded: the assertion is refused instead.
 */

const MAX_FOLDED_LENGTH = 1_000_000;
const MAX_INT_BITS = 4096;

const float = (value: number, span: Span): Value => ({ kind: "float", value, text: pythonFloatRepr(value), span });
const int = (value: bigint, span: Span): Value => ({ kind: "int", value, span });

function refuse(span: Span, message: string, code = "literal/unsupported"): never {
  throw new NotALiteral(code, message, span);
}

/** int, bool (as int) or float as a number pair for arithmetic. */
function numeric(v: Value): { kind: "int"; value: bigint } | { kind: "float"; value: number } | undefined {
  if (v.kind === "int") return { kind: "int", value: v.value };
  if (v.kind === "bool") return { kind: "int", value: v.value ? 1n : 0n };
  if (v.kind === "float") return { kind: "float", value: v.value };
  return undefined;
}

export function foldUnary(operator: string, operand: Value, span: Span): Value {
  const n = numeric(operand);
  if (!n) refuse(span, `unary ${operator} on a ${operand.kind} is not a constant Python can evaluate`);
  if (operator === "+") return n.kind === "int" ? int(n.value, span) : { ...operand, span } as Value;
  if (operator === "-") {
    if (n.kind === "int") return int(-n.value, span);
    const text = operand.kind === "float" ? operand.text : pythonFloatRepr(n.value);
    return { kind: "float", value: -n.value, text: text.startsWith("-") ? text.slice(1) : `-${text}`, span };
  }
  if (operator === "~" && n.kind === "int") return int(~n.value, span);
  return refuse(span, `unary ${operator} is not folded`);
}

export function foldBinary(operator: string, left: Value, right: Value, span: Span): Value {
  const a = numeric(left);
  const b = numeric(right);
  if (a && b) return foldArithmetic(operator, a, b, span);
  if (operator === "+" && left.kind === right.kind) {
    if (left.kind === "str" && right.kind === "str") return checkedString(left.value + right.value, span);
    if ((left.kind === "list" || left.kind === "tuple") && (right.kind === "list" || right.kind === "tuple")) {
      return { kind: left.kind, items: [...left.items, ...right.items], span };
    }
  }
  if (operator === "*") {
    const [sequence, count] = b?.kind === "int" ? [left, b.value] : a?.kind === "int" ? [right, a.value] : [undefined, 0n];
    if (sequence) return repeat(sequence, count, span);
  }
  return refuse(span, `'${operator}' on ${left.kind} and ${right.kind} is not folded`);
}

function foldArithmetic(
  operator: string,
  a: NonNullable<ReturnType<typeof numeric>>,
  b: NonNullable<ReturnType<typeof numeric>>,
  span: Span,
): Value {
  if (a.kind === "int" && b.kind === "int") {
    const [x, y] = [a.value, b.value];
    switch (operator) {
      case "+":
        return int(x + y, span);
      case "-":
        return int(x - y, span);
      case "*":
        return int(x * y, span);
      case "//":
        if (y === 0n) refuse(span, "integer division by zero raises ZeroDivisionError", "literal/raises");
        return int(floorDiv(x, y), span);
      case "%":
        if (y === 0n) refuse(span, "modulo by zero raises ZeroDivisionError", "literal/raises");
        return int(x - floorDiv(x, y) * y, span);
      case "**": {
        if (y < 0n) refuse(span, "a negative integer power is a float that is not folded");
        const bits = BigInt(x < 0n ? -x : x).toString(2).length;
        if (BigInt(bits) * y > BigInt(MAX_INT_BITS)) refuse(span, `${x}**${y} is too large to fold`);
        return int(x ** y, span);
      }
      case "/": {
        const limit = 2n ** 53n;
        if (y === 0n) refuse(span, "division by zero raises ZeroDivisionError", "literal/raises");
        if (x > limit || -x > limit || y > limit || -y > limit) refuse(span, "int / int beyond 2**53 is not folded");
        return float(Number(x) / Number(y), span);
      }
    }
    return refuse(span, `'${operator}' is not folded`);
  }
  const x = a.kind === "int" ? exactDouble(a.value, span) : a.value;
  const y = b.kind === "int" ? exactDouble(b.value, span) : b.value;
  switch (operator) {
    case "+":
      return float(x + y, span);
    case "-":
      return float(x - y, span);
    case "*":
      return float(x * y, span);
    case "/":
      if (y === 0) refuse(span, "float division by zero raises ZeroDivisionError", "literal/raises");
      return float(x / y, span);
    case "//":
    case "%": {
      if (y === 0) refuse(span, `float ${operator === "%" ? "modulo" : "floor division"} by zero raises ZeroDivisionError`, "literal/raises");
      const [quotient, remainder] = floatDivmod(x, y);
      return float(operator === "%" ? remainder : quotient, span);
    }
  }
  return refuse(span, `float '${operator}' is not folded (JavaScript cannot reproduce Python's result exactly)`);
}

/** CPython's float_divmod, step by step: each operation is one IEEE operation in both languages. */
function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx; // fmod: exact
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function floorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  return (x % y !== 0n && (x < 0n) !== (y < 0n)) ? q - 1n : q;
}

function exactDouble(value: bigint, span: Span): number {
  const n = Number(value);
  if (BigInt(n) !== value) refuse(span, `${value} is not exactly a float; mixed arithmetic is not folded`);
  return n;
}

function checkedString(value: string, span: Span): Value {
  if (value.length > MAX_FOLDED_LENGTH) refuse(span, "folded string is too long");
  return { kind: "str", value, span };
}

function repeat(sequence: Value, count: bigint, span: Span): Value {
  const times = count < 0n ? 0 : Number(count);
  if (sequence.kind === "str") {
    if (sequence.value.length * times > MAX_FOLDED_LENGTH) refuse(span, "folded string is too long");
    return { kind: "str", value: sequence.value.repeat(times), span };
  }
  if (sequence.kind === "list" || sequence.kind === "tuple") {
    if (sequence.items.length * times > MAX_FOLDED_LENGTH) refuse(span, "folded sequence is too long");
    return { kind: sequence.kind, items: Array.from({ length: times }, () => sequence.items).flat(), span };
  }
  return refuse(span, `'*' on ${sequence.kind} is not folded`);
}

function iterate(value: Value, span: Span): Value[] {
  switch (value.kind) {
    case "list":
    case "tuple":
    case "set":
      return [...value.items];
    case "dict":
      return value.entries.map((e) => e.key);
    case "str":
      return [...value.value].map((ch) => ({ kind: "str", value: ch, span }));
    default:
      return refuse(span, `a ${value.kind} is not iterable`, "literal/raises");
  }
}

const FLOAT_WORDS: Record<string, number> = { inf: Infinity, infinity: Infinity, nan: NaN };

function parseFloatString(text: string, span: Span): number {
  const trimmed = text.trim().toLowerCase().replace(/_/g, "");
  const sign = trimmed.startsWith("-") ? -1 : 1;
  const unsigned = trimmed.replace(/^[+-]/, "");
  if (unsigned in FLOAT_WORDS) return sign * FLOAT_WORDS[unsigned]!;
  if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(unsigned)) refuse(span, `float('${text}') raises ValueError`, "literal/raises");
  return sign * Number.parseFloat(unsigned);
}

export function foldBuiltinCall(name: string, args: readonly Value[], span: Span): Value {
  const [arg] = args;
  const oneArg = () => {
    if (args.length !== 1) refuse(span, `${name}() with ${args.length} arguments is not folded`);
    return arg!;
  };
  switch (name) {
    case "float": {
      const x = oneArg();
      if (x.kind === "str") {
        const value = parseFloatString(x.value, span);
        return { kind: "float", value, text: `float(${JSON.stringify(x.value)})`, span };
      }
      const n = numeric(x);
      if (!n) return refuse(span, `float() of a ${x.kind} is not folded`);
      return float(n.kind === "int" ? Number(n.value) : n.value, span);
    }
    case "int": {
      const x = oneArg();
      if (x.kind === "float") {
        if (!Number.isFinite(x.value)) refuse(span, "int() of inf or nan raises", "literal/raises");
        return int(BigInt(Math.trunc(x.value)), span);
      }
      if (x.kind === "int") return x;
      if (x.kind === "bool") return int(x.value ? 1n : 0n, span);
      if (x.kind === "str" && /^\s*[+-]?\d+(_\d+)*\s*$/.test(x.value)) return int(BigInt(x.value.trim().replace(/_/g, "")), span);
      return refuse(span, `int() of this ${x.kind} is not folded`);
    }
    case "str": {
      const x = oneArg();
      if (x.kind === "int") return { kind: "str", value: x.value.toString(), span };
      if (x.kind === "str") return x;
      if (x.kind === "float") return { kind: "str", value: pythonFloatRepr(x.value), span };
      if (x.kind === "bool") return { kind: "str", value: x.value ? "True" : "False", span };
      if (x.kind === "none") return { kind: "str", value: "None", span };
      return refuse(span, `str() of a ${x.kind} is not folded`);
    }
    case "len": {
      const x = oneArg();
      return int(BigInt(x.kind === "str" ? [...x.value].length : iterate(x, span).length), span);
    }
    case "abs": {
      const n = numeric(oneArg());
      if (!n) return refuse(span, "abs() of a non-number is not folded");
      return n.kind === "int" ? int(n.value < 0n ? -n.value : n.value, span) : float(Math.abs(n.value), span);
    }
    case "list":
    case "tuple":
    case "set":
      if (args.length === 0) return { kind: name, items: [], span };
      return name === "set"
        ? { kind: "set", items: dedupe(iterate(oneArg(), span), span), span }
        : { kind: name, items: iterate(oneArg(), span), span };
    case "dict":
      if (args.length === 0) return { kind: "dict", entries: [], span };
      return refuse(span, "dict(...) with arguments is not folded");
    case "sorted":
      return { kind: "list", items: sortedItems(iterate(oneArg(), span), span), span };
    case "max":
    case "min":
      return extreme(name, args.length === 1 ? iterate(args[0]!, span) : [...args], span);
    case "sum":
      return sumOf(iterate(oneArg(), span), span);
    case "round":
      return roundLiteral(args, span);
  }
  return refuse(span, `a call of '${name}' is not a literal value`);
}

function sortedItems(items: readonly Value[], span: Span): Value[] {
  try {
    return pythonSorted(items);
  } catch (error) {
    if (error instanceof Unorderable) refuse(span, `sorted() raises TypeError: ${error.message}`, "literal/raises");
    if (error instanceof ContainsNan) refuse(span, "sorted() of items with a nan: the order depends on the input order, not only the values");
    throw error;
  }
}

/** max/min keep the first of equal extremes, as Python's do. */
function extreme(name: "max" | "min", items: readonly Value[], span: Span): Value {
  if (items.length === 0) refuse(span, `${name}() of an empty sequence raises ValueError`, "literal/raises");
  let best = items[0]!;
  try {
    for (const item of items.slice(1)) if (name === "max" ? pythonLess(best, item) : pythonLess(item, best)) best = item;
  } catch (error) {
    if (error instanceof Unorderable) refuse(span, `${name}() raises TypeError: ${error.message}`, "literal/raises");
    throw error;
  }
  if (items.some((v) => v.kind === "float" && Number.isNaN(v.value))) refuse(span, `${name}() with a nan depends on where the nan is`);
  return { ...best, span } as Value;
}

/** sum() of ints only: Python 3.12 changed how sum() adds floats (compensated), so float sums differ across versions. */
function sumOf(items: readonly Value[], span: Span): Value {
  let total = 0n;
  for (const item of items) {
    if (item.kind === "int") total += item.value;
    else if (item.kind === "bool") total += item.value ? 1n : 0n;
    else refuse(span, item.kind === "float" ? "sum() of floats is not folded: Python 3.12 changed its rounding" : `sum() of a ${item.kind} is not folded`);
  }
  return int(total, span);
}

/** round(x) and round(x, n >= 0) with Python 3's exact half-to-even rounding. */
function roundLiteral(args: readonly Value[], span: Span): Value {
  const [x, digits] = args;
  if (!x || args.length > 2) return refuse(span, `round() with ${args.length} arguments is not folded`);
  const n = digits === undefined || digits.kind === "none" ? undefined : digits.kind === "int" ? digits.value : refuse(span, "round() digits must be an int");
  if (n !== undefined && n < 0n) return refuse(span, "round() with negative digits is not folded");
  if (x.kind === "int" || x.kind === "bool") return int(x.kind === "int" ? x.value : x.value ? 1n : 0n, span);
  if (x.kind !== "float") return refuse(span, `round() of a ${x.kind} raises TypeError`, "literal/raises");
  if (n === undefined) {
    if (!Number.isFinite(x.value)) refuse(span, "round() of inf or nan raises", "literal/raises");
    return int(pythonRoundToInt(x.value), span);
  }
  return float(pythonRoundDigits(x.value, Number(n > 400n ? 400n : n)), span);
}
