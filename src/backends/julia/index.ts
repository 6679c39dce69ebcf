import type { Backend } from "../../backend.js";

// Placeholder until the Julia backend lands: it refuses every assertion.
export const juliaBackend: Backend = {
  info: {
    name: "julia",
    displayName: "Julia",
    aliases: ["jl"],
    extension: ".jl",
    runCommand: ["julia", "{file}"],
    commentStart: "#",
    commentEnd: "",
    debianPackages: [],
  },
  entryPointName: (name) => name,
  compileAssertion: () => ({ refusal: { code: "refused/not-implemented", message: "backend not implemented yet" } }),
  renderProgram: (_context, assertions) => assertions.join("\n"),
};
