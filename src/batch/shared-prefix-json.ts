/**
 * JSON string literals for texts that share a long prefix: the test programs of one backend all
 * start with the same prelude (9 to 21 KB), which would otherwise be escaped again for every row.
 * The escaped prefix is kept per key, and each text costs only the escaping of what follows it.
 * JSON escapes each UTF-16 code unit on its own except a surrogate pair, so a prefix always ends
 * just after a newline and the pieces join into exactly what `JSON.stringify` writes.
 */
export class SharedPrefixJson {
  private readonly prefixes = new Map<string, { readonly text: string; readonly escaped: string }>();

  /** `JSON.stringify(text)`, reusing the escaped prefix remembered under `key`. */
  literal(key: string, text: string): string {
    const known = this.prefixes.get(key);
    if (known && text.startsWith(known.text)) return `"${known.escaped}${escaped(text.slice(known.text.length))}"`;
    // The first text is remembered up to its last newline; a later one that departs from it
    // shortens the prefix to what both share, so the prefix settles on the common prelude.
    const shared = known ? commonLinePrefix(known.text, text) : text.slice(0, text.lastIndexOf("\n") + 1);
    this.prefixes.set(key, { text: shared, escaped: escaped(shared) });
    return JSON.stringify(text);
  }
}

function escaped(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** The longest common prefix of a and b that ends just after a newline ("" if none). */
function commonLinePrefix(a: string, b: string): string {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return a.slice(0, a.lastIndexOf("\n", i - 1) + 1);
}
