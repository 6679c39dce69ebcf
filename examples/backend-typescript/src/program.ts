import { readFileSync } from "node:fs";
import { type CompileContext, REPORT } from "polytest";
import { Node, Project, type StatementStructures, StructureKind, VariableDeclarationKind, ts } from "ts-morph";
import { NAMES } from "./assertions.js";
import { typeDescriptor } from "./descriptors.js";
import { suiteSignature, typeNode } from "./types.js";

/** runtime/prelude.ts, beside src/ and dist/ alike. */
const PRELUDE_PATH = new URL("../runtime/prelude.ts", import.meta.url);

const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
const scratch = ts.createSourceFile("node.ts", "", ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
const print = (node: ts.Node) => printer.printNode(ts.EmitHint.Unspecified, node, scratch);

let preludeStructures: StatementStructures[] | undefined;

/**
 * The prelude's declarations as structures, read once: the runtime is ordinary TypeScript
 * (type-checked with the project), and ambient `declare` statements, which only describe what
 * this file generates, are left out.
 */
function prelude(): StatementStructures[] {
  if (!preludeStructures) {
    const file = project.createSourceFile("prelude.ts", readFileSync(PRELUDE_PATH, "utf8"), { overwrite: true });
    preludeStructures = file
      .getStatements()
      .filter((statement) => !(Node.isAmbientable(statement) && statement.hasDeclareKeyword()))
      .map((statement) => (statement as unknown as { getStructure(): StatementStructures }).getStructure())
      .map((structure) => ("isExported" in structure ? { ...structure, isExported: false } : structure));
  }
  return preludeStructures;
}

/** How the program's text is formatted. */
const FORMAT = { indentSize: 2, convertTabsToSpaces: true } as const;

let fixedText: string | undefined;

/**
 * The part of every program that does not depend on the suite, built and formatted once: the
 * opening comment, the prelude and the report's fixed text (from polytest's `REPORT`).
 */
function fixedPart(): string {
  if (fixedText === undefined) {
    const file = project.createSourceFile("fixed.ts", "", { overwrite: true });
    file.addStatements("// polytest: the test program, appended to the candidate's source.");
    file.addStatements(prelude());
    file.addStatements([constant("__pt_report", undefined, print(reportObject()))]);
    file.formatText(FORMAT);
    fixedText = file.getFullText();
  }
  return fixedText;
}

/**
 * The whole test program, assembled as ts-morph source files from structures: the prelude, the
 * report's fixed text (built and formatted once, see `fixedPart`), then the candidate bound to its
 * declared signature, the result's type descriptor, the assertions in order, and `__pt_finish()`.
 * `export {}` makes the file a module, so a candidate's top-level names never merge with the ES
 * library's globals.
 */
export function renderTypeScriptProgram(context: CompileContext, assertions: readonly string[]): string {
  const signature = suiteSignature(context.suite);
  const file = project.createSourceFile("tests.ts", "", { overwrite: true });
  const candidateType = ts.factory.createFunctionTypeNode(
    undefined,
    signature.params.map((p, i) => ts.factory.createParameterDeclaration(undefined, undefined, `p${i}_${safe(p.name)}`, undefined, typeNode(p.type))),
    typeNode(signature.result),
  );
  file.addStatements([
    { ...constant(NAMES.candidate, print(candidateType), context.entryPoint), leadingTrivia: "// The candidate, held to the signature the Python suite declares." },
    constant(NAMES.resultType, "__pt_Type", print(typeDescriptor(signature.result))),
  ]);
  file.addStatements("// The assertions, in the order of the Python suite.");
  file.addStatements([...assertions]);
  file.addStatements(["__pt_finish();", "export {};"]);
  file.formatText(FORMAT);
  return fixedPart() + file.getFullText();
}

/** `{ actual: "  actual:   ", error: ..., summary: ... }`, the runtime's `__pt_report`. */
function reportObject(): ts.Expression {
  const fields = { actual: REPORT.actualPrefix, error: REPORT.errorPrefix, summary: REPORT.summaryPrefix };
  return ts.factory.createObjectLiteralExpression(
    Object.entries(fields).map(([name, text]) => ts.factory.createPropertyAssignment(name, ts.factory.createStringLiteral(text))),
  );
}

function constant(name: string, type: string | undefined, initializer: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, ...(type ? { type } : {}), initializer }],
  };
}

/** A parameter name that is a valid identifier (it only documents the signature). */
function safe(name: string): string {
  return name.replace(/[^\p{ID_Continue}]/gu, "_");
}
