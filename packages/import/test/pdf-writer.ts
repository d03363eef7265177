/**
 * Test PDFs made from the seed texts (pdf-lib), laid out as the published reports are: A4 pages
 * with a running header and a footer "Sveriges Kommuner och Landsting n (N)", wrapped paragraphs,
 * tables in columns at fixed positions (a wrapped question text beside its numbers), lists side by
 * side in three columns, headings beside their score. A text of one line per page (or a document-
 * sharing site's numbered transcript) gives one PDF page (or more) per line.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

const WIDTH = 595;
const HEIGHT = 842;
const LEFT = 56;
const RIGHT = WIDTH - 56;
const TOP = HEIGHT - 70;
const BOTTOM = 60;
const SIZE = 10;
const LINE = 13;

/** One piece of text to draw: its page, position and size. */
interface Op {
  page: number;
  x: number;
  y: number;
  text: string;
  size: number;
}

/** Options: the running header's text, and a page size other than A4's text block. */
export interface WriterOptions {
  header?: string;
  /** The footer's text before the page number (SKL's until 2019, SKR's since). */
  footer?: string;
}

const FOOTER_LINE =
  /^\s*(?:\d{1,3}\s+)?Sveriges Kommuner och (?:Landsting|Regioner)(?:\s+\d{4}-\d{2}-\d{2})?(?:\s+\d{1,3})?\s*\(\d{1,3}\)\s*/;

class Layout {
  readonly ops: Op[] = [];
  page = 0;
  y = TOP;
  constructor(readonly font: PDFFont) {}

  width(text: string, size = SIZE): number {
    return this.font.widthOfTextAtSize(text, size);
  }

  newPage(): void {
    this.page++;
    this.y = TOP;
  }

  /** Room for `height` points on this page, or a new page. */
  room(height: number): void {
    if (this.y - height < BOTTOM) this.newPage();
  }

  /** Words wrapped into lines of at most `width` points. */
  wrap(text: string, width: number, size = SIZE): string[] {
    const lines: string[] = [];
    let line = "";
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && this.width(next, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  }

  draw(x: number, text: string, size = SIZE): void {
    this.ops.push({ page: this.page, x, y: this.y, text, size });
  }

  paragraph(text: string, indent = 0): void {
    const bullet = /^[-•]\s+/.exec(text);
    const body = bullet ? text.slice(bullet[0].length) : text;
    const x = LEFT + indent + (bullet ? 12 : 0);
    this.wrap(body, RIGHT - x).forEach((line, i) => {
      this.room(LINE);
      if (i === 0 && bullet) this.draw(LEFT + indent, "•");
      this.draw(x, line);
      this.y -= LINE;
    });
  }

  gap(lines = 0.8): void {
    this.y -= lines * LINE;
  }

  /** A table: rows of cells at fixed columns; a cell of bullets is one item per line. */
  table(rows: string[][]): void {
    const columns = Math.max(...rows.map((r) => r.length));
    const xs =
      columns >= 4
        ? [LEFT, LEFT + 32, 390, 445, 500, 540].slice(0, columns)
        : columns === 3
          ? [LEFT, 222, 388]
          : [LEFT, 470];
    const widths = xs.map((x, i) => (xs[i + 1] ?? RIGHT) - x - 8);
    const laid = rows.map((row) =>
      row.map((cell, i) => {
        const items = cell.includes("•")
          ? cell
              .split("•")
              .map((s) => s.trim())
              .filter(Boolean)
          : [cell.trim()].filter(Boolean);
        const bulleted = cell.includes("•");
        return items.flatMap((item) =>
          this.wrap(item, widths[i]! - (bulleted ? 10 : 0)).map((line, k) => ({
            x: xs[i]! + (bulleted && k > 0 ? 10 : 0),
            text: bulleted && k === 0 ? `• ${line}` : line,
          })),
        );
      }),
    );
    const height = laid.reduce((sum, row) => sum + Math.max(1, ...row.map((c) => c.length)) * LINE, 0);
    if (height < TOP - BOTTOM) this.room(height);
    for (const row of laid) {
      const lines = Math.max(1, ...row.map((c) => c.length));
      this.room(lines * LINE);
      for (let k = 0; k < lines; k++) {
        for (const cell of row) if (cell[k]) this.draw(cell[k]!.x, cell[k]!.text);
        this.y -= LINE;
      }
    }
    this.gap(1.6);
  }
}

const clean = (text: string) =>
  text
    .replace(/<[^<>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/[ \t]+$/, "");

/** The pages of a document-sharing site's transcript ("1 …", "2 …" after "Transkript"), or `undefined`. */
function transcript(text: string): string[] | undefined {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => /^\s*Transkript:?\s*$/.test(l));
  if (at < 0) return undefined;
  const pages: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const numbered = /^(\d{1,3}) (.*)$/.exec(line);
    if (!numbered || Number(numbered[1]) !== pages.length + 1) break;
    pages.push(numbered[2]!);
  }
  return pages.length >= 3 ? pages : undefined;
}

