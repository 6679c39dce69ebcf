import type { SyntaxNode as Node } from "./syntax-nodes.js";
import { ANY, BOOL, FLOAT, INT, NONE, STR, type Type, WRITTEN_ANY, optionalOf, showType } from "../ir/types.js";
import { meaningfulChildren } from "./syntax-nodes.js";

/** The IR type of an annotation, or `Any` with the reason when polytest cannot use it. */
export interface AnnotationResult {
  readonly type: Type;
  readonly problem?: string;
}

const SCALARS: Record<string, Type> = { int: INT, float: FLOAT, bool: BOOL, str: STR, None: NONE, NoneType: NONE, Any: WRITTEN_ANY };
const ONE_ELEMENT: Record<string, "list" | "set"> = {
  List: "list",
  list: "list",
  Set: "set",
  set: "set",
  FrozenSet: "set",
  frozenset: "set",
};

class UnknownAnnotation extends Error {}

export function readAnnotation(node: Node): AnnotationResult {
  try {
    return { type: toType(node) };
  } catch (error) {
    if (error instanceof UnknownAnnotation) return { type: ANY, problem: error.message };
    throw error;
  }
}

/** `typing.List` and `List` alike: the last component of a dotted name. */
function simpleName(node: Node): string {
  if (node.type === "attribute") return node.childForFieldName("attribute")!.text;
  return node.text;
}

function toType(node: Node): Type {
  switch (node.type) {
    case "type":
    case "parenthesized_expression":
      return toType(onlyChild(node));
    case "none":
      return NONE;
    case "identifier":
    case "attribute":
      return named(simpleName(node), [], node);
    case "generic_type": {
      const [name, parameters] = node.namedChildren as Node[];
      return named(simpleName(name!), parameters ? (parameters.namedChildren as Node[]) : [], node);
    }
    case "subscript": {
      const value = node.childForFieldName("value")!;
      return named(simpleName(value), node.childrenForFieldName("subscript").filter((n): n is Node => n !== null), node);
    }
    case "binary_operator":
      if (node.childForFieldName("operator")!.text !== "|") break;
      return declaredUnion([toType(node.childForFieldName("left")!), toType(node.childForFieldName("right")!)]);
  }
  throw new UnknownAnnotation(`annotation '${node.text}' is not a type polytest understands`);
}

function onlyChild(node: Node): Node {
  const children = meaningfulChildren(node);
  if (children.length !== 1) throw new UnknownAnnotation(`annotation '${node.text}' is not a single type`);
  return children[0]!;
}

function named(name: string, parameters: readonly Node[], whole: Node): Type {
  const args = parameters.flatMap((p) => (p.type === "tuple" && p.namedChildren.length > 0 ? (p.namedChildren as Node[]) : [p]));
  const scalar = SCALARS[name];
  if (scalar && args.length === 0) return scalar;
  const container = ONE_ELEMENT[name];
  if (container) {
    if (args.length > 1) throw new UnknownAnnotation(`${name}[...] takes one type, in '${whole.text}'`);
    return { kind: container, element: args[0] ? toType(args[0]) : ANY };
  }
  switch (name) {
    case "Dict":
    case "dict":
      if (args.length === 0) return { kind: "dict", key: ANY, value: ANY };
      if (args.length !== 2) throw new UnknownAnnotation(`Dict takes two types, in '${whole.text}'`);
      return { kind: "dict", key: toType(args[0]!), value: toType(args[1]!) };
    case "Tuple":
    case "tuple": {
      if (args.length === 0) return { kind: "vartuple", element: ANY };
      if (args.length === 1 && isEmptyTuple(args[0]!)) return { kind: "tuple", elements: [] };
      if (args.length === 2 && isEllipsis(args[1]!)) return { kind: "vartuple", element: toType(args[0]!) };
      return { kind: "tuple", elements: args.map(toType) };
    }
    case "Optional":
      if (args.length !== 1) throw new UnknownAnnotation(`Optional takes one type, in '${whole.text}'`);
      return optionalOf(toType(args[0]!));
    case "Literal":
      return declaredUnion(args.map(literalType));
    case "Union":
      if (args.length === 0) throw new UnknownAnnotation(`Union needs types, in '${whole.text}'`);
      return declaredUnion(args.map(toType));
  }
  throw new UnknownAnnotation(`annotation '${whole.text}' is not a type polytest understands`);
}

/** `Literal['a', 1]` admits values of the literals' own types. */
function literalType(node: Node): Type {
  const inner = node.type === "type" ? onlyChild(node) : node;
  switch (inner.type) {
    case "string":
    case "concatenated_string":
      return STR;
    case "integer":
      return INT;
    case "true":
    case "false":
      return BOOL;
    case "none":
      return NONE;
  }
  throw new UnknownAnnotation(`Literal[${inner.text}] is not a literal type polytest understands`);
}

/**
 * A union as declared: flattened and without repeats, None making it Optional, but members are not
 * merged (`Union[int, float]` keeps ints as ints; `Union[List[int], List[str]]` is not `List[int | str]`).
 */
function declaredUnion(types: readonly Type[]): Type {
  const members: Type[] = [];
  let optional = false;
  const add = (t: Type): void => {
    if (t.kind === "none") optional = true;
    else if (t.kind === "optional") {
      optional = true;
      add(t.inner);
    } else if (t.kind === "union") t.members.forEach(add);
    else if (!members.some((m) => showType(m) === showType(t))) members.push(t);
  };
  types.forEach(add);
  if (members.some((m) => m.kind === "any")) return optional ? optionalOf(ANY) : ANY;
  const core: Type = members.length === 0 ? NONE : members.length === 1 ? members[0]! : { kind: "union", members };
  return optional && core.kind !== "none" ? optionalOf(core) : core;
}

function isEllipsis(node: Node): boolean {
  return node.type === "ellipsis" || (node.type === "type" && node.namedChildren[0]?.type === "ellipsis");
}

function isEmptyTuple(node: Node): boolean {
  const inner = node.type === "type" ? node.namedChildren[0] : node;
  return inner?.type === "tuple" && inner.namedChildren.length === 0;
}
