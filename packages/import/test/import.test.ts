import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateEvaluation, type Area, type Evaluation } from "@kommunkompassen/core";
import { importCsv, importReportText, looksLikeCsv, type Finding, type ImportResult } from "../src";
import { loadFixture, repoRoot } from "../../../test/support/fixtures";
import { evidenceProblems } from "./evidence-check";

// --- The seed reports ------------------------------------------------------------------------------

// The published reports as extracted text, kept in the repository (see test/fixtures/reports/README.md).
const reportsDir = resolve(repoRoot, "test/fixtures/reports");

function seed(name: "avesta" | "vasteras2014" | "vasteras2012"): string {
  const file = { avesta: "avesta-2014.txt", vasteras2014: "vasteras-2014.txt", vasteras2012: "vasteras-2012.txt" }[
    name
  ];
  const path = resolve(reportsDir, file);
  if (!existsSync(path)) throw new Error(`the report text ${path} is missing`);
  return readFileSync(path, "utf8");
}

const AVESTA = seed("avesta");

/** Encodes text as Windows-1252, the way older Windows programs save it. */
function toCp1252(text: string): Uint8Array {
  const special: Record<string, number> = {
    "€": 0x80,
    "…": 0x85,
    "‘": 0x91,
    "’": 0x92,
    "“": 0x93,
    "”": 0x94,
    "•": 0x95,
    "–": 0x96,
    "—": 0x97,
  };
  return Uint8Array.from(
    [...text].map(
      (c) =>
        special[c] ??
        (c.charCodeAt(0) < 0x80 || (c.charCodeAt(0) >= 0xa0 && c.charCodeAt(0) <= 0xff) ? c.charCodeAt(0) : 0x3f),
    ),
  );
}

function imported(result: ImportResult): Evaluation {
  if (!result.evaluation)
    throw new Error(
      `nothing imported:\n${result.findings.map((f) => `${f.kind}: ${f.path}: ${f.message}`).join("\n")}`,
    );
  const check = validateEvaluation(result.evaluation);
  expect(check.errors).toEqual([]);
  // Every value has its evidence (issue 15): a report's or a CSV's, or the option that gave it.
  expect(evidenceProblems(result, ["municipality", "year", "code"])).toEqual([]);
  return result.evaluation;
}

const has = (findings: readonly Finding[], kind: Finding["kind"], path: string, message?: RegExp) =>
  findings.some((f) => f.kind === kind && f.path === path && (!message || message.test(f.message)));

/** What must equal the fixture: the published figures and lists of each area. */
function figures(area: Area) {
  return {
    id: area.id,
    score: area.score,
    headings: area.headings,
    questions: area.questions,
    strengths: area.strengths,
    improvements: area.improvements,
    weaknesses: area.weaknesses,
  };
}

/** Avesta's points overview (section 4) as it is in the seed. */
const AVESTA_OVERVIEW = AVESTA.slice(AVESTA.indexOf("4. Översikt av poängfördelning\n"));
const AVESTA_BEFORE_OVERVIEW = AVESTA.slice(0, AVESTA.indexOf("4. Översikt av poängfördelning\n"));
const AREA1_TABLE = AVESTA_OVERVIEW.slice(
  AVESTA_OVERVIEW.indexOf("1.\tOffentlighet"),
  AVESTA_OVERVIEW.indexOf("2.\tTillgänglighet"),
);

