/**
 * The canonical serialization the per-target printers (serializers.ts) write, and the same text
 * computed from an IR value. Grammar: `I<int>`, `F<float>`, `B1`/`B0`, `X<utf-8 bytes in hex>`,
 * `N` (None), `(L items)`, `(T items)`, `(S items)`, `(D key value ...)`, items each after a
 * space. `normalize` makes two texts comparable: float spellings of every target read as one
 * double, set items and dict entries sorted.
 */
import type { Type } from "../../src/ir/types.js";
import type { Value } from "../../src/ir/values.js";

/**
 * Whether a target keeps an int at a float position as an int (Python passes the int itself):
 * Lua within its 64-bit range, Racket always (an exact integer); R and OCaml write a double.
 */
export function keepsWidenedInt(language: string, n: bigint): boolean {
  if (language === "lua") return n >= -(2n ** 63n) && n < 2n ** 63n;
  return language === "racket";
}

export function canonical(value: Value, type: Type, language: string): string {
  const inner = (v: Value, t: Type): string => canonical(v, t, language);
  if (type.kind === "optional") return value.kind === "none" ? "N" : inner(value, type.inner);
  switch (value.kind) {
    case "int":
      return type.kind === "float" && !keepsWidenedInt(language, value.value) ? `F${floatText(Number(value.value))}` : `I${value.value}`;
    case "float":
      return `F${floatText(value.value)}`;
    case "bool":
      return value.value ? "B1" : "B0";
    case "str":
      return `X${Buffer.from(value.value, "utf8").toString("hex")}`;
    case "none":
      return "N";
    case "list":
      return `(L${value.items.map((x) => ` ${inner(x, type.kind === "list" ? type.element : type)}`).join("")})`;
    case "tuple":
      return `(T${value.items.map((x, i) => ` ${inner(x, type.kind === "tuple" ? type.elements[i]! : type)}`).join("")})`;
    case "set":
      return `(S${value.items.map((x) => ` ${inner(x, type.kind === "set" ? type.element : type)}`).join("")})`;
    case "dict": {
      const [k, v] = type.kind === "dict" ? [type.key, type.value] : [type, type];
      return `(D${value.entries.map((e) => ` ${inner(e.key, k)} ${inner(e.value, v)}`).join("")})`;
    }
  }
}

function floatText(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (Object.is(x, -0)) return "-0";
  return String(x);
}

/** Reads a float as any target prints it (`inf`, `Inf`, `+inf.0`, `-nan`, `NaN`, `1e-05`, `-0.0`). */
function readFloat(text: string): number | undefined {
  const t = text.toLowerCase().replace(/\.0$/, (m) => (/inf|nan/.test(text.toLowerCase()) ? "" : m));
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (/^\+?inf(inity)?$/.test(t)) return Infinity;
  if (/^-inf(inity)?$/.test(t)) return -Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

type Node = string | { readonly tag: string; readonly items: Node[] };

function parse(text: string): Node {
  let i = 0;
  const node = (): Node => {
    if (text[i] === "(") {
      const tag = text[i + 1]!;
      i += 2;
      const items: Node[] = [];
      while (text[i] === " ") {
        i += 1;
        items.push(node());
      }
      if (text[i] !== ")") throw new Error(`expected ')' at ${i} in ${text.slice(0, 200)}`);
      i += 1;
      return { tag, items };
    }
    const start = i;
    while (i < text.length && text[i] !== " " && text[i] !== ")") i++;
    return text.slice(start, i);
  };
  const result = node();
  if (i !== text.length) throw new Error(`trailing text at ${i} in ${text.slice(0, 200)}`);
  return result;
}

/**
 * A canonical text for comparison. Inside set items and dict keys a number is only its value
 * (`K<value>`): Python treats 1 and 1.0 as one key, 0.0 and -0.0 too, and Lua turns a
 * float key with an integral value into an integer key.
 */
export function normalize(text: string): string {
  const show = (node: Node, hashed: boolean): string => {
    if (typeof node === "string") {
      if (hashed && node.startsWith("I")) return `K${node.slice(1)}`;
      if (!node.startsWith("F")) return node;
      const x = readFloat(node.slice(1));
      if (x === undefined) return `BAD-FLOAT:${node}`;
      if (hashed) return Number.isInteger(x) ? `K${BigInt(x)}` : `K${floatText(x)}`;
      return `F${floatText(x)}`;
    }
    if (node.tag === "S") return `(S${node.items.map((x) => ` ${show(x, true)}`).sort().join("")})`;
    if (node.tag === "D") {
      const pairs: string[] = [];
      for (let k = 0; k < node.items.length; k += 2) pairs.push(` ${show(node.items[k]!, true)} ${show(node.items[k + 1]!, hashed)}`);
      return `(D${pairs.sort().join("")})`;
    }
    return `(${node.tag}${node.items.map((x) => ` ${show(x, hashed)}`).join("")})`;
  };
  try {
    return show(parse(text), false);
  } catch (error) {
    return `UNPARSEABLE ${(error as Error).message}`;
  }
}
