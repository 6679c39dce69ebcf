/**
 * Which refusals `spec/encodings.md` (and the backends' documented refusal lists) allow for a value at
 * a type, per target, and which it demands. A property accepts a refusal only when its code is
 * allowed here, and fails when a demanded refusal is missing (the value would be emitted wrongly).
 */
import type { Type } from "../../src/ir/types.js";
import type { Value } from "../../src/ir/values.js";

export interface RefusalRule {
  /** Refusal codes that are legitimate for this value. */
  readonly allowed: ReadonlySet<string>;
  /** Codes of which at least one must be reported: the contract says the target cannot hold the value. */
  readonly required: ReadonlySet<string>;
}

interface Place {
  /** Inside a list, tuple, set or dict (Lua cannot hold nil there). */
  readonly inContainer: boolean;
  /** A set item or a dict key, or inside one. */
  readonly hashed: boolean;
}

const TOP: Place = { inContainer: false, hashed: false };

const INT_RANGE_CODES: Record<string, string> = {
  lua: "refused/lua-int-range",
  ocaml: "refused/ocaml-int-range",
  r: "refused/r-int-range",
};

const LUA_INT = [-(2n ** 63n), 2n ** 63n - 1n] as const;
const OCAML_INT = [-(2n ** 62n), 2n ** 62n - 1n] as const;
const R_INT = [-(2n ** 53n), 2n ** 53n] as const;

/** Why `language` may (and must) refuse `value` at `type`, the top of an argument or expected value. */
export function refusalRule(language: string, value: Value, type: Type, place: Place = TOP, annotated = true): RefusalRule {
  const allowed = new Set<string>();
  const required = new Set<string>();
  const need = (code: string): void => {
    allowed.add(code);
    required.add(code);
  };
  typeRules(language, type, allowed);
  visit(value, type, place, (v, t, p) => {
    // An int at a float position (Python passes the int): OCaml and Julia write the float it
    // widens to, Lua keeps a 64-bit integer and writes the nearest float beyond, so only R's range
    // (its doubles hold ints exactly up to 2^53) still applies.
    const atFloat = v.kind === "int" && (t.kind === "float" || (t.kind === "optional" && t.inner.kind === "float"));
    if (atFloat && !annotated) {
      // Inferred, not declared: the checker does not widen, so the int stays an int; a target may
      // refuse it for its int range or write the float, either is faithful enough to allow.
      allowed.add(INT_RANGE_CODES[language] ?? "");
      return;
    }
    if (atFloat && language !== "r") return;
    switch (language) {
      case "julia":
        if (v.kind === "float" && p.hashed && (Number.isNaN(v.value) || Object.is(v.value, -0))) allowed.add("refused/julia-float-key");
        return;
      case "lua":
        if (v.kind === "none" && p.inContainer) need("refused/lua-nil-in-container");
        if (v.kind === "int" && outside(v.value, LUA_INT)) need("refused/lua-int-range");
        if (v.kind === "float" && p.hashed && Number.isNaN(v.value)) allowed.add("refused/lua-nan-key");
        return;
      case "ocaml":
        if (v.kind === "int" && outside(v.value, OCAML_INT)) need("refused/ocaml-int-range");
        return;
      case "r":
        if (v.kind === "int" && outside(v.value, R_INT)) need("refused/r-int-range");
        if (v.kind === "str" && v.value.includes("\u0000")) need("refused/r-nul-in-string");
        return;
      case "racket":
        if ((v.kind === "none" && admitsBool(t)) || (v.kind === "bool" && !v.value && t.kind === "optional")) {
          need("refused/racket-optional-bool");
        }
        return;
    }
  });
  return { allowed, required };
}

/** Refusals a type alone may cause, whatever the value. */
function typeRules(language: string, type: Type, allowed: Set<string>): void {
  const walk = (t: Type): void => {
    // Inference leaves Any where only empty containers were seen: a typed target cannot declare it.
    if (t.kind === "any" && language === "ocaml") allowed.add("refused/ocaml-unknown-type");
    if (t.kind === "any" && language === "julia") allowed.add("refused/julia-unknown-type");
    if (language === "ocaml" && t.kind === "tuple" && t.elements.length < 2) allowed.add("refused/ocaml-tuple-arity");
    // R names are strings: the contract spells only str and int keys out.
    if (language === "r" && t.kind === "dict" && t.key.kind !== "str" && t.key.kind !== "int") allowed.add("refused/r-dict-key-type");
    childTypes(t).forEach(walk);
  };
  walk(type);
}

function childTypes(t: Type): Type[] {
  switch (t.kind) {
    case "list":
    case "set":
    case "vartuple":
      return [t.element];
    case "tuple":
      return [...t.elements];
    case "dict":
      return [t.key, t.value];
    case "optional":
      return [t.inner];
    case "union":
      return [...t.members];
    default:
      return [];
  }
}

function outside(n: bigint, [low, high]: readonly [bigint, bigint]): boolean {
  return n < low || n > high;
}

function admitsBool(t: Type): boolean {
  return t.kind === "bool" || t.kind === "any" || (t.kind === "optional" && admitsBool(t.inner));
}

/** Calls `check` on every part of `value` with its declared type and place. */
function visit(value: Value, type: Type, place: Place, check: (v: Value, t: Type, p: Place) => void): void {
  check(value, type, place);
  const declared = type.kind === "optional" && value.kind !== "none" ? type.inner : type;
  if (declared !== type) {
    // The Optional's inner value sits at the same place; checking it again at its inner type lets
    // a rule see both (Racket: False at Optional[bool]).
    visit(value, declared, place, check);
    return;
  }
  const inside: Place = { ...place, inContainer: true };
  switch (value.kind) {
    case "list":
      value.items.forEach((item) => visit(item, declared.kind === "list" ? declared.element : declared, inside, check));
      return;
    case "tuple":
      value.items.forEach((item, i) => visit(item, declared.kind === "tuple" ? declared.elements[i]! : declared, inside, check));
      return;
    case "set":
      value.items.forEach((item) => visit(item, declared.kind === "set" ? declared.element : declared, { inContainer: true, hashed: true }, check));
      return;
    case "dict":
      for (const entry of value.entries) {
        visit(entry.key, declared.kind === "dict" ? declared.key : declared, { inContainer: true, hashed: true }, check);
        visit(entry.value, declared.kind === "dict" ? declared.value : declared, inside, check);
      }
      return;
    default:
      return;
  }
}

/** Both rules at once: a refusal of an assertion may come from its argument or its expected value. */
export function combineRules(...rules: readonly RefusalRule[]): RefusalRule {
  return {
    allowed: new Set(rules.flatMap((r) => [...r.allowed])),
    required: new Set(rules.flatMap((r) => [...r.required])),
  };
}
