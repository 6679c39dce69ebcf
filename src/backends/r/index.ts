import type { Backend, CompileContext } from "../../backend.js";
import { compileRAssertion } from "./assertions.js";
import { R_PRELUDE } from "./prelude.js";
import { rName } from "./names.js";

/**
 * The R target (`Rscript FILE`, R >= 4.0). Values follow spec/encodings.md; equality is
 * type-directed through descriptors read by the prelude (see descriptors.ts and prelude.ts).
 *
 * Entry point: the Python name, unchanged. A name R cannot write bare (reserved words such as
 * `if`, `function`, `NULL`, `repeat`; names starting with `_` or a digit) is called in backquotes,
 * `` `_sum`(x) ``, matching a candidate that defines `` `_sum` <- function(x) ... ``.
 */
export const rBackend: Backend = {
  info: {
    name: "r",
    displayName: "R",
    aliases: [],
    extension: ".r",
    runCommand: ["Rscript", "{file}"],
    commentStart: "#",
    commentEnd: "",
    debianPackages: ["r-base-core"],
    // Rscript's parse errors: "Error: unexpected symbol in ...", "Error: unexpected end of input".
    compileErrorPattern: /^Error: (?:unexpected |.*sequences not supported|malformed )/m,
    // R numbers are doubles: Python's 3 and 3.0 reach the candidate as one value.
    numberDistinction: "never",
  },
  features: ["inRange", "sortedView", "setView"],
  entryPointName: (name) => name,
  compileAssertion: compileRAssertion,
  renderProgram: (context, assertions) => programParts(context, assertions).join(""),
  renderProgramParts: (context, assertions) => programParts(context, assertions),
};

/** The header line, the prelude (one string, shared by every program), then the assertions. */
function programParts(context: CompileContext, assertions: readonly string[]): readonly string[] {
  return [
    `# polytest: tests of ${rName(context.entryPoint)}, appended to the candidate's source.\n`,
    OPENING,
    [...assertions, "", ".__pt_finish()", ""].join("\n"),
  ];
}

const OPENING = `${R_PRELUDE}\n# ---- assertions (one per Python assert; each reports its Python line when it fails) ----\n`;
