import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(__dirname, "..", "dist", "cli.js");
const polytest = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });

/** A backend module as a third party writes it: plain ESM, default-exporting a Backend. */
const ECHO_BACKEND = `export default {
  info: { name: "echo", displayName: "Echo", aliases: ["ec"], extension: ".echo", runCommand: ["echo", "{file}"],
          commentStart: "#", commentEnd: "", debianPackages: [] },
  entryPointName: (name) => name,
  compileAssertion: (a) => ({ code: "check line " + a.span.startLine }),
  renderProgram: (context, assertions) => "# " + context.entryPoint + "\\n" + assertions.join("\\n") + "\\n",
};
`;

function scratch(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "polytest-backend-")), name);
  writeFileSync(file, content);
  return file;
}

describe("polytest --backend MODULE", () => {
  it("registers the module's default export for any command", () => {
    const module = scratch("echo-backend.mjs", ECHO_BACKEND);
    const suite = scratch("t.py", "def inc(x):\n    return x + 1\n\ndef check(candidate):\n    assert candidate(1) == 2\n    assert candidate(2) == 3\n\ncheck(inc)\n");
    const languages = polytest("languages", "--backend", module);
    expect(languages.status).toBe(0);
    expect(languages.stdout).toContain("echo|ec\tEcho\techo {file}");
    const compiled = polytest("compile", `--backend=${module}`, suite, "--to", "ec");
    expect(compiled.stdout).toBe("# inc\ncheck line 5\ncheck line 6\n");
    expect(compiled.status).toBe(0);
  });

  it("exits 2 with a reason when the module cannot be loaded or exports no backend", () => {
    const missing = polytest("languages", "--backend", "./no-such-backend.mjs");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("cannot load backend module './no-such-backend.mjs'");
    const notBackend = polytest("languages", "--backend", scratch("x.mjs", "export default { hello: 1 };\n"));
    expect(notBackend.status).toBe(2);
    expect(notBackend.stderr).toContain("must default-export a polytest Backend");
    expect(polytest("languages", "--backend").status).toBe(2);
  });
});
