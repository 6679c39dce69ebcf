/** The language record of the in-test toy backends that look at what reaches a backend. */
import type { LanguageInfo } from "../../src/backend.js";

export const TOY_LANGUAGE: LanguageInfo = {
  name: "toy",
  displayName: "Toy",
  aliases: [],
  extension: ".toy",
  runCommand: ["toy", "{file}"],
  commentStart: "#",
  commentEnd: "",
  debianPackages: [],
};
