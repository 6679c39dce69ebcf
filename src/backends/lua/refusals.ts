import type { Span } from "../../ir/span.js";
import { type Type, showType } from "../../ir/types.js";
import type { Value } from "../../ir/values.js";
import { LUA_MAX_INTEGER, LUA_MIN_INTEGER } from "./literals.js";
import { mergedUnionMembers, runtimeClass } from "./descriptors.js";

/** The diagnostic codes of the Lua backend, one per reason an assertion cannot be compiled. */
export const LUA_REFUSALS = {
  /** None inside a list, tuple, set or dict: a Lua table cannot hold nil. */
  nilInContainer: "refused/lua-nil-in-container",
  /**
   * An int outside -2^63 .. 2^63-1: Lua integers are 64 bits and would wrap or turn into floats;
   * also an int at a float position beyond the largest double.
   */
  intRange: "refused/lua-int-range",
  /** nan as a dict key or set item: Lua raises "table index is NaN". */
  nanKey: "refused/lua-nan-key",
  /** A result union of two container kinds (e.g. list | tuple): both are Lua tables. */
  ambiguousUnion: "refused/lua-ambiguous-union",
  /**
   * sorted(...) or set(...) of a result whose type is unknown (Any): a Lua table could be a list or
   * a set `{[v] = true}` (`{true, true}` is the list [True, True] or the set {1, 2}).
   */
  untypedView: "refused/lua-untyped-view",
  /**
   * sorted(...) that needs Python's own order of the items (under a float tolerance, or for `!=`,
   * where Python's sort raising decides) over items Lua cannot order the Python way (dicts, sets,
   * Any).
   */
  viewOrder: "refused/lua-view-order",
  /**
   * set(...) of items that are or may be unhashable in Python (lists, dicts, sets, Any): Python's
   * set() raises on them, and Lua cannot tell a list item from a tuple item.
   */
  viewUnhashable: "refused/lua-view-unhashable",
} as const;

export interface LuaRefusal {
  readonly code: string;
  readonly message: string;
  readonly span: Span;
}

/** The first reason `value` cannot be written in Lua, if any. */
export function valueRefusal(value: Value, where: string): LuaRefusal | undefined {
  return visit(value, where, { inContainer: false, inKey: false });
}

interface Place {
  readonly inContainer: boolean;
  readonly inKey: boolean;
}

function visit(value: Value, where: string, place: Place): LuaRefusal | undefined {
  switch (value.kind) {
    case "none":
      return place.inContainer
        ? {
            code: LUA_REFUSALS.nilInContainer,
            message: `${where} holds None inside a ${place.inKey ? "dict key or set" : "container"}; a Lua table cannot hold nil`,
            span: value.span,
          }
        : undefined;
    case "int":
      return value.value < LUA_MIN_INTEGER || value.value > LUA_MAX_INTEGER
        ? {
            code: LUA_REFUSALS.intRange,
            message: `${where} holds the int ${value.value}, outside Lua's 64-bit integer range -2^63 .. 2^63-1`,
            span: value.span,
          }
        : undefined;
    case "float":
      // An int at a float position that no double can hold: Python compares it exactly
      // (10**400 != float('inf')), while its widened double would be an infinity.
      if (value.widenedFromInt && !Number.isFinite(value.value)) {
        return {
          code: LUA_REFUSALS.intRange,
          message: `${where} holds the int ${value.text} at a float position; it is beyond the range of a Lua float`,
          span: value.span,
        };
      }
      return place.inKey && Number.isNaN(value.value)
        ? { code: LUA_REFUSALS.nanKey, message: `${where} uses nan as a dict key or set item; Lua tables cannot have a nan key`, span: value.span }
        : undefined;
    case "bool":
    case "str":
      return undefined;
    case "list":
    case "tuple":
      return first(value.items, (item) => visit(item, where, { ...place, inContainer: true }));
    case "set":
      return first(value.items, (item) => visit(item, where, { inContainer: true, inKey: true }));
    case "dict":
      return first(
        value.entries,
        (e) => visit(e.key, where, { inContainer: true, inKey: true }) ?? visit(e.value, where, { ...place, inContainer: true }),
      );
  }
}

function first<T>(items: readonly T[], check: (item: T) => LuaRefusal | undefined): LuaRefusal | undefined {
  for (const item of items) {
    const found = check(item);
    if (found) return found;
  }
  return undefined;
}

/**
 * A union inside the result type whose members Lua cannot tell apart at run time. Lists, tuples,
 * dicts and sets are all tables (`{}` is an empty list, tuple, dict and set at once), so a result
 * that may be either of two of them cannot be compared the way Python would. Two members of the
 * same Python kind (`list[A] | list[B]`, a tuple and a variadic tuple) are no ambiguity: they
 * merge into one (see `mergedUnionMembers`).
 */
export function resultTypeRefusal(type: Type, span: Span): LuaRefusal | undefined {
  const union = ambiguousUnion(type);
  return union
    ? {
        code: LUA_REFUSALS.ambiguousUnion,
        message:
          (union === type ? `the result type ${showType(type)}` : `the result type ${showType(type)} includes ${showType(union)}, which`) +
          " can be two kinds of container; both are Lua tables, which cannot be told apart",
        span,
      }
    : undefined;
}

function ambiguousUnion(type: Type): Type | undefined {
  switch (type.kind) {
    case "union": {
      // containers of one Python kind merge into one member, as the descriptor writes them
      const members = mergedUnionMembers(type.members);
      if (!tableMembersDistinct(members)) return type;
      for (const member of members) {
        const inner = ambiguousUnion(member);
        if (inner) return inner;
      }
      return undefined;
    }
    case "optional":
      return ambiguousUnion(type.inner);
    case "list":
    case "set":
    case "vartuple":
      return ambiguousUnion(type.element);
    case "tuple":
      for (const element of type.elements) {
        const inner = ambiguousUnion(element);
        if (inner) return inner;
      }
      return undefined;
    case "dict":
      return ambiguousUnion(type.key) ?? ambiguousUnion(type.value);
    default:
      return undefined;
  }
}

/**
 * Whether the prelude can tell which member of a union a table belongs to: at most one container
 * kind among list, tuple, dict and set (the type checker merges two lists, dicts or sets into one),
 * and where that kind is tuple, only fixed tuples of distinct lengths, told apart by their length.
 */
function tableMembersDistinct(members: readonly Type[]): boolean {
  const tables = members.filter((m) => runtimeClass(m) === "table");
  if (tables.length <= 1) return true;
  if (!tables.every((m) => m.kind === "tuple")) return false;
  const lengths = tables.map((m) => (m.kind === "tuple" ? m.elements.length : -1));
  return new Set(lengths).size === lengths.length;
}
