import { describe, expect, it } from "vitest";
import { evaluationSeries, referenceSeries, scoreEvaluation, type Evaluation } from "@kommunkompassen/core";
import {
  collectionCsv,
  collectionJson,
  comparisonCsv,
  csvNumber,
  downloadFileName,
  evaluationCsv,
  evaluationJson,
  inertText,
  seriesCsv,
  toCsv,
  type CsvFormat,
} from "@kommunkompassen/core/downloads";
import { importResultsTable } from "@kommunkompassen/import";
import { loadFixture, type FixtureName } from "../../../test/support/fixtures";
import { readCsv, readNumber, records } from "../../../test/support/csv-read";

const FORMATS: { format: CsvFormat; separator: ";" | ","; bom: boolean }[] = [
  { format: "excel", separator: ";", bom: true },
  { format: "plain", separator: ",", bom: false },
];
const ALL: FixtureName[] = [
  "avesta-2014",
  "vasteras-2012",
  "vasteras-2014",
  "strangnas-2014",
  "strangnas-2016",
  "tomelilla-2020",
  "tomelilla-2023",
  "angelholm-2016",
  "example-2020",
  "example-original-2006",
];

describe("toCsv", () => {
  it("quotes separators, quotes and line breaks, and writes numbers in the dialect", () => {
    const rows = [["a;b", 'say "hi"', "two\nlines", 0.35, -3, 1234.5, null, 426.5]];
    expect(toCsv(rows, "excel")).toBe('\ufeff"a;b";"say ""hi""";"two\nlines";0,35;-3;1234,5;;426,5\r\n');
    expect(toCsv(rows, "plain")).toBe('a;b,"say ""hi""","two\nlines",0.35,-3,1234.5,,426.5\r\n');
  });

  it("makes formula-looking text inert and never touches a number", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(inertText(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(inertText("Avesta")).toBe("Avesta");
    expect(toCsv([[-3, "-3", "=SUM(A1)", "@x"]], "plain")).toBe("-3,'-3,'=SUM(A1),'@x\r\n");
    expect(csvNumber(-0.5, "excel")).toBe("-0,5");
  });
});

describe("evaluationCsv", () => {
  for (const { format, separator, bom } of FORMATS) {
    it(`${format}: re-read with its own convention, every number equals the scorer's (all fixtures)`, () => {
      for (const name of ALL) {
        const evaluation = loadFixture(name);
        const read = readCsv(evaluationCsv(evaluation, format), separator);
        expect(read.bom).toBe(bom);
        const rows = records(read);
        const scores = scoreEvaluation(evaluation);
        const total = rows.find((r) => r["Nivå"] === "Totalt")!;
        expect(readNumber(total["Poäng"]!, format)).toBe(scores.total.value);
        expect(readNumber(total["Max"]!, format)).toBe(scores.max);
        for (const area of scores.areas) {
          const row = rows.find((r) => r["Nivå"] === "Område" && r["Område"] === String(area.id))!;
          expect(readNumber(row["Poäng"]!, format), `${name} area ${area.id}`).toBe(area.score.value);
          expect(row["Ursprung"]).toBe(
            { published: "publicerat", derived: "beräknat", missing: "" }[area.score.source],
          );
          for (const q of area.questions) {
            const qRow = rows.find((r) => r["Delfråga"] === q.id)!;
            expect(readNumber(qRow["Poäng"]!, format)).toBe(q.achieved.value);
            expect(readNumber(qRow["Max"]!, format)).toBe(q.max);
            expect(readNumber(qRow["Procent"]!, format)).toBe(q.percent.value);
          }
        }
        // The source and the model are on every row.
        for (const row of rows) {
          expect(row["Kommun"]).toBe(evaluation.municipality.name);
          expect(row["Modell"]).toBe(evaluation.framework);
          expect(row["Källa"]).toBe(evaluation.source?.url ?? "");
        }
      }
    });
  }

  it("Avesta 2014: 404 of 800, area 6 published as 52, question 1.1 10 of 15 at 65 %", () => {
    const rows = records(readCsv(evaluationCsv(loadFixture("avesta-2014"), "excel"), ";"));
    expect(rows.filter((r) => r["Nivå"] === "Delfråga").length).toBeGreaterThan(40);
    expect(rows[0]).toMatchObject({
      Nivå: "Totalt",
      Poäng: "404",
      Max: "800",
      "Modellens namn": "Kommunkompassen 2.0",
    });
    expect(rows.find((r) => r["Delfråga"] === "1.1")).toMatchObject({ Poäng: "10", Max: "15", Procent: "65" });
    expect(rows.find((r) => r["Nivå"] === "Område" && r["Område"] === "6")!["Poäng"]).toBe("52");
  });

  it("English headers with --lang en, and only the areas asked for", () => {
    const rows = records(readCsv(evaluationCsv(loadFixture("avesta-2014"), "plain", { lang: "en", areas: [3] }), ","));
    expect(rows.every((r) => r["Area"] === "3")).toBe(true);
    expect(rows[0]!["Model name"]).toBe("Kommunkompassen 2.0");
    expect(rows.some((r) => r["Level"] === "Total")).toBe(false);
  });

  it("makes hostile names, titles and question texts inert in both dialects", () => {
    const evaluation = loadFixture("avesta-2014");
    evaluation.municipality.name = '=HYPERLINK("http://x";"klicka")';
    evaluation.source = { title: "+cmd|' /C calc'!A0", publisher: "@SUM(1)", url: "-2+3" };
    evaluation.areas[0]!.title = "\tTab";
    evaluation.areas[0]!.questions![0]!.text = "\r=1";
    for (const { format, separator } of FORMATS) {
      const rows = readCsv(evaluationCsv(evaluation, format), separator).rows.slice(1);
      const texts = rows.flat().filter((cell) => cell !== "" && !/^-?\d+([.,]\d+)?$/.test(cell));
      for (const cell of texts) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(rows[0]![0]).toBe('\'=HYPERLINK("http://x";"klicka")');
      expect(rows.some((r) => r.includes("'\r=1"))).toBe(true);
    }
  });
});

describe("comparisonCsv", () => {
  it("Västerås 2012 -> 2014: the total and each area, both scores and the change as compareEvaluations has them", () => {
    const [from, to] = [loadFixture("vasteras-2012"), loadFixture("vasteras-2014")];
    for (const { format, separator } of FORMATS) {
      const rows = records(readCsv(comparisonCsv(from, to, format), separator));
      const [before, after] = [scoreEvaluation(from), scoreEvaluation(to)];
      expect(rows.map((r) => r["Område"])).toEqual(["Totalt", ...after.areas.map((a) => String(a.id))]);
      expect(readNumber(rows[0]!["Poäng 2012"]!, format)).toBe(before.total.value);
      expect(readNumber(rows[0]!["Poäng 2014"]!, format)).toBe(after.total.value);
      for (const area of after.areas) {
        const row = rows.find((r) => r["Område"] === String(area.id))!;
        const old = before.areas.find((a) => a.id === area.id)!.score.value;
        const now = area.score.value;
        expect(readNumber(row["Poäng 2012"]!, format)).toBe(old);
        expect(readNumber(row["Poäng 2014"]!, format)).toBe(now);
        // Unknown on either side (Västerås 2014 area 8): no change, and "nej"; never 0.
        const change = old === null || now === null ? null : now - old;
        expect(readNumber(row["Förändring"]!, format), `area ${area.id}`).toBe(change);
        expect(row["Jämförbar"]).toBe(change === null ? "nej" : "ja");
        expect(row["Modell 2012"]).toBe("Kommunkompassen 2.0");
        expect(row["Kommun"]).toBe("Västerås stad");
        expect(row["Källa 2014"]).toContain(to.source!.title!);
      }
    }
  });

  it("to a model whose areas are not known (Strängnäs 2014, 2.0, to 2016, model not stated): the totals side by side, no change", () => {
    const rows = records(
      readCsv(
        comparisonCsv(loadFixture("strangnas-2014"), loadFixture("strangnas-2016"), "plain", { lang: "en" }),
        ",",
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!["Area"]).toBe("Total");
    expect([rows[0]!["Score 2014"], rows[0]!["Score 2016"], rows[0]!["Change"], rows[0]!["Comparable"]]).toEqual([
      "437",
      "497",
      "",
      "no",
    ]);
  });
});

describe("seriesCsv and collectionCsv", () => {
  it("a chart's series, with a reference's own source", () => {
    const v14 = loadFixture("vasteras-2014");
    const v12 = loadFixture("vasteras-2012");
    const series = [
      { ...evaluationSeries(v14), source: v14.source! },
      { ...evaluationSeries(v12, { kind: "previous" }), source: v12.source! },
      ...(v14.references ?? []).map((r, i) => ({
        ...referenceSeries(r, i),
        ...(r.source ? { source: r.source } : {}),
      })),
    ];
    const rows = records(readCsv(seriesCsv(series, "excel"), ";"));
    expect(rows).toHaveLength(series.reduce((n, s) => n + s.values.length, 0));
    for (const s of series)
      for (const v of s.values) {
        const row = rows.find((r) => r["Serie"] === s.label && r["Område"] === String(v.areaId))!;
        expect(readNumber(row["Poäng"]!, "excel")).toBe(v.value);
        expect(row["Modell"]).toBe(s.framework);
      }
  });

  it("re-imports as a results table with the same totals and area scores", () => {
    const evaluations = ALL.map(loadFixture);
    for (const { format } of FORMATS) {
      const text = collectionCsv(evaluations, format);
      const imported = importResultsTable(text);
      expect(imported.collection?.evaluations).toHaveLength(evaluations.length);
      imported.collection!.evaluations.forEach((e: Evaluation, i: number) => {
        const scores = scoreEvaluation(evaluations[i]!);
        expect(e.municipality.name).toBe(evaluations[i]!.municipality.name);
        expect(e.total ?? null).toBe(scores.total.value);
        expect(e.framework).toBe(evaluations[i]!.framework);
        for (const area of e.areas) expect(area.score).toBe(scores.areas.find((a) => a.id === area.id)?.score.value);
      });
    }
  });

  it("JSON: the evaluation as it is, a collection that parses; file names", () => {
    const avesta = loadFixture("avesta-2014");
    expect(JSON.parse(evaluationJson(avesta))).toEqual(avesta);
    expect(JSON.parse(collectionJson([avesta], { title: "T" }))).toEqual({
      schemaVersion: 1,
      title: "T",
      evaluations: [avesta],
    });
    expect(downloadFileName(avesta, "radar", "svg")).toBe("2084-2014-radar.svg");
    expect(downloadFileName({ municipality: { name: "Västerås stad" }, year: 2014 }, "", "csv")).toBe(
      "vasteras-stad-2014.csv",
    );
  });
});
