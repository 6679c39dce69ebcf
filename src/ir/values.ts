import type { Span } from "./span.js";

/**
 * A Python literal value. Ints are exact, floats keep their source spelling and their double,
 * strings are decoded Unicode (a JS string; lone surrogates are refused by the front end).
 */
export type Value =
  | { readonly kind: "int"; readonly value: bigint; readonly span: Span }
  | {
      readonly kind: "float";
      readonly value: number;
      /** Python source spelling (`1e-5`, `float('inf')`); for a widened int, its digits. */
      readonly text: string;
      /** Set when this float is an int literal widened because its type says float. */
      readonly widenedFromInt?: boolean;
      readonly span: Span;
    }
  | { readonly kind: "bool"; readonly value: boolean; readonly span: Span }
  | { readonly kind: "str"; readonly value: string; readonly span: Span }
  | { readonly kind: "none"; readonly span: Span }
  | { readonly kind: "list"; readonly items: readonly Value[]; readonly span: Span }
  | { readonly kind: "tuple"; readonly items: readonly Value[]; readonly span: Span }
  | { readonly kind: "set"; readonly items: readonly Value[]; readonly span: Span }
  | { readonly kind: "dict"; readonly entries: readonly DictEntry[]; readonly span: Span };

export interface DictEntry {
  readonly key: Value;
  readonly value: Value;
}

export type ValueKind = Value["kind"];
