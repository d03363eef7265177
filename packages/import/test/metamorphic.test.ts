/**
 * Issue 15's metamorphic tests: transformations of a report's text that must not change a single
 * imported figure, applied to every seed (and to the made-up 2020 and 2.1 reports) and combined at
 * random with fast-check (seeded, so a failure replays): reflow to one line per page or per
 * document, page headers and footers anywhere, a document-sharing page around it with other
 * reports' titles, blank lines and tabs added or removed, the title's words in another order.
 * Cutting the text after any area keeps the areas before the cut and reports the rest missing,
 * saying (in Swedish and English) which part of the report each should have come from.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importReportText, wordFinding, type ImportResult } from "../src";
import { repoRoot } from "../../../test/support/fixtures";
import { evidenceProblems } from "./evidence-check";
import { cutAfter, figures, KEEPING, oneLine, random, type Cut, type Keeping } from "./transform";

const reports = resolve(repoRoot, "test/fixtures/reports");
const FILES = [
  "avesta-2014.txt",
  "vasteras-2014.txt",
  "vasteras-2012.txt",
  // Made up for tests (see test/fixtures/reports/README.md).
  "example-2020.txt",
  "example-21-shared.txt",
] as const;
const SEEDS = FILES.map((file) => {
  const text = readFileSync(resolve(reports, file), "utf8");
  const result = importReportText(text);
  return { file, text, result, figures: figures(result.evaluation) };
});
const NAMES = Object.keys(KEEPING) as Keeping[];
/** fast-check's seed: the same cases on every run. */
const SEED = 15;

function apply(text: string, names: readonly (Keeping | "oneLine")[], seed: number): string {
  const rand = random(seed);
  return names.reduce((t, name) => (name === "oneLine" ? oneLine(t) : KEEPING[name](t, rand)), text);
}

describe("transformations that keep every figure", () => {
  for (const seed of SEEDS)
    it(`${seed.file}: each transformation alone, and the whole text on one line`, () => {
      expect(seed.result.evaluation).not.toBeNull();
      for (const name of [...NAMES, "oneLine"] as const) {
        const result = importReportText(apply(seed.text, [name], 1));
        expect({ name, figures: figures(result.evaluation) }).toEqual({ name, figures: seed.figures });
        expect(evidenceProblems(result)).toEqual([]);
      }
    });

  it("combined at random, in any order: the same figures, each with its evidence", () => {
    const started = Date.now();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SEEDS.length - 1 }),
        fc.shuffledSubarray([...NAMES, "oneLine" as const], { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (index, names, seed) => {
          const { text, figures: want } = SEEDS[index]!;
          const result = importReportText(apply(text, names, seed));
          expect(figures(result.evaluation)).toEqual(want);
          expect(evidenceProblems(result)).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

/** The areas of a seed's import that have a section (a score read from its heading block). */
const sections = (result: ImportResult) =>
  result.evaluation!.areas.filter((a, i) => {
    const e = result.evidence!.find((x) => x.path === `/areas/${i}/score`);
    return a.score !== undefined && e !== undefined && !/Uppnått|%/.test(e.context ?? "");
  });

/** Every cut a seed allows: after each area's section but the last one, after each table but the last. */
const CUTS = SEEDS.flatMap((seed, index) => {
  const evaluation = seed.result.evaluation!;
  const ids = sections(seed.result).map((a) => a.id);
  const tables = evaluation.areas.filter((a) => (a.questions?.length ?? 0) > 0).map((a) => a.id);
  return [
    ...ids.slice(0, -1).map((area) => ({ index, cut: { area, part: "section" } as Cut })),
    ...tables.slice(0, -1).map((area) => ({ index, cut: { area, part: "overview" } as Cut })),
  ];
});

/** What a cut must give: the areas before it as they were, the rest missing, and said where from. */
function checkCut(result: ImportResult, index: number, cut: Cut): void {
  const whole = SEEDS[index]!.result.evaluation!;
  const evaluation = result.evaluation!;
  expect(evaluation).not.toBeNull();
  const cutFinding = result.findings.find((f) => f.code === "report-cut");
  expect(cutFinding?.values).toMatchObject({ afterArea: cut.area, part: cut.part });
  expect(wordFinding(cutFinding!, "en")).toMatch(/cut off/);
  expect(wordFinding(cutFinding!, "sv")).toMatch(/avskuren/);
  for (const area of whole.areas) {
    const got = evaluation.areas.find((a) => a.id === area.id);
    const at = evaluation.areas.findIndex((a) => a.id === area.id);
    if (cut.part === "section" && area.id > cut.area) {
      expect(got?.score).toBeUndefined();
      // The finding says where the score would have come from: the area's section.
      const missing = result.findings.find(
        (f) => f.kind === "missing" && f.values.area === area.id && /\/score$|^\/areas$/.test(f.path),
      );
      expect(missing, `area ${area.id}`).toBeDefined();
      expect(wordFinding(missing!, "en")).toContain(`"Område ${area.id} …"`);
      expect(wordFinding(missing!, "sv")).toContain(`"Område ${area.id} …"`);
      continue;
    }
    expect([area.id, got?.score]).toEqual([area.id, area.score]);
    if (cut.part === "overview" && area.id > cut.area) {
      expect(got?.questions ?? []).toEqual([]);
      const missing = result.findings.find((f) => f.code === "area-no-table" && f.path === `/areas/${at}/questions`);
      expect(wordFinding(missing!, "en")).toContain("Översikt av poängfördelning");
      expect(wordFinding(missing!, "sv")).toContain("Översikt av poängfördelning");
    } else if (cut.part === "overview") expect(got?.questions).toEqual(area.questions);
  }
  expect(evidenceProblems(result)).toEqual([]);
}

describe("a text cut after any area", () => {
  it(`every cut of every seed (${CUTS.length}): the areas before it imported, the rest reported missing`, () => {
    expect(CUTS.length).toBeGreaterThan(30);
    for (const { index, cut } of CUTS) {
      const { text, result } = SEEDS[index]!;
      const part = cutAfter(text, result.evaluation!, result.evidence!, cut);
      expect(part, `${SEEDS[index]!.file} ${cut.part} ${cut.area}`).toBeDefined();
      checkCut(importReportText(part!), index, cut);
    }
  });

  it("cut, then transformed at random: the same as the cut alone", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CUTS),
        fc.shuffledSubarray([...NAMES, "oneLine" as const], { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        ({ index, cut }, names, seed) => {
          const { text, result } = SEEDS[index]!;
          const part = cutAfter(text, result.evaluation!, result.evidence!, cut)!;
          const alone = importReportText(part);
          const transformed = importReportText(apply(part, names, seed));
          expect(figures(transformed.evaluation)).toEqual(figures(alone.evaluation));
          checkCut(transformed, index, cut);
        },
      ),
      { seed: SEED, numRuns: 40 },
    );
  });
});
