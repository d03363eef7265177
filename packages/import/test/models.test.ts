/**
 * Issue 13, the importer: a Kommunkompassen 2020 report is recognised by its area names (and by an
 * explicit "enligt Kommunkompassen 2020", never by "Kommunkompassen 2020" that may be a year), with
 * a finding when the evidence is mixed; a model is never taken from the year alone without a
 * finding that says so; the CSV importer knows the 2020 and the original model and looks area names
 * up in the chosen model. The 2020 report is test/fixtures/reports/example-2020.txt, MADE UP FOR
 * TESTS (no 2020-model report is in the material at hand), with the figures of example-2020.json.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { validateEvaluation, type Evaluation } from "@kommunkompassen/core";
import { importMessages } from "@kommunkompassen/core/messages";
import { importCsv, importReportText, wordFinding, type Finding, type ImportResult } from "../src";
import { FRAMEWORK_BASES } from "../src/framework";
import { loadFixture, repoRoot } from "../../../test/support/fixtures";
import { evidenceProblems } from "./evidence-check";

const report = (file: string) => readFileSync(resolve(repoRoot, "test/fixtures/reports", file), "utf8");
const EXAMPLE = report("example-2020.txt");
const AVESTA = report("avesta-2014.txt");

function imported(result: ImportResult): Evaluation {
  if (!result.evaluation) throw new Error(result.findings.map((f) => `${f.path}: ${f.message}`).join("\n"));
  expect(validateEvaluation(result.evaluation).errors).toEqual([]);
  // Every value has its evidence (issue 15): a report's or a CSV's, or the option that gave it.
  expect(evidenceProblems(result, ["municipality", "year", "code"])).toEqual([]);
  return result.evaluation;
}

const frameworkFinding = (result: ImportResult): Finding => {
  const found = result.findings.filter((f) => f.code === "framework-inferred");
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** The example with two areas' headings (contents and sections) given the 2.0 names. */
function withNames(text: string, names: Record<number, string>): string {
  let result = text;
  for (const [id, name] of Object.entries(names)) {
    const current = loadFixture("example-2020").areas.find((a) => a.id === Number(id))!.title!;
    expect(result).toContain(`Område ${id} ${current}`);
    result = result.replaceAll(`Område ${id} ${current}`, `Område ${id} ${name}`);
  }
  return result;
}

const STATED =
  "Denna utvärdering har gjorts enligt Kommunkompassen 2020, som har åtta huvudområden om vardera 100 poäng.";

