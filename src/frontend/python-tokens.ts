/**
 * Python 3's number, name and string tokens, as the two text readers of the front end
 * (literal-text.ts, statement-mirror.ts) find them. Both decline what these do not cover, and
 * tree-sitter reads that instead.
 */

const DIGITS = "[0-9](?:_?[0-9])*";

/**
 * A number token at `lastIndex` (sticky): group 1 is set for an int (decimal, 0x, 0o, 0b), unset
 * for a float. Underscores only between digits; no leading zeros on a nonzero decimal int. A
 * suffix (`j`, `L`) or a name character right after the match means it is not a plain number.
 */
export const NUMBER_TOKEN = new RegExp(
  `(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:[1-9](?:_?[0-9])*|0(?:_?0)*)(?![0-9_.eE]))` +
    `|(?:(?:${DIGITS})?\\.${DIGITS}|${DIGITS}\\.)(?:[eE][+-]?${DIGITS})?|${DIGITS}[eE][+-]?${DIGITS}`,
  "y",
);

/** The number token at `start` ending by `end`: its end and whether it is an int; undefined when there is none or more follows it. */
export function numberToken(text: string, start: number, end: number): { end: number; isInt: boolean } | undefined {
  NUMBER_TOKEN.lastIndex = start;
  const match = NUMBER_TOKEN.exec(text);
  if (!match) return undefined;
  const after = start + match[0].length;
  if (after > end) return undefined;
  if (after < end) {
    const next = text.charCodeAt(after);
    if (isNameChar(next) || next === 0x2e) return undefined;
  }
  return { end: after, isInt: match[1] !== undefined };
}

export function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

export function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The end of the string literal whose opening quote is at `quoteAt` (one or three quotes), or -1
 * when it does not close before `end` or a one-quote string meets a newline. A backslash always
 * takes the next character with it, raw strings included, as Python's tokenizer does.
 */
export function stringTokenEnd(text: string, quoteAt: number, end: number): number {
  const quote = text.charCodeAt(quoteAt);
  const triple = text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote;
  let i = quoteAt + (triple ? 3 : 1);
  for (;;) {
    if (i >= end) return -1;
    const c = text.charCodeAt(i);
    if (c === 0x5c) {
      i += 2;
      continue;
    }
    if (c === quote && (!triple || (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote))) {
      i += triple ? 3 : 1;
      return i > end ? -1 : i;
    }
    if (!triple && (c === 0x0a || c === 0x0d)) return -1;
    i++;
  }
}
