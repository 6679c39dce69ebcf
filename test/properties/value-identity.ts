import type { Value } from "../../src/ir/values.js";

const floatBits = (x: number): string => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
};

/**
 * Where two IR values differ, or undefined when they are identical: same kinds, same ints, floats
 * with the same bits (every nan counts as one, JavaScript keeps no payload), strings with the same
 * code points, containers item by item in order. Spans and float spellings are ignored.
 */
export function valueDifference(a: Value, b: Value, path = "$"): string | undefined {
  if (a.kind !== b.kind) return `${path}: ${a.kind} vs ${b.kind}`;
  switch (a.kind) {
    case "int":
    case "bool":
      return a.value === (b as typeof a).value ? undefined : `${path}: ${a.value} vs ${(b as typeof a).value}`;
    case "float": {
      const other = (b as typeof a).value;
      if (Number.isNaN(a.value) && Number.isNaN(other)) return undefined;
      return floatBits(a.value) === floatBits(other) ? undefined : `${path}: float ${a.value} (${floatBits(a.value)}) vs ${other} (${floatBits(other)})`;
    }
    case "str": {
      const x = [...a.value].map((c) => c.codePointAt(0)!);
      const y = [...(b as typeof a).value].map((c) => c.codePointAt(0)!);
      return x.length === y.length && x.every((c, i) => c === y[i]) ? undefined : `${path}: code points ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
    }
    case "none":
      return undefined;
    case "list":
    case "tuple":
    case "set": {
      const other = (b as typeof a).items;
      if (a.items.length !== other.length) return `${path}: ${a.items.length} items vs ${other.length}`;
      for (const [i, item] of a.items.entries()) {
        const found = valueDifference(item, other[i]!, `${path}[${i}]`);
        if (found) return found;
      }
      return undefined;
    }
    case "dict": {
      const other = (b as typeof a).entries;
      if (a.entries.length !== other.length) return `${path}: ${a.entries.length} entries vs ${other.length}`;
      for (const [i, entry] of a.entries.entries()) {
        const found = valueDifference(entry.key, other[i]!.key, `${path}.key${i}`) ?? valueDifference(entry.value, other[i]!.value, `${path}.value${i}`);
        if (found) return found;
      }
      return undefined;
    }
  }
}
