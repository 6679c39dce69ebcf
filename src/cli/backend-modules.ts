import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Backend } from "../backend.js";
import { registerBackend } from "../registry.js";
import { UsageError } from "./usage-error.js";

export const BACKEND_OPTION_USAGE = `  --backend MODULE  (compile, run, languages; repeatable) load a target language first: MODULE, a JS file
                    path or a package name, default-exports a polytest Backend, which is registered`;

/**
 * Takes every `--backend MODULE` / `--backend=MODULE` out of argv, imports each module and
 * registers its default export, and returns the rest of argv for the command.
 *
 * The CLI registers the backend itself rather than relying on the module to call
 * `registerBackend`: the module's `import "polytest"` may load another copy of the package (the
 * CLI is bundled on its own), whose registry the CLI would never see.
 */
export async function loadBackendModules(argv: readonly string[]): Promise<string[]> {
  const rest: string[] = [];
  const modules: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--backend") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError("--backend takes a MODULE (a file path or a package name)");
      modules.push(value);
      i += 1;
    } else if (arg.startsWith("--backend=")) modules.push(arg.slice("--backend=".length));
    else rest.push(arg);
  }
  for (const specifier of modules) registerBackend(await importBackend(specifier));
  return rest;
}

async function importBackend(specifier: string): Promise<Backend> {
  // A path (relative to the working directory) or, failing that, a package name, which resolves
  // from where polytest is installed.
  const looksLikePath = specifier.startsWith(".") || isAbsolute(specifier) || /\.[cm]?js$/.test(specifier);
  const path = resolve(specifier);
  const url = looksLikePath || existsSync(path) ? pathToFileURL(path).href : specifier;
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (error) {
    throw new UsageError(`cannot load backend module '${specifier}': ${error instanceof Error ? error.message : String(error)}`);
  }
  const backend = module.default;
  if (!isBackend(backend)) {
    throw new UsageError(`backend module '${specifier}' must default-export a polytest Backend (info, entryPointName, compileAssertion, renderProgram)`);
  }
  return backend;
}

function isBackend(value: unknown): value is Backend {
  const b = value as Partial<Backend> | undefined;
  return (
    typeof b === "object" &&
    b !== null &&
    typeof b.info?.name === "string" &&
    Array.isArray(b.info.runCommand) &&
    typeof b.entryPointName === "function" &&
    typeof b.compileAssertion === "function" &&
    typeof b.renderProgram === "function"
  );
}
