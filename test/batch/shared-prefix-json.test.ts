import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileItem } from "../../src/batch/compile-item.js";
import { SharedPrefixJson } from "../../src/batch/shared-prefix-json.js";
import { listBackends } from "../../src/registry.js";

// Programs like a backend's: a prelude shared in part, then text of their own; with quotes,
// backslashes, controls, non-BMP characters and lone surrogates, around the newlines where a
// cached prefix may end.
const piece = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.constantFrom("\n", '"', "\\", "\u0000", "\u2028", "😀", "\ud83d", "\ude00", "é\n", "let x = 1\n"),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
const preludes = fc.array(text, { minLength: 1, maxLength: 3 });

describe("SharedPrefixJson", () => {
  it("writes exactly what JSON.stringify writes, whatever the programs share", () => {
    fc.assert(
      fc.property(preludes, fc.array(fc.tuple(fc.nat(), text, fc.constantFrom("a", "b")), { maxLength: 12 }), (starts, programs) => {
        const json = new SharedPrefixJson();
        for (const [which, rest, key] of programs) {
          const program = `${starts[which % starts.length]}\n${rest}`;
          expect(json.literal(key, program)).toBe(JSON.stringify(program));
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it("batch rows are plain JSON in MultiPL-E's field order", async () => {
    const backends = listBackends();
    const sources = [
      "def f(x: int) -> int:\n    pass\n\ndef check(candidate):\n    assert candidate(1) == 2\n    assert candidate(\"\\u00e9\") == 3\n\ncheck(f)\n",
      "def g(s: str) -> str:\n    pass\n\ndef check(candidate):\n    assert candidate('a\"b') == '\\\\'\n\ncheck(g)\n",
    ];
    for (const [i, source] of sources.entries()) {
      const outcome = await compileItem({ name: `item${i}`, source }, backends, "test");
      for (const target of outcome.targets) {
        const row = target.row!;
        expect(row).not.toBeNull();
        const parsed = JSON.parse(row) as Record<string, unknown>;
        expect(JSON.stringify(parsed)).toBe(row);
        expect(Object.keys(parsed)).toEqual([
          "name", "language", "prompt", "doctests", "original", "prompt_terminology", "tests", "stop_tokens", "entry_point", "assertions", "diagnostics",
        ]);
      }
    }
  });
});
