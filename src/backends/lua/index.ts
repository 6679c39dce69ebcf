import type { Backend } from "../../backend.js";

// Placeholder until the Lua 5.4 backend lands: it refuses every assertion.
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
  },
  entryPointName: (name) => name,
  compileAssertion: () => ({ refusal: { code: "refused/not-implemented", message: "backend not implemented yet" } }),
  renderProgram: (_context, assertions) => assertions.join("\n"),
};
