/**
 * A PDF page's text rebuilt from the positions of its text items (PDF.js `getTextContent`): lines
 * from the items' baselines, reading order from top to bottom and left to right, table columns from
 * the gaps between items, wrapped paragraphs joined again, and page headers and footers (lines in
 * the margins that repeat from page to page, or page numbers) left out. Pure: no PDF.js here, so
 * it is tested on items made by hand as well as on generated PDFs.
 */

/** One text item: its string, where its baseline starts (PDF units, y up) and how wide and high it is. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font size (the item's height). */
  size: number;
}

/** One page's items and size. */
export interface PdfPage {
  items: PdfTextItem[];
  width: number;
  height: number;
}

/** A run of items on one line with no column gap between them. */
interface Cell {
  x: number;
  right: number;
  text: string;
}

/** One line: its baseline, font size and cells from left to right. */
interface Line {
  y: number;
  size: number;
  cells: Cell[];
  /** The items, left to right (a table puts each in the column it starts in). */
  items: PdfTextItem[];
}

/** What rebuilding gives: each page's text, and how many header/footer lines were left out on which pages. */
export interface RebuiltText {
  pages: string[];
  furniture: number;
  furniturePages: number[];
}

const NUMBER_CELL = /^\d{1,6}(?:[.,]\d{1,6})?\s*%?$/;

/** A gap of at least this many font sizes between two items on a line separates table columns. */
const COLUMN_GAP = 1.2;
/** Lines in this share of the page height at the top or bottom are where headers and footers are. */
const MARGIN = 0.09;

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * The item a line's baseline and size are taken from: the largest (the running text, not a
 * footnote marker beside it), the first of those on a tie.
 */
function reference(items: readonly PdfTextItem[]): PdfTextItem {
  return items.reduce((best, item) => ((item.size || 10) > (best.size || 10) ? item : best), items[0]!);
}

/**
 * Whether an item is a footnote marker: smaller than the line's text and raised above its baseline
 * ("52¹").
 */
function isSuperscript(item: PdfTextItem, ref: PdfTextItem): boolean {
  const size = ref.size || 10;
  return (item.size || 10) < 0.9 * size && item.y - ref.y > 0.15 * size;
}

/** A footnote marker's digits as superscript digits, apart from the text before it: it never joins the number it follows ("521"). */
function raise(item: PdfTextItem): PdfTextItem {
  const str = item.str.trim();
  const raised = /^\d{1,3}$/.test(str) ? [...str].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join("") : str;
  return { ...item, str: ` ${raised}` };
}

function lines(items: readonly PdfTextItem[]): Line[] {
  const sorted = items.filter((item) => item.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Line[] = [];
  let current: PdfTextItem[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const ref = reference(current);
    const text = current.filter((item) => !isSuperscript(item, ref));
    const line = current.map((item) => (isSuperscript(item, ref) ? raise(item) : item)).sort((a, b) => a.x - b.x);
    const size = Math.min(...text.map((i) => i.size || 10));
    out.push({ y: ref.y, size, cells: cells(line, size), items: line });
    current = [];
  };
  for (const item of sorted) {
    // Against the line's text, not its first item: a raised footnote marker sorts first, and the
    // number it follows may sit a little lower than the rest of the line.
    const ref = current.length > 0 ? reference(current) : undefined;
    if (ref && Math.abs(ref.y - item.y) > 0.5 * Math.max(ref.size || 10, item.size || 10)) flush();
    current.push(item);
  }
  flush();
  return out;
}

function cells(items: readonly PdfTextItem[], size: number): Cell[] {
  const out: Cell[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    const gap = last ? item.x - last.right : Infinity;
    // A number after a wider gap than a word space is a table's next column ("… det interna 14").
    const column = gap >= COLUMN_GAP * size || (gap >= 0.5 * size && NUMBER_CELL.test(item.str.trim()));
    if (last && !column) {
      last.text +=
        gap > 0.15 * size && !last.text.endsWith(" ") && !item.str.startsWith(" ") ? ` ${item.str}` : item.str;
      last.right = Math.max(last.right, item.x + item.width);
    } else out.push({ x: item.x, right: item.x + item.width, text: item.str });
  }
  for (const cell of out) cell.text = cell.text.replace(/\s+/g, " ").trim();
  return out.filter((c) => c.text !== "");
}

const lineText = (line: Line) => line.cells.map((c) => c.text).join(" ");
const PAGE_NUMBER = /^(?:(?:sida|page)\s+)?\d{1,4}(?:\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|\/)\s*\d{1,4}))?$/i;

