import type { Node } from "web-tree-sitter";
import { type Diagnostic, diagnosticAt } from "../ir/diagnostics.js";
import type { Param, Signature } from "../ir/suite.js";
import { ANY } from "../ir/types.js";
import { readAnnotation } from "./annotations.js";
import { NotALiteral, readLiteral, spanOf } from "./literals.js";
import type { SourceText } from "./source-text.js";

export interface ReadSignature {
  readonly signature: Signature;
  readonly diagnostics: Diagnostic[];
  /** Set when the signature has `*args` / `**kwargs`: calls cannot be made positional. */
  readonly variadic: boolean;
}

/** The signature of `def name(params) -> returns:` with annotations read as IR types. */
export function readSignature(definition: Node, source: SourceText): ReadSignature {
  const diagnostics: Diagnostic[] = [];
  const params: Param[] = [];
  let variadic = false;
  for (const child of definition.childForFieldName("parameters")!.namedChildren) {
    const node = child!;
    switch (node.type) {
      case "identifier":
        params.push({ name: node.text, type: ANY, annotated: false });
        break;
      case "typed_parameter":
      case "typed_default_parameter":
      case "default_parameter": {
        const nameNode = node.childForFieldName("name") ?? node.namedChildren[0]!;
        if (nameNode.type !== "identifier") {
          variadic = true;
          break;
        }
        const typeNode = node.childForFieldName("type");
        const valueNode = node.childForFieldName("value");
        const annotation = typeNode ? readAnnotation(typeNode) : undefined;
        if (annotation?.problem) diagnostics.push(diagnosticAt(spanOf(typeNode!, source), "warning", "type/unknown-annotation", annotation.problem));
        let defaultValue;
        if (valueNode) {
          try {
            defaultValue = readLiteral(valueNode, source);
          } catch (error) {
            if (!(error instanceof NotALiteral)) throw error;
            diagnostics.push(diagnosticAt(error.span, "warning", "signature/default", `default of '${nameNode.text}' is not a literal: ${error.message}`));
          }
        }
        params.push({
          name: nameNode.text,
          type: annotation?.type ?? ANY,
          annotated: annotation !== undefined && !annotation.problem,
          ...(typeNode ? { typeSpan: spanOf(typeNode, source) } : {}),
          ...(defaultValue ? { default: defaultValue } : {}),
        });
        break;
      }
      case "list_splat_pattern":
      case "dictionary_splat_pattern":
        variadic = true;
        break;
      // keyword_separator (`*`) and positional_separator (`/`) change nothing for positional calls.
    }
  }
  const returnNode = definition.childForFieldName("return_type");
  const returns = returnNode ? readAnnotation(returnNode) : undefined;
  if (returns?.problem) diagnostics.push(diagnosticAt(spanOf(returnNode!, source), "warning", "type/unknown-annotation", returns.problem));
  return {
    signature: {
      params,
      returns: returns?.type ?? ANY,
      returnsAnnotated: returns !== undefined && !returns.problem,
      ...(returnNode ? { returnsSpan: spanOf(returnNode, source) } : {}),
    },
    diagnostics,
    variadic,
  };
}
