import type { Backend } from "../../backend.js";

// Placeholder until the Racket backend lands: it refuses every assertion.
export const racketBackend: Backend = {
  info: {
    name: "racket",
    displayName: "Racket",
    aliases: ["rkt"],
    extension: ".rkt",
    runCommand: ["racket", "{file}"],
    commentStart: ";",
    commentEnd: "",
    debianPackages: ["racket"],
  },
  entryPointName: (name) => name,
  compileAssertion: () => ({ refusal: { code: "refused/not-implemented", message: "backend not implemented yet" } }),
  renderProgram: (_context, assertions) => assertions.join("\n"),
};