describe("importReportText: Avesta 2014 (tab-separated tables and <ul> fragments)", () => {
  const result = importReportText(AVESTA, { file: "avesta.txt" });
  const evaluation = imported(result);
  const fixture = loadFixture("avesta-2014");

  it("reads municipality, year, date and the framework (saying it was inferred)", () => {
    expect(evaluation).toMatchObject({
      schemaVersion: 1,
      framework: "kommunkompassen-2.0",
      municipality: { name: "Avesta kommun" },
      year: 2014,
      date: "2014-12",
    });
    expect(evaluation.$schema).toBe("https://unpkg.com/@kommunkompassen/core/evaluation.schema.json");
    // The wording names the model by its label; the id is in the values.
    expect(has(result.findings, "inferred", "/framework", /^Kommunkompassen 2\.0: .*area 2 has a question 2\.6/)).toBe(
      true,
    );
    expect(result.findings.find((f) => f.code === "framework-inferred")?.values).toEqual({
      framework: "kommunkompassen-2.0",
      label: "Kommunkompassen 2.0",
      uncertain: false,
      basis: "evidence",
      namedAreas: "2, 7, 8",
      question26: true,
    });
  });

  it("every area equals the fixture: scores, headings, all 45 sub-question rows and the three lists", () => {
    expect(evaluation.areas.map(figures)).toEqual(fixture.areas.map(figures));
    expect(evaluation.areas.flatMap((a) => a.questions ?? [])).toHaveLength(45);
    expect(evaluation.areas.map((a) => a.title)).toEqual(fixture.areas.map((a) => a.title));
    expect(evaluation.areas.map((a) => a.max)).toEqual(fixture.areas.map((a) => a.max));
  });

  it("keeps area 6 as published (52, though its rows add up to 51) and passes on the validator's warning", () => {
    expect(evaluation.areas[5]!.score).toBe(52);
    expect(
      has(result.findings, "warning", "/areas/5/score", /published as 52, but its sub-question points add up to 51/),
    ).toBe(true);
  });

  it("invents nothing: no total, no code, no evaluators, each reported as missing", () => {
    expect(evaluation.total).toBeUndefined();
    expect(evaluation.municipality.code).toBeUndefined();
    expect(evaluation.evaluators).toBeUndefined();
    expect(has(result.findings, "missing", "/total")).toBe(true);
    expect(has(result.findings, "missing", "/municipality/code")).toBe(true);
    expect(has(result.findings, "missing", "/evaluators")).toBe(true);
    expect(evaluation.source).toEqual({ title: "KommunKompassen – Analys av Avesta kommun 2014", file: "avesta.txt" });
  });

  it("--code and --framework are used as given", () => {
    const withCode = imported(importReportText(AVESTA, { code: "2084", framework: "kommunkompassen-2.0" }));
    expect(withCode.municipality).toEqual({ name: "Avesta kommun", code: "2084" });
    expect(importReportText(AVESTA, { code: "2084" }).findings.some((f) => f.path === "/municipality/code")).toBe(
      false,
    );
  });
});

