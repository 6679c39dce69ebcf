/**
 * What the front end reads of a syntax node: tree-sitter's \`Node\` has it, and so does the copy
 * statement-mirror.ts makes of an assert statement.
 */
export interface SyntaxNode {
  readonly type: string;
  readonly text: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly isNamed: boolean;
  readonly hasError: boolean;
  readonly id: number;
  readonly children: readonly (SyntaxNode | null)[];
  readonly namedChildren: readonly (SyntaxNode | null)[];
  childForFieldName(name: string): SyntaxNode | null;
  childrenForFieldName(name: string): readonly (SyntaxNode | null)[];
}

type Node = SyntaxNode;

/**
 * Comments and line continuations (`\` at a line's end): tree-sitter-python's named extras, which
 * may sit between any two nodes and mean nothing to the value.
 */
export function isExtra(node: Node): boolean {
  const type = node.type;
  return type === "comment" || type === "line_continuation";
}

/** A node's named children without the extras. */
export function meaningfulChildren(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null && !isExtra(c));
}
