/**
 * Issue 15, "no wrong number, ever": every value an import writes carries its evidence (the range
 * in the source text, the snippet as printed, the line around it, the page where the text has pages;
 * for a CSV or a results table the row and column of the cell), and the range really prints that
 * number as written (a decimal comma, a "%" with or without a space, a quoted cell). Where heading and table disagree, both
 * ranges are in the finding and the heading's score is kept (docs/import.md).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Evaluation } from "@kommunkompassen/core";
import { importCsv, importReportText, importResultsTable } from "../src";
import { loadFixture, repoRoot } from "../../../test/support/fixtures";
import { collectionEvidenceProblems, evidenceProblems, valuesOf } from "./evidence-check";

const reports = resolve(repoRoot, "test/fixtures/reports");
const seed = (file: string) => readFileSync(resolve(reports, file), "utf8");
const SEEDS = {
  "avesta-2014.txt": seed("avesta-2014.txt"),
  "vasteras-2014.txt": seed("vasteras-2014.txt"),
  "vasteras-2012.txt": seed("vasteras-2012.txt"),
  // Made up for tests (see test/fixtures/reports/README.md).
  "example-2020.txt": seed("example-2020.txt"),
} as const;
const AVESTA = SEEDS["avesta-2014.txt"];

describe("evidence for every value", () => {
  for (const [file, text] of Object.entries(SEEDS)) {
    it(`${file}: every value has one evidence entry whose range prints it`, () => {
      const result = importReportText(text);
      expect(evidenceProblems(result)).toEqual([]);
      expect(result.text).toBe(text);
      expect(result.evidence!.length).toBe(valuesOf(result.evaluation!).length);
    });
  }

  it("Avesta: 8 scores, 8 maxima and 45 × 3 sub-question numbers, each at its place in the table", () => {
    const result = importReportText(AVESTA);
    const evidence = result.evidence!;
    expect(evidence.filter((e) => /^\/areas\/\d+\/questions\//.test(e.path))).toHaveLength(135);
    const q11 = evidence.filter((e) => e.path.startsWith("/areas/0/questions/0/"));
    expect(q11.map((e) => [e.path.split("/").pop(), e.snippet])).toEqual([
      ["achieved", "10"],
      ["max", "15"],
      ["percent", "65%"],
    ]);
    // The three numbers are on the row of question 1.1, in that order.
    const line = AVESTA.slice(AVESTA.lastIndexOf("\n", q11[0]!.start!) + 1, AVESTA.indexOf("\n", q11[2]!.end!));
    expect(line).toMatch(/^1\.1\t.*\t10\t15\t65%$/);
    expect(q11[0]!.context).toMatch(/information\? 10 15 65%$/);
    // Area 1's score from its heading block, not from the table (the published rule), and its max from the sum row.
    const score = evidence.find((e) => e.path === "/areas/0/score")!;
    expect(AVESTA.slice(0, score.start).lastIndexOf("Område 1 Offentlighet")).toBeGreaterThan(
      AVESTA.slice(0, score.start).lastIndexOf("Rubriker") - 80,
    );
    expect(score.start!).toBeLessThan(AVESTA.indexOf("4. Översikt av poängfördelning\n"));
    expect(evidence.find((e) => e.path === "/areas/0/max")!.start!).toBeGreaterThan(
      AVESTA.indexOf("4. Översikt av poängfördelning\n"),
    );
    expect(evidence.find((e) => e.path === "/municipality/name")).toMatchObject({ snippet: "Avesta kommun" });
    expect(evidence.find((e) => e.path === "/date")).toMatchObject({ snippet: "december år 2014" });
    expect(evidence.some((e) => e.page !== undefined)).toBe(false);
  });

  it("values given as options say so; the rest keep their ranges", () => {
    const options = { municipality: "Avesta", year: 2015, code: "2084" };
    const result = importReportText(AVESTA, options);
    expect(evidenceProblems(result, ["municipality", "year", "code"])).toEqual([]);
    expect(result.evidence!.filter((e) => e.option).map((e) => [e.path, e.option])).toEqual([
      ["/municipality/name", "municipality"],
      ["/municipality/code", "code"],
      ["/year", "year"],
    ]);
  });

  it("offsets are in the text as decoded: CRLF, a BOM, Windows-1252 bytes, HTML entities, ligatures, NFD", () => {
    const variants = [
      AVESTA.replace(/\n/g, "\r\n"),
      `\ufeff${AVESTA}`,
      AVESTA.replace(/Uppnått/g, "Uppn&aring;tt").replace(/ och /g, " &amp;nbsp;och&nbsp;"),
      AVESTA.replace(/fi/g, "\ufb01").normalize("NFD"),
      AVESTA.replace(/\t(\d+)%/g, "\t$1 %").replace(/\t10\t15\t65 %/, "\t9,75\t15\t65 %"),
    ];
    for (const variant of variants) {
      const result = importReportText(variant);
      expect(evidenceProblems(result)).toEqual([]);
    }
    const bytes = Uint8Array.from([...AVESTA].map((c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
    const latin = importReportText(bytes);
    expect(latin.findings.some((f) => f.code === "encoding-windows-1252")).toBe(true);
    expect(evidenceProblems(latin)).toEqual([]);
    const decimal = importReportText(variants[4]!);
    expect(decimal.evaluation!.areas[0]!.questions![0]!.achieved).toBe(9.75);
    expect(decimal.evidence!.find((e) => e.path === "/areas/0/questions/0/achieved")!.snippet).toBe("9,75");
    expect(decimal.evidence!.find((e) => e.path === "/areas/0/questions/0/percent")!.snippet).toBe("65 %");
  });

  it("a text with form feeds between its pages gives each value its page", () => {
    const pages = SEEDS["vasteras-2014.txt"].split("\n").join("\f");
    const result = importReportText(pages);
    expect(evidenceProblems(result)).toEqual([]);
    const score1 = result.evidence!.find((e) => e.path === "/areas/0/score")!;
    const page = pages.slice(0, score1.start).split("\f").length;
    expect(score1.page).toBe(page);
    expect(pages.split("\f")[page - 1]).toContain("Område 1 Offentlighet och demokrati Rubriker");
  });

  it("a stated total has its evidence", () => {
    const text = AVESTA.replace(
      "Nedan visas Avestas totaltpoäng",
      "Totalpoängen blev 404. Nedan visas Avestas totaltpoäng",
    );
    const result = importReportText(text);
    expect(result.evaluation!.total).toBe(404);
    expect(evidenceProblems(result)).toEqual([]);
    expect(result.evidence!.find((e) => e.path === "/total")!.context).toContain("Totalpoängen blev 404");
  });
});

describe("two places that disagree: both are reported, the published rule applied", () => {
  it("heading 57, table 56: the heading's score is kept, the finding has both ranges", () => {
    const text = AVESTA.replace("Samspel och dialog \t56", "Samspel och dialog \t57");
    expect(text).not.toBe(AVESTA);
    const result = importReportText(text);
    expect(result.evaluation!.areas[2]!.score).toBe(57);
    const conflict = result.findings.find((f) => f.code === "area-score-conflict")!;
    expect(conflict.path).toBe("/areas/2/score");
    const { headingStart, headingEnd, tableStart, tableEnd } = conflict.values as Record<string, number>;
    expect(text.slice(headingStart, headingEnd)).toBe("57");
    expect(text.slice(tableStart, tableEnd)).toBe("56");
    expect(tableStart).toBeGreaterThan(text.indexOf("4. Översikt av poängfördelning\n"));
    expect(result.evidence!.find((e) => e.path === "/areas/2/score")).toMatchObject({ start: headingStart });
    expect(evidenceProblems(result)).toEqual([]);
  });

  it("two totals stated: none is written, and the finding lists both ranges", () => {
    const text = `${AVESTA}\nTotalt 404 poäng. Totalt 410 poäng.`;
    const result = importReportText(text);
    expect(result.evaluation!.total).toBeUndefined();
    const conflict = result.findings.find((f) => f.code === "totals-conflict")!;
    expect(conflict.values.totals).toBe("404, 410");
    const ranges = String(conflict.values.ranges)
      .split(", ")
      .map((r) => r.split("–").map(Number) as [number, number]);
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(["404", "410"]);
  });
});

/** Avesta's 45 sub-questions as a CSV in one dialect: its separator, decimal mark, header names, percent and line ending. */
function avestaCsv(dialect: { separator: string; decimal: "," | "."; header: string; percent: string; eol: string }) {
  const { separator, decimal, header, percent, eol } = dialect;
  const cell = (text: string) =>
    text.includes(separator) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
  const number = (value: number) => {
    const printed = String(value).replace(".", decimal);
    return printed.includes(separator) ? `"${printed}"` : printed;
  };
  const rows = AVESTA_FIXTURE.areas.flatMap((area) =>
    area.questions!.map((q) =>
      [area.id, q.id, cell(q.text!), number(q.achieved!), number(q.max!), `${q.percent}${percent}`].join(separator),
    ),
  );
  return [header.split(";").join(separator), ...rows].join(eol) + eol;
}

