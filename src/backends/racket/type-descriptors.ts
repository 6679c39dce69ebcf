import type { Type } from "../../ir/types.js";

/**
 * The quoted descriptor of a Python type that the prelude reads when it prints an actual value
 * for the report: `int`, `float`, `bool`, `str`, `none`, `any`, `(list T)`, `(set T)`,
 * `(vartuple T)`, `(tuple T ...)`, `(dict K V)`, `(optional T)`, `(union T ...)`. It decides
 * whether `#f` reads None or False and whether a list prints as `[a, b]` or `(a, b)`.
 */
export function typeDescriptor(type: Type): string {
  return `'${descriptor(type)}`;
}

function descriptor(type: Type): string {
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
    case "str":
    case "none":
    case "any":
      return type.kind;
    case "list":
    case "set":
    case "vartuple":
      return `(${type.kind} ${descriptor(type.element)})`;
    case "tuple":
      return `(${["tuple", ...type.elements.map(descriptor)].join(" ")})`;
    case "dict":
      return `(dict ${descriptor(type.key)} ${descriptor(type.value)})`;
    case "optional":
      return `(optional ${descriptor(type.inner)})`;
    case "union":
      return `(${["union", ...type.members.map(descriptor)].join(" ")})`;
  }
}
