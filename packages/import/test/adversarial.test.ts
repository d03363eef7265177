/**
 * Every exported parser on generated adversarial text (issue 12, the class): the reports' keywords
 * (taken from the importer's patterns and the fixtures) followed by long runs of every kind of
 * white space, digits, punctuation and repeated fragments, up to about 1 MB. Each function must
 * return (never throw) within a time budget per KB that a linear parser meets with room to spare
 * on a loaded machine, and that a quadratic one misses by far at these sizes.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEvaluation, validateEvaluation } from "@kommunkompassen/core";
import { decodeInput, importCsv, importReportText, looksLikeCsv } from "../src";
import { repoRoot } from "../../../test/support/fixtures";

/** The budget: a constant plus so much per KB of input. */
const BASE_MS = 500;
const PER_KB_MS = 4;

/** Keywords of the reports: what the importer's patterns look for. */
const KEYWORDS = [
  "ANALYS AV",
  "Analys av",
  "KommunKompassen",
  "ANALYS AV AVESTA KOMMUN 2014\nAvesta kommun 2014",
  "AVESTA KOMMUN",
  "kommun",
  "totalt",
  "Totalt",
  "totalpoängen blev",
  "totalpoäng",
  "summa",
  "sammanlagt",
  "404 av 800",
  "av 800 möjliga poäng",
  "Område 1",
  "Område 12.",
  "Rubriker",
  "Poäng",
  "Poäng:",
  "Allmänt",
  "Styrkor",
  "Förbättringsmöjligheter",
  "Svagheter",
  "Översikt av poängfördelning",
  "1. Offentlighet och demokrati Uppnått Max Procent",
  "Uppnått",
  "Utvärderingen av",
  "Utvärderingen av Avesta kommun genomfördes i",
  "december år",
  "Transkript",
  "Relaterade dokument",
  "Sveriges Kommuner och Landsting",
  "Sida 3 av",
  "6 (31)",
  "Kommunkompassen 2.0",
  "Kommunkompassen version",
  "Utvärderare:",
  "Ewa Luvö, Karolina Dahlbom,",
  "–",
  "—",
  "-",
  "1.1",
  "2.6",
  "10 15 65%",
  "65 %",
  "9,75",
  "2014",
  "<ul>",
  "<li>",
  "<br",
  "&amp;",
  "&#",
  "# year:",
  "area;question;text;achieved;max;percent",
  '"',
  ";",
  "•",
  "medborgar-",
];

/** What the runs are made of: every kind of white space, digits, punctuation, repeated fragments. */
const RUNS = [
  " ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\f",
  "\u00a0",
  "\u2007",
  "\u3000",
  " \n",
  "1",
  "1 ",
  "2014 ",
  "1.1 ",
  "10 15 65% ",
  ".",
  ",",
  ":",
  "–",
  "-",
  "%",
  '"',
  '""',
  ";",
  "<a ",
  "&",
  "•",
  "ord\n",
  "a-\n",
  "Område 1 ",
  "ANALYS AV ",
  "totalt ",
  "Poäng ",
  "Kommunkompassen 2.0 ",
];

const AVESTA = readFileSync(resolve(repoRoot, "test/fixtures/reports/avesta-2014.txt"), "utf8");

/** The functions under test, each on a text. */
const PARSERS: Record<string, (text: string) => unknown> = {
  importReportText: (text) => importReportText(text),
  "importReportText (bytes)": (text) => importReportText(new TextEncoder().encode(text)),
  importCsv: (text) => importCsv(text, { municipality: "Avesta kommun", year: 2014 }),
  "importCsv (after a header)": (text) =>
    importCsv(`area;question;text;achieved;max;percent\n${text}`, { municipality: "Avesta kommun", year: 2014 }),
  looksLikeCsv: (text) => looksLikeCsv(text),
  decodeInput: (text) => decodeInput(new TextEncoder().encode(text)),
  parseEvaluation: (text) => parseEvaluation(text),
  "parseEvaluation (in a string value)": (text) =>
    parseEvaluation(
      JSON.stringify({ schemaVersion: 1, framework: "kommunkompassen-2.0", municipality: { name: text } }),
    ),
  validateEvaluation: (text) =>
    validateEvaluation({
      schemaVersion: 1,
      framework: "kommunkompassen-2.0",
      municipality: { name: text, code: text.slice(0, 10) },
      year: 2014,
      date: text.slice(0, 20),
      areas: [{ id: 1, title: text, score: 52, headings: [text], questions: [{ id: "1.1", text }] }],
    }),
};

