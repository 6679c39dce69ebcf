/**
 * What the property tests (properties.test.ts) need besides the shared arbitraries in
 * test/properties/: the TypeScript printer of the canonical serialization (the counterpart of
 * test/properties/serializers.ts for this target), TypeScript's own syntactic diagnostics, and the
 * refusals the TypeScript contract (README, "Refusals") allows and demands for a value.
 */
import type { Type, Value } from "polytest";
import { ts } from "ts-morph";

// ---------------------------------------------------------------- the echo candidate

/** A Python type as TypeScript writes it (README, "Values"), written here independently of src/types.ts. */
export function typeText(type: Type): string {
  switch (type.kind) {
    case "int":
    case "float":
      return "number";
    case "bool":
      return "boolean";
    case "str":
      return "string";
    case "none":
      return "null";
    case "optional":
      return `(${typeText(type.inner)} | null)`;
    case "list":
      return `(${typeText(type.element)})[]`;
    case "tuple":
      return `[${type.elements.map(typeText).join(", ")}]`;
    case "set":
      return `Set<${typeText(type.element)}>`;
    case "dict":
      return `Map<${typeText(type.key)}, ${typeText(type.value)}>`;
    default:
      throw new Error(`typeText: no TypeScript type for ${type.kind}`);
  }
}

/** The printer's descriptor of a type, as a TypeScript expression. */
function descriptor(type: Type): string {
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
    case "str":
      return `{ k: "${type.kind}" }`;
    case "optional":
      return `{ k: "opt", of: ${descriptor(type.inner)} }`;
    case "list":
    case "set":
      return `{ k: "${type.kind}", of: ${descriptor(type.element)} }`;
    case "tuple":
      return `{ k: "tuple", of: [${type.elements.map(descriptor).join(", ")}] }`;
    case "dict":
      return `{ k: "dict", key: ${descriptor(type.key)}, value: ${descriptor(type.value)} }`;
    default:
      throw new Error(`descriptor: no printer for ${type.kind}`);
  }
}

/**
 * The printer, in TypeScript (strict, ES2022, no DOM and no Node: the launcher's environment).
 * It checks the representation the README gives (an int is a safe-integer number, None is `null`
 * and never `undefined`, a tuple an array of its arity, a dict a `Map`, a set a `Set`) and writes
 * `BAD:...` where it finds another. Strings are written as their UTF-8 bytes, encoded here by hand.
 */
const PRINTER = String.raw`
type __ps_T =
  | { k: "int" | "float" | "bool" | "str" }
  | { k: "opt" | "list" | "set"; of: __ps_T }
  | { k: "tuple"; of: __ps_T[] }
  | { k: "dict"; key: __ps_T; value: __ps_T };
function __ps_utf8(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) return "BAD:lone-surrogate";
    const bytes =
      cp < 0x80 ? [cp]
      : cp < 0x800 ? [0xc0 | (cp >> 6), 0x80 | (cp & 63)]
      : cp < 0x10000 ? [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)]
      : [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
    for (const b of bytes) out += b.toString(16).padStart(2, "0");
  }
  return out;
}
function __ps_items(tag: string, parts: string[]): string {
  return "(" + tag + parts.map((p) => " " + p).join("") + ")";
}
function __ps_ser(t: __ps_T, x: unknown): string {
  switch (t.k) {
    case "int":
      return typeof x === "number" && Number.isSafeInteger(x) ? "I" + BigInt(x).toString() : "BAD:int:" + String(x);
    case "float":
      return typeof x === "number" ? "F" + (Object.is(x, -0) ? "-0" : String(x)) : "BAD:float:" + String(x);
    case "bool":
      return typeof x === "boolean" ? (x ? "B1" : "B0") : "BAD:bool:" + String(x);
    case "str":
      return typeof x === "string" ? "X" + __ps_utf8(x) : "BAD:str:" + String(x);
    case "opt":
      return x === null ? "N" : x === undefined ? "BAD:undefined" : __ps_ser(t.of, x);
    case "list":
      return Array.isArray(x) ? __ps_items("L", x.map((e) => __ps_ser(t.of, e))) : "BAD:list:" + String(x);
    case "tuple":
      return Array.isArray(x) && x.length === t.of.length
        ? __ps_items("T", t.of.map((m, i) => __ps_ser(m, x[i])))
        : "BAD:tuple:" + String(x);
    case "set":
      return x instanceof Set ? __ps_items("S", [...x].map((e) => __ps_ser(t.of, e))) : "BAD:set:" + String(x);
    case "dict":
      return x instanceof Map
        ? __ps_items("D", [...x].map(([k, v]) => __ps_ser(t.key, k) + " " + __ps_ser(t.value, v)))
        : "BAD:dict:" + String(x);
  }
}
`;

