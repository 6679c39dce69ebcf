/** Python test suites built from typed IR values, written with the project's own literal printer. */
import { toPythonLiteral } from "../../src/ir/python-literal.js";
import { type Type, showType } from "../../src/ir/types.js";
import type { Value } from "../../src/ir/values.js";

export interface EchoAssertion {
  readonly argument: Value;
  readonly expected: Value;
}

/** The name of the function under test in every generated suite. */
export const ECHO = "echo";

/** The line of the n-th (0-based) assertion in `echoSuite`'s text. */
export const firstAssertionLine = 7;

/**
 * `def echo(x: T) -> T` (or `def echo(x)`, the types left to inference) and one
 * `assert candidate(a) == e` per assertion, one per line, starting at `firstAssertionLine`.
 */
export function echoSuite(type: Type, assertions: readonly EchoAssertion[], annotated = true): string {
  return [
    "from typing import Dict, List, Optional, Set, Tuple",
    "",
    annotated ? `def ${ECHO}(x: ${showType(type)}) -> ${showType(type)}:` : `def ${ECHO}(x):`,
    "    return x",
    "",
    "def check(candidate):",
    ...assertions.map((a) => `    assert candidate(${toPythonLiteral(a.argument)}) == ${toPythonLiteral(a.expected)}`),
    "",
    `check(${ECHO})`,
    "",
  ].join("\n");
}
