/**
 * Issue 14: results tables. `importResultsTable` reads one evaluation per row (the columns of
 * published-results.csv) into a collection. Checked on the real copy in test/fixtures/data: every
 * figure of the file comes back (read here with a separate, naive reader of the file), the
 * collection validates with the registry check, and its statistics are the ones worked out by hand.
 * Then the variants a spreadsheet gives: other column orders, `,` and decimal points, decimal
 * commas, quotes, a BOM, missing columns, unknown cells, bad cells, duplicates.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { collectionStatistics, validateCollection, type Evaluation } from "@kommunkompassen/core";
import { checkMunicipality, groupBy } from "@kommunkompassen/core/municipalities";
import { importResultsTable, looksLikeResultsTable, looksLikeCsv, wordFinding, type Finding } from "../src";
import { repoRoot } from "../../../test/support/fixtures";

const TABLE_PATH = resolve(repoRoot, "test/fixtures/data/published-results.csv");
const TABLE = readFileSync(TABLE_PATH, "utf8");
const HEADER =
  "municipality;code;year;framework;framework_basis;total;area_1;area_2;area_3;area_4;area_5;area_6;area_7;area_8;source_url";

/** The file read the simplest way (it has no quotes): one record per line, by column name. */
function naiveRows(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split("\n");
  const names = header!.split(";");
  return lines.map((line) => Object.fromEntries(line.split(";").map((cell, i) => [names[i]!, cell])));
}

const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
const only = (findings: readonly Finding[], code: string) => findings.filter((f) => f.code === code);

