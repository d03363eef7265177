/**
 * Findings are data (issue 11 #5): every finding has a stable code from the catalogue, a kind and
 * severity, a JSON Pointer and its values; its wording exists in Swedish and English and names no
 * command-line option (the CLI adds its own hints). Every code is documented in docs/import.md.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { IMPORT_FINDING_CODES, importMessages, LANGS } from "@kommunkompassen/core/messages";
import { importCsv, importReportText, importResultsTable, wordFinding, type Finding } from "../src";
import { repoRoot } from "../../../test/support/fixtures";

const reports = resolve(repoRoot, "test/fixtures/reports");
const seed = (file: string) => readFileSync(resolve(reports, file), "utf8");
const AVESTA = seed("avesta-2014.txt");
const VASTERAS_2012 = seed("vasteras-2012.txt");
const VASTERAS_2014 = seed("vasteras-2014.txt");
// Made up for tests (see test/fixtures/reports/README.md).
const EXAMPLE_2020 = seed("example-2020.txt");
const OVERVIEW = AVESTA.indexOf("4. Översikt av poängfördelning\n");
const HEADER = "area;question;text;achieved;max;percent";
const meta = { municipality: "Avesta kommun", year: 2014 };

/** Imports that between them emit most codes: the three seeds, and the seeds and CSVs spoiled on purpose. */
function findingsOnFixtures(): Finding[] {
  const utf8 = new TextEncoder().encode(AVESTA);
  const results = [
    importReportText(AVESTA),
    importReportText(AVESTA, { framework: "kommunkompassen-2.1", code: "2084", municipality: "Avesta", year: 2013 }),
    importReportText(VASTERAS_2012),
    importReportText(VASTERAS_2014),
    importReportText(`Transkript\n${VASTERAS_2014}\nRelaterade dokument\nANALYS AV TÄBY KOMMUN 2014`),
    importReportText(new Uint8Array([...utf8.subarray(0, 500), 0xff, ...utf8.subarray(500)])),
    importReportText(Uint8Array.from([...AVESTA].map((c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)))),
    importReportText(
      new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...AVESTA].map((c) => c.charCodeAt(0))).buffer)]),
    ),
    importReportText(Uint8Array.from(Buffer.from("%PDF-1.7\n", "latin1"))),
    importReportText(AVESTA.slice(0, OVERVIEW)),
    importReportText(AVESTA.slice(OVERVIEW)),
    importReportText(AVESTA.replace("ANALYS AV AVESTA KOMMUN 2014", "ANALYS AV AVESTA 2014")),
    importReportText(`${AVESTA}\nTotalt 404 poäng. Totalt 410 poäng.`),
    importReportText("ingenting"),
    // Issue 13: a 2020 report with two areas under 2.0 names, the year alone, another model named.
    importReportText(EXAMPLE_2020.replaceAll("Område 2 Samhällsutveckling", "Område 2 Kommunen som samhällsbyggare")),
    importReportText(
      EXAMPLE_2020.replaceAll("Område 7 Arbetsliv", "Område 7 Verksamhetsutveckling").replace(
        "Denna utvärdering",
        "Kommunen utvärderades 2017 enligt Kommunkompassen 2.1. Denna utvärdering",
      ),
    ),
    importReportText("ANALYS AV EXEMPELKOMMUN 2006\nOmråde 1 X\nPoäng: 40\nAllmänt\nEnligt Kommunkompassen 2.0."),
    importReportText(
      "ANALYS AV EXEMPELKOMMUN 2022\nOmråde 3 Politisk styrning och kontroll\nPoäng: 40\nAllmänt\nText.",
    ),
    importCsv(`# framework: 2020\n${HEADER}\nOffentlighet och demokrati;1;A;10;15;65%\nHittepå;1.2;B;1;2;50%\n`, meta),
    importCsv(`${HEADER}\n2;2.6;A;5;15;35%\n`, { ...meta, year: 2021 }),
    importCsv(
      `# kommun: Avesta kommun\n# year: tjugo\n# total: mycket\n# hej\n${HEADER};extra\n1;1;A;10;15;65%;\n1;1;B;x;15;;\n2;1.1;C;1;2;50%\n;1.x;D;1;2;\n1;1.2;E;1,5;2;75%;z;w\nOffentlighet och demokrati;3;F;20;15;\n`,
      {
        code: "2084",
        year: 2014,
        framework: "2.1",
      },
    ),
    importCsv(`# framework: 2.0\n${HEADER}\n1.1;10;15\n`.replace(HEADER, "question,achieved,max"), meta),
    importCsv(`question;achieved;${"x;".repeat(100)}\n1.1;10\n`, meta),
    importCsv(`${HEADER}\n1.1;;;10;15;65%\n`.replace("1.1;;;", ";1.1;;"), {}),
    importCsv("# only comments\n", meta),
    importCsv("a;b;c\n1;2;3\n", meta),
    importCsv(`${HEADER}\n${"1;1.1;t;1;15;1%\n".repeat(40)}`, meta),
    // Issue 14: results tables, the bundled one and one spoiled on purpose.
    importResultsTable(readFileSync(resolve(repoRoot, "test/fixtures/data/published-results.csv"))),
    importResultsTable(
      [
        "municipality;code;year;framework;framework_basis;total;area_1;area_3;extra;total;source_url",
        "Avesta;2084;2014;2.0;;404;52;;;;https://example.org/",
        "Vallentuna;115;2017;;stated;555;;;;;ftp://example.org/",
        "Avesta;0115;2015;Kommunkompassen 3;;x;130;;;;",
        "Kommunen X;;2016;region-x;hörsägen;;;;;;https://example.org/",
        "Avesta;2084;2014;2.0;;404;52;;;;https://example.org/",
        "Avesta;2084;2014;2.0;;410;52;;;;https://example.org/",
        ";;2014;;;1;;;;;",
        "Avesta;12ab;tjugo;;;1;;;;;",
        "Avesta;2084;2019;2.1;stated;500;;;;;https://example.org/;a;b",
      ].join("\n"),
    ),
    importResultsTable("municipality,year\nAvesta,2014\n"),
    importResultsTable("municipality;year;total\n;2014;1\n"),
  ];
  return results.flatMap((r) => r.findings);
}

