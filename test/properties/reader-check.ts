import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The target's own reader, run once over every file of a folder: R `parse`, Racket `read` to the
 * end (as the module reader does). It prints `UNREADABLE <file> <message>` for each file that does
 * not read. These two targets have no tree-sitter grammar on npm.
 */
const READERS: Record<string, { extension: string; argv: (dir: string) => string[] }> = {
  r: {
    extension: ".R",
    argv: (dir) => [
      "Rscript",
      "-e",
      `for (f in list.files(commandArgs(TRUE)[1], full.names = TRUE)) tryCatch(invisible(parse(file = f, keep.source = FALSE)), error = function(e) cat("UNREADABLE", f, gsub("\\n", " ", conditionMessage(e)), "\\n"))`,
      dir,
    ],
  },
  racket: {
    extension: ".rkt",
    argv: (dir) => [
      "racket",
      "-e",
      `(for ([f (directory-list (vector-ref (current-command-line-arguments) 0) #:build? #t)])
         (with-handlers ([exn:fail? (lambda (e) (printf "UNREADABLE ~a ~a\\n" f (regexp-replace* "\\n" (exn-message e) " ")))])
           (parameterize ([read-accept-reader #t] [read-accept-lang #t])
             (call-with-input-file f (lambda (in) (port-count-lines! in) (let loop () (unless (eof-object? (read in)) (loop))))))))`,
      dir,
    ],
  },
};

/** `message + program tail` for each program the target's reader rejects; [] when all read. */
export function readerErrors(language: string, programs: readonly string[]): string[] {
  const reader = READERS[language];
  if (!reader) throw new Error(`no reader check for ${language}`);
  const dir = mkdtempSync(join(tmpdir(), "polytest-props-read-"));
  try {
    const files = programs.map((program, i) => {
      const file = join(dir, `p${i}${reader.extension}`);
      writeFileSync(file, program);
      return file;
    });
    const [command, ...args] = reader.argv(dir);
    const result = spawnSync(command!, args, { encoding: "utf8", maxBuffer: 64 << 20, timeout: 600_000 });
    if (result.status !== 0) return [`${command} exited ${result.status}: ${result.stderr.slice(0, 2000)}`];
    return result.stdout
      .split("\n")
      .filter((line) => line.startsWith("UNREADABLE "))
      .map((line) => `${line}\n${programs[files.indexOf(line.split(" ")[1]!)]?.slice(-2000) ?? ""}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
