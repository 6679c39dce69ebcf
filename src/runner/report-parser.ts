import { REPORT } from "../report-format.js";

export interface ReportedFailure {
  readonly line: number;
  readonly source: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly error?: string;
}

export interface ParsedReport {
  readonly failures: readonly ReportedFailure[];
  /** The closing `polytest: P passed, F failed` line; absent when the program did not finish. */
  readonly summary?: { readonly passed: number; readonly failed: number };
}

const FAIL_LINE = /^FAIL line (\d+): (.*)$/;
const SUMMARY_LINE = new RegExp(`^${REPORT.summaryPrefix}(\\d+) passed, (\\d+) failed\\s*$`);

/** Reads the run report (src/report-format.ts) out of a test program's stdout. */
export function parseReport(stdout: string): ParsedReport {
  const failures: ReportedFailure[] = [];
  let summary: ParsedReport["summary"];
  const lines = stdout.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const header = FAIL_LINE.exec(lines[i]!);
    if (header) {
      const failure: { line: number; source: string; expected?: string; actual?: string; error?: string } = {
        line: Number(header[1]),
        source: header[2]!,
      };
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith("  "); j++) {
        const detail = lines[j]!;
        if (detail.startsWith(REPORT.expectedPrefix)) failure.expected = detail.slice(REPORT.expectedPrefix.length);
        else if (detail.startsWith(REPORT.actualPrefix)) failure.actual = detail.slice(REPORT.actualPrefix.length);
        else if (detail.startsWith(REPORT.errorPrefix)) failure.error = detail.slice(REPORT.errorPrefix.length);
        else break;
        i = j;
      }
      failures.push(failure);
      continue;
    }
    const closing = SUMMARY_LINE.exec(lines[i]!);
    if (closing) summary = { passed: Number(closing[1]), failed: Number(closing[2]) };
  }
  return summary ? { failures, summary } : { failures };
}
