import type { Span } from "./span.js";

export type Severity = "error" | "warning" | "info";

/**
 * A message about the input, always located. `code` is stable and machine-readable
 * (e.g. `refused/lua-nil-in-container`); `message` is for people.
 */
export interface Diagnostic {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function diagnosticAt(span: Span, severity: Severity, code: string, message: string): Diagnostic {
  return {
    severity,
    code,
    message,
    line: span.startLine,
    column: span.startColumn,
    endLine: span.endLine,
    endColumn: span.endColumn,
  };
}

/** `file:line:column: severity: message [code]`, the form compilers print. */
export function formatDiagnostic(d: Diagnostic, file = "<input>"): string {
  return `${file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`;
}
