import type { Type } from "../../ir/types.js";

/**
 * The compact type descriptor the prelude's equality, truthiness and printer are driven by:
 * scalars are strings (`"int"`, `"float"`, `"bool"`, `"str"`, `"none"`, `"any"`), containers are
 * tables whose first item names the shape (`{"list", T}`, `{"tuple", A, B}`, `{"vtuple", T}`,
 * `{"dict", K, V}`, `{"set", T}`, `{"opt", T}`, `{"union", A, B}`).
 */
export function luaTypeDescriptor(type: Type): string {
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
    case "str":
    case "none":
    case "any":
      return `"${type.kind}"`;
    case "list":
    case "set":
      return `{"${type.kind}", ${luaTypeDescriptor(type.element)}}`;
    case "vartuple":
      return `{"vtuple", ${luaTypeDescriptor(type.element)}}`;
    case "tuple":
      return `{${['"tuple"', ...type.elements.map(luaTypeDescriptor)].join(", ")}}`;
    case "dict":
      return `{"dict", ${luaTypeDescriptor(type.key)}, ${luaTypeDescriptor(type.value)}}`;
    case "optional":
      return `{"opt", ${luaTypeDescriptor(type.inner)}}`;
    case "union":
      // The prelude takes the first member the expected value fits, so `int` goes before
      // `float`: an int expected at `int | float` compares exactly, as in Python.
      return `{${['"union"', ...[...type.members].sort(intFirst).map(luaTypeDescriptor)].join(", ")}}`;
  }
}

function intFirst(a: Type, b: Type): number {
  return Number(b.kind === "int") - Number(a.kind === "int");
}

/** What Lua's `type()` says about a value of this Python type (`any`: could be anything). */
export type RuntimeClass = "number" | "boolean" | "string" | "nil" | "table" | "any";

export function runtimeClass(type: Type): RuntimeClass {
  switch (type.kind) {
    case "int":
    case "float":
      return "number";
    case "bool":
      return "boolean";
    case "str":
      return "string";
    case "none":
      return "nil";
    case "any":
    case "optional":
    case "union":
      return "any";
    default:
      return "table";
  }
}

/** Whether a float can occur somewhere in a value of this type (so a tolerance matters). */
export function mayHoldFloat(type: Type): boolean {
  switch (type.kind) {
    case "float":
    case "any":
      return true;
    case "int":
    case "bool":
    case "str":
    case "none":
      return false;
    case "list":
    case "set":
    case "vartuple":
      return mayHoldFloat(type.element);
    case "tuple":
      return type.elements.some(mayHoldFloat);
    case "dict":
      return mayHoldFloat(type.key) || mayHoldFloat(type.value);
    case "optional":
      return mayHoldFloat(type.inner);
    case "union":
      return type.members.some(mayHoldFloat);
  }
}
