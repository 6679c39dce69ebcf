import type { Diagnostic } from "../ir/diagnostics.js";

/** Source bytes or text as a string; invalid UTF-8 is a located diagnostic, not an exception. */
export function decodeSource(input: string | Uint8Array): { text: string } | { diagnostic: Diagnostic } {
  if (typeof input === "string") return { text: input.replace(/^\uFEFF/, "") };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(input).replace(/^\uFEFF/, "") };
  } catch {
    const offset = firstInvalidUtf8(input);
    const before = new TextDecoder("utf-8").decode(input.subarray(0, offset));
    const lines = before.split("\n");
    const line = lines.length;
    const column = [...lines[lines.length - 1]!].length + 1;
    return {
      diagnostic: {
        severity: "error",
        code: "input/invalid-utf8",
        message: `the input is not valid UTF-8 (byte 0x${input[offset]?.toString(16).padStart(2, "0")} at offset ${offset})`,
        line,
        column,
        endLine: line,
        endColumn: column + 1,
      },
    };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, surrogates and code points beyond U+10FFFF.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) {
      return i;
    }
    i += length;
  }
  return i;
}

/** A HumanEval / MultiPL-E JSONL record as one Python source: the prompt's `def`, then the tests. */
export interface HumanEvalRecord {
  readonly prompt: string;
  readonly test: string;
  readonly entry_point: string;
}

export function recordSource(record: HumanEvalRecord): string {
  return `${record.prompt}\n${record.test}\n`;
}
