import type { CompileContext } from "../../backend.js";
import { juliaPrelude } from "./prelude.js";

/**
 * The whole test program. It is appended to the candidate's source, so it opens a module of its
 * own: the prelude and the assertions see Base but not the candidate's definitions in Main (a
 * candidate named `max` shadows nothing here), and the candidate is called as `Main.<name>`.
 */
export function renderJuliaProgram(context: CompileContext, assertions: readonly string[]): string {
  return [
    `# polytest: tests of \`${context.entryPoint}\`, appended to a Julia candidate that defines it.`,
    "module __pt_tests",
    "",
    juliaPrelude(),
    "# ---- the assertions, in the order of the Python suite ----",
    "",
    assertions.join("\n\n"),
    "",
    "__pt_finish()",
    "",
    "end  # module __pt_tests",
    "",
  ].join("\n");
}
