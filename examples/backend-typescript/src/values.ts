import { type Type, type Value, type ValuePrinter, printTypedValue, pythonFloatRepr } from "polytest";
import { ts } from "ts-morph";
import { typeNode } from "./types.js";

const f = ts.factory;

/** A number literal; negative numbers are a prefix minus, inf and nan the globals. */
function numberLiteral(text: string): ts.Expression {
  const negative = text.startsWith("-");
  const magnitude = negative ? text.slice(1) : text;
  const literal =
    magnitude === "inf" ? f.createIdentifier("Infinity") : magnitude === "nan" ? f.createIdentifier("NaN") : f.createNumericLiteral(magnitude);
  return negative ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, literal) : literal;
}

/** Element type arguments of a container type, for `new Map<K, V>(...)` / `new Set<T>(...)`. */
function typeArguments(type: Type): ts.TypeNode[] | undefined {
  if (type.kind === "set") return [typeNode(type.element)];
  if (type.kind === "dict") return [typeNode(type.key), typeNode(type.value)];
  return undefined;
}

/**
 * Python values as TypeScript expressions (see the README's value table). Ints print their
 * digits (the caller has refused those beyond ±(2^53 - 1)), floats Python's shortest round-trip
 * digits (`1.0`, `1e-05`), so the source reads like the Python it came from.
 */
const printer: ValuePrinter<ts.Expression> = {
  int: (value) => numberLiteral(value.toString()),
  float: (value) => numberLiteral(pythonFloatRepr(value)),
  bool: (value) => (value ? f.createTrue() : f.createFalse()),
  str: (value) => f.createStringLiteral(value),
  none: () => f.createNull(),
  list: (items) => f.createArrayLiteralExpression(items),
  tuple: (items) => f.createArrayLiteralExpression(items),
  set: (items, type) =>
    f.createNewExpression(f.createIdentifier("Set"), typeArguments(type), items.length > 0 ? [f.createArrayLiteralExpression(items)] : []),
  dict: (entries, type) =>
    f.createNewExpression(
      f.createIdentifier("Map"),
      typeArguments(type),
      entries.length > 0 ? [f.createArrayLiteralExpression(entries.map(([k, v]) => f.createArrayLiteralExpression([k, v])))] : [],
    ),
};

/** The expression for `value` at a position of type `declared`. */
export function valueExpression(value: Value, declared: Type): ts.Expression {
  return printTypedValue(value, declared, printer);
}
