/** A region of the Python source. Lines and columns are 1-based; offsets are UTF-16 indices. */
export interface Span {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export const NO_SPAN: Span = { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 };
