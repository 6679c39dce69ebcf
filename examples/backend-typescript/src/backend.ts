import type { Backend } from "polytest";
import { fileURLToPath } from "node:url";
import { compileTypeScriptAssertion } from "./assertions.js";
import { typescriptEntryPointName } from "./names.js";
import { renderTypeScriptProgram } from "./program.js";

/** The launcher (type-check, transpile, run), built to dist/ beside this module's build. */
export const LAUNCHER = fileURLToPath(new URL("../dist/launcher.js", import.meta.url));

/**
 * TypeScript, written only against polytest's public API. A test program is built as a
 * TypeScript AST with ts-morph and printed; `node dist/launcher.js FILE` type-checks it in-process
 * with ts-morph (the candidate is held to the signature the suite declares), then runs it in Node.
 * A type error is reported on stderr as `main.ts(L,C): error TSnnnn: ...`, which
 * `compileErrorPattern` classifies as `compile_error`.
 */
export const typescriptBackend: Backend = {
  info: {
    name: "typescript",
    displayName: "TypeScript (Node)",
    aliases: ["ts"],
    extension: ".ts",
    runCommand: ["node", LAUNCHER, "{file}"],
    commentStart: "//",
    commentEnd: "",
    debianPackages: ["nodejs"],
    compileErrorPattern: /\berror TS\d+: /,
    // A JavaScript number cannot tell Python's 3 from 3.0: both reach the candidate as one value.
    numberDistinction: "never",
  },
  features: ["inRange", "sortedView", "setView"],
  entryPointName: typescriptEntryPointName,
  compileAssertion: compileTypeScriptAssertion,
  renderProgram: renderTypeScriptProgram,
};
