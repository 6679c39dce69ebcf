import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    shims: true,
  },
  {
    // The batch worker sits next to the CLI, which starts it by that relative path.
    entry: { cli: "src/cli/main.ts", "batch-worker": "src/batch/worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
  {
    // The TypeScript backend example: an outside package as far as polytest is concerned, so
    // `polytest` (and ts-morph) stay imports rather than being bundled in.
    entry: {
      index: "examples/backend-typescript/src/index.ts",
      register: "examples/backend-typescript/src/register.ts",
      launcher: "examples/backend-typescript/src/launcher.ts",
    },
    outDir: "examples/backend-typescript/dist",
    format: ["esm"],
    sourcemap: true,
    clean: true,
    target: "node20",
    external: ["polytest", "ts-morph"],
  },
]);
