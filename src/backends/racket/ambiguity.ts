import type { CompileContext, Refusal } from "../../backend.js";
import { toPythonLiteral } from "../../ir/python-literal.js";
import type { NumberRange, TypedAssertion } from "../../ir/suite.js";
import { type Type, showType } from "../../ir/types.js";
import { resolveValueType } from "../../ir/typing.js";
import type { Value } from "../../ir/values.js";
import { comparedType } from "../../typecheck/views.js";

/**
 * The refusals of the Racket backend. Racket holds every Python value faithfully except where two
 * Python values share one Racket representation and the types at hand admit both:
 * - None and False are both `#f` (`optionalBool`), at an Optional[bool] position, a union with
 *   None and bool, or an unknown (Any) type (for `round(r, n) == y`: a result that may be either,
 *   where 0 is in the range);
 * - lists and tuples are both Racket lists (`listTupleUnion`), at a position whose union admits both.
 */
export const REFUSAL_CODES = {
  optionalBool: "refused/racket-optional-bool",
  listTupleUnion: "refused/racket-list-tuple-union",
} as const;

type RefusalBody = Refusal["refusal"];

const FALSE_IS_NONE = "Racket writes both None and False as #f";

/** Why this assertion cannot be compiled to Racket, or undefined when it can. */
export function ambiguityRefusal(assertion: TypedAssertion, context: CompileContext): RefusalBody | undefined {
  const params = context.suite.signature.params;
  for (const [i, arg] of assertion.call.args.entries()) {
    const found = ambiguousPart(arg, assertion.argTypes[i]!);
    if (found) return refusalFor(found, `argument '${params[i]?.name ?? i + 1}'`, "the candidate could not tell which one it was given");
  }
  const result = assertion.resultType;
  switch (assertion.kind) {
    case "equal":
    case "notEqual": {
      // Under a view the expected value is a list or set of the result's items.
      const compared = assertion.view ? comparedType(assertion, result) : { type: result };
      const found = ambiguousPart(assertion.expected!, "type" in compared ? compared.type : { kind: "any" });
      return found && refusalFor(found, "the expected value", "a result could match it while being the other value");
    }
    case "inRange":
      // round(False) is 0 and round(None) raises: a #f result decides only where 0 is in range.
      if (!admitsBool(result) || !admitsNone(result) || !holdsZero(assertion.range!)) return undefined;
      return {
        code: REFUSAL_CODES.optionalBool,
        message:
          `round(...) of a result of type ${showType(result)}, which may be a bool or None: ${FALSE_IS_NONE}, ` +
          `and a #f result would be in the range as False (0) but not as None`,
      };
    case "isNone":
    case "isNotNone":
      if (!admitsBool(result)) return undefined;
      return {
        code: REFUSAL_CODES.optionalBool,
        message:
          `'is None' on a result of type ${showType(result)}, which may be a bool: ${FALSE_IS_NONE}, ` +
          `so a False result would pass as None`,
      };
    case "truthy":
    case "falsy":
      if (result.kind === "any" || !admitsBool(result) || !admitsNone(result)) return undefined;
      return {
        code: REFUSAL_CODES.optionalBool,
        message:
          `truthiness of a result of type ${showType(result)}: ${FALSE_IS_NONE}, and a result whose #f ` +
          `is ambiguous is not checked`,
      };
  }
}

function holdsZero(range: NumberRange): boolean {
  const number = (v: Value): number => (v.kind === "float" ? v.value : v.kind === "int" ? Number(v.value) : Number.NaN);
  return number(range.low) <= 0 && 0 <= number(range.high);
}

interface AmbiguousPart {
  readonly code: string;
  readonly value: Value;
  readonly type: Type;
  readonly reason: string;
}

function refusalFor(found: AmbiguousPart, where: string, consequence: string): RefusalBody {
  return {
    code: found.code,
    message:
      `${where} holds ${toPythonLiteral(found.value)} at a position of type ${showType(found.type)}: ` +
      `${found.reason}, so ${consequence}`,
    span: found.value.span,
  };
}

