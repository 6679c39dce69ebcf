import { listBackends } from "../../src/registry.js";

/** The built-in target languages, by canonical name. */
export const LANGUAGES: readonly string[] = listBackends().map((b) => b.info.name);