/** CPU time of this process in ms: other processes on a loaded machine do not count against the budget. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `parse` on `text`: it must return, within the budget (CPU time). */
function withinBudget(name: string, parse: (text: string) => unknown, text: string, label: string): void {
  const start = cpuMs();
  let error: unknown;
  try {
    parse(text);
  } catch (caught) {
    error = caught;
  }
  const ms = cpuMs() - start;
  const kb = text.length / 1024;
  const budget = BASE_MS + PER_KB_MS * kb;
  expect(error, `${name} threw on ${label}`).toBeUndefined();
  expect(
    ms,
    `${name} took ${Math.round(ms)} ms on ${label} (${Math.round(kb)} KB; budget ${Math.round(budget)} ms)`,
  ).toBeLessThan(budget);
}

/** Every keyword followed by a run of `run`, all together about `size` characters. */
function keywordsWithRuns(run: string, size: number): string {
  const each = Math.max(1, Math.floor(size / KEYWORDS.length / run.length));
  return KEYWORDS.map((keyword) => keyword + run.repeat(each)).join("");
}

const show = (run: string) => JSON.stringify(run);

describe("every exported parser is linear on adversarial text", () => {
  it("each keyword followed by a run of each kind (about 600 KB in all, 10 KB per run)", () => {
    for (const run of RUNS) {
      const text = keywordsWithRuns(run, 600_000);
      for (const [name, parse] of Object.entries(PARSERS))
        withinBudget(name, parse, text, `keywords + runs of ${show(run)}`);
    }
  }, 120_000);

  it("the issue's inputs: one keyword, then one run of 1 MB", () => {
    const cases: [string, string, string][] = [
      ["ANALYS AV", " ", "x"],
      ["totalt", " ", ""],
      ["ANALYS AV AVESTA KOMMUN 2014\nAvesta kommun 2014", " ", "–"],
      ["Utvärderingen av", " ", "x"],
      ["Transkript", " ", "x"],
      ["Område 1 Poäng", " ", "x"],
      [AVESTA, "ord\n", ""],
    ];
    for (const [keyword, run, end] of cases) {
      const text = keyword + run.repeat(Math.floor(1_000_000 / run.length)) + end;
      for (const [name, parse] of Object.entries(PARSERS))
        withinBudget(name, parse, text, `${show(keyword.slice(0, 30))} + ${show(run)} × 1 MB + ${show(end)}`);
    }
  }, 120_000);

  it("generated mixtures of keywords, runs and the Avesta report, up to 1 MB", () => {
    const segment = fc.oneof(
      fc.constantFrom(...KEYWORDS),
      fc.tuple(fc.constantFrom(...RUNS), fc.integer({ min: 1, max: 2000 })).map(([run, n]) => run.repeat(n)),
      fc
        .tuple(fc.integer({ min: 0, max: AVESTA.length }), fc.integer({ min: 0, max: 3000 }))
        .map(([at, n]) => AVESTA.slice(at, at + n)),
    );
    const text = fc
      .tuple(
        fc.array(segment, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...RUNS),
        fc.integer({ min: 1_000, max: 1_000_000 }),
        fc.constantFrom(...KEYWORDS),
      )
      .map(([parts, run, size, tail]) => parts.join("") + run.repeat(Math.floor(size / run.length)) + tail);
    fc.assert(
      fc.property(text, (input) => {
        for (const [name, parse] of Object.entries(PARSERS)) withinBudget(name, parse, input, "a generated text");
      }),
      // No shrinking: a failure names the function and the size; shrinking megabytes takes minutes.
      { numRuns: 12, seed: 20141231, endOnFailure: true },
    );
  }, 120_000);
});
