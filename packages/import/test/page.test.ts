/**
 * Issue 15: the report pages Kommunkompassen UI writes (`renderReportDocument`, `kompass render`)
 * import with the figures of the evaluation they were rendered from: read by the labels the page
 * prints (the core's component texts, Swedish or English), whatever the line breaks. Derived values
 * ("beräknat") and unknown ones ("uppgift saknas") are left out and said so, at their pointers.
 * Here on the HTML the page is (every fixture, both languages); test/browser/printed-pdf.browser.test.ts
 * prints it with Chromium and imports the PDF and the page's text.
 */
import { describe, expect, it } from "vitest";
import { renderReportDocument } from "@kommunkompassen/react/server";
import { importReportText, wordFinding, type ImportResult } from "../src";
import { readFileSync } from "node:fs";
import { loadFixture, repoRoot } from "../../../test/support/fixtures";
import { publishedEvaluations } from "../../../stories/src/published";
import { evidenceProblems, valuesOf } from "./evidence-check";
import { derivedAvesta, pageFigures, REAL_FIXTURES } from "./page-figures";

const codes = (result: ImportResult) => result.findings.map((f) => [f.code, f.path]);

describe("a report page imports with the figures of its evaluation", () => {
  for (const lang of ["sv", "en"] as const)
    for (const name of REAL_FIXTURES)
      it(`${name} (${lang})`, () => {
        const fixture = loadFixture(name);
        const result = importReportText(renderReportDocument(fixture, { lang }));
        expect(pageFigures(result.evaluation)).toEqual(pageFigures(fixture));
        expect(result.findings[0]).toMatchObject({ code: "report-page", values: { lang } });
        expect(evidenceProblems(result)).toEqual([]);
        expect(result.evidence).toHaveLength(valuesOf(result.evaluation!).length);
      });

  it("the one table of area scores of an evaluation that published nothing else (Örebro 2012): every score and maximum", () => {
    const csv = readFileSync(`${repoRoot}test/fixtures/data/published-results.csv`, "utf8");
    const orebro = publishedEvaluations(csv).find((e) => e.municipality.code === "1880" && e.year === 2012)!;
    for (const lang of ["sv", "en"] as const) {
      const html = renderReportDocument(orebro, { lang });
      expect(html).toContain('class="kk-report__section kk-report__scores"');
      const result = importReportText(html);
      expect(pageFigures(result.evaluation)).toEqual(pageFigures(orebro));
      expect(result.evaluation!.areas.map((a) => [a.id, a.score, a.max])).toEqual(
        orebro.areas.map((a) => [a.id, a.score, 100]),
      );
      expect(evidenceProblems(result)).toEqual([]);
      expect(result.evidence).toHaveLength(valuesOf(result.evaluation!).length);
    }
  });

  it("line breaks do not count: every white space a line break, a tab, or none but spaces", () => {
    const avesta = loadFixture("avesta-2014");
    const html = renderReportDocument(avesta);
    for (const variant of [html.replace(/\s+/g, "\n"), html.replace(/ /g, "\t"), html.replace(/\n/g, " ")]) {
      const result = importReportText(variant);
      expect(pageFigures(result.evaluation)).toEqual(pageFigures(avesta));
      expect(evidenceProblems(result)).toEqual([]);
    }
  });

  it("a page compared with an earlier evaluation reads the same (the change after each score is not a value)", () => {
    const vasteras = loadFixture("vasteras-2014");
    const result = importReportText(renderReportDocument(vasteras, { previous: loadFixture("vasteras-2012") }));
    expect(pageFigures(result.evaluation)).toEqual(pageFigures(vasteras));
    expect(codes(result)).toEqual([
      ["report-page", ""],
      ["page-value-missing", "/total"],
      ["page-value-missing", "/areas"],
    ]);
  });

  it("a table header repeated on a new page and a footnote marker as a PDF prints it (¹) are no values", () => {
    const avesta = loadFixture("avesta-2014");
    const html = renderReportDocument(avesta);
    // The HTML has the note's hidden word ("Anmärkning 1", as a browser copies it); a PDF has "¹".
    expect(html).toMatch(/<sup[^>]*>.*?Anmärkning.*?<\/sup>/s);
    const text = html
      .replace(
        '<td role="cell" class="kk-num">15</td>',
        '<td role="cell" class="kk-num">15</td> Nr Delfråga Uppnått Max Procent ',
      )
      .replace(/<sup[^>]*>.*?<\/sup>/s, " ¹ ");
    expect(text).toContain("15</td> Nr Delfråga");
    const result = importReportText(text);
    expect(pageFigures(result.evaluation)).toEqual(pageFigures(avesta));
    expect(evidenceProblems(result)).toEqual([]);
  });
});

