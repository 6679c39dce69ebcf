/** Markdown building blocks for the reports. */

export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => String(v).replace(/\|/g, "\\|").replace(/\n/g, " ");
  return [
    `| ${header.map(cell).join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

/** `a / b (p %)`; a dash when b is 0. */
export function ratio(a: number, b: number): string {
  return b === 0 ? "–" : `${a} / ${b} (${((100 * a) / b).toFixed(1)} %)`;
}

/** Inline code that survives backticks inside it. */
export function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${text.length > 0 && text.startsWith("`") ? " " : ""}${text}${text.endsWith("`") ? " " : ""}${fence}`;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