describe("a Kommunkompassen 2020 report (made up for tests)", () => {
  const fixture = loadFixture("example-2020");

  it("says at its top that it is made up", () => {
    expect(EXAMPLE.split("\n").slice(0, 2).join(" ")).toMatch(/PÅHITTAD RAPPORT FÖR TESTER.*MADE UP FOR TESTS/);
    expect(fixture.notes?.[0]).toMatch(/^MADE UP FOR TESTS/);
  });

  it("imports as kommunkompassen-2020 with exactly the fixture's figures, with no uncertain-model warning", () => {
    const result = importReportText(EXAMPLE);
    const evaluation = imported(result);
    expect(evaluation.framework).toBe("kommunkompassen-2020");
    expect({ name: evaluation.municipality.name, year: evaluation.year, total: evaluation.total }).toEqual({
      name: fixture.municipality.name,
      year: fixture.year,
      total: fixture.total,
    });
    expect(evaluation.areas.map((a) => [a.id, a.title, a.score])).toEqual(
      fixture.areas.map((a) => [a.id, a.title, a.score]),
    );
    expect(evaluation.areas.map((a) => a.score)).toEqual([61, 68, 72, 55, 70, 58, 66, 67]);
    const decided = frameworkFinding(result);
    expect(decided).toMatchObject({ kind: "inferred", severity: "info" });
    expect(decided.values).toEqual({
      framework: "kommunkompassen-2020",
      label: "Kommunkompassen 2020",
      uncertain: false,
      basis: "evidence",
      namedAreas: "1, 2, 3, 4, 5, 6, 7, 8",
      stated: "enligt Kommunkompassen 2020",
    });
    expect(result.findings.filter((f) => f.path === "/framework" && f.severity !== "info")).toEqual([]);
    expect(result.findings.filter((f) => f.code === "validator-warning")).toEqual([]);
    // SKR's page footers: the publisher is the one they name.
    expect(evaluation.source).toEqual({
      title: "KommunKompassen – Analys av Exempelkommun 2021",
      publisher: "Sveriges Kommuner och Regioner",
    });
  });

  it("validates with the core's validateEvaluation with no warnings", () => {
    const check = validateEvaluation(imported(importReportText(EXAMPLE)));
    expect(check.valid).toBe(true);
    expect(check.warnings).toEqual([]);
  });

  it("is recognised by the area names alone, also wrapped, hyphenated, in capitals or with another dash", () => {
    expect(EXAMPLE).toContain(STATED);
    const variants = [
      EXAMPLE.replace(STATED, ""),
      EXAMPLE.replace(STATED, "")
        .replace(
          "Område 8 Chefs- och ledarskap samt\nmedarbetarskap",
          "Område 8 Chefs– och ledar-\nskap samt medarbetarskap",
        )
        .replaceAll("Område 3 Styrning och kontroll", "Område 3 STYRNING OCH KONTROLL")
        .replaceAll(
          "Område 1 Samspel mellan förtroendevalda och medborgare",
          "Område 1: Samspel mellan förtroendevalda\noch medborgare",
        ),
    ];
    for (const text of variants) {
      const result = importReportText(text);
      const evaluation = imported(result);
      expect(evaluation.framework).toBe("kommunkompassen-2020");
      expect(frameworkFinding(result).values).toMatchObject({ uncertain: false, namedAreas: "1, 2, 3, 4, 5, 6, 7, 8" });
      expect(frameworkFinding(result).values.stated).toBeUndefined();
      expect(validateEvaluation(evaluation).warnings).toEqual([]);
    }
    const hyphenated = imported(importReportText(variants[1]!));
    // A line-end hyphen inside a word is joined; the name's own dash is kept as printed.
    expect(hyphenated.areas[7]!.title).toBe("Chefs– och ledarskap samt medarbetarskap");
    expect(hyphenated.areas[2]!.title).toBe("STYRNING OCH KONTROLL");
    expect(hyphenated.areas[0]!.title).toBe("Samspel mellan förtroendevalda och medborgare");
  });

  it("the table of contents alone names the areas (area 8 wrapped over two lines)", () => {
    const contents = EXAMPLE.slice(0, EXAMPLE.indexOf("1 Vad är Kommunkompassen?"));
    const result = importReportText(`${contents}\nOmråde 4 Effektivitet\nPoäng: 55\nAllmänt\nText.`);
    const evaluation = imported(result);
    expect(evaluation.framework).toBe("kommunkompassen-2020");
    expect(evaluation.areas.find((a) => a.id === 8)?.title).toBe("Chefs- och ledarskap samt medarbetarskap");
  });

  it("with two areas under 2.0 names it is still 2020, with a warning that names Kommunkompassen 2.0", () => {
    for (const text of [EXAMPLE, EXAMPLE.replace(STATED, "")]) {
      const mixed = withNames(text, { 2: "Tillgänglighet och brukarorientering", 7: "Verksamhetsutveckling" });
      const result = importReportText(mixed);
      const evaluation = imported(result);
      expect(evaluation.framework).toBe("kommunkompassen-2020");
      expect(evaluation.areas.map((a) => a.score)).toEqual([61, 68, 72, 55, 70, 58, 66, 67]);
      const decided = frameworkFinding(result);
      expect(decided).toMatchObject({ kind: "warning", severity: "warning" });
      expect(decided.values).toMatchObject({
        framework: "kommunkompassen-2020",
        uncertain: true,
        basis: "evidence",
        namedAreas: "1, 3, 4, 5, 6, 8",
        otherFramework: "kommunkompassen-2.0",
        otherLabel: "Kommunkompassen 2.0",
        otherNamedAreas: "2, 7",
      });
      expect(wordFinding(decided, "en")).toMatch(
        /^Kommunkompassen 2020: the names of area\(s\) 1, 3, 4, 5, 6, 8 are those of Kommunkompassen 2020, .*but the names of area\(s\) 2, 7 are those of Kommunkompassen 2\.0; check it/,
      );
      expect(wordFinding(decided, "sv")).toMatch(/men område 2, 7 har namnen i Kommunkompassen 2\.0; kontrollera det/);
      // The validator's name warnings name both models by their labels.
      const warnings = validateEvaluation(evaluation).warnings;
      expect(warnings.map((w) => [w.kind, w.path, w.details?.framework, w.details?.matches])).toEqual([
        ["area-name-mismatch", "/areas/1/title", "Kommunkompassen 2020", "Kommunkompassen 2.0"],
        ["area-name-mismatch", "/areas/6/title", "Kommunkompassen 2020", "Kommunkompassen 2.0"],
      ]);
      expect(warnings[0]!.message).toContain("(it is the Kommunkompassen 2.0 name)");
      const passedOn = result.findings.filter((f) => f.code === "validator-warning");
      expect(passedOn.map((f) => f.values.matches)).toEqual(["Kommunkompassen 2.0", "Kommunkompassen 2.0"]);
    }
  });

  it("an earlier model named in the text makes it uncertain too", () => {
    const result = importReportText(
      EXAMPLE.replace(STATED, `${STATED} Kommunen utvärderades senast 2017, enligt Kommunkompassen 2.1.`),
    );
    expect(imported(result).framework).toBe("kommunkompassen-2020");
    expect(frameworkFinding(result).values).toMatchObject({
      uncertain: true,
      otherFramework: "kommunkompassen-2.1",
      otherStated: "Kommunkompassen 2.1",
    });
  });
});

