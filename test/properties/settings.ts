/**
 * How long the properties run. `npm test` uses the modest defaults and the fixed seed;
 * `npm run test:props -- --runs N --seed S [--values M]` sets POLYTEST_PROPS_RUNS / _SEED / _VALUES.
 */
const positive = (name: string): number | undefined => {
  const text = process.env[name];
  if (text === undefined || text === "") return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got '${text}'`);
  return n;
};

export const PROPS_SEED = (() => {
  const text = process.env.POLYTEST_PROPS_SEED;
  if (text === undefined || text === "") return 20261122;
  const n = Number(text);
  if (!Number.isInteger(n)) throw new Error(`POLYTEST_PROPS_SEED must be an integer, got '${text}'`);
  return n;
})();

const RUNS = positive("POLYTEST_PROPS_RUNS");

/** Runs of a property: the long-run setting when given, else the property's modest default. */
export function runsFor(defaultRuns: number): number {
  return RUNS ?? defaultRuns;
}

/** Values per language for the interpreter round trip (3). */
export function valuesPerLanguage(defaultValues: number): number {
  return positive("POLYTEST_PROPS_VALUES") ?? RUNS ?? defaultValues;
}

/** A test timeout that grows with the runs asked for (ms per run, at least a minute). */
export function timeoutFor(runs: number, msPerRun: number): number {
  return Math.max(60_000, runs * msPerRun);
}

/** fast-check parameters shared by every property: the fixed seed, and a counterexample printed in full. */
export function fcParameters(numRuns: number): { seed: number; numRuns: number; endOnFailure: boolean } {
  return { seed: PROPS_SEED, numRuns, endOnFailure: false };
}

let calls = 0;

/**
 * Lets the event loop run every 20th call: a long property is a chain of resolved promises, which
 * starves vitest's worker RPC (it reports "Timeout calling onTaskUpdate" on a loaded machine).
 */
export async function letEventLoopRun(): Promise<void> {
  if (++calls % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
}
