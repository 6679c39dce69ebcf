#!/usr/bin/env node
/**
 * Runs the property tests long: `npm run test:props -- --runs N --seed S [--values M] [vitest args]`.
 * --runs: runs per property (1, 2, 4) and, unless --values is given, values per language for (3);
 * --seed: the fast-check seed (default: the fixed seed `npm test` uses). Other arguments go to vitest
 * (e.g. a file filter such as test/properties/target-syntax).
 */
import { spawnSync } from "node:child_process";

const OPTIONS = { "--runs": "POLYTEST_PROPS_RUNS", "--seed": "POLYTEST_PROPS_SEED", "--values": "POLYTEST_PROPS_VALUES" };
const env = { ...process.env };
const passThrough = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split("=", 2);
  if (flag in OPTIONS) {
    const value = inline ?? args[++i];
    if (value === undefined || !/^-?\d+$/.test(value)) {
      console.error(`test:props: ${flag} needs an integer, got '${value ?? ""}'`);
      process.exit(2);
    }
    env[OPTIONS[flag]] = value;
  } else {
    passThrough.push(args[i]);
  }
}
const files = passThrough.some((a) => !a.startsWith("-")) ? [] : ["test/properties"];
const started = Date.now();
const result = spawnSync("npx", ["vitest", "run", ...files, ...passThrough], { stdio: "inherit", env });
console.log(
  `test:props: runs ${env.POLYTEST_PROPS_RUNS ?? "default"}, values ${env.POLYTEST_PROPS_VALUES ?? env.POLYTEST_PROPS_RUNS ?? "default"}, ` +
    `seed ${env.POLYTEST_PROPS_SEED ?? "default (20261122)"}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(result.status ?? 1);
