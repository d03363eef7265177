/**
 * Issue 15, PDF: importReportPdf reads the text items of a PDF with PDF.js (the legacy build, no
 * worker, in Node), rebuilds lines, columns, paragraphs and pages from their positions and runs the
 * text importer. Test PDFs are made from the seed texts (test/pdf-writer.ts): the PDF import must
 * give exactly the figures the text import gives, every number with its page. A scan, an encrypted
 * or broken file, or a PDF that is no report gives a clear finding and no evaluation, in bounded time.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importReportText } from "../src";
import { importReportPdf, looksLikePdf, rebuildText, type PdfImportResult } from "../src/pdf";
import { repoRoot } from "../../../test/support/fixtures";
import { evidenceProblems } from "./evidence-check";
import { drawnPdf, encryptedPdf, reportPdf, scannedPdf } from "./pdf-writer";
import { figures } from "./transform";

const reports = resolve(repoRoot, "test/fixtures/reports");
const FILES = [
  "avesta-2014.txt",
  "vasteras-2014.txt",
  "vasteras-2012.txt",
  // Made up for tests (see test/fixtures/reports/README.md).
  "example-2020.txt",
  "example-21-shared.txt",
] as const;
const text = (file: string) => readFileSync(resolve(reports, file), "utf8");

const pdfs = new Map<string, Uint8Array>();
const results = new Map<string, PdfImportResult>();

beforeAll(async () => {
  for (const file of FILES) {
    const pdf = await reportPdf(text(file), { header: "KommunKompassen – Analys" });
    pdfs.set(file, pdf);
    results.set(file, await importReportPdf(pdf));
  }
}, 30_000);

describe("the PDF of every seed imports with the figures of its text", () => {
  for (const file of FILES)
    it(`${file}: the same figures, each with its page`, () => {
      const result = results.get(file)!;
      const fromText = importReportText(text(file));
      expect(result.pages).toBeGreaterThan(4);
      expect(figures(result.evaluation)).toEqual(figures(fromText.evaluation));
      expect(evidenceProblems(result)).toEqual([]);
      const pages = result.text!.split("\f");
      expect(pages).toHaveLength(result.pages);
      for (const e of result.evidence!) {
        expect(e.page, e.path).toBeGreaterThanOrEqual(1);
        // The page's own text has the snippet where the range says.
        const pageStart = pages.slice(0, e.page! - 1).reduce((n, p) => n + p.length + 1, 0);
        expect(pages[e.page! - 1]!.slice(e.start! - pageStart, e.end! - pageStart)).toBe(e.snippet);
      }
    });

  it("Avesta: the headings and the three lists of every area survive the columns too; footers are left out", () => {
    const fromPdf = results.get("avesta-2014.txt")!;
    const fromText = importReportText(text("avesta-2014.txt")).evaluation!;
    const lists = (e: typeof fromText) => e.areas.map((a) => [a.headings, a.strengths, a.improvements, a.weaknesses]);
    expect(lists(fromPdf.evaluation!)).toEqual(lists(fromText));
    expect(fromPdf.findings.find((f) => f.code === "pdf-furniture-ignored")?.values).toMatchObject({ pages: 20 });
    expect(fromPdf.text).not.toMatch(/Sveriges Kommuner och Landsting {2}\d/);
    const score = fromPdf.evidence!.find((e) => e.path === "/areas/2/questions/1/percent")!;
    expect(score.page).toBe(fromPdf.text!.slice(0, score.start).split("\f").length);
  });

  it("options pass through, and bytes as an ArrayBuffer or a Node Buffer (readFileSync's) work, left as they were", async () => {
    const pdf = pdfs.get("example-2020.txt")!;
    const result = await importReportPdf(pdf.slice().buffer, { code: "0999", file: "x.pdf" });
    expect(result.evaluation?.municipality.code).toBe("0999");
    expect(result.evaluation?.source?.file).toBe("x.pdf");
    // PDF.js refuses a Buffer ("Please provide binary data as Uint8Array"), and takes over what it is given.
    const buffer = Buffer.from(pdf);
    const fromBuffer = await importReportPdf(buffer);
    expect(figures(fromBuffer.evaluation)).toEqual(figures(result.evaluation));
    expect(buffer.equals(Buffer.from(pdf))).toBe(true);
    expect(looksLikePdf(pdf)).toBe(true);
    expect(looksLikePdf(new TextEncoder().encode(text("avesta-2014.txt")))).toBe(false);
  });

  it("a browser's worker (workerPort) is handed to PDF.js 5 as PDFWorker.create({ port }), which has no fromPort", async () => {
    // PDF.js 5 as the browser gets it: its legacy build (the same API), with the PDFWorker class of
    // version 5 (create, no fromPort); the worker wrapper is recorded and the document read in this thread.
    const legacy = await import("pdfjs-dist/legacy/build/pdf.mjs");
    expect("fromPort" in legacy.PDFWorker).toBe(false);
    const port = { name: "the page's worker" };
    const made: unknown[] = [];
    const handed: unknown[] = [];
    const pdfjs = {
      PDFWorker: { create: (params: { port: unknown }) => (made.push(params.port), { wraps: params.port }) },
      getDocument: (source: Record<string, unknown>) => {
        handed.push(source.worker);
        const { worker: _worker, ...rest } = source;
        return legacy.getDocument(rest);
      },
    };
    const result = await importReportPdf(pdfs.get("example-2020.txt")!, { pdfjs, workerPort: port });
    expect(made).toEqual([port]);
    expect(handed).toEqual([{ wraps: port }]);
    expect(figures(result.evaluation)).toEqual(figures(importReportText(text("example-2020.txt")).evaluation));
    // A PDF.js that cannot take the worker: a finding, never a throw.
    const refusing = {
      ...pdfjs,
      PDFWorker: {
        create: () => {
          throw new Error("no worker here");
        },
      },
    };
    const refused = await importReportPdf(pdfs.get("example-2020.txt")!, { pdfjs: refusing, workerPort: port });
    expect(refused.evaluation).toBeNull();
    expect(refused.findings.map((f) => [f.code, f.values.reason])).toEqual([["pdf-unavailable", "no worker here"]]);
  });
});

const only = (result: PdfImportResult) => result.findings.map((f) => [f.code, f.severity]);

describe("PDFs that give nothing: a clear finding, never a hang", () => {
  it("a scan (pages with pictures and no text)", async () => {
    const result = await importReportPdf(await scannedPdf(3));
    expect(result.evaluation).toBeNull();
    expect(only(result)).toEqual([["pdf-no-text", "error"]]);
    expect(result.findings[0]!.message).toMatch(/none of the PDF's 3 page\(s\) has any text/);
  });

  it("an encrypted PDF that needs a password", async () => {
    const result = await importReportPdf(await encryptedPdf());
    expect(result.evaluation).toBeNull();
    expect(only(result)).toEqual([["pdf-encrypted", "error"]]);
  });

  it("a broken PDF, a truncated one and bytes that are no PDF", async () => {
    const broken = await importReportPdf(new TextEncoder().encode("%PDF-1.7\nrubbish rubbish\n"));
    expect(only(broken)).toEqual([["pdf-broken", "error"]]);
    const whole = pdfs.get("example-2020.txt")!;
    const truncated = await importReportPdf(whole.slice(0, Math.floor(whole.length / 3)));
    expect(truncated.evaluation === null || truncated.findings.length > 0).toBe(true);
    expect(truncated.findings.some((f) => f.severity === "error")).toBe(true);
    const text = await importReportPdf(new TextEncoder().encode("hej"));
    expect(only(text)).toEqual([["pdf-broken", "error"]]);
  });

  it("a PDF that is not a Kommunkompassen report", async () => {
    const pdf = await drawnPdf(2, (page, n, font) =>
      page.drawText(`Protokoll från kommunstyrelsen, sida ${n + 1}`, { x: 50, y: 700, font }),
    );
    const result = await importReportPdf(pdf);
    expect(result.evaluation).toBeNull();
    expect(result.findings.some((f) => f.code === "no-municipality-or-year" && f.severity === "error")).toBe(true);
  });

  it("a 200-page PDF reads in bounded time; with fewer pages allowed, the rest is left out and said so", async () => {
    const avesta = text("avesta-2014.txt");
    const filler = Array.from(
      { length: 180 },
      (_, i) =>
        `Bilaga ${i + 1}\n\n${"Intervjuerna genomfördes med politiker, tjänstemän och fackliga företrädare. ".repeat(75)}`,
    ).join("\n\n");
    const pdf = await reportPdf(`${avesta}\n\n${filler}`);
    const started = Date.now();
    const result = await importReportPdf(pdf);
    const seconds = (Date.now() - started) / 1000;
    expect(result.pages).toBeGreaterThanOrEqual(200);
    expect(seconds).toBeLessThan(20);
    expect(figures(result.evaluation)).toEqual(figures(importReportText(avesta).evaluation));
    const capped = await importReportPdf(pdf, { maxPages: 25 });
    expect(capped.findings.find((f) => f.code === "pdf-pages-left-out")?.values).toMatchObject({ read: 25 });
    const late = await importReportPdf(pdf, { timeoutMs: 1 });
    expect(only(late)).toEqual([["pdf-timeout", "error"]]);
  }, 60_000);
});

describe("rebuildText: lines, columns and furniture from positions", () => {
  const item = (str: string, x: number, y: number, size = 10) => ({ str, x, y, width: str.length * size * 0.5, size });
  it("a table row, a wrapped cell, a sum row, a header and footer repeated on every page", () => {
    const page = (n: number) => ({
      width: 595,
      height: 842,
      items: [
        item("KommunKompassen – Analys", 56, 802, 8),
        item("1.1", 56, 700),
        item("Finns det en", 88, 700),
        item("10", 390, 700),
        item("15", 445, 700),
        item("65%", 500, 700),
        item("plan?", 88, 687),
        item("52", 390, 674),
        item("100", 445, 674),
        item("52%", 500, 674),
        item(`Sveriges Kommuner och Landsting ${n} (3)`, 56, 30, 8),
      ],
    });
    const rebuilt = rebuildText([page(1), page(2), page(3)]);
    expect(rebuilt.furniture).toBe(6);
    expect(rebuilt.pages[0]).toBe("1.1\tFinns det en\nplan?\t10\t15\t65%\n\t\t52\t100\t52%");
  });

  it("a footnote marker raised after a number (Chromium's print of '52¹') stays on the number's line, apart from it", () => {
    // As Chromium prints the sum row of a table: the marker is raised and smaller, and the number
    // beside it sits 2 points lower than the rest of its line; the marker sorts first.
    const rebuilt = rebuildText([
      {
        width: 595,
        height: 842,
        items: [
          item("Summa", 48, 509.13, 10.8),
          item("52", 391.71, 507.03, 10.8),
          item("1", 409.48, 511.38, 8.64),
          item("100", 428.23, 509.13, 10.8),
          item("52 %", 467.13, 509.13, 10.8),
          item("Anmärkningar", 42, 467, 10.2),
        ],
      },
    ]);
    expect(rebuilt.pages[0]).toBe("Summa\t52 ¹\t100\t52 %\n\nAnmärkningar");
    // A marker of two digits, and one that is no digit, are raised apart from the text too.
    const more = rebuildText([
      {
        width: 595,
        height: 842,
        items: [item("Totalt 404", 48, 700), item("12", 100, 704, 7), item("*", 110, 704, 7)],
      },
    ]);
    expect(more.pages[0]).toBe("Totalt 404 ¹² *");
  });

  it("three bulleted columns become one line of three tab-separated cells", () => {
    const rebuilt = rebuildText([
      {
        width: 595,
        height: 842,
        items: [
          item("Styrkor", 56, 700),
          item("Förbättringsmöjligheter", 222, 700),
          item("Svagheter", 388, 700),
          item("• Tydlig strategi", 56, 687),
          item("• Fler e-tjänster", 222, 687),
          item("• Ingen plan", 388, 687),
          item("och mål", 66, 674),
        ],
      },
    ]);
    expect(rebuilt.pages[0]).toBe(
      "Styrkor\tFörbättringsmöjligheter\tSvagheter\n• Tydlig strategi och mål\t• Fler e-tjänster\t• Ingen plan",
    );
  });
});
