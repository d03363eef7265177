import type { Issue } from "@kommunkompassen/core";

/** `file#/pointer: severity: message`, or `file: severity: message` for the document itself. */
export function issueLine(file: string, issue: Issue): string {
  return `${file}${issue.path ? `#${issue.path}` : ""}: ${issue.severity}: ${issue.message}`;
}

/** Formats a number for a table: `–` for unknown, a sign when asked. */
export function num(value: number | null, signed = false): string {
  if (value === null) return "–";
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return signed && value > 0 ? `+${text}` : text;
}

/** Lays out rows as a plain-text table; the first row is the header, numeric columns are right-aligned. */
export function table(rows: string[][], rightAligned: readonly number[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = " ".repeat((widths[i] ?? 0) - [...cell].length);
          return rightAligned.includes(i) ? pad + cell : cell + pad;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
