import type { Node } from "web-tree-sitter";

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