describe('"Kommunkompassen 2020" counts only where it is clearly the model, not a year', () => {
  const avesta = (insert: string) =>
    AVESTA.replace("Sammanfattning av resultat", `${insert}\n\nSammanfattning av resultat`);

  it("as a year (an evaluation, a title) it is no evidence: Avesta stays 2.0 with today's finding", () => {
    for (const insert of [
      "Resultatet i Kommunkompassen 2020 jämförs med detta.",
      "Kommunkompassen 2020 – Analys av Avesta kommun",
      "KOMMUNKOMPASSEN 2020",
    ]) {
      const result = importReportText(avesta(insert));
      expect(imported(result).framework).toBe("kommunkompassen-2.0");
      expect(frameworkFinding(result).values).toEqual({
        framework: "kommunkompassen-2.0",
        label: "Kommunkompassen 2.0",
        uncertain: false,
        basis: "evidence",
        namedAreas: "2, 7, 8",
        question26: true,
      });
    }
  });

  it("as the model's name it is evidence (against Avesta's 2.0 names: uncertain)", () => {
    for (const [insert, stated] of [
      ["Utvärderingen gjordes enligt Kommunkompassen 2020.", "enligt Kommunkompassen 2020"],
      ["Den reviderade Kommunkompassen 2020 användes.", "Den reviderade Kommunkompassen 2020"],
      ["Kommunkompassen version 2020.", "Kommunkompassen version 2020"],
      ["Kommunkompassen 2020-modellen.", "Kommunkompassen 2020-modellen"],
    ] as const) {
      const result = importReportText(avesta(insert));
      expect(imported(result).framework).toBe("kommunkompassen-2.0");
      expect(frameworkFinding(result).values).toMatchObject({
        uncertain: true,
        otherFramework: "kommunkompassen-2020",
        otherStated: stated,
      });
    }
  });
});

