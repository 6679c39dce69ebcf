/**
 * `npm run conformance`: compiles the whole corpus to the five targets, runs every corpus solution
 * of lua, ml, r and rkt against its compiled suite, and writes reports/conformance.md,
 * reports/conformance.json and reports/refusals.md. Exits 1 when the gate does not hold.
 * Options: --languages=lua,ml (subset), --racket-batch=N (1 = no batching), --timeout-ms=N,
 * --compile-only (compile the corpus, print the share compiled, write reports/refusals.md; runs nothing).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { conformanceReport } from "./conformance-report.js";
import { CORPUS, CORPUS_PRESENT } from "./corpus.js";
import { runConformance } from "./evaluate.js";
import { gateFindings } from "./explanations.js";
import { EXECUTED_LANGUAGES, type ExecutedLanguage } from "./languages.js";
import { refusalsReport, shareCompiledSummary } from "./refusals-report.js";

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];

if (!CORPUS_PRESENT) {
  console.error(`conformance: no corpus at ${CORPUS} (set POLYTEST_CORPUS or put shared/ beside the repo); nothing to do`);
  process.exit(0);
}
const languages = (option("languages")?.split(",") ?? EXECUTED_LANGUAGES) as ExecutedLanguage[];
const unknown = languages.filter((l) => !EXECUTED_LANGUAGES.includes(l));
if (unknown.length > 0) {
  console.error(`conformance: unknown language ${unknown.join(", ")}; known: ${EXECUTED_LANGUAGES.join(", ")}`);
  process.exit(2);
}
const reports = join(dirname(fileURLToPath(import.meta.url)), "..", "reports");
mkdirSync(reports, { recursive: true });
if (process.argv.includes("--compile-only")) {
  const compiled = await runConformance({ languages: [], log: (line) => console.error(line) });
  writeFileSync(join(reports, "refusals.md"), refusalsReport(compiled));
  console.log(shareCompiledSummary(compiled));
  process.exit(0);
}
const batch = option("racket-batch");
const timeout = option("timeout-ms");
const result = await runConformance({
  languages,
  ...(batch ? { racketBatchSize: Number(batch) } : {}),
  ...(timeout ? { timeoutMs: Number(timeout) } : {}),
  log: (line) => console.error(line),
});
const findings = gateFindings(result);
writeFileSync(join(reports, "conformance.json"), `${JSON.stringify({ ...result, gate: findings }, null, 1)}\n`);
writeFileSync(join(reports, "conformance.md"), conformanceReport(result, findings));
writeFileSync(join(reports, "refusals.md"), refusalsReport(result));
const holds = findings.unexplainedRejections.length + findings.unexplainedNegativePasses.length + findings.brokenExplanations.length === 0;
console.error(`conformance: reports written to ${reports}; the gate ${holds ? "holds" : "FAILS"}`);
process.exit(holds ? 0 : 1);
