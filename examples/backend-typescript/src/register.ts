/** `import "…/backend-typescript/dist/register.js"` makes `compileTests(src, "typescript")` work. */
import { registerBackend } from "polytest";
import { typescriptBackend } from "./index.js";

registerBackend(typescriptBackend);
