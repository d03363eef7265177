/**
 * Issue 14 in the command line: `kompass import` of a results table (the real
 * test/fixtures/data/published-results.csv) to one collection (-o) or one file per row (-d);
 * `kompass collect` of evaluation files and folders; `kompass stats` with its --json shape checked
 * against figures worked out by hand (each written down with how it was computed), --all,
 * --group, a model not stated never ranked, and the exit codes for bad input. Runs the built
 * binary, as a user would.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { validateCollection, validateEvaluation, type Collection, type Evaluation } from "@kommunkompassen/core";
import { checkMunicipality } from "@kommunkompassen/core/municipalities";
import { fixturePath, loadFixture, repoRoot } from "../../../test/support/fixtures";

const cli = join(repoRoot, "packages/cli/dist/cli.js");
const TABLE = "test/fixtures/data/published-results.csv";
const FIXTURES = resolve(repoRoot, "test/fixtures");
/** The evaluation fixtures (the example-* ones are made up for tests; fine here). */
const fixtureFiles = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => join("test/fixtures", name));

let dir: string;
let n = 0;
const fresh = (name: string) => join(dir, `${n++}-${name}`);

function kompass(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: repoRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const readJson = <T = unknown>(path: string) => JSON.parse(readFileSync(path, "utf8")) as T;
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

/** The table read the simplest way (it has no quotes): one record per line, by column name. */
const rows = (() => {
  const [header, ...lines] = readFileSync(resolve(repoRoot, TABLE), "utf8").trim().split("\n");
  const names = header!.split(";");
  return lines.map((line) => Object.fromEntries(line.split(";").map((cell, i) => [names[i]!, cell])));
})();

/** Every figure of a row as an evaluation should carry it. */
function expected(row: Record<string, string>) {
  return {
    municipality: { name: row.municipality, code: row.code },
    year: Number(row.year),
    framework: row.framework || "kommunkompassen",
    total: Number(row.total),
    areas: [1, 2, 3, 4, 5, 6, 7, 8]
      .filter((id) => row[`area_${id}`] !== "")
      .map((id) => ({ id, score: Number(row[`area_${id}`]) })),
    source: { url: row.source_url },
  };
}
const figures = (e: Evaluation) => ({
  municipality: e.municipality,
  year: e.year,
  framework: e.framework,
  total: e.total,
  areas: e.areas,
  source: e.source,
});

let collectionPath: string;
let rowsDir: string;

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'pnpm build' first (pnpm test does)`);
  dir = mkdtempSync(join(tmpdir(), "kompass-results-"));
  collectionPath = join(dir, "collection.json");
  rowsDir = join(dir, "rows");
  expect(kompass("import", TABLE, "-o", collectionPath).code).toBe(0);
  expect(kompass("import", TABLE, "-d", rowsDir).code).toBe(0);
});

describe("kompass import: a results table", () => {
  it("-o writes one collection with every figure of the file, valid with the registry check", () => {
    const out = fresh("collection.json");
    const r = kompass("import", TABLE, "-o", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(
      `${TABLE}: missing: /evaluations/0/framework: row 2: no model given; recorded as Kommunkompassen (model not stated), which is never ranked or compared with a model`,
    );
    expect(lines).toContain(
      `${TABLE}: inferred: /evaluations/9/framework: row 11: only the year 2023 points to Kommunkompassen 2020 (framework_basis "year"): the source does not name the model; kept as the table gives it, with a note saying so`,
    );
    expect(lines[lines.length - 1]).toBe(
      `${TABLE}: wrote ${out}: a collection of 19 evaluations (Kommunkompassen (model not stated): 6, Kommunkompassen 2.0: 7, Kommunkompassen 2020: 5, Kommunkompassen 2.1: 1); 0 rows left out; 6 inferred, 6 missing, 0 ignored, 0 warnings`,
    );
    const collection = readJson<Collection & { $schema: string }>(out);
    expect(collection.$schema).toBe("https://unpkg.com/@kommunkompassen/core/collection.schema.json");
    expect(collection.title).toBe("published-results.csv");
    expect(collection.sources).toEqual([{ file: TABLE }]);
    expect(collection.evaluations.map(figures)).toEqual(rows.map(expected));
    const check = validateCollection(collection, { checkMunicipality });
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(collectionPath, "utf8").replace(collectionPath, out));
  });

  it("-d writes one valid evaluation file per row, <municipality>-<year>.json, the figures of the row", () => {
    const names = readdirSync(rowsDir).sort();
    expect(names).toEqual(
      [
        "angelholm-2013",
        "angelholm-2016",
        "helsingborg-2017",
        "hoganas-2020",
        "hoganas-2023",
        "karlskoga-2014",
        "lidkoping-2011",
        "lidkoping-2014",
        "mark-2022",
        "mark-2024",
        "nacka-2011",
        "orebro-2012",
        "orebro-2015",
        "strangnas-2014",
        "strangnas-2016",
        "tomelilla-2020",
        "tomelilla-2023",
        "vallentuna-2017",
        "vallentuna-2019",
      ].map((name) => `${name}.json`),
    );
    const written = names.map((name) => readJson<Evaluation>(join(rowsDir, name)));
    for (const e of written) {
      expect(e.$schema).toBe("https://unpkg.com/@kommunkompassen/core/evaluation.schema.json");
      expect(validateEvaluation(e).valid).toBe(true);
    }
    const byKey = new Map(written.map((e) => [`${e.municipality.code} ${e.year}`, e]));
    for (const row of rows) expect(figures(byKey.get(`${row.code} ${row.year}`)!)).toEqual(expected(row));
    // The hand-made fixtures copied from the same rows have the same figures.
    for (const name of ["strangnas-2016", "tomelilla-2020", "angelholm-2016"] as const) {
      const fixture = loadFixture(name);
      const imported = readJson<Evaluation>(join(rowsDir, `${name}.json`));
      expect({ ...figures(imported), source: imported.source?.url }).toEqual({
        ...figures(fixture),
        source: fixture.source?.url,
      });
    }
  });

  it("--json reports the table; without -o or -d the collection goes to stdout", () => {
    const out = fresh("rows");
    const r = kompass("import", TABLE, "-d", out, "--json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.files[0]).toMatchObject({ file: TABLE, output: out, valid: true });
    expect(report.files[0].table).toMatchObject({ evaluations: 19, leftOut: [] });
    expect(report.files[0].table.outputs).toHaveLength(19);
    expect(report.files[0].collection).toBeUndefined();
    expect(report.files[0].findings).toContainEqual(
      expect.objectContaining({ code: "results-framework-from-year", path: "/evaluations/2/framework" }),
    );
    const printed = kompass("import", TABLE);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual(readJson(collectionPath));
    const sv = kompass("import", TABLE, "--lang", "sv");
    expect(sv.stderr).toContain(`${TABLE}: missing: /evaluations/0/framework: rad 2: ingen modell angiven;`);
    expect(JSON.parse(sv.stdout).evaluations[0].notes[0]).toMatch(/^Källan anger inte vilken modell som användes/);
  });

  it("--title names the collection", () => {
    const out = fresh("titled.json");
    expect(kompass("import", TABLE, "-o", out, "--title", "Publicerade resultat").code).toBe(0);
    expect(readJson<Collection>(out).title).toBe("Publicerade resultat");
  });

  it("-d is all or nothing: one target that cannot be written, and no file is written", () => {
    const out = fresh("blocked");
    mkdirSync(join(out, "nacka-2011.json"), { recursive: true });
    const r = kompass("import", TABLE, "-d", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot write ${join(out, "nacka-2011.json")}: it is a directory`);
    expect(r.stderr).toContain("kompass: nothing was written");
    expect(readdirSync(out)).toEqual(["nacka-2011.json"]);
    noStackTrace(r.stderr);
  });

  it("bad tables: nothing usable is exit 1, options a row gives itself are exit 2; nothing written", () => {
    const noYear = fresh("no-year.csv");
    writeFileSync(noYear, "municipality;total\nAvesta;404\n");
    const out = fresh("never.json");
    // A header without a year column is not a results table: read as the sub-question CSV, which it is not either.
    const r = kompass("import", noYear, "-o", out);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const empty = fresh("empty-rows.csv");
    writeFileSync(empty, "municipality;year;total\n;2014;404\nAvesta;tjugo;404\n");
    const e = kompass("import", empty, "-o", out);
    expect(e.code).toBe(1);
    expect(e.stderr).toContain(`${empty}: warning: row 2: no municipality; row left out`);
    expect(e.stderr).toContain(`${empty}: warning: row 3: "tjugo" is not a year from 1990 to 2100; row left out`);
    expect(e.stderr).toContain(`${empty}: nothing usable: no row of the table gives an evaluation`);
    expect(e.stderr).toContain("kompass: nothing was written");
    expect(existsSync(out)).toBe(false);
    const code = kompass("import", TABLE, "--code", "2084", "-o", out);
    expect(code.code).toBe(2);
    expect(code.stderr).toContain(`${TABLE}: --code does not go with a results table: each row gives its own`);
    expect(existsSync(out)).toBe(false);
    noStackTrace(`${r.stderr}${e.stderr}${code.stderr}`);
  });
});

