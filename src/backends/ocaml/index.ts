import type { Backend } from "../../backend.js";

// Placeholder until the OCaml backend lands: it refuses every assertion.
export const ocamlBackend: Backend = {
  info: {
    name: "ocaml",
    displayName: "OCaml",
    aliases: ["ml"],
    extension: ".ml",
    runCommand: ["ocaml", "{file}"],
    commentStart: "(*",
    commentEnd: " *)",
    debianPackages: ["ocaml"],
  },
  entryPointName: (name) => name,
  compileAssertion: () => ({ refusal: { code: "refused/not-implemented", message: "backend not implemented yet" } }),
  renderProgram: (_context, assertions) => assertions.join("\n"),
};
