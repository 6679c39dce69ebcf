import type { Suite } from "../ir/suite.js";

export interface ParseOptions {
  /** The function under test, when the source does not make it clear. */
  readonly entryPoint?: string;
}

export async function parseSuite(_source: string, _options: ParseOptions = {}): Promise<Suite> {
  throw new Error("front end not written yet");
}
