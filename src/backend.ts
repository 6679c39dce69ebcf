import type { Span } from "./ir/span.js";
import type { TypedAssertion, TypedSuite } from "./ir/suite.js";

/** The declarative facts about a target language (BabelCode style). */
export interface LanguageInfo {
  /** Canonical name, as used by `--to` and `compileTests(src, name)`. */
  readonly name: string;
  readonly displayName: string;
  readonly aliases: readonly string[];
  /** File extension with the dot, e.g. `.lua`. */
  readonly extension: string;
  /** argv that runs a test program; the literal `{file}` is replaced by its path. */
  readonly runCommand: readonly string[];
  /** How a one-line comment is written: `${commentStart} text${commentEnd}`. */
  readonly commentStart: string;
  readonly commentEnd: string;
  /** Debian packages that provide the interpreter (for "please install" messages). */
  readonly debianPackages: readonly string[];
  /** How to install the interpreter where no Debian package exists (shown instead of apt-get). */
  readonly installHint?: string;
  /**
   * Matches the interpreter's stderr when the program did not compile (syntax or type error,
   * unbound name): the runner reports `compile_error` rather than `runtime_error`.
   */
  readonly compileErrorPattern?: RegExp;
  /**
   * Whether a candidate can tell Python's int 3 from float 3.0 when both are passed to it (default
   * `always`): `exceptFloatPositions` where ints at a float position are passed as floats (OCaml,
   * Julia), `never` where both are one number (R doubles, JavaScript numbers). Assertions whose
   * calls the target conflates while Python's checks of them differ are refused.
   */
  readonly numberDistinction?: NumberDistinction;
}

export type NumberDistinction = "always" | "exceptFloatPositions" | "never";

/**
 * Assertion shapes a backend must opt into. An assertion that needs a feature its backend does not
 * list is refused before the backend sees it, so a backend written before a shape existed never
 * compiles it wrongly.
 * - `inRange`: `kind: "inRange"` (from `round(f(x), n) == y`);
 * - `sortedView` / `setView`: `equal`/`notEqual` with `view: "sorted"` / `"set"`.
 */
export type BackendFeature = "inRange" | "sortedView" | "setView";

/** The features an assertion needs from its backend. */
export function featuresNeeded(assertion: TypedAssertion): BackendFeature[] {
  const needed: BackendFeature[] = [];
  if (assertion.kind === "inRange") needed.push("inRange");
  if (assertion.view === "sorted") needed.push("sortedView");
  if (assertion.view === "set") needed.push("setView");
  return needed;
}

export interface CompileContext {
  /** The name the entry point has in the target (see `Backend.entryPointName`). */
  readonly entryPoint: string;
  readonly suite: TypedSuite;
}

/** The target code for one assertion, a statement (or a few) placed in the program's body. */
export interface CompiledAssertion {
  readonly code: string;
}

/** Why an assertion cannot be compiled faithfully. `span` defaults to the assertion's. */
export interface Refusal {
  readonly refusal: { readonly code: string; readonly message: string; readonly span?: Span };
}

/**
 * A target language. A backend never sees tree-sitter nodes: it gets type-checked IR.
 *
 * The program it renders must follow `spec/encodings.md`: it is appended to the candidate's
 * source, runs every assertion (an exception in the candidate fails only that assertion),
 * prints the failure report (see `failureReport`) and a closing `polytest: P passed, F failed`
 * line, and exits 0 exactly when no assertion failed.
 */
export interface Backend {
  readonly info: LanguageInfo;
  /** Optional assertion shapes this backend compiles (see `BackendFeature`). */
  readonly features?: readonly BackendFeature[];
  /** The target's name for a Python entry point (lower-casing, keyword escapes, ...). */
  entryPointName(pythonName: string): string;
  compileAssertion(assertion: TypedAssertion, context: CompileContext): CompiledAssertion | Refusal;
  /** The whole test program: prelude, the compiled assertions in order, and the exit logic. */
  renderProgram(context: CompileContext, assertions: readonly string[]): string;
  /**
   * Optional: the same program in pieces, whose concatenation is exactly what `renderProgram`
   * returns; polytest then uses it instead of `renderProgram`. A piece that many programs share
   * (a prelude) should be the same string object every time: `polytest batch` JSON-escapes such a
   * piece once, not once per row.
   */
  renderProgramParts?(context: CompileContext, assertions: readonly string[]): readonly string[];
}

export function isRefusal(result: CompiledAssertion | Refusal): result is Refusal {
  return "refusal" in result;
}

/**
 * A refusal, for `compileAssertion` to return. `code` is stable (`refused/<lang>-<reason>`),
 * `message` says why the target cannot keep Python's meaning; polytest turns it into an error
 * diagnostic at `span` (default: the whole assertion), prefixed with the language's name.
 */
export function refuse(code: string, message: string, span?: Span): Refusal {
  return { refusal: span ? { code, message, span } : { code, message } };
}
