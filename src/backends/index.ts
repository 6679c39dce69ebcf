import type { Backend } from "../backend.js";
import { juliaBackend } from "./julia/index.js";
import { luaBackend } from "./lua/index.js";
import { ocamlBackend } from "./ocaml/index.js";
import { racketBackend } from "./racket/index.js";
import { rBackend } from "./r/index.js";

/** The built-in targets; the registry is derived from this list. */
export const BUILTIN_BACKENDS: readonly Backend[] = [juliaBackend, luaBackend, ocamlBackend, rBackend, racketBackend];
