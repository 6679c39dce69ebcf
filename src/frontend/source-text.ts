import type { Span } from "../ir/span.js";

/** Maps UTF-16 offsets of a source text to 1-based lines and code-point columns. */
export class SourceText {
  private readonly lineStarts: number[] = [0];
  /** Without surrogates every code unit is a code point, and a column is a subtraction. */
  private readonly hasSurrogates: boolean;

  constructor(readonly text: string) {
    let surrogates = false;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit === 10) this.lineStarts.push(i + 1);
      else if ((unit & 0xf800) === 0xd800) surrogates = true;
    }
    this.hasSurrogates = surrogates;
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo]!;
    if (!this.hasSurrogates) return { line: lo + 1, column: offset - start + 1 };
    let column = 1;
    for (let i = start; i < offset; i++) {
      // A low surrogate after a high one is the second half of one code point.
      const isLow = (this.text.charCodeAt(i) & 0xfc00) === 0xdc00;
      const afterHigh = i > start && (this.text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
      if (!(isLow && afterHigh)) column++;
    }
    return { line: lo + 1, column };
  }

  span(startOffset: number, endOffset: number): Span {
    const start = this.position(startOffset);
    const end = this.position(endOffset);
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
  }

  line(lineNumber: number): string {
    const start = this.lineStarts[lineNumber - 1] ?? this.text.length;
    const next = this.lineStarts[lineNumber];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, "");
  }
}