describe("kompass collect", () => {
  it("test/fixtures/*.json: one valid collection, warnings at their file and pointer, written atomically", () => {
    const out = fresh("fixtures.json");
    const r = kompass("collect", ...fixtureFiles, "-o", out, "--title", "Fixtures");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      "test/fixtures/avesta-2014.json#/areas/5/score: warning: area 6 is published as 52, but its sub-question points add up to 51",
      `wrote ${out}: 10 evaluations from 10 files (Kommunkompassen 2.1: 1, Kommunkompassen 2.0: 4, Kommunkompassen 2020: 3, Kommunkompassen 2002–2009 (original model): 1, Kommunkompassen (model not stated): 1)`,
    ]);
    const collection = readJson<Collection & { $schema: string }>(out);
    expect(collection.$schema).toBe("https://unpkg.com/@kommunkompassen/core/collection.schema.json");
    expect(collection.title).toBe("Fixtures");
    expect(collection.evaluations).toHaveLength(10);
    const check = validateCollection(collection, { checkMunicipality });
    expect(check.valid).toBe(true);
    // Each evaluation as in its file, without the file's own $schema (a path relative to it).
    fixtureFiles.forEach((file, i) => {
      const { $schema, ...rest } = readJson<Evaluation>(resolve(repoRoot, file));
      expect($schema).toBeDefined();
      expect(collection.evaluations[i]).toEqual(rest);
    });
    // No two fixtures are the same municipality and year (Strängnäs 2014 and 2016, Västerås 2012 and 2014).
    expect(check.errors).toEqual([]);
    // A folder is read recursively, in name order: the same collection.
    const folder = fresh("folder.json");
    expect(kompass("collect", "test/fixtures", "-o", folder, "--title", "Fixtures").code).toBe(0);
    expect(readJson(folder)).toEqual(collection);
  });

  it("a code that does not fit its name in the registry is a warning at its file, in collect and in stats", () => {
    const wrong = loadFixture("avesta-2014");
    wrong.municipality.code = "0115";
    const file = fresh("wrong-code.json");
    writeFileSync(file, JSON.stringify(wrong));
    const out = fresh("wrong-code-collection.json");
    const r = kompass("collect", file, fixturePath("strangnas-2014"), "-o", out);
    expect(r.code).toBe(0);
    const warning = `${file}#/municipality/code: warning: 0115 is the code of Vallentuna in the registry, not of "Avesta kommun"`;
    expect(r.stderr.split("\n")).toContain(warning);
    expect(kompass("stats", file, "--json").stderr.split("\n")).toContain(warning);
    // In a collection, the same warning at the evaluation's pointer there.
    expect(kompass("stats", out, "--json").stderr.split("\n")).toContain(
      `${out}#/evaluations/0/municipality/code: warning: 0115 is the code of Vallentuna in the registry, not of "Avesta kommun"`,
    );
  });

  it("reports every duplicate with both files, and writes nothing", () => {
    const out = fresh("dupes.json");
    const r = kompass("collect", ...fixtureFiles, rowsDir, "-o", out);
    expect(r.code).toBe(1);
    const errors = r.stderr.split("\n").filter((l) => l.includes(": error: "));
    expect(errors).toEqual([
      `${join(rowsDir, "angelholm-2016.json")}: error: Ängelholms kommun 2016 is already in test/fixtures/angelholm-2016.json`,
      `${join(rowsDir, "strangnas-2014.json")}: error: Strängnäs kommun 2014 is already in test/fixtures/strangnas-2014.json`,
      `${join(rowsDir, "strangnas-2016.json")}: error: Strängnäs kommun 2016 is already in test/fixtures/strangnas-2016.json`,
      `${join(rowsDir, "tomelilla-2020.json")}: error: Tomelilla kommun 2020 is already in test/fixtures/tomelilla-2020.json`,
      `${join(rowsDir, "tomelilla-2023.json")}: error: Tomelilla kommun 2023 is already in test/fixtures/tomelilla-2023.json`,
    ]);
    expect(r.stderr).toContain("kompass: nothing was written");
    expect(existsSync(out)).toBe(false);
  });

  it("the imported rows collect back into the imported collection's evaluations; the output is never an input", () => {
    const own = fresh("rows");
    expect(kompass("import", TABLE, "-d", own).code).toBe(0);
    const out = join(own, "collection.json");
    const r = kompass("collect", own, "-o", out);
    expect(r.code).toBe(0);
    // Run again: the collection written into the folder is not read as an input.
    const again = kompass("collect", own, "-o", out);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(": 19 evaluations from 19 files");
    const collected = readJson<Collection>(out);
    const imported = readJson<Collection>(collectionPath);
    const key = (e: Evaluation) => `${e.municipality.code} ${e.year}`;
    expect(
      [...collected.evaluations].sort((a, b) => key(a).localeCompare(key(b))).map((e) => ({ ...e, $schema: 1 })),
    ).toEqual(
      [...imported.evaluations].sort((a, b) => key(a).localeCompare(key(b))).map((e) => ({ ...e, $schema: 1 })),
    );
    expect(kompass("collect", fixturePath("avesta-2014"), "-o", fixturePath("avesta-2014")).code).toBe(2);
  });

  it("a file that is not an evaluation is an error naming it; exit 1, 2 for a missing path or an empty folder", () => {
    const notEvaluation = fresh("notes.json");
    writeFileSync(notEvaluation, '{ "hello": "world" }');
    const notJson = fresh("broken.json");
    writeFileSync(notJson, "{ nope");
    const out = fresh("never.json");
    const r = kompass("collect", fixturePath("avesta-2014"), notEvaluation, notJson, collectionPath, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${notEvaluation}: invalid (`);
    expect(r.stderr).toMatch(
      new RegExp(`^${notEvaluation.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(#\\S*)?: error: `, "m"),
    );
    expect(r.stderr).toContain(`${notJson}: error: not valid JSON: expected a property name`);
    expect(r.stderr).toContain(
      `${collectionPath}: error: is a collection, not an evaluation: collect assembles evaluation files (kompass stats reads collections too)`,
    );
    expect(existsSync(out)).toBe(false);
    const missing = kompass("collect", join(dir, "nowhere"), "-o", out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${join(dir, "nowhere")}: no such file`);
    const emptyDir = fresh("empty");
    mkdirSync(emptyDir);
    const empty = kompass("collect", emptyDir, "-o", out);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain(`${emptyDir}: no .json files`);
    expect(kompass("collect", "-o", out).code).toBe(2);
    expect(kompass("collect", fixturePath("avesta-2014"), "--json").code).toBe(2);
    noStackTrace(`${r.stderr}${missing.stderr}${empty.stderr}`);
  });
});

interface StatsOutput {
  groups: {
    framework: string;
    label: string;
    n: number;
    group?: { key: string; label: string };
    total: Record<string, number | null>;
    areas: ({ id: number } & Record<string, number | null>)[];
  }[];
  evaluations: {
    municipality: string;
    code: string | null;
    year: number;
    framework: string;
    total: number | null;
    rank: {
      total: { position: number; of: number; percentile: number } | null;
      areas: { id: number; position: number; of: number }[];
    } | null;
    reason?: string;
    reasonText?: string;
    group?: { key: string; label: string };
    file: string;
    pointer: string;
  }[];
  all: boolean;
  groupBy: string | null;
}

const stats = (...args: string[]) => {
  const r = kompass("stats", ...args, "--json");
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as StatsOutput;
};

describe("kompass stats --json on the imported collection", () => {
  it("the shape of the issue, with the figures worked out by hand", () => {
    const json = stats(collectionPath);
    expect(Object.keys(json)).toEqual(["groups", "evaluations", "all", "groupBy"]);
    expect(json.groups.map((g) => [g.framework, g.label, g.n])).toEqual([
      ["kommunkompassen-2.0", "Kommunkompassen 2.0", 6],
      ["kommunkompassen-2020", "Kommunkompassen 2020", 3],
      ["kommunkompassen-2.1", "Kommunkompassen 2.1", 1],
    ]);
    // 2.0, the latest evaluation of each municipality: Nacka 2011 644, Strängnäs 2014 437,
    // Ängelholm 2013 426, Lidköping 2014 549 (its 2011 is older), Örebro 2012 615, Karlskoga 2014 450.
    // Sorted 426 437 450 549 615 644. Mean 3121 / 6 = 520.1666…; median (450 + 549) / 2 = 499.5;
    // q1 at index (6 − 1) × 0.25 = 1.25: 437 + 0.25 × (450 − 437) = 440.25;
    // q3 at index 3.75: 549 + 0.75 × (615 − 549) = 598.5.
    expect(json.groups[0]!.total).toEqual({
      n: 6,
      mean: 520.166666667,
      median: 499.5,
      q1: 440.25,
      q3: 598.5,
      min: 426,
      max: 644,
    });
    // Area 1 is known for Strängnäs 2014 (54) and Örebro 2012 (68) only: n 2, mean 61,
    // q1 54 + 0.25 × 14 = 57.5, q3 54 + 0.75 × 14 = 64.5. Areas 2–8: Örebro's alone.
    expect(json.groups[0]!.areas[0]).toEqual({
      id: 1,
      n: 2,
      mean: 61,
      median: 61,
      q1: 57.5,
      q3: 64.5,
      min: 54,
      max: 68,
    });
    expect(json.groups[0]!.areas.slice(1).map((a) => [a.id, a.n, a.median])).toEqual([
      [2, 1, 85],
      [3, 1, 86],
      [4, 1, 74],
      [5, 1, 70],
      [6, 1, 74],
      [7, 1, 71],
      [8, 1, 87],
    ]);
    // 2020: Tomelilla 2023 546, Höganäs 2023 679, Mark 2024 510 (Tomelilla and Höganäs 2020 older).
    // Sorted 510 546 679: mean 1735 / 3 = 578.333…, median 546, q1 at 0.5: 510 + 0.5 × 36 = 528,
    // q3 at 1.5: 546 + 0.5 × 133 = 612.5. No area score is known: every area n 0, never 0 points.
    expect(json.groups[1]!.total).toEqual({
      n: 3,
      mean: 578.333333333,
      median: 546,
      q1: 528,
      q3: 612.5,
      min: 510,
      max: 679,
    });
    expect(json.groups[1]!.areas.every((a) => a.n === 0 && a.mean === null)).toBe(true);
    expect(json.groups[2]!.total).toMatchObject({ n: 1, mean: 496, median: 496 });

    const at = (name: string, year: number) =>
      json.evaluations.find((e) => e.municipality === name && e.year === year)!;
    expect(json.evaluations).toHaveLength(19);
    expect(at("Avesta kommun", 2014)).toBeUndefined();
    // Highest first: Nacka 644 1st, Örebro 615 2nd, Lidköping 549 3rd, Karlskoga 450 4th, Strängnäs 437 5th, Ängelholm 426 6th.
    expect(
      ["Nacka", "Örebro kommun", "Lidköpings kommun", "Karlskoga kommun", "Strängnäs kommun", "Ängelholms kommun"].map(
        (name) => at(name, { Nacka: 2011, "Örebro kommun": 2012, "Ängelholms kommun": 2013 }[name] ?? 2014).rank?.total,
      ),
    ).toEqual([1, 2, 3, 4, 5, 6].map((position) => expect.objectContaining({ position, of: 6 })));
    expect(at("Strängnäs kommun", 2014)).toMatchObject({
      code: "0486",
      framework: "kommunkompassen-2.0",
      total: 437,
      rank: { total: { position: 5, of: 6 }, areas: [{ id: 1, position: 2, of: 2 }] },
      file: collectionPath,
      pointer: "/evaluations/3",
    });
    expect(at("Lidköpings kommun", 2011)).toMatchObject({
      rank: null,
      reason: "older-evaluation",
      reasonText: "inte rankad: kommunens senare utvärdering med samma modell (2014) räknas; --all rankar alla",
    });
    expect(at("Höganäs kommun", 2023).rank?.total).toMatchObject({ position: 1, of: 3 });
  });

  it("a model not stated is never ranked, and never in a model's statistics", () => {
    for (const json of [
      stats(collectionPath),
      stats(collectionPath, "--all"),
      stats(collectionPath, "--group", "county"),
    ]) {
      expect(json.groups.some((g) => g.framework === "kommunkompassen")).toBe(false);
      const unstated = json.evaluations.filter((e) => e.framework === "kommunkompassen");
      expect(unstated).toHaveLength(6);
      for (const e of unstated) expect(e).toMatchObject({ rank: null, reason: "model-not-stated" });
    }
  });

  it("--all ranks every evaluation", () => {
    const json = stats(collectionPath, "--all");
    expect(json.all).toBe(true);
    // 2.0, all seven: 426 437 450 483 549 615 644. Mean 3604 / 7 = 514.857…, median 483 (Lidköping 2011),
    // q1 at 1.5: 437 + 0.5 × 13 = 443.5, q3 at 4.5: 549 + 0.5 × 66 = 582.
    expect(json.groups[0]!.total).toEqual({
      n: 7,
      mean: 514.857142857,
      median: 483,
      q1: 443.5,
      q3: 582,
      min: 426,
      max: 644,
    });
    const lidkoping = json.evaluations.filter((e) => e.municipality === "Lidköpings kommun");
    expect(lidkoping.map((e) => [e.year, e.rank?.total?.position, e.rank?.total?.of])).toEqual([
      [2011, 4, 7],
      [2014, 3, 7],
    ]);
    // 2020, all five: 497 510 546 611 679: median 546; Höganäs 2020's 611 2nd of 5.
    expect(json.groups[1]!.total).toMatchObject({ n: 5, median: 546 });
    expect(
      json.evaluations.find((e) => e.municipality === "Höganäs kommun" && e.year === 2020)!.rank?.total,
    ).toMatchObject({
      position: 2,
      of: 5,
    });
  });

  it("--group county and --group kommungrupp: the same within each group", () => {
    const json = stats(collectionPath, "--group", "county");
    expect(json.groupBy).toBe("county");
    const group = (framework: string, key: string) =>
      json.groups.find((g) => g.framework === framework && g.group?.key === key)!;
    // Örebro län in 2.0: Örebro 2012 615 and Karlskoga 2014 450. Mean (450 + 615) / 2 = 532.5;
    // q1 450 + 0.25 × 165 = 491.25; q3 450 + 0.75 × 165 = 573.75.
    expect(group("kommunkompassen-2.0", "18")).toMatchObject({
      label: "Kommunkompassen 2.0",
      group: { key: "18", label: "Örebro län" },
      n: 2,
      total: { n: 2, mean: 532.5, median: 532.5, q1: 491.25, q3: 573.75, min: 450, max: 615 },
    });
    // Skåne län in 2020: Höganäs 2023 679 and Tomelilla 2023 546.
    expect(group("kommunkompassen-2020", "12").total).toMatchObject({ n: 2, mean: 612.5 });
    const orebro = json.evaluations.find((e) => e.municipality === "Örebro kommun" && e.year === 2012)!;
    expect(orebro).toMatchObject({
      group: { key: "18", label: "Örebro län" },
      rank: { total: { position: 1, of: 2 } },
    });
    // Groups come model by model (in the order the models first appear), each model's by county code.
    expect(json.groups.map((g) => `${g.framework} ${g.group!.key}`)).toEqual([
      "kommunkompassen-2.0 01",
      "kommunkompassen-2.0 04",
      "kommunkompassen-2.0 12",
      "kommunkompassen-2.0 14",
      "kommunkompassen-2.0 18",
      "kommunkompassen-2020 12",
      "kommunkompassen-2020 14",
      "kommunkompassen-2.1 12",
    ]);
    const groups = stats(collectionPath, "--group", "kommungrupp").groups;
    // 2023 groups: Lidköping and Karlskoga are C6 (549, 450), Strängnäs and Ängelholm B4 (437, 426).
    expect(groups.find((g) => g.framework === "kommunkompassen-2.0" && g.group?.key === "C6")).toMatchObject({
      group: { label: "C6 Mindre stad/tätort" },
      total: { n: 2, min: 450, max: 549 },
    });
    expect(groups.find((g) => g.framework === "kommunkompassen-2.0" && g.group?.key === "B4")!.total).toMatchObject({
      n: 2,
      median: 431.5,
    });
  });

  it("the evaluation files of -d, as a folder, give the same statistics as the collection", () => {
    const fromFolder = stats(rowsDir);
    const fromCollection = stats(collectionPath);
    // The models come in the order they first appear: by file name in the folder, by row in the table.
    const byModel = (json: StatsOutput) => [...json.groups].sort((a, b) => a.framework.localeCompare(b.framework));
    expect(byModel(fromFolder)).toEqual(byModel(fromCollection));
    expect(fromFolder.groups.map((g) => g.framework)).toEqual([
      "kommunkompassen-2.0",
      "kommunkompassen-2.1",
      "kommunkompassen-2020",
    ]);
    const strip = (e: StatsOutput["evaluations"][number]) => ({ ...e, file: "", pointer: "" });
    const key = (e: StatsOutput["evaluations"][number]) => `${e.code} ${e.year}`;
    expect(fromFolder.evaluations.map(strip).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      fromCollection.evaluations.map(strip).sort((a, b) => key(a).localeCompare(key(b))),
    );
    expect(fromFolder.evaluations.every((e) => e.pointer === "" && e.file.startsWith(rowsDir))).toBe(true);
  });
});

describe("kompass stats: text", () => {
  it("per model by label: the table, where each evaluation stands, the unranked ones with the reason (sv)", () => {
    const r = kompass("stats", collectionPath);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    const start = lines.indexOf("Kommunkompassen 2.0: 6 kommuner, den senaste utvärderingen av varje");
    expect(start).toBeGreaterThanOrEqual(0);
    expect(lines.slice(start + 1, start + 4)).toEqual([
      "          n  medel  median     q1     q3  min  max",
      "Totalt    6  520,2   499,5  440,3  598,5  426  644",
      "Område 1  2     61      61   57,5   64,5   54   68",
    ]);
    expect(lines).toContain(
      "  Nacka 2011              644  plats 1 av 6 bland kommuner utvärderade med Kommunkompassen 2.0",
    );
    expect(lines).toContain(
      "  Strängnäs kommun 2014   437  plats 5 av 6 bland kommuner utvärderade med Kommunkompassen 2.0; område 1: plats 2 av 2",
    );
    expect(lines).toContain(
      "  Lidköpings kommun 2011  483  inte rankad: kommunens senare utvärdering med samma modell (2014) räknas; --all rankar alla",
    );
    expect(lines).toContain("Kommunkompassen 2020: 3 kommuner, den senaste utvärderingen av varje");
    expect(lines).toContain("inga kända områdespoäng");
    expect(lines).toContain("Kommunkompassen (modell ej angiven): 6 utvärderingar, aldrig rankade med en modell");
    const vallentuna = lines.filter((l) => l.includes("Vallentuna kommun"));
    expect(vallentuna).toEqual([
      "  Vallentuna kommun 2017  555  inte rankad: modellen är inte angiven, och en utvärdering rankas bara bland dem med samma modell",
      "  Vallentuna kommun 2019  603  inte rankad: modellen är inte angiven, och en utvärdering rankas bara bland dem med samma modell",
    ]);
    // Models by label only, never by id.
    expect(r.stdout).not.toMatch(/kommunkompassen-2/);
  });

  it("--lang en: ordinals; --group county names the group", () => {
    const en = kompass("stats", collectionPath, "--lang", "en").stdout.split("\n");
    expect(en).toContain("Total   6  520.2   499.5  440.3  598.5  426  644");
    expect(en).toContain(
      "  Ängelholms kommun 2013  426  6th of 6 among municipalities evaluated with Kommunkompassen 2.0",
    );
    expect(en).toContain(
      "  Höganäs kommun 2023    679  1st of 3 among municipalities evaluated with Kommunkompassen 2020",
    );
    const all = kompass("stats", collectionPath, "--lang", "en", "--all").stdout;
    expect(all).toContain("  Lidköpings kommun 2011  483  4th of 7 among all evaluations with Kommunkompassen 2.0");
    const county = kompass("stats", collectionPath, "--group", "county").stdout.split("\n");
    expect(county).toContain("Kommunkompassen 2.0, Örebro län: 2 kommuner, den senaste utvärderingen av varje");
    expect(county).toContain(
      "  Örebro kommun 2012     615  plats 1 av 2 bland kommuner i Örebro län utvärderade med Kommunkompassen 2.0",
    );
    const group = kompass("stats", collectionPath, "--group", "kommungrupp", "--lang", "en").stdout;
    expect(group).toContain(
      "2nd of 2 among municipalities in the municipality group C6 Mindre stad/tätort evaluated with Kommunkompassen 2.0",
    );
  });

  it("ties share the best place and are said so; a municipality not in the registry is in no group", () => {
    const table = fresh("ties.csv");
    writeFileSync(
      table,
      [
        "municipality;year;framework;framework_basis;total;source_url",
        "Avesta;2014;2.0;stated;500;https://example.org/",
        "Nacka;2014;2.0;stated;480;https://example.org/",
        "Borlänge;2014;2.0;stated;480;https://example.org/",
        "Falun;2014;2.0;stated;400;https://example.org/",
        "Kommunen X;2014;2.0;stated;450;https://example.org/",
      ].join("\n"),
    );
    const out = fresh("ties.json");
    expect(kompass("import", table, "-o", out).code).toBe(0);
    const sv = kompass("stats", out).stdout;
    expect(sv).toContain("Nacka 2014       480  delad plats 2 av 5");
    expect(sv).toContain("Borlänge 2014    480  delad plats 2 av 5");
    expect(sv).toContain("Falun 2014       400  plats 5 av 5");
    expect(kompass("stats", out, "--lang", "en").stdout).toContain("joint 2nd of 5 among municipalities");
    const grouped = kompass("stats", out, "--group", "county").stdout;
    expect(grouped).toContain("Utan län: 1 utvärdering");
    expect(grouped).toContain(
      "Kommunen X 2014  450  Kommunkompassen 2.0: inte rankad: kommunen finns inte i kommunregistret, så den hör inte till något län",
    );
  });
});

describe("kompass --help", () => {
  it("names the three commands of issue 14 and their options", () => {
    const help = kompass("--help").stdout;
    expect(help).toContain("kompass collect PATH… [-o COLLECTION.json] [--title T] [--frameworks DEFS.json]");
    expect(help).toContain("kompass stats PATH… [--json] [--all] [--group county|kommungrupp] [--lang sv|en]");
    expect(help).toContain("A results table (one evaluation per row");
    expect(help.split("\n").every((line) => line.length <= 100)).toBe(true);
  });
});

describe("kompass stats: bad input", () => {
  it("exit 2 for usage and unreadable paths, exit 1 for invalid inputs and duplicates across them", () => {
    const cases: [string[], number, string][] = [
      [["stats"], 2, "kompass: stats needs at least one PATH"],
      [
        ["stats", collectionPath, "--group", "län"],
        2,
        'kompass: --group must be county, kommungrupp or kommungrupp2017, not "län"',
      ],
      [["stats", collectionPath, "-o", "x.json"], 2, "kompass: -o does not go with stats"],
      [["validate", collectionPath, "--all"], 2, "kompass: --all goes with stats"],
      [["score", collectionPath, "--group", "county"], 2, "kompass: --group goes with stats"],
      [["stats", join(dir, "nowhere.json")], 2, `${join(dir, "nowhere.json")}: filen finns inte`],
      [
        ["stats", collectionPath, rowsDir],
        1,
        `${join(rowsDir, "angelholm-2013.json")}: error: Ängelholms kommun 2013 finns redan i ${collectionPath}#/evaluations/10`,
      ],
    ];
    for (const [args, code, message] of cases) {
      const r = kompass(...args);
      expect(r.code, args.join(" ")).toBe(code);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr.split("\n")[0], args.join(" ")).toContain(message);
      noStackTrace(r.stderr);
    }
  });

  it("a collection with the same municipality and year twice is invalid at its pointer; a broken evaluation is named", () => {
    const collection = readJson<Collection>(collectionPath);
    collection.evaluations.push({ ...collection.evaluations[3]!, total: 440 });
    const twice = fresh("twice.json");
    writeFileSync(twice, JSON.stringify(collection));
    const r = kompass("stats", twice, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${twice}#/evaluations/19: error: Strängnäs kommun 2014 is already in the collection (at /evaluations/3)`,
    );
    const broken = loadFixture("avesta-2014");
    broken.areas[0]!.score = 120;
    const bad = fresh("bad.json");
    writeFileSync(bad, JSON.stringify(broken));
    const b = kompass("stats", bad, collectionPath, "--lang", "en");
    expect(b.code).toBe(1);
    expect(b.stderr.split("\n")).toContain(`${bad}#/areas/0/score: error: 120 is more than the area's max 100`);
    expect(b.stderr).toContain(`${bad}: invalid (1 error)`);
    expect(b.stdout).toBe("");
  });
});
