import type { Value } from "./values.js";

/** Python's `repr()` of a float: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  // Where both use positional notation, JavaScript's shortest round-trip digits are Python's.
  const magnitude = Math.abs(x);
  if (magnitude >= 1e-4 && magnitude < 1e16) {
    const text = String(x);
    return text.includes(".") ? text : `${text}.0`;
  }
  const [mantissa, exponentText] = x.toExponential().split("e") as [string, string];
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  const sign = negative ? "-" : "";
  if (exponent < -4 || exponent >= 16) {
    const frac = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exponent < 0 ? "-" : "+";
    return `${sign}${frac}e${expSign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const intDigits = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fracDigits = digits.slice(exponent + 1);
  return `${sign}${intDigits}.${fracDigits || "0"}`;
}

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

/** Python's `repr()` of a str. */
export function pythonStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === " ") out += " ";
    else if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && NON_PRINTABLE.test(ch))) {
      if (cp <= 0xff) out += `\\x${cp.toString(16).padStart(2, "0")}`;
      else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, "0")}`;
      else out += `\\U${cp.toString(16).padStart(8, "0")}`;
    } else out += ch;
  }
  return out + quote;
}

/**
 * The Python literal for a value, as `repr()` would print it, except that inf and nan are written
 * `float('inf')` / `float('nan')` so the text is itself valid Python.
 */
export function toPythonLiteral(value: Value): string {
  switch (value.kind) {
    case "int":
      return value.value.toString();
    case "float": {
      const repr = pythonFloatRepr(value.value);
      if (repr === "inf" || repr === "nan") return `float('${repr}')`;
      if (repr === "-inf") return "float('-inf')";
      return repr;
    }
    case "bool":
      return value.value ? "True" : "False";
    case "str":
      return pythonStrRepr(value.value);
    case "none":
      return "None";
    case "list":
      return `[${value.items.map(toPythonLiteral).join(", ")}]`;
    case "tuple":
      return value.items.length === 1
        ? `(${toPythonLiteral(value.items[0]!)},)`
        : `(${value.items.map(toPythonLiteral).join(", ")})`;
    case "set":
      return value.items.length === 0 ? "set()" : `{${value.items.map(toPythonLiteral).join(", ")}}`;
    case "dict":
      return `{${value.entries.map((e) => `${toPythonLiteral(e.key)}: ${toPythonLiteral(e.value)}`).join(", ")}}`;
  }
}
