/**
 * Issue 15, PDF: test PDFs from Chromium's print of the report pages `kompass render` writes
 * (`renderReportDocument`, A4, as a user prints the page). `importReportPdf` of the printed PDF
 * gives the evaluation's figures (its total, every area score, every sub-question's points, maximum
 * and published percent, the facts under the title), exactly what the text import of the same
 * page's text gives (`innerText`, as copied from the browser), every value with its evidence and
 * its page. Every real fixture in Swedish and English, a page compared with an earlier evaluation,
 * and one whose total, an area score and a table's percentages are derived (marked "beräknat" and
 * left out).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Evaluation } from "@kommunkompassen/core";
import { importReportText } from "@kommunkompassen/import";
import { renderReportDocument, type RenderReportDocumentOptions } from "@kommunkompassen/react/server";
import { importReportPdf, type PdfImportResult } from "../../packages/import/src/pdf";
import { evidenceProblems, valuesOf } from "../../packages/import/test/evidence-check";
import { derivedAvesta, pageFigures, questionTexts, REAL_FIXTURES } from "../../packages/import/test/page-figures";
import { figures } from "../../packages/import/test/transform";
import { launchBrowser } from "../support/browser";
import { loadFixture } from "../support/fixtures";

interface Case {
  name: string;
  evaluation: Evaluation;
  options: RenderReportDocumentOptions;
}

const CASES: Case[] = [
  ...REAL_FIXTURES.map((name) => ({ name: `${name} (sv)`, evaluation: loadFixture(name), options: {} })),
  ...REAL_FIXTURES.map((name) => ({
    name: `${name} (en)`,
    evaluation: loadFixture(name),
    options: { lang: "en" as const },
  })),
  {
    name: "vasteras-2014 compared with 2012",
    evaluation: loadFixture("vasteras-2014"),
    options: { previous: loadFixture("vasteras-2012") },
  },
  { name: "avesta-2014 with a derived total, score and percentages", evaluation: derivedAvesta(), options: {} },
];

interface Printed {
  pdf: PdfImportResult;
  text: ReturnType<typeof importReportText>;
}

let browser: Browser;
const printed = new Map<string, Printed>();

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext();
  for (const c of CASES) {
    const page = await context.newPage();
    await page.setContent(renderReportDocument(c.evaluation, c.options));
    const pdf = await page.pdf({ format: "A4" });
    const text = await page.innerText("body");
    await page.close();
    printed.set(c.name, { pdf: await importReportPdf(new Uint8Array(pdf)), text: importReportText(text) });
  }
  await context.close();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe("a report page printed by Chromium imports with the evaluation's figures", () => {
  for (const c of CASES)
    it(`${c.name}: the PDF and the page's text give the same figures, each with its evidence`, () => {
      const { pdf, text } = printed.get(c.name)!;
      expect(pdf.pages).toBeGreaterThanOrEqual(2);
      expect(pdf.findings.filter((f) => f.severity === "error")).toEqual([]);
      // The PDF and the text give exactly the same evaluation's figures (maxima included, as read).
      expect(figures(pdf.evaluation)).toEqual(figures(text.evaluation));
      expect(questionTexts(pdf.evaluation)).toEqual(questionTexts(text.evaluation));
      // The evaluation's figures; derived ones are marked on the page and left out.
      expect(pageFigures(pdf.evaluation)).toEqual(pageFigures(c.evaluation));
      expect(pdf.findings.find((f) => f.code === "report-page")?.values.lang).toBe(c.options.lang ?? "sv");
      for (const result of [pdf, text]) {
        expect(evidenceProblems(result)).toEqual([]);
        expect(result.evidence).toHaveLength(valuesOf(result.evaluation!).length);
      }
      // Every value of the PDF's has its page, and the page's own text has the snippet there.
      const pages = pdf.text!.split("\f");
      for (const e of pdf.evidence!) {
        const start = pages.slice(0, e.page! - 1).reduce((n, p) => n + p.length + 1, 0);
        expect(pages[e.page! - 1]!.slice(e.start! - start, e.end! - start), e.path).toBe(e.snippet);
      }
    });

  it("derived values are left out and said so; the question texts wrapped over lines are the published ones", () => {
    const derived = printed.get(CASES[CASES.length - 1]!.name)!.pdf;
    expect(derived.findings.filter((f) => f.code === "page-value-derived").map((f) => f.values.part)).toEqual([
      "total",
      "score",
      ...Array<string>(6).fill("percent"),
    ]);
    const avesta = printed.get("avesta-2014 (sv)")!.pdf;
    expect(questionTexts(avesta.evaluation)).toEqual(questionTexts(loadFixture("avesta-2014")));
  });

  it("a footnote marker raised after a number stays on its line, apart from the number (area 6's sum, 52 with note 1)", () => {
    const avesta = printed.get("avesta-2014 (sv)")!.pdf;
    expect(avesta.text).toMatch(/\nSumma\t52 ¹\t100\t52 % \(beräknat\)\n/);
    expect(avesta.text).not.toMatch(/Summa\t1\t/);
  });
});
