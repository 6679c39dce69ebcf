/**
 * JSON string literals of texts given in pieces, where some long pieces recur from text to text
 * (a backend's prelude, 10 to 21 KB, is in every program it renders): a recurring piece is escaped
 * once and its escaped form reused, so a text costs about the escaping of what is its own.
 *
 * `JSON.stringify` escapes each code point on its own (a lone surrogate as `\udxxx`, a well-formed
 * pair as itself), so escaping pieces separately and joining them gives exactly its result unless
 * a surrogate pair straddles a boundary. A piece that starts with a low surrogate or ends with a
 * high one is therefore never escaped on its own: it is escaped together with its neighbours.
 */
export class JsonPieces {
  /** Escaped forms (without the quotes), most recently used first. */
  private readonly kept: { readonly piece: string; readonly escaped: string }[] = [];

  /**
   * @param capacity escaped pieces kept; more recurring pieces than this are escaped each time
   * @param minLength shorter pieces are escaped with their neighbours, never kept
   */
  constructor(
    private readonly capacity = 16,
    private readonly minLength = 2048,
  ) {}

  /** Exactly `JSON.stringify(pieces.join(""))`. */
  literal(pieces: readonly string[]): string {
    let out = '"';
    let run = "";
    for (const piece of pieces) {
      if (!this.keepable(piece)) {
        run += piece;
        continue;
      }
      if (run !== "") out += escaped(run);
      run = "";
      out += this.escapedPiece(piece);
    }
    if (run !== "") out += escaped(run);
    return `${out}"`;
  }

  private keepable(piece: string): boolean {
    return piece.length >= this.minLength && !isLowSurrogate(piece.charCodeAt(0)) && !isHighSurrogate(piece.charCodeAt(piece.length - 1));
  }

  /**
   * The kept escaped form, looked up by `===`: the same string object (what a backend returns for its
   * prelude) matches at once, and other texts mostly differ in length, so a miss costs next to nothing.
   */
  private escapedPiece(piece: string): string {
    const kept = this.kept;
    for (let i = 0; i < kept.length; i++) {
      const entry = kept[i]!;
      if (entry.piece !== piece) continue;
      if (i > 0) {
        kept.splice(i, 1);
        kept.unshift(entry);
      }
      return entry.escaped;
    }
    const entry = { piece, escaped: escaped(piece) };
    kept.unshift(entry);
    if (kept.length > this.capacity) kept.pop();
    return entry.escaped;
  }
}

function escaped(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