describe("importResultsTable: published-results.csv", () => {
  const result = importResultsTable(readFileSync(TABLE_PATH), { file: "test/fixtures/data/published-results.csv" });
  const collection = result.collection!;
  const rows = naiveRows(TABLE);

  it("is recognised as a results table, not as a sub-question CSV", () => {
    expect(looksLikeResultsTable(TABLE)).toBe(true);
    expect(looksLikeCsv(TABLE)).toBe(false);
    expect(looksLikeResultsTable("area;question;text;achieved;max;percent\n1;1.1;A;1;2;50%\n")).toBe(false);
  });

  it("reproduces every figure of the file: name, code, year, model, total, every area score, the source URL", () => {
    expect(rows).toHaveLength(19);
    expect(collection.evaluations).toHaveLength(rows.length);
    expect(result.rows).toEqual(rows.map((_, i) => i + 2));
    rows.forEach((row, i) => {
      const e = collection.evaluations[i]!;
      expect(e.municipality).toEqual({ name: row.municipality, code: row.code });
      expect(e.year).toBe(Number(row.year));
      expect(e.framework).toBe(row.framework === "" ? "kommunkompassen" : row.framework);
      expect(e.total).toBe(Number(row.total));
      const published = [1, 2, 3, 4, 5, 6, 7, 8]
        .filter((id) => row[`area_${id}`] !== "")
        .map((id) => ({ id, score: Number(row[`area_${id}`]) }));
      expect(e.areas).toEqual(published);
      expect(e.source).toEqual({ url: row.source_url });
      if (row.framework_basis === "") expect(e["x-framework-basis"]).toBeUndefined();
      else expect(e["x-framework-basis"]).toBe(row.framework_basis);
    });
    // Unknown cells are absent, never 0: the file has 10 area scores (Strängnäs 2014 and 2016 area 1, Örebro 2012's eight).
    const scores = collection.evaluations.flatMap((e) => e.areas.map((a) => a.score));
    expect(scores).toHaveLength(10);
    expect(scores).not.toContain(0);
    const orebro = collection.evaluations.find((e) => e.municipality.name === "Örebro kommun" && e.year === 2012)!;
    expect(orebro.areas.map((a) => a.score)).toEqual([68, 85, 86, 74, 70, 74, 71, 87]);
  });

  it("is a collection that validates with the registry check, with its title and source", () => {
    expect(collection.schemaVersion).toBe(1);
    expect(collection.title).toBe("published-results.csv");
    expect(collection.sources).toEqual([{ file: "test/fixtures/data/published-results.csv" }]);
    const check = validateCollection(collection, { checkMunicipality });
    expect(check.errors).toEqual([]);
    expect(check.valid).toBe(true);
    expect(check.warnings).toEqual([]);
  });

  it("a model not stated is the built-in 'kommunkompassen', said in a finding and a note; a year-only model is said so", () => {
    const unstated = collection.evaluations.filter((e) => e.framework === "kommunkompassen");
    expect(unstated.map((e) => `${e.municipality.name} ${e.year}`)).toEqual([
      "Vallentuna kommun 2017",
      "Vallentuna kommun 2019",
      "Strängnäs kommun 2016",
      "Helsingborgs stad 2017",
      "Marks kommun 2022",
      "Örebro kommun 2015",
    ]);
    for (const e of unstated) expect(e.notes?.[0]).toMatch(/^The source does not say which model was used/);
    expect(only(result.findings, "results-framework-not-stated").map((f) => f.path)).toEqual([
      "/evaluations/0/framework",
      "/evaluations/1/framework",
      "/evaluations/4/framework",
      "/evaluations/7/framework",
      "/evaluations/12/framework",
      "/evaluations/17/framework",
    ]);
    // framework_basis "year": the model is kept as the table gives it, never made firmer.
    const byYear = only(result.findings, "results-framework-from-year");
    expect(byYear.map((f) => f.values.row)).toEqual([4, 11, 12, 15, 17, 20]);
    expect(byYear.every((f) => f.kind === "inferred")).toBe(true);
    const hoganas2023 = collection.evaluations[9]!;
    expect(hoganas2023.municipality.name).toBe("Höganäs kommun");
    expect(hoganas2023.framework).toBe("kommunkompassen-2020");
    expect(hoganas2023.notes).toEqual([
      "framework_basis: year. Only the year points to the model: the source does not name it, and Kommunkompassen 2020 is what evaluations of 2023 are taken to have used.",
    ]);
    expect(collection.evaluations[3]!.notes).toEqual([
      "framework_basis: stated. The source names the model (or its area names).",
    ]);
    expect(wordFinding(byYear[1]!, "sv")).toBe(
      'rad 11: endast året 2023 pekar på Kommunkompassen 2020 (framework_basis "year"): källan anger inte modellen; behålls som tabellen anger den, med en anteckning som säger det',
    );
    // Nothing else to say about this file: every code fits, every row has its source.
    expect([...new Set(codes(result.findings))].sort()).toEqual([
      "results-framework-from-year",
      "results-framework-not-stated",
    ]);
  });

  it("gives the statistics worked out by hand, per model, the model not stated never ranked", () => {
    const stats = collectionStatistics(collection.evaluations);
    const group = (id: string) => stats.groups.find((g) => g.framework === id)!;
    expect(stats.groups.map((g) => g.framework)).toEqual([
      "kommunkompassen-2.0",
      "kommunkompassen-2020",
      "kommunkompassen-2.1",
    ]);
    // 2.0, the latest of each municipality: Nacka 2011 644, Strängnäs 2014 437, Ängelholm 2013 426,
    // Lidköping 2014 549 (its 2011 is older), Örebro 2012 615, Karlskoga 2014 450.
    // Sorted 426 437 450 549 615 644: mean 3121 / 6 = 520.1666…; median (450 + 549) / 2 = 499.5;
    // q1 at (6 − 1) × 0.25 = 1.25: 437 + 0.25 × 13 = 440.25; q3 at 3.75: 549 + 0.75 × 66 = 598.5.
    const v20 = group("kommunkompassen-2.0");
    expect(v20.n).toBe(6);
    expect(v20.total).toEqual({ n: 6, mean: 520.166666667, median: 499.5, q1: 440.25, q3: 598.5, min: 426, max: 644 });
    // Area 1: Strängnäs 2014 54 and Örebro 2012 68 only (n = 2, unknown ones not counted):
    // mean 61, median 61, q1 54 + 0.25 × 14 = 57.5, q3 64.5.
    expect(v20.areas[0]).toEqual({ id: 1, n: 2, mean: 61, median: 61, q1: 57.5, q3: 64.5, min: 54, max: 68 });
    expect(v20.areas[1]).toEqual({ id: 2, n: 1, mean: 85, median: 85, q1: 85, q3: 85, min: 85, max: 85 });
    // 2020, the latest of each: Tomelilla 2023 546, Höganäs 2023 679, Mark 2024 510. Sorted 510 546 679:
    // mean 1735 / 3 = 578.333…, median 546, q1 510 + 0.5 × 36 = 528, q3 546 + 0.5 × 133 = 612.5.
    expect(group("kommunkompassen-2020").total).toEqual({
      n: 3,
      mean: 578.333333333,
      median: 546,
      q1: 528,
      q3: 612.5,
      min: 510,
      max: 679,
    });
    expect(group("kommunkompassen-2.1").total).toMatchObject({ n: 1, median: 496 });
    const at = (name: string, year: number) =>
      stats.evaluations.find((e) => e.municipality === name && e.year === year)!;
    expect(at("Nacka", 2011).rank?.total).toMatchObject({ position: 1, of: 6 });
    expect(at("Ängelholms kommun", 2013).rank?.total).toMatchObject({ position: 6, of: 6 });
    expect(at("Lidköpings kommun", 2011)).toMatchObject({ rank: null, reason: "older-evaluation" });
    expect(at("Höganäs kommun", 2023).rank?.total).toMatchObject({ position: 1, of: 3 });
    for (const e of stats.evaluations.filter((s) => s.framework === "kommunkompassen"))
      expect(e).toMatchObject({ rank: null, reason: "model-not-stated" });
    // Every evaluation (all): 2.0 has 7, Lidköping 2011's 483 the median and 4th of 7.
    const all = collectionStatistics(collection.evaluations, { all: true });
    expect(all.groups[0]!.total).toMatchObject({ n: 7, median: 483 });
    expect(all.evaluations[13 + 1]!.rank?.total).toMatchObject({ position: 4, of: 7 });
    // By county: Örebro län has Örebro 2012 (615) and Karlskoga 2014 (450) in 2.0.
    const county = collectionStatistics(collection.evaluations, { group: groupBy("county") });
    const orebroLan = county.groups.find((g) => g.framework === "kommunkompassen-2.0" && g.group?.key === "18")!;
    expect(orebroLan.total).toMatchObject({ n: 2, mean: 532.5, min: 450, max: 615 });
  });
});

