import type { Type } from "../../ir/types.js";
import type { Value } from "../../ir/values.js";
import type { Constructors } from "./names.js";
import { admitsNone, concreteType, isStatic, itemTypes } from "./types.js";
import { dictKeyKind } from "./values.js";

/**
 * Type descriptors: small R lists that tell the prelude how to compare, test and print a value,
 * because an R value alone cannot say it (a length-1 vector is a scalar or a list of one; NULL is
 * None or an empty list). Fields:
 *   k      "int" | "float" | "bool" | "str" | "none" | "list" | "tuple" | "set" | "dict" | "any"
 *   n      TRUE where None is possible (there NULL equals only None)
 *   e      the descriptor of every item (lists, sets, `Tuple[T, ...]`)
 *   es     per-position descriptors (fixed tuples)
 *   items  per-item descriptors, when items of one container differ (unions, Any)
 *   key    "str" | "int": how a dict's names read as keys;  v / vs: its values' descriptor(s)
 * Example: `Dict[str, List[int]]` is `list(k = "dict", key = "str", v = list(k = "list", e = list(k = "int")))`.
 */

/** The descriptor of a type, for any value of it (unions and Any become `k = "any"`). */
export function describeType(type: Type, ctor: Constructors): string {
  const list = ctor("list");
  const node = (kind: string, nullable: boolean, fields: string[] = []): string =>
    `${list}(${[`k = "${kind}"`, ...(nullable ? ["n = TRUE"] : []), ...fields].join(", ")})`;
  const describe = (t: Type, nullable: boolean): string => {
    switch (t.kind) {
      case "optional":
        return describe(t.inner, true);
      case "any":
      case "union":
        return node("any", true);
      case "none":
        return node("none", false);
      case "int":
      case "float":
      case "bool":
      case "str":
        return node(t.kind, nullable);
      case "list":
      case "set":
        return node(t.kind, nullable, [`e = ${describe(t.element, false)}`]);
      case "vartuple":
        return node("tuple", nullable, [`e = ${describe(t.element, false)}`]);
      case "tuple":
        return node("tuple", nullable, [`es = ${list}(${t.elements.map((e) => describe(e, false)).join(", ")})`]);
      case "dict":
        return node("dict", nullable, [`key = "${t.key.kind === "int" ? "int" : "str"}"`, `v = ${describe(t.value, false)}`]);
    }
  };
  return describe(type, false);
}

/**
 * The descriptor for comparing against `value` (the expected value) at a declared position: the
 * type's own descriptor where the type is static, otherwise one that follows the value (each
 * union member or Any position resolved to the value found there).
 */
export function describeValue(value: Value, declared: Type, ctor: Constructors): string {
  if (isStatic(declared)) return describeType(declared, ctor);
  const list = ctor("list");
  const nullable = admitsNone(declared);
  if (value.kind === "none") return `${list}(k = "none")`;
  const concrete = concreteType(value, declared);
  const head = [`k = "${concrete.kind === "vartuple" ? "tuple" : concrete.kind}"`, ...(nullable ? ["n = TRUE"] : [])];
  const types = itemTypes(value, concrete);
  switch (value.kind) {
    case "list":
    case "set":
    case "tuple": {
      const element = concrete.kind === "list" || concrete.kind === "set" ? concrete.element : undefined;
      if (element && isStatic(element)) return `${list}(${[...head, `e = ${describeType(element, ctor)}`].join(", ")})`;
      const items = value.items.map((item, i) => describeValue(item, types[i]!, ctor));
      const field = value.kind === "tuple" ? "es" : "items";
      return `${list}(${[...head, `${field} = ${list}(${items.join(", ")})`].join(", ")})`;
    }
    case "dict": {
      const key = `key = "${dictKeyKind(value, concrete)}"`;
      const valueType = concrete.kind === "dict" ? concrete.value : undefined;
      if (valueType && isStatic(valueType)) return `${list}(${[...head, key, `v = ${describeType(valueType, ctor)}`].join(", ")})`;
      const items = value.entries.map((entry, i) => describeValue(entry.value, types[i]!, ctor));
      return `${list}(${[...head, key, `vs = ${list}(${items.join(", ")})`].join(", ")})`;
    }
    default:
      return `${list}(${head.join(", ")})`;
  }
}

/** Whether a float can occur in what the descriptor compares (then a tolerance is passed). */
export function mentionsFloat(descriptor: string): boolean {
  return descriptor.includes('k = "float"');
}
