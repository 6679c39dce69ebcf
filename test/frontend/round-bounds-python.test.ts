/**
 * The bounds of `round(x, n) == y` checked against CPython itself: the bounds round to y, the
 * doubles just outside them do not, and targets declared unreachable are missed by their
 * neighbourhood. Skipped (with a message) where python3 is not installed.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { doubleBits, nextDown, nextUp, pythonRoundDigits } from "../../src/frontend/exact-double.js";
import { roundBounds } from "../../src/frontend/round-bounds.js";

const python = spawnSync("python3", ["-c", "import sys; print(sys.version_info[0])"], { encoding: "utf8" });
const PYTHON_PRESENT = python.status === 0 && python.stdout.trim() === "3";
if (!PYTHON_PRESENT) console.warn("skipping the CPython round() cross-check: python3 is not installed (apt-get install python3)");

/** For each case, whether CPython's round(x[, n]) == y holds at each of the doubles x. */
const SCRIPT = `
import json, struct, sys
d = lambda b: struct.unpack('>d', int(b).to_bytes(8, 'big'))[0]
out = []
for line in sys.stdin:
    case = json.loads(line)
    y = int(case['int']) if 'int' in case else d(case['float'])
    n = case['n']
    out.append([(round(d(x)) if n is None else round(d(x), n)) == y for x in case['xs']])
print(json.dumps(out))
`;

/** A small deterministic generator, so a failure reproduces. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Case {
  readonly target: { kind: "int"; value: bigint } | { kind: "float"; value: number };
  readonly n: number | undefined;
}

function cases(count: number): Case[] {
  const random = generator(20261122);
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const n = random() < 0.15 ? undefined : Math.floor(random() * 8);
    const scale = 10 ** Math.floor(random() * 6 - 2);
    const raw = (random() - 0.3) * 1000 * scale;
    const r = random();
    if (n === undefined) {
      out.push({ target: r < 0.5 ? { kind: "int", value: BigInt(Math.round(raw)) } : { kind: "float", value: Math.round(raw) + (r < 0.7 ? 0.5 : 0) }, n });
    } else if (r < 0.75) {
      // A decimal with n digits, as tests write them.
      out.push({ target: { kind: "float", value: Number(raw.toFixed(n)) }, n });
    } else if (r < 0.9) {
      out.push({ target: { kind: "float", value: Number(raw.toFixed(n + 1)) }, n });
    } else {
      out.push({ target: { kind: "int", value: BigInt(Math.round(raw)) }, n });
    }
  }
  return out;
}

describe.skipIf(!PYTHON_PRESENT)("round() bounds agree with CPython", () => {
  it("for a few hundred random targets and digit counts", () => {
    const all = cases(400);
    const lines: string[] = [];
    const expected: boolean[][] = [];
    let reachable = 0;
    for (const { target, n } of all) {
      const bounds = roundBounds(target, n);
      const ys = target.kind === "int" ? { int: target.value.toString() } : { float: doubleBits(target.value).toString() };
      let xs: number[];
      let holds: boolean[];
      if ("never" in bounds) {
        const y = Number(target.value);
        xs = [nextDown(y), y, nextUp(y)];
        holds = [false, false, false];
      } else {
        reachable++;
        xs = [nextDown(bounds.low), bounds.low, bounds.high, nextUp(bounds.high)];
        holds = [false, true, true, false];
      }
      lines.push(JSON.stringify({ ...ys, n: n ?? null, xs: xs.filter(Number.isFinite).map((x) => doubleBits(x).toString()) }));
      expected.push(holds.filter((_, i) => Number.isFinite(xs[i]!)));
    }
    const run = spawnSync("python3", ["-c", SCRIPT], { input: `${lines.join("\n")}\n`, encoding: "utf8", maxBuffer: 1 << 24 });
    expect(run.stderr).toBe("");
    const actual = JSON.parse(run.stdout) as boolean[][];
    const disagreements = actual
      .map((got, i) => ({ got, want: expected[i], case: lines[i] }))
      .filter(({ got, want }) => JSON.stringify(got) !== JSON.stringify(want));
    expect(disagreements).toEqual([]);
    // Most generated targets are reachable; a generator that produced none would test little.
    expect(reachable).toBeGreaterThan(250);
  });

  it("pythonRoundDigits reproduces round(x, n) on random doubles", () => {
    const random = generator(7);
    const xs = Array.from({ length: 300 }, () => (random() - 0.5) * 10 ** Math.floor(random() * 12 - 4));
    const ns = xs.map(() => Math.floor(random() * 10));
    const script = `
import json, struct, sys
d = lambda b: struct.unpack('>d', int(b).to_bytes(8, 'big'))[0]
b = lambda x: str(struct.unpack('>Q', struct.pack('>d', x))[0])
print(json.dumps([b(round(d(x), n)) for x, n in json.loads(sys.stdin.read())]))
`;
    const run = spawnSync("python3", ["-c", script], { input: JSON.stringify(xs.map((x, i) => [doubleBits(x).toString(), ns[i]])), encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual(xs.map((x, i) => doubleBits(pythonRoundDigits(x, ns[i]!)).toString()));
  });
});