describe("importResultsTable: what spreadsheets give", () => {
  const evaluations = (text: string | Uint8Array) => importResultsTable(text).collection?.evaluations ?? [];

  it("columns in any order, `,` with decimal points, quoted fields, a BOM; optional columns missing", () => {
    const text =
      '\ufeffsource_url,total,year,municipality,area_2\n"https://example.org/a,b",512.5,2014,"Avesta kommun",41\n';
    const result = importResultsTable(text);
    const [e] = result.collection!.evaluations;
    expect(e).toMatchObject({
      framework: "kommunkompassen",
      municipality: { name: "Avesta kommun", code: "2084" },
      year: 2014,
      total: 512.5,
      areas: [{ id: 2, score: 41 }],
      source: { url: "https://example.org/a,b" },
    });
    // The code comes from the registry by name, said in a finding and in the evaluation's notes.
    const fromRegistry = only(result.findings, "results-code-from-registry")[0]!;
    expect(fromRegistry).toMatchObject({
      kind: "inferred",
      path: "/evaluations/0/municipality/code",
      values: { row: 2, name: "Avesta kommun", code: "2084", registryName: "Avesta" },
    });
    expect(e!.notes).toContain(
      "The municipality code 2084 is not in the source: it was looked up by name in the municipality registry (Avesta).",
    );
  });

  it("decimal commas with `;`, Swedish headers, a tab-separated file, CRLF line ends", () => {
    const sv = evaluations("Kommun;År;Modell;Totalt;Område 1\r\nAvesta;2014;2.0;404,5;52\r\n");
    expect(sv[0]).toMatchObject({ framework: "kommunkompassen-2.0", total: 404.5, areas: [{ id: 1, score: 52 }] });
    const tab = evaluations("municipality\tyear\ttotal\nAvesta\t2014\t404\n");
    expect(tab[0]).toMatchObject({ municipality: { name: "Avesta", code: "2084" }, total: 404 });
  });

  it("a model given as its id, label or version; the model's basis kept as the table gives it", () => {
    const result = importResultsTable(
      [
        "municipality;year;framework;framework_basis;total",
        "Avesta;2014;2.0;stated;404",
        "Tomelilla;2020;Kommunkompassen 2020;year;497",
        "Höganäs;2020;2020;;611",
        "Mark;2022;kommunkompassen;;438",
        "Nacka;2011;KOMMUNKOMPASSEN-2.0;hörsägen;644",
        "Lund;2015;Kommunkompassen 3;;500",
      ].join("\n"),
    );
    const e = result.collection!.evaluations;
    expect(e.map((x) => x.framework)).toEqual([
      "kommunkompassen-2.0",
      "kommunkompassen-2020",
      "kommunkompassen-2020",
      "kommunkompassen",
      "kommunkompassen-2.0",
      "kommunkompassen",
    ]);
    expect(only(result.findings, "results-basis-missing").map((f) => f.path)).toEqual(["/evaluations/2/framework"]);
    expect(only(result.findings, "results-basis-unknown")[0]).toMatchObject({ values: { row: 6, value: "hörsägen" } });
    expect(e[4]!.notes).toContain('framework_basis: "hörsägen" (as the table gives it).');
    expect(only(result.findings, "results-framework-unknown")[0]).toMatchObject({
      kind: "warning",
      path: "/evaluations/5/framework",
      values: { row: 7, value: "Kommunkompassen 3", framework: null },
    });
    expect(e[5]!.notes?.slice(1)).toEqual([
      'The table gives the model as "Kommunkompassen 3", which is not a built-in model, so it is recorded as not stated.',
      "The source does not say which model was used: recorded as Kommunkompassen (model not stated), which is never ranked or compared with a model.",
    ]);
  });

  it("unknown cells stay absent; a cell that is not a number is left out and said, with its pointer", () => {
    const result = importResultsTable(
      `${HEADER}\nAvesta kommun;2084;2014;kommunkompassen-2.0;stated;–;52;x;;;;;;;https://example.org/\n`,
    );
    const [e] = result.collection!.evaluations;
    expect(e!.total).toBeUndefined();
    expect(e!.areas).toEqual([{ id: 1, score: 52 }]);
    expect(only(result.findings, "results-cell-not-number")).toEqual([
      expect.objectContaining({
        kind: "warning",
        path: "/evaluations/0/areas",
        values: { row: 2, column: "area_2", value: "x" },
      }),
    ]);
    const none = importResultsTable("municipality;year;total;source_url\nAvesta;2014;;\n");
    expect(none.collection!.evaluations[0]).toMatchObject({ areas: [], municipality: { code: "2084" } });
    expect(none.collection!.evaluations[0]!.total).toBeUndefined();
    expect(codes(none.findings)).toEqual([
      "results-code-from-registry",
      "results-framework-not-stated",
      "results-no-score",
      "results-source-missing",
    ]);
  });

  it("a score the model does not allow is left out by the validator, at its pointer in the collection", () => {
    const result = importResultsTable(
      `municipality;year;framework;total;area_3\nAvesta;2014;2.0;404;130\nNacka;2011;2.0;644;\n`,
    );
    // The area stays, its score unknown (never 0).
    expect(result.collection!.evaluations[0]!.areas).toEqual([{ id: 3 }]);
    expect(only(result.findings, "value-left-out")[0]).toMatchObject({ path: "/evaluations/0/areas/0/score" });
    expect(only(result.findings, "value-left-out")[0]!.values.row).toBe(2);
  });

  it("codes: a lost leading zero read back only where the registry confirms it; a mismatch kept and warned", () => {
    const result = importResultsTable(
      "municipality;code;year;total\nVallentuna kommun;115;2017;555\nAvesta;0115;2014;404\nAvesta;12ab;2015;410\nKommunen X;;2015;410\n",
    );
    const e = result.collection!.evaluations;
    expect(e.map((x) => x.municipality.code)).toEqual(["0115", "0115", "2084", undefined]);
    expect(only(result.findings, "results-code-padded")[0]).toMatchObject({
      kind: "inferred",
      values: { value: "115", code: "0115", registryName: "Vallentuna" },
    });
    expect(only(result.findings, "results-code-mismatch")[0]).toMatchObject({
      kind: "warning",
      path: "/evaluations/1/municipality/code",
      values: { row: 3, code: "0115", name: "Avesta", expected: "Vallentuna" },
    });
    expect(only(result.findings, "results-code-invalid")[0]).toMatchObject({ values: { row: 4, value: "12ab" } });
    expect(only(result.findings, "results-code-not-found")[0]).toMatchObject({
      kind: "missing",
      values: { row: 5, name: "Kommunen X", candidates: 0 },
    });
    // The collection's own check gives the same warning for the code kept as given.
    const check = validateCollection(result.collection!, { checkMunicipality });
    expect(check.warnings.map((w) => [w.kind, w.path])).toEqual([
      ["municipality-code-mismatch", "/evaluations/1/municipality/code"],
    ]);
  });

  it("the same municipality and year twice: the first row kept, the second reported (same or other figures)", () => {
    const result = importResultsTable(
      "municipality;code;year;total\nAvesta kommun;2084;2014;404\nAvesta;2084;2014;404\nAvesta;;2014;410\nAvesta;2084;2016;420\n",
    );
    expect(result.collection!.evaluations.map((e) => [e.year, e.total])).toEqual([
      [2014, 404],
      [2016, 420],
    ]);
    expect(only(result.findings, "results-row-duplicate").map((f) => [f.kind, f.path, f.values])).toEqual([
      ["ignored", "", { row: 3, firstRow: 2, municipality: "Avesta", year: 2014, same: true }],
      ["warning", "", { row: 4, firstRow: 2, municipality: "Avesta", year: 2014, same: false }],
    ]);
    expect(wordFinding(only(result.findings, "results-row-duplicate")[1]!, "en")).toBe(
      "row 4: Avesta 2014 is already at row 2, with other figures; this row is left out",
    );
    // The kept second evaluation's findings point at its own place in the collection.
    expect(only(result.findings, "results-framework-not-stated").map((f) => f.path)).toEqual([
      "/evaluations/0/framework",
      "/evaluations/1/framework",
    ]);
  });

  it("rows that give no evaluation are reported at the row; a table without the columns gives nothing", () => {
    const result = importResultsTable(
      "municipality,year,total,source_url\n,2014,404,\nAvesta,14,404,\nAvesta,2014,9,5,https://x.se/\nAvesta,2014,404,https://x.se/\n",
    );
    expect(result.collection!.evaluations).toHaveLength(1);
    expect(result.rows).toEqual([5]);
    expect(result.leftOut).toEqual([2, 3, 4]);
    expect(result.findings.filter((f) => f.path === "").map((f) => [f.code, f.values.row])).toEqual([
      ["results-municipality-missing", 2],
      ["results-year-invalid", 3],
      ["results-row-fields", 4],
    ]);
    expect(wordFinding(result.findings[2]!, "en")).toMatch(/decimal commas in a ","-separated file/);
    const bad = importResultsTable("kommun;poäng\nAvesta;404\n");
    expect(bad.collection).toBeNull();
    expect(only(bad.findings, "results-columns-missing")[0]).toMatchObject({
      code: "results-columns-missing",
      severity: "error",
      values: { municipality: false, year: true, scores: true },
    });
    expect(codes(bad.findings)).toEqual(["results-column-ignored", "results-columns-missing"]);
    const empty = importResultsTable("municipality;year;total\n;;\n;2014;404\n");
    expect(empty.collection).toBeNull();
    expect(codes(empty.findings)).toEqual(["results-municipality-missing", "results-no-valid-row"]);
    expect(importResultsTable("").findings[0]!.code).toBe("results-columns-missing");
  });

  it("reads at most 10 000 rows (a collection's limit) and says so; repeated findings are summed up", () => {
    const result = importResultsTable(`municipality;year;total\n${"Avesta;2014;404\n".repeat(10002)}`);
    expect(result.collection!.evaluations).toHaveLength(1);
    expect(only(result.findings, "results-too-many-rows")[0]).toMatchObject({ values: { max: 10000 } });
    expect(only(result.findings, "results-row-duplicate")).toHaveLength(20);
    expect(only(result.findings, "more-findings")[0]).toMatchObject({
      values: { code: "results-row-duplicate", count: 9999 - 20 },
    });
  });

  it("notes in Swedish with lang sv; the collection's title as given", () => {
    const result = importResultsTable("municipality;year;total\nAvesta;2014;404\n", { lang: "sv", title: "Mina" });
    expect(result.collection!.title).toBe("Mina");
    expect(result.collection!.sources).toBeUndefined();
    const notes = (result.collection!.evaluations[0] as Evaluation).notes!;
    expect(notes[0]).toMatch(/^Kommunkoden 2084 står inte i källan/);
    expect(notes[1]).toMatch(/^Källan anger inte vilken modell som användes/);
  });
});
