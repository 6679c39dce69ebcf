/** The TypeScript backend example's public entry. */
import { typescriptBackend } from "./backend.js";

export { LAUNCHER, typescriptBackend } from "./backend.js";
export { type CheckServer, startCheckServer } from "./check-server.js";
export { TYPESCRIPT_RESERVED, typescriptEntryPointName } from "./names.js";
export { REFUSAL_CODES } from "./refusals.js";
export default typescriptBackend;
