/**
 * The published shape: `npm pack`, install the tarball into a scratch project, then use it from
 * ESM `import`, CJS `require`, and TypeScript (types resolved from the package), as a user would.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const SUITE = "def inc(x: int) -> int:\\n    return x + 1\\n\\ndef check(candidate):\\n    assert candidate(1) == 2\\n";

describe("npm package", () => {
  let project: string;

  beforeAll(() => {
    const packDir = mkdtempSync(join(tmpdir(), "polytest-pack-"));
    run("npm", ["pack", "--silent", "--pack-destination", packDir], ROOT);
    const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith(".tgz"))!);
    project = mkdtempSync(join(tmpdir(), "polytest-consumer-"));
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], project);
  }, 240_000);

  it("works from import (ESM)", () => {
    writeFileSync(join(project, "esm.mjs"), `import { compileTests } from "polytest";\nconst r = await compileTests("${SUITE}", "lua");\nconsole.log(JSON.stringify(r.assertions));\n`);
    expect(JSON.parse(run("node", ["esm.mjs"], project))).toEqual({ total: 1, compiled: 1 });
  });

  it("works from require (CJS)", () => {
    writeFileSync(join(project, "cjs.cjs"), `const { compileTests } = require("polytest");\ncompileTests("${SUITE}", "racket").then((r) => console.log(JSON.stringify(r.assertions)));\n`);
    expect(JSON.parse(run("node", ["cjs.cjs"], project))).toEqual({ total: 1, compiled: 1 });
  });

  it("ships type declarations that a TypeScript consumer checks against", () => {
    writeFileSync(
      join(project, "typed.ts"),
      `import { compileTests, type CompileResult, type Backend } from "polytest";\nconst result: Promise<CompileResult> = compileTests("x", "lua");\nconst wrong: number = compileTests;\nexport { result, wrong };\nexport type B = Backend["info"]["runCommand"];\n`,
    );
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    let output = "";
    try {
      run(process.execPath, [tsc, "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--skipLibCheck", "typed.ts"], project);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    // Exactly the deliberate error: the types are real, not `any`.
    expect(output.trim().split("\n")).toEqual([expect.stringMatching(/typed\.ts\(3,7\): error TS2322: Type .* is not assignable to type 'number'/)]);
  });

  it("installs the CLI as a bin", () => {
    const out = run(join(project, "node_modules", ".bin", "polytest"), ["languages"], project);
    expect(out).toContain("ocaml|ml");
  });
});
