import { defineConfig } from "tsup";

/** The benchmark imports the compiler's modules directly, so it is bundled on its own (not shipped). */
export default defineConfig({
  entry: { bench: "bench/bench.ts" },
  outDir: "bench/.build",
  format: ["esm"],
  target: "node20",
  clean: true,
});
