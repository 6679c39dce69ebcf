import type { Type } from "../../ir/types.js";
import type { Value } from "../../ir/values.js";
import { rDoubleLiteral } from "./float-literal.js";
import { type Constructors, isBackquotable, rName } from "./names.js";
import { Unwritable } from "./refusals.js";
import { containsNul, rStringLiteral } from "./strings.js";
import { type AtomicMode, atomicMode, concreteType, isStatic, itemTypes, sharedAtomicMode } from "./types.js";

/** R doubles hold every integer up to 2^53 exactly; beyond that the backend refuses. */
export const MAX_EXACT_INT = 2n ** 53n;

const EMPTY_VECTOR: Record<AtomicMode, "numeric" | "character" | "logical"> = {
  numeric: "numeric",
  character: "character",
  logical: "logical",
};

/**
 * The R expression for a Python value at a position of the given declared type (see the value
 * table in spec/encodings.md): ints and floats are doubles, None is NULL, lists of an atomic type
 * are `c(...)` (typed empty vectors when empty), other lists and heterogeneous tuples `list(...)`,
 * dicts named lists. Throws `Unwritable` for what R cannot hold.
 */
export function writeValue(value: Value, declared: Type, ctor: Constructors): string {
  const concrete = concreteType(value, declared);
  switch (value.kind) {
    case "none":
      return "NULL";
    case "int":
      return writeInt(value.value, value);
    case "float":
      if (value.widenedFromInt) return writeInt(BigInt(value.text), value);
      if (Number.isNaN(value.value)) return "NaN";
      if (value.value === Infinity) return "Inf";
      if (value.value === -Infinity) return "-Inf";
      return rDoubleLiteral(value.value);
    case "bool":
      return value.value ? "TRUE" : "FALSE";
    case "str":
      if (containsNul(value.value)) {
        throw new Unwritable("refused/r-nul-in-string", "R strings cannot hold NUL (\\x00)", value.span);
      }
      return rStringLiteral(value.value);
    case "list":
    case "set":
    case "tuple": {
      const types = itemTypes(value, concrete);
      const items = value.items.map((item, i) => writeValue(item, types[i]!, ctor));
      if (items.length === 0) {
        // A typed empty vector for an atomic element type, as a candidate would build it.
        const element = concrete.kind === "list" || concrete.kind === "set" ? concrete.element : undefined;
        const mode = element && isStatic(element) ? atomicMode(element) : undefined;
        return mode ? `${ctor(EMPTY_VECTOR[mode])}(0)` : `${ctor("list")}()`;
      }
      const mode = sharedAtomicMode(value.items, types);
      return `${ctor(mode ? "c" : "list")}(${items.join(", ")})`;
    }
    case "dict":
      return writeDict(value, concrete, ctor);
  }
}

function writeInt(n: bigint, value: Value): string {
  if (n > MAX_EXACT_INT || n < -MAX_EXACT_INT) {
    throw new Unwritable(
      "refused/r-int-range",
      `the int ${n} is beyond 2^53 in magnitude, where R's doubles are no longer exact`,
      value.span,
    );
  }
  return n.toString();
}

/**
 * A dict as a named list. Names are the keys as strings (int key 1 is the name "1"); names that
 * are not syntactic are backquoted (`` list(`1` = "a") ``); names R cannot backquote (empty,
 * non-ASCII, control characters) are given with `structure(list(...), names = c(...))`.
 */
function writeDict(value: Extract<Value, { kind: "dict" }>, concrete: Type, ctor: Constructors): string {
  if (value.entries.length === 0) return `${ctor("list")}()`;
  const names = dictNames(value, concrete);
  const types = itemTypes(value, concrete);
  const items = value.entries.map((entry, i) => writeValue(entry.value, types[i]!, ctor));
  if (names.every(isBackquotable)) {
    return `${ctor("list")}(${items.map((item, i) => `${rName(names[i]!)} = ${item}`).join(", ")})`;
  }
  const nameVector = `${ctor("c")}(${names.map(rStringLiteral).join(", ")})`;
  return `${ctor("structure")}(${ctor("list")}(${items.join(", ")}), names = ${nameVector})`;
}

