import type { Span } from "../../ir/span.js";

/**
 * The R backend's refusal codes: each names something R cannot represent faithfully.
 * - `refused/r-int-range`: an int beyond 2^53 in magnitude (R numbers are doubles).
 * - `refused/r-nul-in-string`: a string holding NUL (R strings cannot).
 * - `refused/r-dict-key-type`: a dict key that is not a str or an int, or a key type that mixes
 *   str and int (names are strings, so `1` and `"1"` could not be told apart).
 * - `refused/r-dict-key-collision`: two keys of one dict with the same name (`1` and `"1"`).
 * - `refused/r-none-vs-empty`: `is None` / `is not None` on a container result that cannot be
 *   None: there NULL is an empty container, so the check could pass wrongly.
 * - `refused/r-indistinct-union`: a result type with a union whose members R writes alike
 *   (`Union[int, List[int]]`: 5 and [5] are both `c(5)`), so equality or truthiness could pass wrongly.
 * - `refused/r-ambiguous-truthiness`: `assert f(x)` / `assert not f(x)` where the result type is a
 *   union of a scalar and a sequence (`Union[int, List[str]]`): a length-1 R vector is either, and
 *   Python's truthiness differs (`""` is falsy, `[""]` truthy).
 */
export type RRefusalCode =
  | "refused/r-int-range"
  | "refused/r-nul-in-string"
  | "refused/r-dict-key-type"
  | "refused/r-dict-key-collision"
  | "refused/r-none-vs-empty"
  | "refused/r-indistinct-union"
  | "refused/r-ambiguous-truthiness";

/** Thrown while writing a value that R cannot hold; turned into a refusal of the assertion. */
export class Unwritable extends Error {
  constructor(
    readonly code: RRefusalCode,
    message: string,
    readonly span?: Span,
  ) {
    super(message);
    this.name = "Unwritable";
  }
}
