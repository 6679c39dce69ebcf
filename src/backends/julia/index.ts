import type { Backend } from "../../backend.js";
import { compileJuliaAssertion } from "./assertion.js";
import { juliaEntryPointName } from "./names.js";
import { renderJuliaProgram, renderJuliaProgramParts } from "./program.js";
import { JuliaRefusal } from "./refusal.js";

/**
 * Julia (`julia FILE`, 1.x). Values follow the contract's table (Int64 or BigInt, Float64, String,
 * `nothing`, typed Vector/Tuple/Dict/Set); equality, truthiness and the report are done at run
 * time by the prelude's multiple dispatch.
 */
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
    installHint: "Debian has no Julia package: install Julia 1.x with juliaup or the official binaries, so that 'julia' is on PATH",
    // Parse errors, and errors raised while loading the candidate's definitions (before any report).
    compileErrorPattern: /^ERROR: (?:LoadError: )?(?:ParseError|syntax: |error in method definition|invalid redefinition)/m,
    // Where the type says float, an int is passed as a Float64 (3 -> 3.0), the value of Python's 3.0.
    numberDistinction: "exceptFloatPositions",
  },
  features: ["inRange", "sortedView", "setView"],
  entryPointName: juliaEntryPointName,
  compileAssertion(assertion, context) {
    try {
      return { code: compileJuliaAssertion(assertion, context) };
    } catch (error) {
      if (error instanceof JuliaRefusal) return error.toRefusal();
      throw error;
    }
  },
  renderProgram: renderJuliaProgram,
  renderProgramParts: renderJuliaProgramParts,
};
