import type { Type } from "../ir/types.js";
import { resolveValueType, valueFits } from "../ir/typing.js";
import type { Value } from "../ir/values.js";

/**
 * The value re-shaped to its type: ints at float positions become floats (`2` -> `2.0`),
 * everything else is kept. The caller has already checked `valueFits(value, type)`.
 */
export function widen(value: Value, type: Type): Value {
  if (!valueFits(value, type)) return value;
  const concrete = resolveValueType(value, type);
  switch (value.kind) {
    case "int":
      return concrete.kind === "float"
        ? { kind: "float", value: Number(value.value), text: value.value.toString(), widenedFromInt: true, span: value.span }
        : value;
    case "list":
    case "set":
      if (concrete.kind !== "list" && concrete.kind !== "set") return value;
      return { ...value, items: value.items.map((v) => widen(v, concrete.element)) };
    case "tuple":
      if (concrete.kind === "vartuple") return { ...value, items: value.items.map((v) => widen(v, concrete.element)) };
      if (concrete.kind !== "tuple") return value;
      return { ...value, items: value.items.map((v, i) => widen(v, concrete.elements[i]!)) };
    case "dict":
      if (concrete.kind !== "dict") return value;
      return {
        ...value,
        entries: value.entries.map((e) => ({ key: widen(e.key, concrete.key), value: widen(e.value, concrete.value) })),
      };
    default:
      return value;
  }
}
