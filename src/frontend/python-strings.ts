/** Decodes one Python string literal token (`r"..."`, `'''...'''`, `f"..."`) to its Unicode value. */
export type DecodedString = { readonly value: string } | { readonly error: string; readonly code: string };

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** A UTF-16 surrogate half that is not part of a pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function decodePythonString(token: string): DecodedString {
  const decoded = decodeToken(token);
  // Source text given as a JS string can hold a raw lone surrogate, which no escape produced.
  if ("value" in decoded && LONE_SURROGATE.test(decoded.value)) {
    return { code: "literal/lone-surrogate", error: "the string holds a lone surrogate, which no target string can hold" };
  }
  return decoded;
}

function decodeToken(token: string): DecodedString {
  const prefixMatch = /^[A-Za-z]*/.exec(token)!;
  const prefix = prefixMatch[0].toLowerCase();
  if (prefix.includes("b")) return { code: "literal/bytes", error: "bytes literals are not supported: the targets have no bytes type in the contract" };
  if (/[^ruf]/.test(prefix)) return { code: "literal/string-prefix", error: `unknown string prefix '${prefixMatch[0]}'` };
  const rest = token.slice(prefixMatch[0].length);
  const quote = rest.startsWith('"""') || rest.startsWith("'''") ? rest.slice(0, 3) : rest.slice(0, 1);
  if (!rest.endsWith(quote) || rest.length < quote.length * 2) return { code: "literal/unterminated-string", error: "unterminated string literal" };
  let body = rest.slice(quote.length, rest.length - quote.length);
  if (prefix.includes("f")) {
    if (body.replace(/\{\{|\}\}/g, "").includes("{")) {
      return { code: "literal/f-string", error: "f-strings with replacement fields are not literals" };
    }
    body = body.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
  }
  // A raw string keeps its backslashes; CRLF inside a triple-quoted literal reads as LF.
  if (prefix.includes("r")) return { value: body.replace(/\r\n?/g, "\n") };
  return decodeEscapes(body.replace(/\r\n?/g, "\n"));
}

function decodeEscapes(body: string): DecodedString {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const next = body[i + 1];
    if (next === undefined) return { code: "literal/escape", error: "string ends with a lone backslash" };
    if (next === "\n") {
      i += 1;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i += 1;
      continue;
    }
    if (next >= "0" && next <= "7") {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCodePoint(parseInt(digits, 8));
      i += digits.length;
      continue;
    }
    const hexLength = next === "x" ? 2 : next === "u" ? 4 : next === "U" ? 8 : 0;
    if (hexLength > 0) {
      const hex = body.slice(i + 2, i + 2 + hexLength);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) {
        return { code: "literal/escape", error: `truncated \\${next} escape` };
      }
      const codePoint = parseInt(hex, 16);
      if (codePoint > 0x10ffff) return { code: "literal/escape", error: `\\${next}${hex} is beyond U+10FFFF` };
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
        return { code: "literal/lone-surrogate", error: `\\${next}${hex} is a lone surrogate, which no target string can hold` };
      }
      out += String.fromCodePoint(codePoint);
      i += 1 + hexLength;
      continue;
    }
    if (next === "N") {
      return { code: "literal/named-escape", error: "\\N{...} escapes are not supported (polytest carries no Unicode name table); write \\uXXXX" };
    }
    // Python keeps an unrecognised escape as written.
    out += "\\";
  }
  return { value: out };
}
