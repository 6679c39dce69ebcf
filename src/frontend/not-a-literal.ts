import type { Span } from "../ir/span.js";

/**
 * An expression that is not a literal polytest can represent faithfully. In a module of its own:
 * literals, comprehensions and loops import each other, and a class must exist before another
 * module extends it.
 */
export class NotALiteral extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly span: Span,
  ) {
    super(message);
    this.name = "NotALiteral";
  }
}
