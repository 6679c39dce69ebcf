/**
 * R string literals that do not depend on the locale: the program text stays ASCII, every
 * non-ASCII character is a `\uXXXX` / `\U{XXXXXX}` escape (R marks such strings UTF-8 whatever the
 * locale, so Rscript in a C locale reads the same string), control characters are escaped too.
 * R strings cannot hold NUL, so the caller refuses those (`containsNul`).
 */
export function rStringLiteral(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (cp === 0) throw new Error("R strings cannot hold NUL");
    else if (cp < 0x20 || cp === 0x7f) out += `\\u${hex(cp, 4)}`;
    else if (cp < 0x7f) out += ch;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U{${hex(cp, 1)}}`;
  }
  return out + '"';
}

export function containsNul(s: string): boolean {
  return s.includes("\0");
}

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, "0");
}