/** Header and footer lines: in the margins, and repeated (digits aside) on at least two pages and a third of them, or a page number. */
function furnitureOf(pages: readonly { lines: Line[]; height: number }[]): Set<Line> {
  const inMargin = (line: Line, height: number) => line.y > height * (1 - MARGIN) || line.y < height * MARGIN;
  const key = (line: Line) => lineText(line).replace(/\d+/g, "#").toLowerCase();
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page.lines) if (inMargin(line, page.height)) seen.add(key(line));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (k: string) => (counts.get(k) ?? 0) >= Math.max(2, Math.ceil(pages.length / 3));
  const out = new Set<Line>();
  for (const page of pages)
    for (const line of page.lines)
      if (inMargin(line, page.height) && (repeated(key(line)) || PAGE_NUMBER.test(lineText(line)))) out.add(line);
  return out;
}

/** Whether a line can continue a table that starts with `header`: its cells start where the header's columns do. */
function inTable(line: Line, header: Line, previous: Line): boolean {
  if (previous.y - line.y > 2.2 * line.size) return false;
  if (line.cells.length > 1) return true;
  const x = line.cells[0]!.x;
  return (
    header.cells.some((c, i) => (i > 0 || header.cells.length > 1) && Math.abs(c.x - x) <= 0.4 * line.size) ||
    header.cells.some((c) => x > c.x && x < c.x + 3 * line.size)
  );
}

/** The column a cell belongs to: the rightmost column of the header that starts at or left of it. */
function columnOf(cell: Cell, header: Line, size: number): number {
  let column = 0;
  header.cells.forEach((c, i) => {
    if (c.x <= cell.x + 0.5 * size) column = i;
  });
  return column;
}

/**
 * A table as text. Bulleted cells (lists side by side, headings beside a score): one line of
 * column titles and one line with each column's whole text, tab-separated. Other tables: one line
 * per row, its cells tab-separated; a line with no cell in the first column and no number
 * continues the row above (a wrapped question text).
 */
function tableText(lines: readonly Line[]): string {
  const header = lines[0]!;
  // Each item in the column it starts in: text of two columns that nearly touch is not one cell.
  const table = lines.map((line, i) => (i === 0 ? line : { ...line, cells: inColumns(line, header) }));
  const body = table.slice(1);
  const width = header.cells.length;
  const bulleted = body.some((line) => line.cells.some((c) => c.text.startsWith("•")));
  if (bulleted) {
    const columns: string[][] = Array.from({ length: width }, () => []);
    for (const line of body) for (const cell of line.cells) columns[columnOf(cell, header, line.size)]!.push(cell.text);
    return `${header.cells.map((c) => c.text).join("\t")}\n${columns.map((c) => c.join(" ")).join("\t")}`;
  }
  const rows: string[][] = [];
  for (const line of table) {
    const row: string[] = Array.from({ length: width }, () => "");
    for (const cell of line.cells) {
      const at = columnOf(cell, header, line.size);
      row[at] = row[at] ? `${row[at]} ${cell.text}` : cell.text;
    }
    const previous = rows[rows.length - 1];
    const continues = previous && row[0] === "" && !line.cells.some((c) => NUMBER_CELL.test(c.text));
    if (continues)
      row.forEach((text, i) => (previous[i] = previous[i] && text ? `${previous[i]}\n${text}` : previous[i] || text));
    else rows.push(row);
  }
  return rows.map((row) => row.join("\t").replace(/\t+$/, "")).join("\n");
}

