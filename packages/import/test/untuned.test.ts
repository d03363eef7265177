/**
 * Issue 15, "reports nobody tuned it to": texts laid out in ways the importer was not built from.
 * First the issue's failing case: a Kommunkompassen 2.1 report copied from a document-sharing site
 * (test/fixtures/reports/example-21-shared.txt, MADE UP FOR TESTS, said at its top), with other
 * reports' titles in a related list before "Transkript:", its title "KommunKompassen ANALYS AV
 * <NAMN> KOMMUN <MÅNAD> 2016", area 2 printed "Tillgänglighet, bemötande och brukarorientering" and
 * "Rubriker Poäng" before the headings with the score after them. Every figure in it must import.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { validateEvaluation, type Evaluation } from "@kommunkompassen/core";
import { importReportText, type ImportResult } from "../src";
import { repoRoot } from "../../../test/support/fixtures";
import { evidenceProblems } from "./evidence-check";

const reports = resolve(repoRoot, "test/fixtures/reports");
const seed = (file: string) => readFileSync(resolve(reports, file), "utf8");
// Made up for tests (see test/fixtures/reports/README.md).
const SHARED_21 = seed("example-21-shared.txt");

function imported(result: ImportResult): Evaluation {
  if (!result.evaluation) throw new Error(result.findings.map((f) => `${f.kind}: ${f.path}: ${f.message}`).join("\n"));
  expect(validateEvaluation(result.evaluation).errors).toEqual([]);
  return result.evaluation;
}

/** The figures example-21-shared.txt prints: area → [score, [achieved, max, percent] per question]. */
const FIGURES_21: Record<number, [number, [number, number, number][]]> = {
  1: [
    61,
    [
      [9, 15, 60],
      [12, 20, 60],
      [16, 25, 64],
      [18, 30, 60],
      [6, 10, 60],
    ],
  ],
  2: [
    58,
    [
      [8, 15, 53],
      [15, 25, 60],
      [12, 20, 60],
      [11, 20, 55],
      [12, 20, 60],
    ],
  ],
  3: [
    66,
    [
      [11, 15, 73],
      [16, 25, 64],
      [17, 25, 68],
      [12, 20, 60],
      [10, 15, 67],
    ],
  ],
  4: [
    52,
    [
      [8, 15, 53],
      [6, 10, 60],
      [9, 20, 45],
      [8, 15, 53],
      [11, 20, 55],
      [10, 20, 50],
    ],
  ],
  5: [
    49,
    [
      [7, 15, 47],
      [10, 20, 50],
      [9, 20, 45],
      [8, 15, 53],
      [10, 20, 50],
      [5, 10, 50],
    ],
  ],
  6: [
    55,
    [
      [9, 15, 60],
      [11, 20, 55],
      [13, 25, 52],
      [8, 15, 53],
      [9, 15, 60],
      [5, 10, 50],
    ],
  ],
  7: [
    47,
    [
      [9, 20, 45],
      [10, 20, 50],
      [9, 20, 45],
      [10, 20, 50],
      [9, 20, 45],
    ],
  ],
  8: [
    64,
    [
      [10, 15, 67],
      [13, 20, 65],
      [12, 20, 60],
      [10, 15, 67],
      [6, 10, 60],
      [13, 20, 65],
    ],
  ],
};

