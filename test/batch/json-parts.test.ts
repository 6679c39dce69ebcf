import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonPieces } from "../../src/batch/json-parts.js";
import { fcParameters, runsFor } from "../properties/settings.js";

// Everything JSON escapes specially, and both halves of a surrogate pair on their own, so that
// pairs get split (and joined) at piece boundaries.
const unit = fc.constantFrom('"', "\\", "\n", "\r", "\t", "\u0000", "\u0008", "\u001f", "\u007f", "\u2028", "\u2029", "😀", "\ud83d", "\ude00", "é", "a", " ", "/");
const text = fc.oneof(fc.array(unit, { maxLength: 12 }).map((units) => units.join("")), fc.string({ unit: "binary", maxLength: 12 }));

describe("JsonPieces", () => {
  it("writes exactly JSON.stringify of the joined pieces, whatever recurs, is kept or is evicted", () => {
    // Recurring pieces are taken from a pool (the same string objects, as a backend's prelude);
    // the small capacity and length threshold make pieces get kept, reused and evicted.
    const scenario = fc.record({
      pool: fc.array(text, { minLength: 1, maxLength: 4 }),
      texts: fc.array(fc.array(fc.oneof(text, fc.nat()), { maxLength: 6 }), { maxLength: 8 }),
      capacity: fc.integer({ min: 1, max: 3 }),
      minLength: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(scenario, ({ pool, texts, capacity, minLength }) => {
        const json = new JsonPieces(capacity, minLength);
        for (const pieces of texts) {
          const strings = pieces.map((p) => (typeof p === "number" ? pool[p % pool.length]! : p));
          expect(json.literal(strings)).toBe(JSON.stringify(strings.join("")));
        }
      }),
      fcParameters(runsFor(3000)),
    );
  });

  it("keeps a surrogate pair split across pieces a pair, and a lone half escaped", () => {
    const json = new JsonPieces(4, 1);
    const prelude = `prelude "${"x".repeat(10)}"\n`;
    for (let i = 0; i < 2; i++) {
      expect(json.literal(["a\ud83d", "\ude00b", prelude])).toBe('"a😀b' + JSON.stringify(prelude).slice(1));
      expect(json.literal([prelude, "\ude00", "\ud83d"])).toBe(`${JSON.stringify(prelude).slice(0, -1)}\\ude00\\ud83d"`);
      expect(json.literal(["\ud83d", prelude, "\ude00"])).toBe(`"\\ud83d${JSON.stringify(prelude).slice(1, -1)}\\ude00"`);
      expect(json.literal([prelude.slice(0, -1), `\ud83d`, `\ude00${prelude}`])).toBe(JSON.stringify(`${prelude.slice(0, -1)}😀${prelude}`));
    }
  });

  it("with the default settings, long recurring pieces with escapes round-trip through JSON.parse", () => {
    const json = new JsonPieces();
    const preludes = ["julia", "lua", "r"].map((name) => `-- ${name} "prelude" \\ \u2028 😀\n`.repeat(200));
    for (let i = 0; i < 40; i++) {
      const pieces = [`# header ${i} \ud83d\n`, preludes[i % 3]!, `assert(${i}) "\ude00"\n`];
      const literal = json.literal(pieces);
      expect(literal).toBe(JSON.stringify(pieces.join("")));
      expect(JSON.parse(literal)).toBe(pieces.join(""));
    }
  });
});
