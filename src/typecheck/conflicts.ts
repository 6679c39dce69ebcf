import { type Diagnostic, diagnosticAt } from "../ir/diagnostics.js";
import type { Span } from "../ir/span.js";
import type { Value } from "../ir/values.js";

/**
 * Where an unannotated position receives values of different kinds (a str in one assert, an int in
 * another), the inferred type is a union that several targets cannot represent. A warning names
 * the first value of each kind, so the user sees why assertions are refused later.
 */

interface FirstSite {
  readonly kind: string;
  readonly span: Span;
}

/** int and float are one kind (int+float unify to float); None only makes a type Optional. */
function kindOf(value: Value): string | undefined {
  if (value.kind === "none") return undefined;
  return value.kind === "int" || value.kind === "float" ? "number" : value.kind;
}

/** Each value's kind and the kinds of its items, under a path such as `[]` (items) or `[1]` (tuple item 1). */
function collect(value: Value, path: string, into: Map<string, FirstSite[]>): void {
  const kind = kindOf(value);
  if (kind) {
    const sites = into.get(path);
    if (!sites) into.set(path, [{ kind, span: value.span }]);
    else if (!sites.some((s) => s.kind === kind)) sites.push({ kind, span: value.span });
  }
  switch (value.kind) {
    case "list":
    case "set": {
      const itemPath = `${path}[]`;
      for (const item of value.items) collect(item, itemPath, into);
      return;
    }
    case "tuple":
      value.items.forEach((item, i) => collect(item, `${path}[${i}]`, into));
      return;
    case "dict":
      {
        const keyPath = `${path}{key}`;
        const valuePath = `${path}{value}`;
        for (const entry of value.entries) {
          collect(entry.key, keyPath, into);
          collect(entry.value, valuePath, into);
        }
      }
      return;
  }
}

const KIND_NAMES: Record<string, string> = { number: "a number", str: "a str", bool: "a bool", list: "a list", tuple: "a tuple", dict: "a dict", set: "a set" };

/** Warnings for one unannotated position (`what` is e.g. "argument 'x'" or "the result"). */
export function conflictWarnings(what: string, values: readonly Value[]): Diagnostic[] {
  const byPath = new Map<string, FirstSite[]>();
  for (const value of values) collect(value, "", byPath);
  const warnings: Diagnostic[] = [];
  for (const [path, sites] of byPath) {
    // Tuples of different lengths at one position are a separate matter (Tuple[T, ...]).
    if (sites.length < 2) continue;
    const where = path === "" ? what : `${what}, at ${describePath(path)},`;
    const listed = sites.map((s) => `${KIND_NAMES[s.kind] ?? s.kind} at line ${s.span.startLine}, column ${s.span.startColumn}`).join("; ");
    warnings.push(
      diagnosticAt(
        sites[1]!.span,
        "warning",
        "type/conflict",
        `${where} has no annotation and gets values of different kinds (${listed}): its type is a union, which some targets refuse`,
      ),
    );
  }
  return warnings;
}

function describePath(path: string): string {
  return path
    .replace(/\[\]/g, " items")
    .replace(/\[(\d+)\]/g, " item $1")
    .replace(/\{key\}/g, " keys")
    .replace(/\{value\}/g, " values")
    .trim()
    .replace(/^/, "its ");
}
