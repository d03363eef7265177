import { formatNumber, formatSigned, type Issue, type Lang } from "@kommunkompassen/core";
import { cliMessages, issueText } from "@kommunkompassen/core/messages";
import { printable } from "./safe";
import { STDIN } from "./io";

/** How a file is named in messages: as given, or "standard input" for `-`. */
export function fileLabel(file: string, lang: Lang = "en"): string {
  return file === STDIN ? cliMessages[lang].stdin : printable(file);
}

/**
 * `file#/pointer: severity: message`, or `file: severity: message` for the document itself; every
 * part from the file made safe to print.
 */
export function issueLine(file: string, issue: Issue, lang?: Lang): string {
  const message = lang ? issueText(issue, lang).text : issue.message;
  const severity = lang ? cliMessages[lang].severity[issue.severity] : issue.severity;
  return `${fileLabel(file)}${issue.path ? `#${printable(issue.path)}` : ""}: ${severity}: ${printable(message)}`;
}

/** A number for a table, with core's formatter in the language's convention; `–` for unknown. */
export function numberText(value: number | null, lang: Lang): string {
  return value === null ? "–" : formatNumber(value, lang);
}

/** A change for a table: `+9`, `−3`, `±0`, with core's formatter; `unknown` when it cannot be computed. */
export function changeText(value: number | null, lang: Lang): string {
  return value === null ? cliMessages[lang].unknownChange : formatSigned(value, lang);
}

/**
 * Lays out rows as a plain-text table; the first row is the header, numeric columns are
 * right-aligned. Every cell is made safe to print before it is measured.
 */
export function table(rows: readonly (readonly string[])[], rightAligned: readonly number[]): string {
  const safe = rows.map((row) => row.map(printable));
  const widths: number[] = [];
  for (const row of safe) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return safe
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
