import type { Backend } from "../../backend.js";

// Placeholder until the R backend lands: it refuses every assertion.
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
  },
  entryPointName: (name) => name,
  compileAssertion: () => ({ refusal: { code: "refused/not-implemented", message: "backend not implemented yet" } }),
  renderProgram: (_context, assertions) => assertions.join("\n"),
};
