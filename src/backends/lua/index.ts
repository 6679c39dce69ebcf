import type { Backend, CompileContext } from "../../backend.js";
import { compileLuaAssertion } from "./assertions.js";
import { luaEntryPointName } from "./names.js";
import { luaPrelude } from "./prelude.js";

/**
 * Lua 5.4 (`lua5.4 FILE`). The program is the prelude, one `__pt_assert_*` call per assertion and
 * `__pt_finish()`, which prints the summary and exits 1 when anything failed. Refusals (with codes
 * in `refusals.ts`): nil inside a table, ints beyond 64 bits, nan keys, result unions of tables.
 */
export const luaBackend: Backend = {
  info: {
    name: "lua",
    displayName: "Lua 5.4",
    aliases: [],
    extension: ".lua",
    runCommand: ["lua5.4", "{file}"],
    commentStart: "--",
    commentEnd: "",
    debianPackages: ["lua5.4"],
    // A syntax error is one line, `lua5.4: main.lua:3: unexpected symbol near 'end'`; a runtime
    // error always adds a `stack traceback:`.
    compileErrorPattern: /^[^\n]*: [^\n]*:\d+: [^\n]*\n?$/,
  },
  entryPointName: luaEntryPointName,
  features: ["inRange", "sortedView", "setView"],
  compileAssertion: compileLuaAssertion,
  renderProgram: (context, assertions) => programParts(context, assertions).join(""),
  renderProgramParts: (context, assertions) => programParts(context, assertions),
};

/** The prelude (one string, shared by every program), then the assertions and the closing call. */
function programParts(_context: CompileContext, assertions: readonly string[]): readonly string[] {
  return [opening(), `${assertions.join("\n")}\n\n__pt_finish()\n`];
}

let openingText: string | undefined;

function opening(): string {
  openingText ??= `${luaPrelude()}\n-- The assertions, in the order of the Python suite.\n`;
  return openingText;
}