describe("importReportText: Västerås 2014 and 2012 (one-line extractions)", () => {
  for (const [name, fixtureName, evaluators] of [
    ["vasteras2014", "vasteras-2014", ["Ewa Luvö", "Karolina Dahlbom", "Gunnar Gidenstam"]],
    ["vasteras2012", "vasteras-2012", ["Christine Feuk", "Britt-Marie Hedlund", "Åsa Franzén"]],
  ] as const) {
    it(`${fixtureName}: the seven area scores and headings; area 8, the total and the sub-question tables missing`, () => {
      const result = importReportText(seed(name));
      const evaluation = imported(result);
      const fixture = loadFixture(fixtureName);
      expect(evaluation).toMatchObject({
        framework: "kommunkompassen-2.0",
        municipality: { name: "Västerås stad" },
        year: fixture.year,
        date: fixture.date,
        evaluators,
      });
      expect(evaluation.published).toBe(fixture.published);
      expect(evaluation.areas.map((a) => [a.id, a.title, a.score, a.headings])).toEqual(
        fixture.areas.map((a) => [a.id, a.title, a.score, a.headings]),
      );
      expect(evaluation.areas.every((a) => a.questions === undefined && a.strengths === undefined)).toBe(true);
      expect(evaluation.total).toBeUndefined();
      expect(
        has(result.findings, "missing", "/areas/7/score", /area 8 \(Kommunen som samhällsbyggare\) has no section/),
      ).toBe(true);
      expect(has(result.findings, "missing", "/total")).toBe(true);
      expect(has(result.findings, "missing", "/areas", /points overview .* is not in the text/)).toBe(true);
      expect(has(result.findings, "missing", "/areas/0/strengths", /run-on text/)).toBe(true);
      expect(has(result.findings, "ignored", "", /page header\(s\)\/footer\(s\)/)).toBe(true);
    });
  }

  it("Västerås 2012: the document-sharing site's header and its list of other documents are ignored, and say so", () => {
    const result = importReportText(seed("vasteras2012"));
    const evaluation = imported(result);
    // The list at the end names Täby, Eskilstuna, Helsingborg… and has "Offentlighet och demokrati - 76 poäng".
    expect(evaluation.municipality.name).toBe("Västerås stad");
    expect(evaluation.areas.map((a) => a.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(evaluation.evaluators).not.toContain("Erika Henriksson");
    expect(has(result.findings, "ignored", "", /before "Transkript"/)).toBe(true);
    expect(has(result.findings, "ignored", "", /after the transcript's last page \(22\)/)).toBe(true);
  });
});

// --- Hand-made variants, one messy-input case at a time -----------------------------------------------

/** Avesta with its points overview replaced. */
const withOverview = (overview: string) => AVESTA_BEFORE_OVERVIEW + overview;
const area = (evaluation: Evaluation, id: number) => evaluation.areas.find((a) => a.id === id)!;
const avestaArea = (id: number) => loadFixture("avesta-2014").areas.find((a) => a.id === id)!;

describe("importReportText: messy input", () => {
  it("a page footer inside a table (between rows and inside a wrapped question) is left out", () => {
    const table = AREA1_TABLE.replace("1.2\t", "Sveriges Kommuner och Landsting 2015-04-29 26 (31)\n1.2\t").replace(
      "1.4\tHur främjas medborgardialog",
      "1.4\tHur främjas\nSveriges Kommuner och Landsting (30)\nmedborgardialog",
    );
    const result = importReportText(withOverview(AVESTA_OVERVIEW.replace(AREA1_TABLE, table)));
    const evaluation = imported(result);
    expect(area(evaluation, 1).questions).toEqual(avestaArea(1).questions);
    expect(has(result.findings, "ignored", "", /2 page header\(s\)\/footer\(s\)/)).toBe(true);
  });

  it("a run-on one-line table reads the same", () => {
    const oneLine = AVESTA_OVERVIEW.replace(/\s+/g, " ");
    const evaluation = imported(importReportText(withOverview(oneLine)));
    for (const id of [1, 2, 3, 4, 5, 6, 7, 8])
      expect(area(evaluation, id).questions, `area ${id}`).toEqual(avestaArea(id).questions);
  });

  it("a question text wrapped onto the next line, and numbers on a line of their own", () => {
    const wrapped = AVESTA_OVERVIEW.replace(
      "samt synpunkts- och klagomåls-hantering",
      "samt synpunkts- och\nklagomåls-\nhantering",
    ).replace(
      "1.1\tFinns en plan/strategi för demokratiutveckling och information?\t10",
      "1.1\tFinns en plan/strategi för\ndemokratiutveckling och information?\n10",
    );
    const evaluation = imported(importReportText(withOverview(wrapped)));
    expect(area(evaluation, 2).questions![5]).toEqual(avestaArea(2).questions![5]);
    expect(area(evaluation, 1).questions![0]).toEqual(avestaArea(1).questions![0]);
  });

  it("question texts and numbers in a different order are paired in order, and that is said", () => {
    const rows = AREA1_TABLE.split("\n").filter((l) => /^1\.\d\t/.test(l));
    const texts = rows.map((r) => r.split("\t").slice(0, 2).join("\t"));
    const numbers = rows.map((r) => r.split("\t").slice(2).join("\t"));
    const reordered = [
      "1.\tOffentlighet och demokrati\tUppnått\tMax\tProcent",
      ...texts,
      ...numbers,
      "52\t100\t52%",
      "",
      "",
    ].join("\n");
    const result = importReportText(withOverview(AVESTA_OVERVIEW.replace(AREA1_TABLE, reordered)));
    const evaluation = imported(result);
    expect(area(evaluation, 1).questions).toEqual(avestaArea(1).questions);
    expect(has(result.findings, "inferred", "/areas/0/questions", /paired in order/)).toBe(true);
  });

  it("texts and numbers that cannot be paired: the texts are kept, the numbers left out, and that is said", () => {
    const rows = AREA1_TABLE.split("\n").filter((l) => /^1\.\d\t/.test(l));
    const broken = [
      "1.\tOffentlighet och demokrati\tUppnått\tMax\tProcent",
      ...rows.map((r) => r.split("\t").slice(0, 2).join("\t")),
      "10\t15\t65%",
      "8\t20\t42%",
      "",
      "",
    ].join("\n");
    const result = importReportText(withOverview(AVESTA_OVERVIEW.replace(AREA1_TABLE, broken)));
    const evaluation = imported(result);
    expect(area(evaluation, 1).questions!.map((q) => [q.id, q.achieved])).toEqual([
      ["1.1", undefined],
      ["1.2", undefined],
      ["1.3", undefined],
      ["1.4", undefined],
      ["1.5", undefined],
    ]);
    expect(area(evaluation, 1).score).toBe(52);
    expect(has(result.findings, "missing", "/areas/0/questions", /cannot be paired/)).toBe(true);
  });

  it('decimal commas, and "65 %" as well as "65%"', () => {
    const table = AREA1_TABLE.replace("\t10\t15\t65%", "\t9,75\t15\t65 %").replace("\t8\t20\t42%", "\t8\t20\t41,5 %");
    const evaluation = imported(importReportText(withOverview(AVESTA_OVERVIEW.replace(AREA1_TABLE, table))));
    expect(
      area(evaluation, 1)
        .questions!.slice(0, 3)
        .map((q) => [q.achieved, q.max, q.percent]),
    ).toEqual([
      [9.75, 15, 65],
      [8, 20, 41.5],
      [8, 25, 30],
    ]);
  });

  it("<ul>/<li> fragments: headings and lists from HTML list items", () => {
    const html = AVESTA.replace(
      '<ul style="list-style-type: none"> • Strategi för demokratiutveckling och information • Information till medborgare • Dialog och medborgarmedverkan • Etik – motverkan av korruption \t52',
      "<ul><li>Strategi för demokratiutveckling och information</li><li>Information till medborgare</li><li>Dialog och medborgarmedverkan</li><li>Etik &ndash; motverkan av korruption</li></ul>\t52",
    );
    expect(html).not.toBe(AVESTA);
    const evaluation = imported(importReportText(html));
    expect(area(evaluation, 1).headings).toEqual(avestaArea(1).headings);
    expect(area(evaluation, 1).score).toBe(52);
    expect(area(evaluation, 8).weaknesses).toEqual([]);
  });

  it("document-sharing noise before and after the report produces no areas and is reported", () => {
    const noisy = [
      "Visa dokumentet | Ladda ner PDF",
      "- Uppladdad av Erika Henriksson",
      "- Visningar: 312",
      "Transkript",
      AVESTA,
      "Relaterade dokument",
      "KommunKompassen ANALYS AV TÄBY KOMMUN 2014 Christine Feuk, SKL",
      "Område 1 Offentlighet och demokrati Rubriker Information Poäng 99",
      "4. Översikt av poängfördelning 1. Offentlighet och demokrati Uppnått Max Procent 1.1 Fråga 15 15 100%",
    ].join("\n");
    const result = importReportText(noisy);
    const evaluation = imported(result);
    expect(evaluation.municipality.name).toBe("Avesta kommun");
    expect(evaluation.areas.map(figures)).toEqual(loadFixture("avesta-2014").areas.map(figures));
    expect(has(result.findings, "ignored", "", /before "Transkript"/)).toBe(true);
    expect(has(result.findings, "ignored", "", /Relaterade dokument/)).toBe(true);
  });

  it("another report's title after this one starts unrelated material", () => {
    const result = importReportText(
      `${AVESTA}\nKommunKompassen ANALYS AV TÄBY KOMMUN 2014\nOmråde 1 Offentlighet och demokrati Rubriker X Poäng 99`,
    );
    const evaluation = imported(result);
    expect(area(evaluation, 1).score).toBe(52);
    expect(
      has(result.findings, "ignored", "", /another report's title \("KommunKompassen ANALYS AV TÄBY KOMMUN 2014"\)/),
    ).toBe(true);
  });

  it("pdftotext -layout: headings and the three list columns side by side", () => {
    const layout = [
      "KommunKompassen",
      "",
      "ANALYS AV AVESTA KOMMUN 2014",
      "",
      "Utvärderingen av Avesta kommun genomfördes i december år 2014.",
      "",
      "Område 1 Offentlighet och demokrati",
      "",
      "Rubriker                                                        Poäng",
      "• Strategi för demokratiutveckling och information",
      "• Information till medborgare                                     52",
      "• Dialog och medborgarmedverkan",
      "• Etik – motverkan av korruption",
      "",
      "Allmänt",
      "",
      "Styrkor                         Förbättringsmöjligheter         Svagheter",
      "• Tydlig strategi för           • Bättre och fler               • Otydlig",
      "  medborgarinflytande             presentationer av               kommunikationsstrategi",
      "• Fungerande                      verksamhetsresultat",
      "  medborgarförslagsverksamhet",
      "",
    ].join("\n");
    const result = importReportText(layout);
    const evaluation = imported(result);
    expect(area(evaluation, 1)).toMatchObject({
      score: 52,
      headings: avestaArea(1).headings,
      strengths: ["Tydlig strategi för medborgarinflytande", "Fungerande medborgarförslagsverksamhet"],
      improvements: ["Bättre och fler presentationer av verksamhetsresultat"],
      weaknesses: ["Otydlig kommunikationsstrategi"],
    });
    expect(
      has(result.findings, "missing", "/areas", /area 2 \(Tillgänglighet och brukarorientering\) is not in the text/),
    ).toBe(true);
  });

  it("pdftotext -layout: a table with wrapped texts, continuation lines and a page footer between rows", () => {
    const layout = `KommunKompassen

                         ANALYS AV AVESTA KOMMUN 2014

Område 1 Offentlighet och demokrati

Rubriker                                                        Poäng
• Strategi för demokratiutveckling och information
• Information till medborgare                                     52

Allmänt

4. Översikt av poängfördelning

 1.    Offentlighet och demokrati                                   Uppnått     Max    Procent
 1.1   Finns en plan/strategi för demokratiutveckling och              10        15      65%
       information?
 1.2   Hur informeras medborgarna?                                       8        20      42%
 1.3   Hur informeras medborgarna om resultat                            8        25      30%

Sveriges Kommuner och Landsting 2015-04-29                                      26 (31)

 1.4   Hur främjas medborgardialog och deltagande                       23        30      78%
 1.5   Etik - hur hantera korruption?                                    3        10      34%
                                                                        52       100      52%

 2.    Tillgänglighet och brukarorientering                        Uppnått     Max    Procent
 2.5   Hur arbetar kommunen med brukarundersökningar?                    7        15      45%
 2.6   Hur arbetar kommunen med system för service-/kvalitets-
       deklarationer, samt synpunkts- och klagomåls-hantering            5        15      35%
       för medborgare/brukare?
                                                                        41       100      41%
`;
    const result = importReportText(layout);
    const evaluation = imported(result);
    expect(area(evaluation, 1).questions).toEqual(avestaArea(1).questions);
    expect(area(evaluation, 1)).toMatchObject({ score: 52, max: 100 });
    expect(area(evaluation, 2)).toMatchObject({ score: 41, max: 100 });
    expect(area(evaluation, 2).questions!.map((q) => [q.id, q.achieved, q.max, q.percent])).toEqual([
      ["2.5", 7, 15, 45],
      ["2.6", 5, 15, 35],
    ]);
    expect(area(evaluation, 2).questions![1]!.text).toBe(
      "Hur arbetar kommunen med system för service-/kvalitets-deklarationer, samt synpunkts- och klagomåls-hantering för medborgare/brukare?",
    );
    expect(
      has(result.findings, "missing", "/areas/1/questions", /question\(s\) 2\.1, 2\.2, 2\.3, 2\.4 not found/),
    ).toBe(true);
    expect(
      has(result.findings, "missing", "/areas", /area 3 \(Politisk styrning och kontroll\) is not in the text/),
    ).toBe(true);
  });

  it("a PDF or Word file instead of text: nothing usable, with the way to convert it", () => {
    const result = importReportText(Uint8Array.from(Buffer.from("%PDF-1.7\n%\xe2\xe3\n1 0 obj", "latin1")));
    expect(result.evaluation).toBeNull();
    expect(
      has(
        result.findings,
        "missing",
        "",
        /the file is a PDF, not text; extract the text first \(with pdftotext, for example\)/,
      ),
    ).toBe(true);
  });

  it("a total is taken only where the text states it", () => {
    const stated = imported(
      importReportText(
        AVESTA.replace("Sammanfattning av resultat", "Sammanfattning av resultat\n\nAvesta kommun 2014 – 404 p"),
      ),
    );
    expect(stated.total).toBe(404);
    const sentence = imported(
      importReportText(
        AVESTA.replace("Sammanfattning av resultat", "Sammanfattning av resultat\n\nTotalpoängen blev 404."),
      ),
    );
    expect(sentence.total).toBe(404);
    const conflicting = importReportText(
      AVESTA.replace("Sammanfattning av resultat", "Totalt 404 poäng. Totalpoängen blev 410."),
    );
    expect(imported(conflicting).total).toBeUndefined();
    expect(has(conflicting.findings, "warning", "/total", /different totals \(404, 410\)/)).toBe(true);
  });

  it("run-on headings are split only when every part is a known heading", () => {
    const known = imported(
      importReportText(
        "ANALYS AV VÄSTERÅS STAD 2014 Område 6 Kommunen som arbetsgivare personalpolitik Rubriker Personalstrategi Rekrytering Mångfald Poäng 69 Allmänt Text.",
      ),
    );
    expect(area(known, 6)).toMatchObject({ score: 69, headings: ["Personalstrategi", "Rekrytering", "Mångfald"] });
    const unknown = importReportText(
      "ANALYS AV VÄSTERÅS STAD 2014 Område 6 Kommunen som arbetsgivare personalpolitik Rubriker Personalstrategi Något helt annat Poäng 69 Allmänt Text.",
    );
    expect(area(imported(unknown), 6).headings).toBeUndefined();
    expect(has(unknown.findings, "missing", "/areas/0/headings", /cannot be split/)).toBe(true);
  });

  it("a report in another layout: a partial result and an honest list of what is missing", () => {
    const other = "Kommunens resultat\nOffentlighet och demokrati: 52 poäng av 100\nTillgänglighet: 41\n";
    const result = importReportText(other);
    expect(result.evaluation).toBeNull();
    expect(has(result.findings, "missing", "", /nothing usable: no municipality and year/)).toBe(true);

    const partial = importReportText(
      "ANALYS AV AVESTA KOMMUN 2014\nOmråde 3 Politisk styrning och kontroll\nPoäng 56\nAllmänt\nText.",
    );
    const evaluation = imported(partial);
    expect(evaluation.areas).toEqual([{ id: 3, title: "Politisk styrning och kontroll", score: 56 }]);
    expect(partial.findings.filter((f) => f.kind === "missing").map((f) => f.path)).toEqual(
      expect.arrayContaining([
        "/areas/0/headings",
        "/areas/0/strengths",
        "/areas",
        "/total",
        "/municipality/code",
        "/date",
        "/evaluators",
      ]),
    );
    expect(evaluation.municipality.name).toBe("Avesta kommun");
    expect(has(partial.findings, "inferred", "/municipality/name", /only in capitals/)).toBe(true);
  });

  it("numbers that cannot be right are left out with a warning, never written", () => {
    const table = AREA1_TABLE.replace("\t10\t15\t65%", "\t18\t15\t65%").replace("\t8\t20\t42%", "\t8\t25\t42%");
    const result = importReportText(withOverview(AVESTA_OVERVIEW.replace(AREA1_TABLE, table)));
    const questions = area(imported(result), 1).questions!;
    expect(questions[0]).toEqual({
      id: "1.1",
      text: "Finns en plan/strategi för demokratiutveckling och information?",
    });
    expect(questions[1]).toEqual({ id: "1.2", text: "Hur informeras medborgarna?" });
    expect(has(result.findings, "warning", "/areas/0/questions/0", /18 achieved is more than the max 15/)).toBe(true);
    expect(
      has(result.findings, "warning", "/areas/0/questions/1", /max 25 contradicts Kommunkompassen 2\.0 \(max 20\)/),
    ).toBe(true);
  });

  it("text that is not valid UTF-8 is read as Windows-1252", () => {
    const result = importReportText(toCp1252(AVESTA));
    expect(imported(result).municipality.name).toBe("Avesta kommun");
    expect(area(result.evaluation!, 6).headings).toContain("Mångfald");
    expect(area(result.evaluation!, 1).headings).toEqual(avestaArea(1).headings);
    expect(has(result.findings, "inferred", "", /Windows-1252/)).toBe(true);
  });

  it("nothing usable: no area score", () => {
    const result = importReportText("KommunKompassen ANALYS AV AVESTA KOMMUN 2014\nInnehåll\n");
    expect(result.evaluation).toBeNull();
    expect(has(result.findings, "missing", "", /no area score found/)).toBe(true);
  });
});

// --- CSV --------------------------------------------------------------------------------------------

const AREA1_ROWS = avestaArea(1).questions!;

function csvRows(separator: string, decimal: "," | ".", header = "area;question;text;achieved;max;percent") {
  const cell = (text: string) =>
    text.includes(separator) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
  return [
    header.split(";").join(separator),
    ...AREA1_ROWS.map((q) =>
      ["1", q.id, cell(q.text!), String(q.achieved).replace(".", decimal), String(q.max), `${q.percent}%`].join(
        separator,
      ),
    ),
  ].join("\n");
}

describe("importCsv", () => {
  const meta = { municipality: "Avesta kommun", year: 2014, framework: "kommunkompassen-2.0" };

  it('";" and decimal comma, Swedish header names; area scores are not derived here', () => {
    const text = csvRows(";", ",", "Område;Delfråga;Text;Uppnått;Max;Procent")
      .replace("1;1.1;", "1;1.1;")
      .replace(";10;15;65%", ";9,75;15;65 %");
    const result = importCsv(text, meta);
    const evaluation = imported(result);
    expect(evaluation.areas).toEqual([
      { id: 1, questions: [{ ...AREA1_ROWS[0]!, achieved: 9.75 }, ...AREA1_ROWS.slice(1)] },
    ]);
    expect(evaluation.areas[0]!.score).toBeUndefined();
    expect(has(result.findings, "missing", "/areas", /no area scores; the core derives/)).toBe(true);
    expect(has(result.findings, "missing", "/areas", /no rows for area 8/)).toBe(true);
  });

  it('"," with decimal points and quoted texts', () => {
    const evaluation = imported(importCsv(csvRows(",", "."), meta));
    expect(evaluation.areas[0]!.questions).toEqual(AREA1_ROWS);
  });

  it('"," with decimal commas: the row is left out with a warning, not misread', () => {
    const text = csvRows(",", ".").replace(",10,15,65%", ",9,75,15,65%");
    const result = importCsv(text, meta);
    expect(imported(result).areas[0]!.questions!.map((q) => q.id)).toEqual(["1.2", "1.3", "1.4", "1.5"]);
    expect(has(result.findings, "warning", "", /row 2 has 7 fields, the header 6 \(decimal commas/)).toBe(true);
  });

  it("UTF-8 with a byte order mark, and metadata from # lines", () => {
    const text = `\ufeff# municipality: Avesta kommun\n# year: 2014\n# framework: kommunkompassen-2.0\n# code: 2084\n# date: 2014-12\n${csvRows(";", ",")}`;
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text.slice(1), "utf8")]);
    const evaluation = imported(importCsv(bytes));
    expect(evaluation).toMatchObject({
      municipality: { name: "Avesta kommun", code: "2084" },
      year: 2014,
      date: "2014-12",
      framework: "kommunkompassen-2.0",
    });
    expect(evaluation.areas[0]!.questions).toEqual(AREA1_ROWS);
  });

  it('Windows-1252 bytes ("Område", "Uppnått", "främjas") are detected and decoded', () => {
    const text = `# municipality: Västerås stad\n# year: 2014\n${csvRows(";", ",", "Område;Fråga;Text;Uppnått;Max;Procent")}`;
    const bytes = toCp1252(text);
    expect([...bytes.subarray(0, 200)]).toContain(0xe5); // "å" of Område as one cp1252 byte
    const result = importCsv(bytes);
    const evaluation = imported(result);
    expect(evaluation.municipality.name).toBe("Västerås stad");
    expect(evaluation.areas[0]!.questions![3]!.text).toBe("Hur främjas medborgardialog och deltagande");
    expect(has(result.findings, "inferred", "", /Windows-1252/)).toBe(true);
    expect(has(result.findings, "inferred", "/framework", /^Kommunkompassen 2\.0: /)).toBe(true);
  });

  it("the options win over # lines, and say so", () => {
    const result = importCsv(`# municipality: Avesta\n# year: 2013\n${csvRows(";", ",")}`, meta);
    expect(imported(result)).toMatchObject({ municipality: { name: "Avesta kommun" }, year: 2014 });
    expect(has(result.findings, "warning", "/year", /the year given \(2014\) replaces 2013 from the file/)).toBe(true);
    expect(result.findings.find((f) => f.path === "/year")).toMatchObject({
      code: "option-overrides",
      severity: "warning",
      values: { option: "year", given: 2014, found: 2013, source: "file" },
    });
  });

  it("unknown columns are ignored, duplicates kept once, bad numbers left out, all reported", () => {
    const text = [
      "area;question;text;achieved;max;percent;comment",
      "1;1.1;A;10;15;65%;x",
      "1;1.1;B;11;15;70%;",
      "1;1.2;C;åtta;20;42%;",
    ].join("\n");
    const result = importCsv(text, meta);
    expect(imported(result).areas[0]!.questions).toEqual([
      { id: "1.1", text: "A", achieved: 10, max: 15, percent: 65 },
      { id: "1.2", text: "C", max: 20, percent: 42 },
    ]);
    expect(has(result.findings, "ignored", "", /column "comment"/)).toBe(true);
    expect(has(result.findings, "ignored", "", /question 1\.1 appears twice/)).toBe(true);
    expect(has(result.findings, "warning", "", /achieved "åtta" is not a number/)).toBe(true);
  });

  it("row after row of the same problem is summed up, not listed 500 times", () => {
    const text = [
      "area;question;text;achieved;max;percent",
      ...Array.from({ length: 500 }, () => "1;1.1;A;10;15;65%"),
    ].join("\n");
    const result = importCsv(text, meta);
    expect(imported(result).areas[0]!.questions).toHaveLength(1);
    expect(result.findings.filter((f) => /^row \d+: question 1\.1 appears twice/.test(f.message))).toHaveLength(20);
    expect(
      has(result.findings, "ignored", "", /^479 more finding\(s\) like "row 23: question 1\.1 appears twice/),
    ).toBe(true);
  });

  it("UTF-16 with a byte order mark", () => {
    const text = `# municipality: Avesta kommun\n# year: 2014\n${csvRows(";", ",")}`;
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const result = importCsv(bytes);
    expect(imported(result).areas[0]!.questions).toEqual(AREA1_ROWS);
    expect(has(result.findings, "inferred", "", /UTF-16LE/)).toBe(true);
  });

  it("nothing usable without municipality and year, or without a question column", () => {
    const noMeta = importCsv(csvRows(";", ","));
    expect(noMeta.evaluation).toBeNull();
    expect(has(noMeta.findings, "missing", "", /no municipality .*; no year/)).toBe(true);
    const noColumn = importCsv("a;b;c\n1;2;3", meta);
    expect(noColumn.evaluation).toBeNull();
    expect(has(noColumn.findings, "missing", "", /no "question"/)).toBe(true);
  });

  it("looksLikeCsv tells the formats apart", () => {
    expect(looksLikeCsv(csvRows(";", ","))).toBe(true);
    expect(looksLikeCsv(`# year: 2014\n${csvRows(",", ".")}`)).toBe(true);
    expect(looksLikeCsv(AVESTA)).toBe(false);
  });

  it("the template in docs/ imports", () => {
    const template = readFileSync(resolve(repoRoot, "docs/csv-template.csv"));
    const evaluation = imported(importCsv(template));
    expect(evaluation.areas[0]!.questions!.length).toBeGreaterThanOrEqual(2);
  });
});

// --- Properties ---------------------------------------------------------------------------------------

const REPORT_WORDS = [
  "KommunKompassen",
  "ANALYS AV",
  "AVESTA KOMMUN",
  "2014",
  "Område",
  "1",
  "2",
  "6",
  "8",
  "12",
  "Rubriker",
  "Poäng",
  "52",
  "100",
  "•",
  '<ul style="list-style-type: none">',
  "<li>",
  "</ul>",
  "\t",
  "\n",
  "\n\n",
  " ",
  "Allmänt",
  "Styrkor",
  "Förbättringsmöjligheter",
  "Svagheter",
  "Översikt av poängfördelning",
  "Uppnått",
  "Max",
  "Procent",
  "1.1",
  "2.6",
  "9.75",
  "10",
  "15",
  "65%",
  "65 %",
  "9,75",
  "%",
  "Transkript",
  "Sveriges Kommuner och Landsting (30)",
  "Utvärderingen av Avesta kommun genomfördes i december år 2014",
  "Totalt 404 poäng",
  "Offentlighet och demokrati",
  "Personalstrategi",
  "Rekrytering",
  "–",
  "...",
  "Relaterade dokument",
  "ANALYS AV TÄBY KOMMUN 2014",
  "Ewa Luvö, Karolina Dahlbom, SKL 2015-04-29",
];
const CSV_WORDS = [
  "area",
  "question",
  "text",
  "achieved",
  "max",
  "percent",
  "Område",
  "fråga",
  ";",
  ",",
  "\t",
  "\n",
  '"',
  "1",
  "1.1",
  "2.6",
  "9,75",
  "15",
  "65%",
  "# year: 2014",
  "# municipality: X",
  "x",
];

function expectValidOrNull(result: ImportResult) {
  expect(Array.isArray(result.findings)).toBe(true);
  if (result.evaluation !== null) expect(validateEvaluation(result.evaluation).errors).toEqual([]);
}

describe("properties: never throw, and anything returned validates", () => {
  const options = { municipality: "Avesta kommun", year: 2014 };
  it("importReportText on arbitrary strings, full Unicode and bytes", () => {
    fc.assert(
      fc.property(fc.string(), (s) => expectValidOrNull(importReportText(s))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => expectValidOrNull(importReportText(s))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => expectValidOrNull(importReportText(b))),
      { numRuns: 300 },
    );
  });

  it("importReportText on report-like word soup", () => {
    const soup = fc.array(fc.constantFrom(...REPORT_WORDS), { maxLength: 120 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(soup, fc.constantFrom(undefined, "kommunkompassen-2.1", "custom-1"), (s, framework) =>
        expectValidOrNull(importReportText(s, framework ? { framework } : {})),
      ),
      { numRuns: 500 },
    );
  });

  it("importCsv on arbitrary strings, full Unicode, bytes and CSV-like soup", () => {
    fc.assert(
      fc.property(fc.string(), (s) => expectValidOrNull(importCsv(s, options))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => expectValidOrNull(importCsv(s, options))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => expectValidOrNull(importCsv(b, options))),
      { numRuns: 300 },
    );
    const soup = fc.array(fc.constantFrom(...CSV_WORDS), { maxLength: 80 }).map((w) => w.join(""));
    fc.assert(
      fc.property(soup, (s) => expectValidOrNull(importCsv(s, options))),
      { numRuns: 500 },
    );
  });

  it("the Avesta seed with random cuts and insertions", () => {
    fc.assert(
      fc.property(
        fc.nat(AVESTA.length),
        fc.nat(AVESTA.length),
        fc.string({ unit: "binary", maxLength: 20 }),
        (a, b, insert) => {
          const [from, to] = a < b ? [a, b] : [b, a];
          expectValidOrNull(importReportText(AVESTA.slice(0, from) + insert + AVESTA.slice(to)));
        },
      ),
      { numRuns: 150 },
    );
  });
});