const FLAG = /(?:^|[\s("'])--?[a-z]/;

describe("findings as data", () => {
  const findings = findingsOnFixtures();
  const emitted = [...new Set(findings.map((f) => f.code))].sort();

  it("every finding has a known code, a kind, a severity, a pointer and its values", () => {
    for (const finding of findings) {
      expect(IMPORT_FINDING_CODES).toContain(finding.code);
      expect(["inferred", "missing", "ignored", "warning"]).toContain(finding.kind);
      expect(["info", "warning", "error"]).toContain(finding.severity);
      expect(finding.path === "" || finding.path.startsWith("/")).toBe(true);
      expect(typeof finding.values).toBe("object");
      expect(finding.message).toBe(wordFinding(finding, "en"));
    }
    // The fixtures and their spoiled copies reach most of the catalogue.
    expect(emitted.length).toBeGreaterThanOrEqual(40);
  });

  it("every code emitted on the fixtures is worded in Swedish and English, with no command-line option", () => {
    for (const code of emitted) {
      for (const finding of findings.filter((f) => f.code === code)) {
        const sv = wordFinding(finding, "sv");
        const en = wordFinding(finding, "en");
        expect(sv.trim(), code).not.toBe("");
        expect(en.trim(), code).not.toBe("");
        expect(sv, code).not.toBe(en);
        expect(sv, `${code} (sv): ${sv}`).not.toMatch(FLAG);
        expect(en, `${code} (en): ${en}`).not.toMatch(FLAG);
        expect(`${sv} ${en}`, code).not.toMatch(/undefined|\[object/);
      }
    }
  });

  it("every code of the catalogue has both wordings, even with no values, and none names an option", () => {
    for (const code of IMPORT_FINDING_CODES) {
      for (const lang of LANGS) {
        const text = importMessages[lang].findings[code]({});
        expect(text.trim(), `${code} (${lang})`).not.toBe("");
        expect(text, `${code} (${lang})`).not.toMatch(FLAG);
      }
    }
  });

  it("the summary of findings past the cap words its example in the same language", () => {
    const more = findings.find((f) => f.code === "more-findings" && f.values.code === "csv-row-duplicate");
    expect(more).toBeDefined();
    expect(wordFinding(more!, "en")).toMatch(/^19 more finding\(s\) like "row 23: question 1\.1 appears twice/);
    expect(wordFinding(more!, "sv")).toMatch(/^ytterligare 19 anmärkning\(ar\) som "rad 23: delfråga 1\.1 förekommer/);
  });

  it("the CLI's hints are where the options are named", () => {
    expect(importMessages.en.cliHints["code-missing"]?.({})).toContain("--code");
    expect(importMessages.sv.cliHints["code-missing"]?.({})).toContain("--code");
  });

  it("docs/import.md documents every code", () => {
    const doc = readFileSync(resolve(repoRoot, "docs/import.md"), "utf8");
    for (const code of IMPORT_FINDING_CODES) expect(doc, code).toContain(`| \`${code}\` |`);
  });
});