describe("the issue's failing case: a 2.1 report on a document-sharing page", () => {
  const result = importReportText(SHARED_21);

  it("imports every figure: the municipality, year, date, evaluators, total, 8 scores, all 45 rows", () => {
    const evaluation = imported(result);
    expect(evaluation).toMatchObject({
      framework: "kommunkompassen-2.1",
      municipality: { name: "Exempelstad kommun" },
      year: 2016,
      date: "2016-09",
      evaluators: ["Anna Lindqvist", "Per Holmgren"],
      total: 452,
    });
    expect(evaluation.areas.map((a) => a.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const area of evaluation.areas) {
      const [score, rows] = FIGURES_21[area.id]!;
      expect([area.id, area.score, area.max]).toEqual([area.id, score, 100]);
      expect(area.questions!.map((q) => [q.achieved, q.max, q.percent])).toEqual(rows);
    }
    expect(evaluation.areas[1]!.title).toBe("Tillgänglighet, bemötande och brukarorientering");
  });

  it("takes nothing from the site's page: not Täby's name, not another report's scores", () => {
    const evaluation = imported(result);
    expect(evaluation.municipality.name).not.toMatch(/Täby|Örebro|Lidköping|Norrtälje|Gävle/);
    expect(result.findings.some((f) => f.code === "site-header-ignored")).toBe(true);
    expect(result.findings.some((f) => f.code === "site-list-after-transcript")).toBe(true);
    expect(result.findings.some((f) => f.code === "other-report-ignored")).toBe(false);
  });

  it("the model is 2.1 from the evidence, area 2's printed name counted as a 2.1 name", () => {
    const decision = result.findings.find((f) => f.code === "framework-inferred")!;
    expect(decision.values).toMatchObject({ framework: "kommunkompassen-2.1", basis: "evidence", max23: 20 });
    expect(String(decision.values.namedAreas)).toBe("2, 7, 8");
  });

  it("every value has its evidence in the site's text", () => {
    expect(evidenceProblems(result)).toEqual([]);
    const score2 = result.evidence!.find((e) => e.path === "/areas/1/score")!;
    expect(SHARED_21.slice(score2.start! - 60, score2.end)).toMatch(/och synpunktshantering 58$/);
  });
});

/** The scores and every sub-question number of an import, for comparing two imports of one report. */
const numbers = (evaluation: Evaluation) =>
  evaluation.areas.map((a) => [a.id, a.score, (a.questions ?? []).map((q) => [q.id, q.achieved, q.max, q.percent])]);

describe("the same report, printed and copied in other ways", () => {
  const want = numbers(imported(importReportText(SHARED_21)));

  it("as HTML: every page a <p>, entities, <br> inside lines", () => {
    const html = `<!DOCTYPE html><html><head><title>Dokument</title></head><body>${SHARED_21.split("\n")
      .map(
        (line) =>
          `<p class="page">${line.replace(/ och /g, " &amp;nbsp;och&nbsp;").replace(/ Allmänt /g, "<br>Allmänt ")}</p>`,
      )
      .join("\n")}</body></html>`;
    const result = importReportText(html);
    expect(numbers(imported(result))).toEqual(want);
    expect(result.evaluation!.municipality.name).toBe("Exempelstad kommun");
    expect(evidenceProblems(result)).toEqual([]);
  });

  it("words hyphenated at line ends, in area names and question texts", () => {
    const text = SHARED_21.replace("Område 4 Ledarskap, ansvar", "Område 4 Ledar-\nskap, ansvar").replace(
      "Hur främjas medborgardialog",
      "Hur främjas medborgar-\ndialog",
    );
    const evaluation = imported(importReportText(text));
    expect(numbers(evaluation)).toEqual(want);
    expect(evaluation.areas[3]!.title).toBe("Ledarskap, ansvar och delegation");
    // A question text keeps the hyphen (it may be the word's own: "IT-\nstöd"); a known area name does not.
    expect(evaluation.areas[0]!.questions![3]!.text).toBe("Hur främjas medborgar-dialog och deltagande?");
  });

  it('decimal commas in a score and in the table, "%" with a space or none', () => {
    const text = SHARED_21.replace("av korruption 61 Allmänt", "av korruption 61,5 Allmänt")
      .replace(/ (\d{1,3})% /g, " $1 % ")
      .replace(
        "1.1 Finns det en övergripande strategi för information och demokratiutveckling? 9 15 60 %",
        "1.1 Finns det en övergripande strategi för information och demokratiutveckling? 9,5 15 63,3%",
      );
    const result = importReportText(text);
    const evaluation = imported(result);
    expect(evaluation.areas[0]!.score).toBe(61.5);
    expect(evaluation.areas[0]!.questions![0]).toMatchObject({ achieved: 9.5, max: 15, percent: 63.3 });
    expect(evaluation.areas[1]!.questions![0]).toMatchObject({ achieved: 8, max: 15, percent: 53 });
    expect(result.evidence!.find((e) => e.path === "/areas/0/score")!.snippet).toBe("61,5");
    expect(result.evidence!.find((e) => e.path === "/areas/1/questions/0/percent")!.snippet).toBe("53 %");
    expect(evidenceProblems(result)).toEqual([]);
  });

  it('headings before "Poäng" as well as after it', () => {
    const text = SHARED_21.replace(/Rubriker Poäng (.+?) (\d{1,3}) Allmänt/g, "Rubriker $1 Poäng $2 Allmänt");
    expect(text).not.toBe(SHARED_21);
    expect(numbers(imported(importReportText(text)))).toEqual(want);
  });

  it('search results around it, with no "Transkript" line: the report is the title its text names most', () => {
    const page = SHARED_21.slice(SHARED_21.indexOf("Transkript:\n") + "Transkript:\n".length);
    const results = [
      'Sökresultat för "kommunkompassen 2016" – 4 träffar',
      "KommunKompassen ANALYS AV TÄBY KOMMUN 2014 Sveriges Kommuner och Landsting Område 1 Offentlighet och demokrati Poäng 72",
      "KommunKompassen ANALYS AV ÖREBRO KOMMUN NOVEMBER 2016 Totalt 455 poäng",
      page,
      "KommunKompassen ANALYS AV GÄVLE KOMMUN 2012 Totalpoängen blev 498",
    ].join("\n");
    const result = importReportText(results);
    const evaluation = imported(result);
    expect(evaluation.municipality.name).toBe("Exempelstad kommun");
    expect(numbers(evaluation)).toEqual(want);
    expect(evaluation.total).toBe(452);
    expect(result.findings.find((f) => f.code === "site-list-before-report")?.values.first).toMatch(/TÄBY KOMMUN 2014/);
  });

  it("the title in either word order, with the month before or after the name", () => {
    for (const title of [
      "KommunKompassen SEPTEMBER 2016 ANALYS AV EXEMPELSTAD KOMMUN",
      "KommunKompassen 2016 – ANALYS AV EXEMPELSTAD KOMMUN SEPTEMBER",
      "ANALYS AV EXEMPELSTAD KOMMUN – KommunKompassen SEPTEMBER 2016",
      "Analys av Exempelstad kommun KommunKompassen 2016",
    ]) {
      const text = SHARED_21.replaceAll("KommunKompassen ANALYS AV EXEMPELSTAD KOMMUN SEPTEMBER 2016", title);
      const result = importReportText(text);
      const evaluation = imported(result);
      expect([title, evaluation.municipality.name, evaluation.year]).toEqual([title, "Exempelstad kommun", 2016]);
      expect(evaluation.evaluators).toEqual(["Anna Lindqvist", "Per Holmgren"]);
      expect(numbers(evaluation)).toEqual(want);
      expect(evidenceProblems(result)).toEqual([]);
    }
  });
});