function flow(layout: Layout, text: string): void {
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length) {
    const line = clean(lines[i]!);
    if (line.trim() === "") {
      layout.gap();
      i++;
      continue;
    }
    if (FOOTER_LINE.test(line) && line.replace(FOOTER_LINE, "").trim() === "") {
      i++;
      continue;
    }
    if (line.includes("\t")) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.includes("\t")) rows.push(clean(lines[i++]!).split("\t"));
      layout.table(rows);
      continue;
    }
    layout.paragraph(line.trim());
    i++;
  }
}

/** A PDF of the report text, laid out as described above. */
export async function reportPdf(text: string, options: WriterOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const layout = new Layout(font);
  const pages =
    transcript(text) ??
    (text.split("\n").every((l) => l.length === 0 || l.length > 250) ? text.split("\n").filter(Boolean) : undefined);
  if (pages) {
    pages.forEach((page, n) => {
      if (n > 0) layout.newPage();
      // The page's own footer text is drawn as the footer; the rest wraps as running text.
      layout.paragraph(clean(page).replace(FOOTER_LINE, "").trim());
    });
  } else flow(layout, text);
  const count = layout.page + 1;
  const pdfPages: PDFPage[] = Array.from({ length: count }, () => doc.addPage([WIDTH, HEIGHT]));
  const footer = options.footer ?? "Sveriges Kommuner och Landsting";
  pdfPages.forEach((page, n) => {
    if (n > 0 && options.header) page.drawText(options.header, { x: LEFT, y: HEIGHT - 40, size: 8, font });
    page.drawText(`${footer}  ${n + 1} (${count})`, { x: LEFT, y: 30, size: 8, font });
  });
  for (const op of layout.ops) pdfPages[op.page]!.drawText(op.text, { x: op.x, y: op.y, size: op.size, font });
  return doc.save({ useObjectStreams: false });
}

/** A PDF of some A4 pages, each drawn by `draw`. */
export async function drawnPdf(
  pages: number,
  draw: (page: PDFPage, n: number, font: PDFFont) => void,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 0; n < pages; n++) draw(doc.addPage([WIDTH, HEIGHT]), n, font);
  return doc.save({ useObjectStreams: false });
}

/** A scan: pages with a picture (a grey rectangle) and no text. */
export function scannedPdf(pages = 3): Promise<Uint8Array> {
  return drawnPdf(pages, (page) =>
    page.drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) }),
  );
}

/** A PDF that needs a password: a one-page PDF with a standard security handler in its trailer. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const plain = Buffer.from(
    await drawnPdf(1, (page, _n, font) => page.drawText("Hemlig", { x: 50, y: 700, font })),
  ).toString("latin1");
  const hex = (n: number) => `<${"ab".repeat(n)}>`;
  const locked = plain.replace(
    /trailer\s*<</,
    `trailer\n<<\n/Encrypt << /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -44 >>\n/ID [${hex(16)} ${hex(16)}]\n`,
  );
  return new Uint8Array(Buffer.from(locked, "latin1"));
}
