import { formatNumber } from "../text/format";

/**
 * The two CSV dialects: `excel` for Swedish Excel (UTF-8 with a byte order mark, `;` between fields,
 * a decimal comma), `plain` for everything else (no byte order mark, `,`, a decimal point). Both end
 * every record with CRLF (RFC 4180).
 */
export type CsvFormat = "excel" | "plain";

/** A cell: text, a number, or empty (`null`: an unknown value, never written as 0). */
export type CsvCell = string | number | null | undefined;

/** What each dialect writes. */
export const CSV_DIALECTS: Readonly<Record<CsvFormat, { separator: string; decimal: string; bom: boolean }>> = {
  excel: { separator: ";", decimal: ",", bom: true },
  plain: { separator: ",", decimal: ".", bom: false },
};

/** How many decimals a number keeps: scores are published with at most two, a mean has more. */
const DECIMALS = 6;

/**
 * A number as the dialect writes it: the core's formatter (its rounding half up, at most six
 * decimals), Swedish for `excel` (decimal comma) and English for `plain`, without the digit
 * grouping and with an ASCII minus, so that a spreadsheet reads it as a number.
 */
export function csvNumber(value: number, format: CsvFormat): string {
  const text = formatNumber(value, format === "excel" ? "sv" : "en", DECIMALS);
  return format === "excel" ? text.replace(/\u00a0/g, "").replace(/\u2212/g, "-") : text.replace(/,/g, "");
}

/**
 * Text that a spreadsheet would take for a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) made inert with a leading apostrophe, as OWASP advises against CSV injection.
 * Numbers are never text here, so they are never changed.
 */
export function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field: quoted when it holds the separator, a quote, a line break, or space at an end. */
function field(cell: CsvCell, format: CsvFormat): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? csvNumber(cell, format) : "";
  const text = inertText(cell);
  const separator = CSV_DIALECTS[format].separator;
  return text.includes(separator) || /["\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The one CSV writer: rows of cells → the text of a CSV file in the dialect (see {@link CsvFormat}),
 * with the byte order mark for `excel`. Texts that look like formulas are made inert
 * ({@link inertText}); numbers are written by {@link csvNumber}.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], format: CsvFormat): string {
  const separator = CSV_DIALECTS[format].separator;
  const body = rows.map((row) => row.map((cell) => field(cell, format)).join(separator) + "\r\n").join("");
  return (CSV_DIALECTS[format].bom ? "\ufeff" : "") + body;
}
