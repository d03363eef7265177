/**
 * Evidence: for every value an import writes, where in the source text it was read (the character
 * range, the snippet as printed, the line around it and, for a paged text, the page; for a table,
 * the row and the column of the cell).
 * Kept beside the evaluation, never inside it: the evaluation stays a plain, valid document.
 */
import type { Evaluation } from "@kommunkompassen/core";
import type { Mapped } from "./mapped";
import type { Evidence, ImportOptions } from "./types";

/** How many characters of the line around a value `context` keeps on each side. */
const CONTEXT = 60;

/** A value's key while the evaluation is being made (pointers are known only at the end). */
export type EvidenceKey =
  | "name"
  | "year"
  | "date"
  | "code"
  | "total"
  | `area/${number}/score`
  | `area/${number}/max`
  | `question/${string}/${"achieved" | "max" | "percent"}`;

/** Where in a table a value's cell is, and whether the value was looked up rather than printed. */
export type CellOf = Pick<Evidence, "row" | "column" | "lookup">;

/** The source ranges of the values read, by key; turned into {@link Evidence} for the finished evaluation. */
export class EvidenceLog {
  private readonly ranges = new Map<EvidenceKey, readonly [number, number]>();
  private readonly cells = new Map<EvidenceKey, CellOf>();

  /** Records where a value was read: `[a, b)` in `mapped`'s text, kept as its range in the source. */
  read(key: EvidenceKey, mapped: Mapped, a: number, b: number, cell?: CellOf): void {
    this.ranges.set(key, mapped.source(a, b));
    if (cell) this.cells.set(key, cell);
  }

  /** Records a range already in the source's coordinates. */
  readSource(key: EvidenceKey, range: readonly [number, number]): void {
    this.ranges.set(key, range);
  }

  /** The source range of a value, if it was read from the text. */
  get(key: EvidenceKey): readonly [number, number] | undefined {
    return this.ranges.get(key);
  }

  /**
   * The evidence of every value in the finished evaluation, each at its JSON pointer: its range,
   * snippet, context and page (where the source has form feeds between pages); a value given as an
   * option says so instead.
   */
  list(evaluation: Evaluation, source: string, options: ImportOptions): Evidence[] {
    const pages = pageStarts(source);
    const out: Evidence[] = [];
    const add = (path: string, key: EvidenceKey | undefined, option?: Evidence["option"]) => {
      if (option) {
        out.push({ path, option });
        return;
      }
      const range = key ? this.ranges.get(key) : undefined;
      if (range) out.push({ ...describe(path, range, source, pages), ...(key ? this.cells.get(key) : undefined) });
    };
    add("/municipality/name", "name", options.municipality !== undefined ? "municipality" : undefined);
    if (evaluation.municipality.code !== undefined)
      add("/municipality/code", "code", options.code !== undefined ? "code" : undefined);
    add("/year", "year", options.year !== undefined ? "year" : undefined);
    if (evaluation.date !== undefined) add("/date", "date");
    if (evaluation.total !== undefined) add("/total", "total");
    evaluation.areas.forEach((area, i) => {
      if (area.score !== undefined) add(`/areas/${i}/score`, `area/${area.id}/score`);
      if (area.max !== undefined) add(`/areas/${i}/max`, `area/${area.id}/max`);
      (area.questions ?? []).forEach((question, j) => {
        for (const field of ["achieved", "max", "percent"] as const)
          if (question[field] !== undefined)
            add(`/areas/${i}/questions/${j}/${field}`, `question/${question.id}/${field}`);
      });
    });
    return out;
  }
}

/** Where each page starts, when the text has form feeds between its pages (a PDF's rebuilt text, pdftotext's output). */
function pageStarts(source: string): number[] | undefined {
  if (!source.includes("\f")) return undefined;
  const starts = [0];
  for (let i = source.indexOf("\f"); i >= 0; i = source.indexOf("\f", i + 1)) starts.push(i + 1);
  return starts;
}

/** The page (from 1) of an offset. */
function pageOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** One value's evidence from its source range. */
export function describe(
  path: string,
  [start, end]: readonly [number, number],
  source: string,
  pages: readonly number[] | undefined,
): Evidence {
  const lineStart = Math.max(source.lastIndexOf("\n", start - 1) + 1, source.lastIndexOf("\f", start - 1) + 1);
  const newline = source.indexOf("\n", end);
  const lineEnd = newline < 0 ? source.length : newline;
  const from = Math.max(lineStart, start - CONTEXT);
  const to = Math.min(lineEnd, end + CONTEXT);
  const flat = (text: string) => text.replace(/\s+/g, " ");
  const context = `${from > lineStart ? "…" : ""}${flat(source.slice(from, to)).trim()}${to < lineEnd ? "…" : ""}`;
  return {
    path,
    start,
    end,
    snippet: source.slice(start, end),
    context,
    ...(pages ? { page: pageOf(pages, start) } : {}),
  };
}
