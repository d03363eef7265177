/**
 * Issue 15, "no wrong number, ever": every value a report import writes carries its evidence (the
 * range in the source text, the snippet as printed, the line around it, the page where the text
 * has pages), and the range really prints that number. Where heading and table disagree, both
 * ranges are in the finding and the heading's score is kept (docs/import.md).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importReportText } from "../src";
import { repoRoot } from "../../../test/support/fixtures";
import { evidenceProblems, valuesOf } from "./evidence-check";

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
