import type { Tolerance, Type } from "polytest";
import { ts } from "ts-morph";

const f = ts.factory;

function object(fields: Record<string, ts.Expression>): ts.ObjectLiteralExpression {
  return f.createObjectLiteralExpression(Object.entries(fields).map(([name, value]) => f.createPropertyAssignment(name, value)));
}

/**
 * The runtime descriptor (`__pt_Type` in runtime/prelude.ts) of a Python type, which directs
 * equality and repr: a JS number does not say whether Python had an int or a float there.
 */
export function typeDescriptor(type: Type): ts.Expression {
  const k = (kind: string) => f.createStringLiteral(kind);
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
    case "str":
    case "none":
    case "any":
      return object({ k: k(type.kind) });
    case "list":
    case "vartuple":
    case "set":
      return object({ k: k(type.kind), of: typeDescriptor(type.element) });
    case "optional":
      return object({ k: k("opt"), of: typeDescriptor(type.inner) });
    case "tuple":
      return object({ k: k("tuple"), of: f.createArrayLiteralExpression(type.elements.map(typeDescriptor)) });
    case "union":
      return object({ k: k("union"), of: f.createArrayLiteralExpression(type.members.map(typeDescriptor)) });
    case "dict":
      return object({ k: k("dict"), key: typeDescriptor(type.key), value: typeDescriptor(type.value) });
  }
}

/** A finite number, or ±Infinity, as an expression. */
function numberExpression(x: number): ts.Expression {
  const magnitude = Number.isFinite(x) ? f.createNumericLiteral(Math.abs(x)) : f.createIdentifier("Infinity");
  return x < 0 ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, magnitude) : magnitude;
}

/** The runtime form (`__pt_Tolerance`) of a tolerance; `stated` when the assert wrote it. */
export function toleranceDescriptor(tolerance: Tolerance, stated: boolean): ts.Expression {
  const flag = stated ? f.createTrue() : f.createFalse();
  return tolerance.kind === "isclose"
    ? object({ k: f.createStringLiteral("isclose"), rel: numberExpression(tolerance.relative), abs: numberExpression(tolerance.absolute), stated: flag })
    : object({
        k: f.createStringLiteral("absdiff"),
        eps: numberExpression(tolerance.epsilon),
        inclusive: tolerance.inclusive ? f.createTrue() : f.createFalse(),
        stated: flag,
      });
}