/** Avesta's fixture with question 1.1's points given as 9.75 (a decimal in every dialect). */
const AVESTA_FIXTURE = (() => {
  const avesta = loadFixture("avesta-2014");
  avesta.areas[0]!.questions![0]!.achieved = 9.75;
  return avesta;
})();
const META =
  "# municipality: Avesta kommun\n# year: 2014\n# framework: kommunkompassen-2.0\n# code: 2084\n# date: 2014-12\n";
const questionFigures = (e: Evaluation | null) =>
  (e?.areas ?? []).flatMap((a) => (a.questions ?? []).map((q) => [q.id, q.achieved, q.max, q.percent]));

describe("evidence for every value of a CSV import: the cell's range, row and column", () => {
  it("docs/csv-template.csv: the # lines' values and every cell, each at its row and column", () => {
    const result = importCsv(readFileSync(resolve(repoRoot, "docs/csv-template.csv")));
    expect(evidenceProblems(result)).toEqual([]);
    expect(result.evidence!.length).toBe(valuesOf(result.evaluation!).length);
    expect(result.evidence!.find((e) => e.path === "/municipality/code")).toMatchObject({
      snippet: "2084",
      context: "# code: 2084",
    });
    expect(result.evidence!.find((e) => e.path === "/areas/0/questions/0/percent")).toMatchObject({
      snippet: "65%",
      row: 2,
      column: "percent",
    });
  });

  const dialects = {
    "semicolons, decimal commas, Swedish headers, '65 %', CRLF": {
      separator: ";",
      decimal: ",",
      header: "Område;Delfråga;Text;Uppnått;Max;Procent",
      percent: " %",
      eol: "\r\n",
    },
    "commas, decimal points, quoted texts": {
      separator: ",",
      decimal: ".",
      header: "area;question;text;achieved;max;percent",
      percent: "%",
      eol: "\n",
    },
    "commas with decimal commas quoted ('\"9,75\"')": {
      separator: ",",
      decimal: ",",
      header: "area;question;text;achieved;max;percent",
      percent: "%",
      eol: "\n",
    },
    tabs: { separator: "\t", decimal: ",", header: "area;id;text;points;max;%", percent: "%", eol: "\n" },
  } as const;
  for (const [name, dialect] of Object.entries(dialects))
    it(`all 45 of Avesta's rows: ${name}`, () => {
      const csv = avestaCsv(dialect);
      const result = importCsv(`${META}${csv}`);
      expect(questionFigures(result.evaluation)).toEqual(questionFigures(AVESTA_FIXTURE));
      expect(evidenceProblems(result)).toEqual([]);
      // 45 × 3 numbers, and the name, year, code and date of the # lines (the framework is no value).
      expect(result.evidence).toHaveLength(139);
      const first = result.evidence!.find((e) => e.path === "/areas/0/questions/0/achieved")!;
      expect(first).toMatchObject({ snippet: `9${dialect.decimal}75`, row: 2 });
    });

  it("bytes: a byte order mark, Windows-1252, UTF-16; options given instead of # lines", () => {
    const csv = `${META}${avestaCsv(dialects["semicolons, decimal commas, Swedish headers, '65 %', CRLF"])}`;
    const latin = Uint8Array.from([...csv].map((c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
    const inputs = [
      new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(csv, "utf8")]),
      latin,
      new Uint8Array([0xff, 0xfe, ...Buffer.from(csv, "utf16le")]),
    ];
    for (const input of inputs) {
      const result = importCsv(input);
      expect(questionFigures(result.evaluation)).toEqual(questionFigures(AVESTA_FIXTURE));
      expect(evidenceProblems(result)).toEqual([]);
    }
    const options = { municipality: "Avesta", year: 2014, code: "2084", framework: "kommunkompassen-2.0" };
    const given = importCsv(avestaCsv(dialects.tabs), options);
    expect(evidenceProblems(given, ["municipality", "year", "code"])).toEqual([]);
    expect(given.evidence!.filter((e) => e.option).map((e) => e.path)).toEqual([
      "/municipality/name",
      "/municipality/code",
      "/year",
    ]);
  });
});

describe("evidence for every value of a results table: each row's cells", () => {
  const table = readFileSync(resolve(repoRoot, "test/fixtures/data/published-results.csv"));

  it("test/fixtures/data/published-results.csv: every name, code, year, total and area score of its 19 evaluations", () => {
    const result = importResultsTable(table, { file: "published-results.csv" });
    const evaluations = result.collection!.evaluations;
    expect(evaluations).toHaveLength(19);
    expect(collectionEvidenceProblems(result)).toEqual([]);
    expect(result.evidence.length).toBe(evaluations.reduce((n, e) => n + valuesOf(e).length, 0));
    const strangnas = evaluations.findIndex((e) => e.municipality.name === "Strängnäs kommun" && e.year === 2014);
    expect(result.evidence.find((e) => e.path === `/evaluations/${strangnas}/total`)).toMatchObject({
      snippet: "437",
      row: 5,
      column: "total",
    });
    expect(result.evidence.find((e) => e.path === `/evaluations/${strangnas}/areas/0/score`)).toMatchObject({
      row: 5,
      column: "area_1",
    });
  });

  it("a code without its leading zero, a code looked up by name, decimal commas, quotes and CRLF", () => {
    const text = [
      "kommun;kod;år;modell;totalt;område_1;källa",
      'Vallentuna kommun;115;2017;;"555,5";;https://example.org/a',
      "Avesta kommun;;2014;Kommunkompassen 2.0;404;52;https://example.org/b",
    ].join("\r\n");
    const result = importResultsTable(text);
    expect(result.collection!.evaluations.map((e) => e.municipality.code)).toEqual(["0115", "2084"]);
    expect(collectionEvidenceProblems(result)).toEqual([]);
    const codes = result.evidence.filter((e) => e.path.endsWith("/municipality/code"));
    expect(codes.map((e) => [e.snippet, e.column, e.lookup])).toEqual([
      ["115", "kod", undefined],
      ["Avesta kommun", "kommun", "registry"],
    ]);
    expect(result.evidence.find((e) => e.path === "/evaluations/0/total")).toMatchObject({ snippet: "555,5", row: 2 });
  });
});
