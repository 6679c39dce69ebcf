import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import type { LanguageInfo } from "../backend.js";

export class MissingInterpreterError extends Error {
  constructor(
    readonly language: string,
    readonly command: string,
    hint: string,
  ) {
    super(`${command} (needed to run ${language} tests) is not on PATH: ${hint}`);
    this.name = "MissingInterpreterError";
  }
}

/** What to tell someone who lacks the interpreter. */
export function installHint(info: LanguageInfo): string {
  if (info.installHint) return info.installHint;
  if (info.debianPackages.length > 0) return `apt-get install -y ${info.debianPackages.join(" ")}`;
  return `install ${info.runCommand[0]}`;
}

const found = new Map<string, string | undefined>();

/** The absolute path of a command on PATH, or undefined. */
export function whichCommand(command: string): string | undefined {
  if (found.has(command)) return found.get(command);
  let path: string | undefined;
  if (command.includes("/")) path = isExecutable(command) ? command : undefined;
  else {
    for (const dir of (process.env.PATH ?? "").split(delimiter)) {
      const candidate = join(dir || ".", command);
      if (isExecutable(candidate)) {
        path = candidate;
        break;
      }
    }
  }
  found.set(command, path);
  return path;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The interpreter's path, or a MissingInterpreterError naming the Debian package to install. */
export function requireInterpreter(info: LanguageInfo): string {
  const command = info.runCommand[0]!;
  const path = whichCommand(command);
  if (!path) throw new MissingInterpreterError(info.name, command, installHint(info));
  return path;
}