describe("the year alone decides only with a finding that says so", () => {
  const text = (year: number | undefined, title = "Något helt annat") =>
    `${year !== undefined ? `KommunKompassen\nANALYS AV EXEMPELKOMMUN ${year}\n` : ""}Utvärderingen av Exempelkommun genomfördes.\nOmråde 1 ${title}\nPoäng: 50\nAllmänt\nText.`;

  it.each([
    [2006, "kommunkompassen-original", "year-before-2010", "info"],
    [2009, "kommunkompassen-original", "year-before-2010", "info"],
    [2010, "kommunkompassen-2.0", "year-before-2015", "info"],
    [2014, "kommunkompassen-2.0", "year-before-2015", "info"],
    [2015, "kommunkompassen-2.0", "year-2015-2016", "warning"],
    [2016, "kommunkompassen-2.0", "year-2015-2016", "warning"],
    [2017, "kommunkompassen-2.1", "year-2017-on", "warning"],
    [2019, "kommunkompassen-2.1", "year-2017-on", "warning"],
    [2020, "kommunkompassen-2020", "year-2020-on", "warning"],
    [2023, "kommunkompassen-2020", "year-2020-on", "warning"],
  ] as const)("%i with no evidence: %s (basis %s, %s)", (year, framework, basis, severity) => {
    const result = importReportText(text(year));
    const evaluation = imported(result);
    expect(evaluation.framework).toBe(framework);
    const decided = frameworkFinding(result);
    expect(decided.severity).toBe(severity);
    expect(decided.values).toEqual({
      framework,
      label: evaluation.framework === "kommunkompassen-original" ? "Kommunkompassen 2002–2009" : expect.any(String),
      uncertain: severity === "warning",
      basis,
      year,
    });
    for (const lang of ["sv", "en"] as const) expect(wordFinding(decided, lang)).toContain(String(year));
  });

  it("2006: the original model, whose areas are not known, so nothing is checked against a definition", () => {
    const result = importReportText(text(2006));
    const evaluation = imported(result);
    expect(evaluation).toMatchObject({ framework: "kommunkompassen-original", year: 2006 });
    expect(evaluation.areas).toEqual([{ id: 1, title: "Något helt annat", score: 50 }]);
    expect(validateEvaluation(evaluation).warnings).toEqual([]);
    expect(wordFinding(frameworkFinding(result), "en")).toBe(
      "Kommunkompassen 2002–2009: nothing in the text tells the model; evaluations of 2006 used the original model (Kommunkompassen was revised in 2010)",
    );
    expect(wordFinding(frameworkFinding(result), "sv")).toContain("den ursprungliga modellen");
  });

  it("before 2010, names like 2.0's do not speak against the original model; naming a later model does", () => {
    const named = importReportText(text(2006, "Offentlighet och demokrati"));
    expect(imported(named).framework).toBe("kommunkompassen-original");
    expect(frameworkFinding(named).values).toMatchObject({ uncertain: false, basis: "year-before-2010" });
    const stated = importReportText(`${text(2006)}\nEnligt Kommunkompassen 2.0.`);
    expect(imported(stated).framework).toBe("kommunkompassen-original");
    expect(frameworkFinding(stated)).toMatchObject({ severity: "warning" });
    expect(frameworkFinding(stated).values).toMatchObject({ uncertain: true, otherStated: "Kommunkompassen 2.0" });
  });

  it("from 2020 on, 2.x names still decide (evidence before the year)", () => {
    const result = importReportText(
      text(2021, "Offentlighet och demokrati").replace(
        "Område 1",
        "Område 2 Tillgänglighet och brukarorientering\nPoäng: 40\nAllmänt\nText.\nOmråde 1",
      ),
    );
    expect(imported(result).framework).toBe("kommunkompassen-2.0");
    expect(frameworkFinding(result).values).toMatchObject({ basis: "evidence", uncertain: false });
  });

  it("no year and no evidence: the finding says both (and nothing is imported without a year)", () => {
    const result = importReportText(text(undefined));
    expect(result.evaluation).toBeNull();
    const decided = frameworkFinding(result);
    expect(decided.values).toMatchObject({ framework: "kommunkompassen-2.0", basis: "none", uncertain: true });
    expect(wordFinding(decided, "en")).toContain("nothing in the text tells the model, and there is no year to go on");
    expect(wordFinding(decided, "sv")).toContain("inget i texten anger modellen, och det finns inget år att gå efter");
  });

  it("every basis is worded in Swedish and English, each differently, and documented in docs/import.md", () => {
    const doc = readFileSync(resolve(repoRoot, "docs/import.md"), "utf8");
    const texts = new Set<string>();
    for (const basis of FRAMEWORK_BASES) {
      expect(doc, basis).toContain(`\`${basis}\``);
      for (const lang of ["sv", "en"] as const) {
        const text = importMessages[lang].findings["framework-inferred"]({
          framework: "kommunkompassen-2.0",
          label: "Kommunkompassen 2.0",
          basis,
          year: 2016,
          ...(basis === "evidence" ? { namedAreas: "2, 7" } : {}),
        });
        expect(text, `${basis} (${lang})`).toMatch(/^Kommunkompassen 2\.0: \S/);
        expect(text).not.toMatch(/undefined|\[object/);
        texts.add(text);
      }
    }
    expect(texts.size).toBe(FRAMEWORK_BASES.length * 2);
  });
});

describe("importCsv and the models", () => {
  const HEADER = "area;question;text;achieved;max;percent";
  const meta = { municipality: "Exempelkommun", year: 2021 };
  const rows2020 = [
    "Samspel mellan förtroendevalda och medborgare;1;Information;10;20;50%",
    "Samspel mellan förtroendevalda och medborgare;2;Dialog;12;30;40%",
    "Samhällsutveckling;1;Näringsliv;15;25;60%",
    "chefs- och ledarskap samt medarbetarskap;1;Ledarutveckling;7;10;70%",
  ];

  it.each(["2020", "Kommunkompassen 2020", "kommunkompassen-2020", "KOMMUNKOMPASSEN-2020"])(
    'framework "%s" with the 2020 area names imports as kommunkompassen-2020',
    (framework) => {
      const result = importCsv(`# framework: ${framework}\n${HEADER}\n${rows2020.join("\n")}\n`, meta);
      const evaluation = imported(result);
      expect(evaluation.framework).toBe("kommunkompassen-2020");
      expect(evaluation.areas.map((a) => [a.id, a.questions!.map((q) => [q.id, q.achieved, q.max])])).toEqual([
        [
          1,
          [
            ["1.1", 10, 20],
            ["1.2", 12, 30],
          ],
        ],
        [2, [["2.1", 15, 25]]],
        [8, [["8.1", 7, 10]]],
      ]);
      expect(result.findings.some((f) => f.code === "csv-areas-by-name")).toBe(true);
      expect(result.findings.some((f) => f.code === "csv-area-name-unknown" || f.code === "framework-inferred")).toBe(
        false,
      );
      expect(result.findings.filter((f) => f.code === "csv-area-no-rows").map((f) => f.values.name)).toEqual([
        "Styrning och kontroll",
        "Effektivitet",
        "Brukarens fokus",
        "Kvalitetsutveckling",
        "Arbetsliv",
      ]);
    },
  );

  it("with no framework, the 2020 area names decide it (and the finding says so)", () => {
    const result = importCsv(`${HEADER}\n${rows2020.join("\n")}\n`, meta);
    expect(imported(result).framework).toBe("kommunkompassen-2020");
    expect(frameworkFinding(result).values).toMatchObject({
      basis: "evidence",
      uncertain: false,
      namedAreas: "1, 2, 8",
    });
  });

  it("with no framework and no evidence, year 2021 gives 2020 with a warning; 2006 the original model", () => {
    const rows = `${HEADER}\n1;1.1;t;10;15;65%\n`;
    const recent = importCsv(rows, meta);
    expect(imported(recent).framework).toBe("kommunkompassen-2020");
    expect(frameworkFinding(recent)).toMatchObject({ severity: "warning", values: { basis: "year-2020-on" } });
    const early = importCsv(rows, { ...meta, year: 2006 });
    expect(imported(early).framework).toBe("kommunkompassen-original");
    expect(frameworkFinding(early).values).toMatchObject({ basis: "year-before-2010" });
  });

  it("a 2.0 question set in a 2021 file: 2.0, but the warning says the year points to 2020", () => {
    const result = importCsv(`${HEADER}\n2;2.6;t;5;15;35%\n`, meta);
    expect(imported(result).framework).toBe("kommunkompassen-2.0");
    expect(frameworkFinding(result).values).toMatchObject({
      uncertain: true,
      question26: true,
      yearSuggests: "kommunkompassen-2020",
      yearSuggestsLabel: "Kommunkompassen 2020",
    });
  });

  it.each([
    ["original", "kommunkompassen-original"],
    ["Ursprunglig", "kommunkompassen-original"],
    ["ursprungliga modellen", "kommunkompassen-original"],
    ["Kommunkompassen 2002–2009", "kommunkompassen-original"],
    ["kommunkompassen-original", "kommunkompassen-original"],
    ["2,1", "kommunkompassen-2.1"],
    ["Kommunkompassen 2.0", "kommunkompassen-2.0"],
    ["kommunkompassen", "kommunkompassen"],
    ["min-egen-modell", "min-egen-modell"],
  ])('framework "%s" is %s', (framework, id) => {
    const evaluation = imported(importCsv(`# framework: ${framework}\n${HEADER}\n1;1.1;t;10;15;65%\n`, meta));
    expect(evaluation.framework).toBe(id);
  });

  it("a name is looked up in the chosen model: another model's name is reported with its label, not mapped", () => {
    const result = importCsv(
      `# framework: 2020\n${HEADER}\nOffentlighet och demokrati;1.1;t;10;15;65%\nKommunen som samhällsbyggare;2;t;5;10;50%\n`,
      meta,
    );
    const evaluation = imported(result);
    expect(evaluation.areas.map((a) => a.id)).toEqual([1]);
    const unknown = result.findings.filter((f) => f.code === "csv-area-name-unknown");
    expect(unknown.map((f) => [f.severity, f.values.row, f.values.matches, f.values.matchesArea])).toEqual([
      ["warning", 2, "Kommunkompassen 2.0", 1],
      ["warning", 3, "Kommunkompassen 2.0", 8],
    ]);
    expect(wordFinding(unknown[1]!, "en")).toBe(
      'row 3: "Kommunen som samhällsbyggare" is not an area name of Kommunkompassen 2020 (it is the Kommunkompassen 2.0 name of area 8); the area is taken from the question number where it has one',
    );
    expect(wordFinding(unknown[1]!, "sv")).toContain("inget områdesnamn i Kommunkompassen 2020");
    // The 2.1 name of area 2 in a 2.1 file: area 2.
    const named21 = importCsv(
      `# framework: 2.1\n${HEADER}\nBrukarfokus, tillgänglighet och bemötande;1;t;5;15;33%\n`,
      meta,
    );
    expect(imported(named21).areas.map((a) => a.id)).toEqual([2]);
  });
});

describe("the seed reports decide as before", () => {
  it.each([
    ["vasteras-2012.txt", { namedAreas: "2, 7, 8", stated: "Kommunkompassen 2.0" }],
    ["vasteras-2014.txt", { namedAreas: "2, 7, 8" }],
  ])("%s", (file, evidence) => {
    const result = importReportText(report(file));
    expect(imported(result).framework).toBe("kommunkompassen-2.0");
    expect(frameworkFinding(result).values).toEqual({
      framework: "kommunkompassen-2.0",
      label: "Kommunkompassen 2.0",
      uncertain: false,
      basis: "evidence",
      ...evidence,
    });
  });
});