/** A line's cells re-made from its items by the header's columns. */
function inColumns(line: Line, header: Line): Cell[] {
  const byColumn = new Map<number, PdfTextItem[]>();
  for (const item of line.items) {
    if (item.str.trim() === "") continue;
    const at = columnOf({ x: item.x, right: item.x, text: item.str }, header, line.size);
    byColumn.set(at, [...(byColumn.get(at) ?? []), item]);
  }
  return [...byColumn.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, items]) => {
      let text = "";
      let right = -Infinity;
      for (const item of items) {
        text += text && item.x - right > 0.15 * line.size ? ` ${item.str}` : item.str;
        right = Math.max(right, item.x + item.width);
      }
      return { x: items[0]!.x, right, text: text.replace(/\s+/g, " ").trim() };
    });
}

/** Joins wrapped lines of one paragraph: a line that reaches the right edge continues on the next at the same left edge. */
function paragraphs(body: readonly Line[], right: number): { text: string; gapBefore: boolean }[] {
  const out: { text: string; gapBefore: boolean }[] = [];
  let previous: Line | undefined;
  for (const line of body) {
    const text = lineText(line);
    const gap = previous ? previous.y - line.y > 1.6 * line.size : false;
    const last = out[out.length - 1];
    const wrapped =
      previous !== undefined &&
      last !== undefined &&
      !gap &&
      Math.abs(previous.cells[0]!.x - line.cells[0]!.x) <= 0.5 * line.size &&
      previous.cells[previous.cells.length - 1]!.right >= right - 4 * line.size &&
      !/^(?:•|-\s|\d+(?:\.\d+)*\s)/.test(text);
    if (wrapped) last.text += /\p{L}-$/u.test(last.text) && /^\p{Ll}/u.test(text) ? `\n${text}` : ` ${text}`;
    else out.push({ text, gapBefore: gap });
    previous = line;
  }
  return out;
}

/** One page's text from its lines (headers and footers already left out): tables and paragraphs, a blank line around each table. */
function pageText(body: readonly Line[]): string {
  const right = Math.max(0, ...body.map((l) => l.cells[l.cells.length - 1]!.right));
  const blocks: { text: string; gapBefore: boolean }[] = [];
  let afterTable = false;
  let i = 0;
  while (i < body.length) {
    const line = body[i]!;
    if (line.cells.length > 1) {
      const table = [line];
      while (i + table.length < body.length && inTable(body[i + table.length]!, line, table[table.length - 1]!))
        table.push(body[i + table.length]!);
      blocks.push({ text: tableText(table), gapBefore: true });
      i += table.length;
      afterTable = true;
      continue;
    }
    let j = i;
    while (j < body.length && body[j]!.cells.length === 1) j++;
    const read = paragraphs(body.slice(i, j), right);
    if (afterTable && read[0]) read[0].gapBefore = true;
    blocks.push(...read);
    afterTable = false;
    i = j;
  }
  return blocks
    .map((b, k) => (k === 0 ? b.text : `${b.gapBefore ? "\n\n" : "\n"}${b.text}`))
    .join("")
    .trim();
}

/** Rebuilds the text of every page: lines, columns, paragraphs, headers and footers left out. */
export function rebuildText(pages: readonly PdfPage[]): RebuiltText {
  const read = pages.map((page) => ({ lines: lines(page.items), height: page.height }));
  const furniture = furnitureOf(read);
  const furniturePages: number[] = [];
  const texts = read.map((page, index) => {
    const body = page.lines.filter((line) => !furniture.has(line));
    if (body.length < page.lines.length) furniturePages.push(index + 1);
    return pageText(body);
  });
  return { pages: texts, furniture: furniture.size, furniturePages };
}
