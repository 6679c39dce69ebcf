/**
 * Racket's name for a Python entry point: the Python name itself. Every Python identifier
 * (letters, digits, underscores, non-ASCII letters; never a leading digit) reads as a Racket
 * identifier, and a candidate may define a name that `#lang racket` already binds (`sort`,
 * `count`, `filter`): its module-level definition shadows the library's. No Python identifier
 * contains `-`, so none can collide with the reserved `__pt-` prefix of the test program.
 */
export function racketEntryPointName(pythonName: string): string {
  return pythonName;
}