/**
 * The candidate `echo(x: T): T`, with the type written out, which prints `@@<serialization>` of
 * its argument and returns it unchanged.
 */
export function echoCandidate(type: Type): string {
  const t = typeText(type);
  return `${PRINTER}\nfunction echo(x: ${t}): ${t} {\n  console.log("@@" + __ps_ser(${descriptor(type)}, x));\n  return x;\n}\n`;
}

// ---------------------------------------------------------------- syntax

const SYNTAX_OPTIONS: ts.CompilerOptions = { noLib: true, noResolve: true, types: [], target: ts.ScriptTarget.ES2022 };

/** TypeScript's syntactic diagnostics of a program on its own (`program.getSyntacticDiagnostics()`), formatted. */
export function syntaxErrors(text: string): string[] {
  const path = "/main.ts";
  const host: ts.CompilerHost = {
    getSourceFile: (name, version) => (name === path ? ts.createSourceFile(name, text, version, false, ts.ScriptKind.TS) : undefined),
    getDefaultLibFileName: () => "/lib.d.ts",
    writeFile: () => {},
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (name) => name === path,
    readFile: (name) => (name === path ? text : undefined),
  };
  const program = ts.createProgram({ rootNames: [path], options: SYNTAX_OPTIONS, host });
  return program.getSyntacticDiagnostics().map((d) => {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    return `${where ? `(${where.line + 1},${where.character + 1}) ` : ""}TS${d.code}: ${message}`;
  });
}

// ---------------------------------------------------------------- the contract's refusals

export const INT_RANGE = "refused/typescript-int-range";
export const NAN_KEYS = "refused/typescript-nan-keys";
const MAX_SAFE = 2n ** 53n - 1n;

export interface RefusalRule {
  readonly allowed: ReadonlySet<string>;
  readonly required: ReadonlySet<string>;
}

/**
 * What the TypeScript contract allows and demands for `value` at `type`: an int beyond ±(2^53 − 1)
 * must be refused (`refused/typescript-int-range`), except at a float position, where Python
 * passes the int and the checker widens it to the float it is (a JS number holds that float
 * exactly); left to inference (not annotated) the int stays an int there and may be refused.
 * A set with two or more nan items, or a dict with two or more nan keys, must be refused
 * (`refused/typescript-nan-keys`: a JS Set or Map holds one NaN key, Python each nan object).
 * Nothing else may be refused.
 */
export function refusalRule(value: Value, type: Type, annotated = true): RefusalRule {
  const allowed = new Set<string>();
  const required = new Set<string>();
  const nan = (x: Value): boolean => x.kind === "float" && Number.isNaN(x.value);
  visit(value, type, (v, t) => {
    if ((v.kind === "set" && v.items.filter(nan).length > 1) || (v.kind === "dict" && v.entries.filter((e) => nan(e.key)).length > 1)) {
      allowed.add(NAN_KEYS);
      required.add(NAN_KEYS);
    }
    if (v.kind !== "int" || (v.value >= -MAX_SAFE && v.value <= MAX_SAFE)) return;
    const atFloat = t.kind === "float" || (t.kind === "optional" && t.inner.kind === "float");
    if (atFloat && annotated) return;
    allowed.add(INT_RANGE);
    if (!atFloat) required.add(INT_RANGE);
  });
  return { allowed, required };
}

export function combineRules(...rules: readonly RefusalRule[]): RefusalRule {
  return {
    allowed: new Set(rules.flatMap((r) => [...r.allowed])),
    required: new Set(rules.flatMap((r) => [...r.required])),
  };
}

function visit(value: Value, type: Type, check: (v: Value, t: Type) => void): void {
  check(value, type);
  const declared = type.kind === "optional" && value.kind !== "none" ? type.inner : type;
  switch (value.kind) {
    case "list":
    case "set":
      value.items.forEach((item) => visit(item, declared.kind === "list" || declared.kind === "set" ? declared.element : declared, check));
      return;
    case "tuple":
      value.items.forEach((item, i) => visit(item, declared.kind === "tuple" ? declared.elements[i]! : declared, check));
      return;
    case "dict":
      for (const entry of value.entries) {
        visit(entry.key, declared.kind === "dict" ? declared.key : declared, check);
        visit(entry.value, declared.kind === "dict" ? declared.value : declared, check);
      }
      return;
    default:
      return;
  }
}