/** The kind of a dict's keys as R names: "str" or "int". */
export type KeyKind = "str" | "int";

/**
 * The names of a dict's entries, after checking that they identify the keys faithfully: keys are
 * str or int, not both kinds in one dict or key type, and no two keys share a name.
 */
export function dictNames(value: Extract<Value, { kind: "dict" }>, concrete: Type): string[] {
  dictKeyKind(value, concrete);
  const names = value.entries.map((entry) => {
    const key = entry.key;
    if (key.kind === "int") return writeInt(key.value, key);
    if (key.kind === "str") {
      if (containsNul(key.value)) throw new Unwritable("refused/r-nul-in-string", "R names cannot hold NUL (\\x00)", key.span);
      return key.value;
    }
    throw new Unwritable("refused/r-dict-key-type", "R dict keys must be str or int", key.span);
  });
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    const previous = seen.get(name);
    if (previous !== undefined) {
      throw new Unwritable(
        "refused/r-dict-key-collision",
        `the keys ${showKey(value, previous)} and ${showKey(value, i)} would both be the R name "${name}"`,
        value.entries[i]!.key.span,
      );
    }
    seen.set(name, i);
  });
  return names;
}

function showKey(value: Extract<Value, { kind: "dict" }>, i: number): string {
  const key = value.entries[i]!.key;
  return key.kind === "str" ? JSON.stringify(key.value) : key.kind === "int" ? key.value.toString() : key.kind;
}

/**
 * "str" or "int" for a dict's keys; throws `Unwritable` when R names cannot stand for them.
 *
 * Where the key type admits both int and str (`Dict[Union[int, str], V]`, or inferred so from
 * dicts of both kinds), a name alone cannot say whether `"1"` is the int 1 or the str "1". Such a
 * dict is still written when no name could be an int's: every key is a str, and none reads as a
 * decimal integer. Then each name is its str key, whatever rule a candidate uses to tell ints from
 * strs, and comparing names by their bytes is Python's key equality (an int key of the candidate's,
 * written "5", matches no expected name).
 */
export function dictKeyKind(value: Extract<Value, { kind: "dict" }>, concrete: Type): KeyKind {
  const declaredKey = concrete.kind === "dict" ? concrete.key : undefined;
  const declaredKinds = declaredKey ? keyKinds(declaredKey) : new Set<string>();
  const mixed = declaredKinds.has("int") && declaredKinds.has("str");
  const kinds = new Set<string>();
  for (const { key } of value.entries) {
    const kind = declaredKey ? concreteType(key, declaredKey).kind : key.kind;
    if (kind !== "str" && kind !== "int") {
      throw new Unwritable("refused/r-dict-key-type", `a ${kind} dict key has no faithful R name; keys must be str or int`, key.span);
    }
    if (mixed && (kind === "int" || (key.kind === "str" && INT_NAME.test(key.value)))) {
      const shown = key.kind === "str" ? JSON.stringify(key.value) : key.kind === "int" ? key.value.toString() : kind;
      throw new Unwritable(
        "refused/r-dict-key-type",
        `the dict's key type admits both int and str, and the key ${shown} would be a name R cannot tell apart (1 vs "1")`,
        key.span,
      );
    }
    kinds.add(kind);
  }
  if (kinds.size > 1) {
    throw new Unwritable(
      "refused/r-dict-key-type",
      "the dict mixes int and str keys, which R names cannot tell apart (1 vs \"1\")",
      value.span,
    );
  }
  if (kinds.size === 1) return kinds.has("int") ? "int" : "str";
  return declaredKinds.has("int") && !mixed ? "int" : "str";
}

/** A str key that reads as a decimal integer, as an int key's name would (`"5"`, `"-12"`, `"007"`). */
const INT_NAME = /^-?[0-9]+$/;

/** The scalar kinds a declared key type admits (`Any` admits each, but is judged by the values). */
function keyKinds(type: Type): Set<string> {
  switch (type.kind) {
    case "union":
      return new Set(type.members.flatMap((m) => [...keyKinds(m)]));
    case "optional":
      return keyKinds(type.inner);
    case "any":
      return new Set();
    default:
      return new Set([type.kind]);
  }
}
