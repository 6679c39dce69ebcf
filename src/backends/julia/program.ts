import type { CompileContext } from "../../backend.js";
import { juliaPrelude } from "./prelude.js";

/**
 * The whole test program. It is appended to the candidate's source, so it opens a module of its
 * own: the prelude and the assertions see Base but not the candidate's definitions in Main (a
 * candidate named `max` shadows nothing here), and the candidate is called as `Main.<name>`.
 */
export function renderJuliaProgram(context: CompileContext, assertions: readonly string[]): string {
  return renderJuliaProgramParts(context, assertions).join("");
}

/** The program in three pieces: the header line, the module's opening and prelude (one string, shared), the rest. */
export function renderJuliaProgramParts(context: CompileContext, assertions: readonly string[]): readonly string[] {
  return [
    `# polytest: tests of \`${context.entryPoint}\`, appended to a Julia candidate that defines it.\n`,
    opening(),
    `${assertions.join("\n\n")}\n\n__pt_finish()\n\nend  # module __pt_tests\n`,
  ];
}

let openingText: string | undefined;

function opening(): string {
  openingText ??= `module __pt_tests\n\n${juliaPrelude()}\n# ---- the assertions, in the order of the Python suite ----\n\n`;
  return openingText;
}
