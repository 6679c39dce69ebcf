import { type CompiledProgram, compileTypedSuite } from "./compile.js";
import { type ParseOptions, parseSuite } from "./frontend/parse.js";
import type { Tolerance, Suite } from "./ir/suite.js";
import { getBackend } from "./registry.js";
import { checkSuite } from "./typecheck/check.js";

export interface CompileOptions extends ParseOptions {
  /** Float equality where an assertion states none (default: isclose, rel 1e-9, abs 1e-12). */
  readonly tolerance?: Tolerance;
}

export type CompileResult = CompiledProgram;

/** Parses a Python test suite into the IR (untyped positions are not yet inferred). */
export async function parseTests(source: string | Uint8Array, options: ParseOptions = {}): Promise<Suite> {
  return parseSuite(source, options);
}

/** Compiles a Python test suite for one target language (name or alias, e.g. `ocaml` or `ml`). */
export async function compileTests(source: string | Uint8Array, target: string, options: CompileOptions = {}): Promise<CompileResult> {
  const backend = getBackend(target);
  const suite = await parseSuite(source, options);
  return compileTypedSuite(checkSuite(suite, options), backend);
}