/** The first part of `value` (itself included) whose Racket representation its type makes ambiguous. */
function ambiguousPart(value: Value, declared: Type): AmbiguousPart | undefined {
  const at = (code: string, reason: string): AmbiguousPart => ({ code, value, type: declared, reason });
  if (value.kind === "none" && admitsBool(declared)) return at(REFUSAL_CODES.optionalBool, FALSE_IS_NONE);
  if (value.kind === "bool" && !value.value && admitsNone(declared)) return at(REFUSAL_CODES.optionalBool, FALSE_IS_NONE);
  if ((value.kind === "list" || value.kind === "tuple") && readsAsListAndTuple(value, declared)) {
    return at(REFUSAL_CODES.listTupleUnion, "Racket writes both lists and tuples as lists");
  }
  const type = resolveValueType(value, declared);
  switch (value.kind) {
    case "list":
    case "set":
      return firstOf(value.items, () => elementType(type));
    case "tuple":
      return firstOf(value.items, (i) => (type.kind === "tuple" ? type.elements[i] : elementType(type)));
    case "dict":
      for (const entry of value.entries) {
        const found =
          ambiguousPart(entry.key, type.kind === "dict" ? type.key : { kind: "any" }) ??
          ambiguousPart(entry.value, type.kind === "dict" ? type.value : { kind: "any" });
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

function firstOf(items: readonly Value[], typeAt: (i: number) => Type | undefined): AmbiguousPart | undefined {
  for (const [i, item] of items.entries()) {
    const found = ambiguousPart(item, typeAt(i) ?? { kind: "any" });
    if (found) return found;
  }
  return undefined;
}

function elementType(type: Type): Type {
  return type.kind === "list" || type.kind === "set" || type.kind === "vartuple" ? type.element : { kind: "any" };
}

/** Whether a `#f` at this type could be a None. */
export function admitsNone(type: Type): boolean {
  switch (type.kind) {
    case "none":
    case "optional":
    case "any":
      return true;
    case "union":
      return type.members.some(admitsNone);
    default:
      return false;
  }
}

/** Whether a `#f` at this type could be a False. */
export function admitsBool(type: Type): boolean {
  switch (type.kind) {
    case "bool":
    case "any":
      return true;
    case "optional":
      return admitsBool(type.inner);
    case "union":
      return type.members.some(admitsBool);
    default:
      return false;
  }
}

/**
 * Whether the Racket list holding this list or tuple value could, at this type, be a Python list
 * as well as a Python tuple. A union of a list and a tuple type is ambiguous only for the values
 * that fit both once written in Racket: `[1, 2]` at `list[int] | tuple[list[int], ...]` cannot be a
 * tuple of lists, so a candidate (and the equality) can tell which one it is; `[]` can be either.
 */
function readsAsListAndTuple(value: Value, type: Type): boolean {
  const lists: Type[] = [];
  const tuples: Type[] = [];
  const collect = (t: Type): void => {
    if (t.kind === "optional") collect(t.inner);
    else if (t.kind === "union") t.members.forEach(collect);
    else if (t.kind === "any") lists.push(t), tuples.push(t);
    else if (t.kind === "list") lists.push(t);
    else if (t.kind === "tuple" || t.kind === "vartuple") tuples.push(t);
  };
  collect(type);
  return lists.some((t) => racketReadsAs(value, t)) && tuples.some((t) => racketReadsAs(value, t));
}

/**
 * Whether the Racket representation of `value` is also that of, or equal under the prelude's
 * equality to, some Python value of `type`: lists and tuples are both Racket lists, None and False
 * both `#f`, and numbers compare by value (so int and float are not told apart here).
 */
function racketReadsAs(value: Value, type: Type): boolean {
  const sequence = value.kind === "list" || value.kind === "tuple" ? value.items : undefined;
  switch (type.kind) {
    case "any":
      return true;
    case "optional":
      return racketReadsAs(value, { kind: "none" }) || racketReadsAs(value, type.inner);
    case "union":
      return type.members.some((m) => racketReadsAs(value, m));
    case "none":
      return value.kind === "none" || (value.kind === "bool" && !value.value);
    case "bool":
      return value.kind === "bool" || value.kind === "none";
    case "int":
    case "float":
      return value.kind === "int" || value.kind === "float";
    case "str":
      return value.kind === "str";
    case "list":
    case "vartuple":
      return sequence !== undefined && sequence.every((v) => racketReadsAs(v, type.element));
    case "tuple":
      return (
        sequence !== undefined &&
        sequence.length === type.elements.length &&
        sequence.every((v, i) => racketReadsAs(v, type.elements[i]!))
      );
    case "set":
      return value.kind === "set" && value.items.every((v) => racketReadsAs(v, type.element));
    case "dict":
      return (
        value.kind === "dict" &&
        value.entries.every((e) => racketReadsAs(e.key, type.key) && racketReadsAs(e.value, type.value))
      );
  }
}