describe("what the page does not publish is not imported", () => {
  it("a total, an area score and percentages the page marks derived are left out, each said at its pointer", () => {
    const evaluation = derivedAvesta();
    const html = renderReportDocument(evaluation);
    expect(html).toMatch(/404 av 800 poäng <span class="kk-derived">\(beräknat\)<\/span>/);
    const result = importReportText(html);
    expect(pageFigures(result.evaluation)).toEqual(pageFigures(evaluation));
    expect(result.findings.filter((f) => f.code === "page-value-derived").map((f) => [f.path, f.values.value])).toEqual(
      [
        ["/total", 404],
        ["/areas/0/score", 52],
        ...[33, 48, 40, 40, 47, 33].map((value, j) => [`/areas/1/questions/${j}/percent`, value]),
      ],
    );
    for (const finding of result.findings) {
      const [sv, en] = [wordFinding(finding, "sv"), wordFinding(finding, "en")];
      expect(sv).not.toBe(en);
      expect(`${sv} ${en}`).not.toMatch(/undefined|null|\[object/);
    }
    expect(wordFinding(result.findings[1]!, "sv")).toBe(
      "totalpoängen (404) är markerad som beräknad på sidan: räknad ur andra siffror, inte publicerad; utelämnad",
    );
  });

  it("an unknown value (uppgift saknas) is left out and said so; a page with no total and no score gives nothing", () => {
    const avesta = loadFixture("avesta-2014");
    delete avesta.areas[2]!.questions![1]!.achieved;
    const result = importReportText(renderReportDocument(avesta));
    expect(result.evaluation!.areas[2]!.questions![1]).toEqual({
      id: "3.2",
      text: avesta.areas[2]!.questions![1]!.text,
      max: 25,
      percent: 48,
    });
    expect(result.findings.find((f) => f.code === "page-value-missing")?.path).toBe("/areas/2/questions/1/achieved");
    const tomelilla = loadFixture("tomelilla-2020");
    delete tomelilla.total;
    const nothing = importReportText(renderReportDocument(tomelilla));
    expect(nothing.evaluation).toBeNull();
    expect(nothing.findings.find((f) => f.severity === "error")?.code).toBe("page-no-figures");
  });
});

describe("the page's model, and options", () => {
  it("a model with no definition is read by its id; a label that names no model gives 'not stated' and says so", () => {
    const custom = { ...loadFixture("strangnas-2016"), framework: "x-modell" };
    const read = importReportText(renderReportDocument(custom));
    expect(read.evaluation?.framework).toBe("x-modell");
    const html = renderReportDocument(loadFixture("avesta-2014")).replace(
      "<dd>Kommunkompassen 2.0</dd>",
      "<dd>Kommunkompassen 9</dd>",
    );
    const unknown = importReportText(html);
    expect(unknown.evaluation?.framework).toBe("kommunkompassen");
    expect(unknown.findings.find((f) => f.code === "page-value-unreadable")).toMatchObject({
      path: "/framework",
      values: { text: "Kommunkompassen 9" },
    });
  });

  it("options replace what the page says, and say so; the code's evidence is then the option", () => {
    const avesta = loadFixture("avesta-2014");
    const result = importReportText(renderReportDocument(avesta), {
      code: "2085",
      municipality: "Avesta",
      year: 2015,
      framework: "kommunkompassen-2.1",
    });
    expect(result.evaluation).toMatchObject({
      municipality: { name: "Avesta", code: "2085" },
      year: 2015,
      framework: "kommunkompassen-2.1",
    });
    expect(result.findings.filter((f) => f.code === "option-overrides").map((f) => f.path)).toEqual([
      "/municipality/name",
      "/year",
      "/municipality/code",
    ]);
    expect(evidenceProblems(result, ["municipality", "year", "code"])).toEqual([]);
    const plain = importReportText(renderReportDocument(avesta));
    expect(plain.evidence!.find((e) => e.path === "/municipality/code")).toMatchObject({ snippet: "2084" });
    expect(plain.evidence!.find((e) => e.path === "/date")).toMatchObject({ snippet: "2014-12" });
  });
});
