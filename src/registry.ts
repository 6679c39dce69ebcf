import type { Backend } from "./backend.js";
import { BUILTIN_BACKENDS } from "./backends/index.js";

const byName = new Map<string, Backend>();

/** Adds a target language, or replaces the one with the same name. Aliases are registered too. */
export function registerBackend(backend: Backend): void {
  for (const [key, existing] of byName) {
    if (existing.info.name === backend.info.name) byName.delete(key);
  }
  for (const key of [backend.info.name, ...backend.info.aliases]) byName.set(key.toLowerCase(), backend);
}

/** Every registered backend, each once, in registration order. */
export function listBackends(): Backend[] {
  return [...new Set(byName.values())];
}

export class UnknownLanguageError extends Error {
  constructor(readonly language: string) {
    super(
      `unknown target language '${language}'; known: ${listBackends()
        .map((b) => [b.info.name, ...b.info.aliases].join("|"))
        .join(", ")}`,
    );
    this.name = "UnknownLanguageError";
  }
}

export function findBackend(language: string): Backend | undefined {
  return byName.get(language.toLowerCase());
}

export function getBackend(language: string): Backend {
  const backend = findBackend(language);
  if (!backend) throw new UnknownLanguageError(language);
  return backend;
}

BUILTIN_BACKENDS.forEach(registerBackend);
