/**
 * Every corpus suite goes through the front end and the type checker without an exception, and the
 * share of recognised assertions stays at the level measured when this test was written.
 */
import { describe, expect, it } from "vitest";
import { type Assertion, parseTests } from "../../src/index.js";
import { checkSuite } from "../../src/typecheck/check.js";
import { CORPUS, CORPUS_PRESENT, corpusSuites } from "./corpus-source.js";

if (!CORPUS_PRESENT) console.warn(`skipping corpus tests: no corpus at ${CORPUS} (set POLYTEST_CORPUS or put shared/ beside the repo)`);

/** Minimum recognised/total per dataset (measured: see the closing notes of issues 2 and 5). */
const FLOOR: Record<string, { suites: number; share: number }> = {
  humaneval: { suites: 164, share: 0.95 },
  "multipl-e-humaneval": { suites: 161, share: 1 },
  "multipl-e-mbpp": { suites: 400, share: 1 },
  mbpp: { suites: 974, share: 0.99 },
  "mbpp-sanitized": { suites: 427, share: 0.99 },
};

describe.skipIf(!CORPUS_PRESENT)("corpus front end", () => {
  it("parses and type-checks every suite without an exception", async () => {
    const totals = new Map<string, { suites: number; asserts: number; recognised: number; typed: number; shapes: Map<string, number> }>();
    for (const suite of corpusSuites()) {
      const parsed = await parseTests(suite.source, suite.entryPoint ? { entryPoint: suite.entryPoint } : {});
      const typed = checkSuite(parsed);
      const t = totals.get(suite.dataset) ?? { suites: 0, asserts: 0, recognised: 0, typed: 0, shapes: new Map() };
      t.suites += 1;
      t.asserts += parsed.assertStatements;
      t.recognised += parsed.assertions.length;
      t.typed += typed.assertions.length;
      for (const assertion of parsed.assertions) {
        for (const shape of shapesOf(assertion)) t.shapes.set(shape, (t.shapes.get(shape) ?? 0) + 1);
      }
      totals.set(suite.dataset, t);
    }
    console.log(
      [...totals]
        .map(([name, t]) => {
          const shapes = [...t.shapes].map(([shape, n]) => `${shape} ${n}`).join(", ");
          return `${name}: ${t.suites} suites, ${t.recognised}/${t.asserts} asserts recognised, ${t.typed} type-checked${shapes ? `; ${shapes}` : ""}`;
        })
        .join("\n"),
    );
    for (const [name, floor] of Object.entries(FLOOR)) {
      const t = totals.get(name)!;
      expect(t.suites, name).toBe(floor.suites);
      expect(t.recognised / t.asserts, name).toBeGreaterThanOrEqual(floor.share);
    }
  }, 120_000);
});

/** The shapes beyond a plain `f(x) == y` that an assertion uses, for the counts above. */
function shapesOf(assertion: Assertion): string[] {
  const shapes: string[] = [];
  if (assertion.identity) shapes.push("identity");
  if (assertion.view) shapes.push(`${assertion.view} view`);
  if (assertion.converted) shapes.push(`${assertion.converted}()`);
  if (assertion.kind === "inRange") shapes.push("round range");
  if (assertion.tolerance) shapes.push(`${assertion.tolerance.kind} tolerance`);
  if (/  # \w+ = /.test(assertion.source)) shapes.push("unrolled");
  return shapes;
}
