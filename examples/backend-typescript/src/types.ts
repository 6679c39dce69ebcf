import { type Type, type TypedSuite, unify } from "polytest";
import { ts } from "ts-morph";

const f = ts.factory;

/**
 * The TypeScript type of a Python type (the value table in the README): int and float are
 * `number`, None is `null`, list and `Tuple[T, ...]` are `T[]`, a fixed tuple is a tuple type,
 * dict is `Map<K, V>`, set is `Set<T>`, Optional is `T | null`; `Any` stays `any`.
 */
export function typeNode(type: Type): ts.TypeNode {
  switch (type.kind) {
    case "int":
    case "float":
      return f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword);
    case "bool":
      return f.createKeywordTypeNode(ts.SyntaxKind.BooleanKeyword);
    case "str":
      return f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
    case "none":
      return f.createLiteralTypeNode(f.createNull());
    case "any":
      return f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword);
    case "list":
    case "vartuple":
      return f.createArrayTypeNode(typeNode(type.element));
    case "tuple":
      // On one line, as a person writes `[number, string]`.
      return ts.setEmitFlags(f.createTupleTypeNode(type.elements.map(typeNode)), ts.EmitFlags.SingleLine);
    case "set":
      return f.createTypeReferenceNode("Set", [typeNode(type.element)]);
    case "dict":
      return f.createTypeReferenceNode("Map", [typeNode(type.key), typeNode(type.value)]);
    case "optional":
      return f.createUnionTypeNode([typeNode(type.inner), f.createLiteralTypeNode(f.createNull())]);
    case "union":
      return f.createUnionTypeNode(type.members.map(typeNode));
  }
}

/** The candidate's signature in TypeScript terms: one type per parameter and the result's. */
export interface TypeScriptSignature {
  readonly params: readonly { readonly name: string; readonly type: Type }[];
  readonly result: Type;
}

const signatures = new WeakMap<TypedSuite, TypeScriptSignature>();

/**
 * One signature for the whole suite, as a TypeScript function has one: each position's type is
 * the union of what the type checker found for it in every assertion (a union is a TypeScript
 * type, so an unannotated Python position used with an int and a str is `number | string`). An
 * unannotated function whose tests ask `is None` may return None: its result is made Optional.
 */
export function suiteSignature(suite: TypedSuite): TypeScriptSignature {
  let signature = signatures.get(suite);
  if (!signature) {
    const { params, returns, returnsAnnotated } = suite.signature;
    const assertions = suite.assertions;
    const result = assertions.map((a) => a.resultType).reduce(unify, returns);
    const asksNone = assertions.some((a) => a.kind === "isNone" || a.kind === "isNotNone");
    signature = {
      params: params.map((p, i) => ({
        name: p.name,
        type: assertions.map((a) => a.argTypes[i] ?? p.type).reduce(unify, p.type),
      })),
      result: !returnsAnnotated && asksNone ? unify(result, { kind: "none" }) : result,
    };
    signatures.set(suite, signature);
  }
  return signature;
}

/** Whether `None` belongs to a type. */
export function admitsNone(type: Type): boolean {
  return type.kind === "none" || type.kind === "optional" || type.kind === "any";
}
