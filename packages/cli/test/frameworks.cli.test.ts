// @vitest-environment jsdom
/**
 * `--frameworks` on validate, score, diff and render, and models named by their labels: the built
 * binary, run as a user would, on the real fixtures and on a made-up regional model
 * (test/fixtures/region-x.framework.json, three areas; region-x-2023.json is an evaluation of it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixturePath, repoRoot } from "../../../test/support/fixtures";

const cli = join(repoRoot, "packages/cli/dist/cli.js");
const here = join(repoRoot, "packages/cli/test/fixtures");
const regionX = join(here, "region-x.framework.json");
const regionX2023 = join(here, "region-x-2023.json");
const example2020 = fixturePath("example-2020");
const original2006 = fixturePath("example-original-2006");
const angelholm2016 = fixturePath("angelholm-2016");
const strangnas2014 = fixturePath("strangnas-2014");
const strangnas2016 = fixturePath("strangnas-2016");
let dir: string;
let n = 0;

/** Runs the built `kompass` binary as a user would. */
function kompass(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: repoRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A file in the test's temporary directory. */
function writeTemp(name: string, content: string): string {
  const path = join(dir, `${++n}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** The region-x definition, as data to change. */
interface Definition {
  id: string;
  label: string;
  labels?: Record<string, string>;
  areas: { name: Partial<Record<"sv" | "en", string>>; questions?: { max: number }[] }[];
}
const definition = () => JSON.parse(readFileSync(regionX, "utf8")) as Definition;

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const lines = (text: string) => text.split("\n").filter(Boolean);

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'pnpm build' first (pnpm test does)`);
  dir = mkdtempSync(join(tmpdir(), "kompass-frameworks-"));
});

describe("--frameworks: a definition file loaded by the CLI", () => {
  it("validate: without it, region-x is an unknown framework; with it, valid with no warning", () => {
    const without = kompass("validate", regionX2023);
    expect(without.code).toBe(0);
    expect(without.stdout).toContain(`${regionX2023}#/framework: warning: "region-x" is not a known framework`);
    expect(without.stdout).toContain(`${regionX2023}: valid (0 errors, 1 warning)`);

    const withIt = kompass("validate", regionX2023, "--frameworks", regionX);
    expect(withIt).toMatchObject({ code: 0, stderr: "" });
    expect(lines(withIt.stdout)).toEqual([
      `${regionX}: valid (0 errors, 0 warnings); 1 definition: Regional model X`,
      `${regionX2023}: valid (0 errors, 0 warnings)`,
    ]);
    const json = JSON.parse(kompass("validate", "--json", regionX2023, "--frameworks", regionX).stdout);
    expect(json).toMatchObject({ valid: true, strict: false });
    expect(json.files).toEqual([{ file: regionX2023, valid: true, errors: [], warnings: [] }]);
    expect(json.frameworks).toEqual([{ file: regionX, valid: true, errors: [], warnings: [], ids: ["region-x"] }]);
  });

  it("validate checks the evaluation against the definition: its maxima and its areas", () => {
    const evaluation = JSON.parse(readFileSync(regionX2023, "utf8"));
    // The file gives no maximum for area 2: the definition's (30) is the one checked.
    delete evaluation.areas[1].max;
    evaluation.areas[1].score = 31;
    evaluation.areas.push({ id: 4, score: 10 });
    const file = writeTemp("region-x-bad.json", JSON.stringify(evaluation));
    const r = kompass("validate", file, "--frameworks", regionX);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}#/areas/1/score: error: 31 is more than the area's max 30`);
    expect(r.stderr).toContain(`${file}#/areas/3/id: error: Regionmodell X has no area 4 (it has areas 1–3)`);
    // Without the definition, the same file is only structurally checked.
    expect(kompass("validate", file).code).toBe(0);
  });

  it("score prints the model's label and its area names, in Swedish and English; --json adds frameworkLabel", () => {
    const sv = kompass("score", regionX2023, "--frameworks", regionX);
    expect(sv).toMatchObject({ code: 0, stderr: "" });
    expect(sv.stdout).toMatch(/^Exempelkommun 2023, Regionmodell X$/m);
    expect(sv.stdout).toMatch(/^1\s+Medborgardialog\s+40\s+50\s+80$/m);
    expect(sv.stdout).toMatch(/^3\s+Regional utveckling\s+15\s+20\s+75$/m);
    expect(sv.stdout).toMatch(/^\s+Totalt\s+76 \*\s+100\s+76$/m);
    const en = kompass("score", regionX2023, "--frameworks", regionX, "--lang", "en").stdout;
    expect(en).toMatch(/^Exempelkommun 2023, Regional model X$/m);
    expect(en).toMatch(/^2\s+Public transport\s+21\s+30\s+70$/m);

    const json = JSON.parse(kompass("score", regionX2023, "--frameworks", regionX, "--json").stdout);
    expect(json).toMatchObject({
      framework: "region-x",
      frameworkLabel: "Regionmodell X",
      total: 76,
      totalSource: "derived",
      max: 100,
    });
    expect(json.areas.map((a: { name: string; max: number }) => [a.name, a.max])).toEqual([
      ["Medborgardialog", 50],
      ["Kollektivtrafik", 30],
      ["Regional utveckling", 20],
    ]);
  });

  it("without the definition, the model is its id with a visible note, and no total or maximum is made up", () => {
    const sv = kompass("score", regionX2023).stdout;
    expect(sv).toMatch(/^Exempelkommun 2023, region-x \(ingen inbyggd modell\)$/m);
    expect(sv).toMatch(/^\s+Totalt\s+–\s+–\s+–$/m);
    expect(kompass("score", regionX2023, "--lang", "en").stdout).toMatch(
      /^Exempelkommun 2023, region-x \(not a built-in model\)$/m,
    );
    const json = JSON.parse(kompass("score", regionX2023, "--json").stdout);
    expect(json).toMatchObject({ framework: "region-x", frameworkLabel: "region-x", total: null, max: null });
  });

  it("several files, each one definition or an array of them; a model defined twice is an error", () => {
    const other = { ...definition(), id: "region-y", label: "Regionmodell Y" };
    delete other.labels;
    const array = writeTemp("array.json", JSON.stringify([other]));
    const evaluation = { ...JSON.parse(readFileSync(regionX2023, "utf8")), framework: "region-y", year: 2024 };
    const y2024 = writeTemp("region-y-2024.json", JSON.stringify(evaluation));
    const r = kompass("diff", regionX2023, y2024, "--frameworks", regionX, "--frameworks", array);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(/^Exempelkommun 2023 → 2024, Regionmodell X → Regionmodell Y$/m);
    // Two models, each its own area set: the totals are shown, their change is not comparable.
    expect(r.stdout).toMatch(/^Totalt\s+76\s+76\s+ej jämförbar$/m);

    const twice = kompass(
      "score",
      regionX2023,
      "--frameworks",
      regionX,
      "--frameworks",
      writeTemp("x.json", JSON.stringify([other, definition()])),
    );
    expect(twice.code).toBe(1);
    expect(lines(twice.stderr)).toEqual([
      expect.stringMatching(
        /x\.json#\/1\/id: error: framework region-x is defined twice \(first at .*region-x\.framework\.json\)$/,
      ),
      expect.stringMatching(/x\.json: ogiltig \(1 fel\)$/),
    ]);
    expect(twice.stdout).toBe("");
  });

  it("a definition with a built-in id replaces it, with a warning", () => {
    const builtIn = JSON.parse(
      readFileSync(join(repoRoot, "packages/core/frameworks/kommunkompassen-2020.json"), "utf8"),
    );
    const replaced = { ...builtIn, label: "Kommunekompasset 2020", labels: { en: "Municipal Compass 2020" } };
    const file = writeTemp("replaces.json", JSON.stringify(replaced));
    const warning = `${file}#/id: warning: this definition replaces the built-in definition of kommunkompassen-2020`;
    const r = kompass("validate", example2020, "--frameworks", file);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(lines(r.stdout)).toEqual([
      warning,
      `${file}: valid (0 errors, 1 warning); 1 definition: Municipal Compass 2020`,
      `${example2020}: valid (0 errors, 0 warnings)`,
    ]);
    expect(kompass("validate", "--strict", example2020, "--frameworks", file).code).toBe(1);
    // score: the warning on stderr (stdout stays one JSON document), the replacing label on stdout.
    const score = kompass("score", example2020, "--frameworks", file, "--json");
    expect(score).toMatchObject({ code: 0, stderr: warning + "\n" });
    expect(JSON.parse(score.stdout)).toMatchObject({
      framework: "kommunkompassen-2020",
      frameworkLabel: "Kommunekompasset 2020",
    });
    expect(kompass("score", example2020, "--frameworks", file).stdout).toMatch(
      /^Exempelkommun 2021, Kommunekompasset 2020$/m,
    );
  });
});

describe("--frameworks: an invalid definition file", () => {
  it("its errors with file and JSON pointer, exit 1 as for an invalid evaluation, nothing else done", () => {
    const bad = definition();
    delete bad.areas[2]!.name.en;
    bad.areas[0]!.questions![0]!.max = 25;
    const one = writeTemp("defs.json", JSON.stringify(bad, null, 2));
    const r = kompass("validate", regionX2023, "--frameworks", one);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual([
      `${one}#/areas/2/name/en: error: is required but missing`,
      `${one}#/areas/0/questions: error: the questions' maxima add up to 55, more than the area's max 50`,
      `${one}: invalid (2 errors, 0 warnings)`,
      "kompass: no evaluation was checked, since a --frameworks file cannot be used",
    ]);
    const json = JSON.parse(kompass("validate", "--json", regionX2023, "--frameworks", one).stdout);
    expect(json.valid).toBe(false);
    expect(json.files).toEqual([]);
    expect(json.frameworks[0].errors.map((e: { path: string; kind: string }) => [e.path, e.kind])).toEqual([
      ["/areas/2/name/en", "required"],
      ["/areas/0/questions", "question-maxima-above-area-max"],
    ]);

    // The same in an array: pointers into the array; score, diff and render print them and stop.
    const array = writeTemp("defs-array.json", JSON.stringify([{ ...definition(), id: "region-y" }, bad]));
    for (const args of [
      ["score", regionX2023],
      ["score", regionX2023, "--json"],
      ["diff", regionX2023, regionX2023],
      ["render", regionX2023, "-o", join(dir, "never.html")],
    ]) {
      const run = kompass(...args, "--frameworks", array);
      expect(run.code, args.join(" ")).toBe(1);
      expect(run.stdout).toBe("");
      expect(lines(run.stderr)).toEqual([
        `${array}#/1/areas/2/name/en: error: is required but missing`,
        `${array}#/1/areas/0/questions: error: the questions' maxima add up to 55, more than the area's max 50`,
        `${array}: ogiltig (2 fel)`,
      ]);
    }
    expect(existsSync(join(dir, "never.html"))).toBe(false);
    // An evaluation is invalid with the same exit code: validate's own rule.
    expect(kompass("validate", writeTemp("bad-eval.json", '{"framework": 1}')).code).toBe(1);
  });

  it("a JSON syntax error: line and column, never the file's content, no stack trace", () => {
    const file = writeTemp(
      "syntax.json",
      '\uFEFF{\n  "id": "region-x",\n  "label": "secret-label"\n  "version": "1"\n}\n',
    );
    const r = kompass("score", regionX2023, "--frameworks", file, "--lang", "en");
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      `${file}: error: not valid JSON: expected ',' or '}' at line 4, column 3 (byte 50)`,
      `${file}: invalid (1 error)`,
    ]);
    expect(r.stderr).not.toContain("secret");
    noStackTrace(r.stderr);
    const json = JSON.parse(kompass("validate", "--json", regionX2023, "--frameworks", file).stdout);
    expect(json.frameworks[0].errors[0]).toMatchObject({ kind: "json-syntax", details: { line: 4, column: 3 } });
  });

  it("an empty, missing or oversized file: the same lines and exit codes as for an evaluation", () => {
    const empty = writeTemp("empty.json", "");
    const r1 = kompass("score", regionX2023, "--frameworks", empty, "--lang", "en");
    expect(r1.code).toBe(1);
    expect(r1.stderr).toContain(`${empty}: error: the file is empty; expected a JSON framework definition`);
    const missing = join(dir, "missing.json");
    expect(kompass("validate", regionX2023, "--frameworks", missing)).toMatchObject({
      code: 2,
      stderr:
        `${missing}: no such file\n` + "kompass: no evaluation was checked, since a --frameworks file cannot be used\n",
    });
    expect(kompass("score", regionX2023, "--frameworks", dir)).toMatchObject({
      code: 2,
      stderr: `${dir}: är en mapp, inte en fil\n`,
    });
  });

  it("usage: --frameworks does not go with import; standard input once", () => {
    const r = kompass("import", regionX2023, "--frameworks", regionX);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(
      "kompass: --frameworks goes with validate, score, diff, render, collect and stats",
    );
    expect(kompass("score", "-", "--frameworks", "-").code).toBe(2);
  });
});

describe("models named by their labels", () => {
  it("score of the 2020 example: 'Kommunkompassen 2020', the English area names with --lang en", () => {
    const sv = kompass("score", example2020);
    expect(sv).toMatchObject({ code: 0, stderr: "" });
    expect(sv.stdout).toMatch(/^Exempelkommun 2021, Kommunkompassen 2020$/m);
    expect(sv.stdout).toMatch(/^1\s+Samspel mellan förtroendevalda och medborgare\s+61\s+100\s+61$/m);
    expect(sv.stdout).toMatch(/^\s+Totalt\s+517\s+800\s+65$/m);
    const en = kompass("score", example2020, "--lang", "en").stdout;
    expect(en).toMatch(/^Exempelkommun 2021, Kommunkompassen 2020$/m);
    expect(en).toMatch(/^1\s+Interaction between elected representatives and citizens\s+61\s+100\s+61$/m);
    expect(en).toMatch(/^8\s+Management and leadership, and employeeship\s+67\s+100\s+67$/m);
    expect(en).not.toContain("Samspel");
    expect(sv.stdout + en).not.toContain("kommunkompassen-2020");
    const json = JSON.parse(kompass("score", example2020, "--json", "--lang", "en").stdout);
    expect(json).toMatchObject({ framework: "kommunkompassen-2020", frameworkLabel: "Kommunkompassen 2020", max: 800 });
  });

  it("score of the original model: 426,5 as published, no maximum, never 'av 0'", () => {
    const r = kompass("score", original2006);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(lines(r.stdout)).toEqual([
      "Exempelkommun 2006, Kommunkompassen 2002–2009 (ursprungliga modellen)",
      "  Område  Poäng  Max  %",
      "  Totalt  426,5    –  –",
      "områdena i Kommunkompassen 2002–2009 (ursprungliga modellen) är inte kända: ingen maxpoäng, ingen procentsats och ingen total härledd ur områdenas poäng",
    ]);
    expect(r.stdout).not.toMatch(/av 0|\b0\b/);
    expect(kompass("score", original2006, "--lang", "en").stdout).toMatch(/^\s+Total\s+426\.5\s+–\s+–$/m);
    const json = JSON.parse(kompass("score", original2006, "--json").stdout);
    expect(json).toMatchObject({ total: 426.5, totalSource: "published", max: null, percent: null, areas: [] });
    expect(json.frameworkLabel).toBe("Kommunkompassen 2002–2009 (ursprungliga modellen)");
  });

  it("validate of Strängnäs 2016 (model not stated): no warning; no consistency check on an assumed area set", () => {
    const r = kompass("validate", strangnas2016);
    expect(r).toMatchObject({ code: 0, stderr: "", stdout: `${strangnas2016}: valid (0 errors, 0 warnings)\n` });
    expect(kompass("validate", "--strict", strangnas2016).code).toBe(0);
  });
});

describe("diff across models whose areas differ or are not known", () => {
  it("Ängelholm 2016 (2.1) → the 2020 example: totals side by side, 'ej jämförbar', no area change", () => {
    const r = kompass("diff", angelholm2016, example2020);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const out = lines(r.stdout);
    expect(out.slice(0, 7)).toEqual([
      "Ängelholms kommun 2016 → Exempelkommun 2021, Kommunkompassen 2.1 → Kommunkompassen 2020",
      "Jämförbara: nej",
      "  - Modellen ändrades mellan utvärderingarna.",
      "  - Modellernas områden är definierade på olika sätt; varken områden eller totalpoäng kan jämföras.",
      "  - Utvärderingarna gäller olika kommuner.",
      "        2016  2021  Förändring",
      "Totalt   496   517  ej jämförbar",
    ]);
    // Each evaluation's areas under its own model, in rows of their own, with no change column.
    expect(out).toContain("Ängelholms kommun 2016, Kommunkompassen 2.1");
    expect(out).toContain("inga områdespoäng angivna");
    expect(out).toContain("Exempelkommun 2021, Kommunkompassen 2020");
    expect(r.stdout).toMatch(/^1\s+Samspel mellan förtroendevalda och medborgare\s+61$/m);
    expect(r.stdout).not.toMatch(/[+−±]\d|\+21|okänd/);
    expect(r.stdout).not.toContain("kommunkompassen-");

    const en = kompass("diff", angelholm2016, example2020, "--lang", "en").stdout;
    expect(en).toContain(
      "  - the areas are defined differently in Kommunkompassen 2.1 and Kommunkompassen 2020, so no area and no total can be compared",
    );
    expect(en).toMatch(/^Total\s+496\s+517\s+not comparable$/m);
  });

  it("--json: every delta null, the reasons, areasComparable false, frameworkLabel on both sides", () => {
    const r = kompass("diff", angelholm2016, example2020, "--json", "--lang", "en");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["comparable", "reasons", "from", "to", "areasComparable", "total", "areas"]);
    expect(json).toMatchObject({
      comparable: false,
      areasComparable: false,
      total: { from: 496, to: 517, delta: null },
    });
    expect(json.reasons.map((reason: { kind: string }) => reason.kind)).toEqual([
      "framework-changed",
      "areas-differ",
      "different-municipality",
    ]);
    expect(json.from).toEqual({
      municipality: "Ängelholms kommun",
      code: "1292",
      year: 2016,
      framework: "kommunkompassen-2.1",
      frameworkLabel: "Kommunkompassen 2.1",
    });
    expect(json.to).toMatchObject({ framework: "kommunkompassen-2020", frameworkLabel: "Kommunkompassen 2020" });
    expect(json.areas).toHaveLength(8);
    expect(json.areas.every((a: { delta: number | null }) => a.delta === null)).toBe(true);
    expect(json.areas[0]).toMatchObject({
      id: 1,
      name: "Interaction between elected representatives and citizens",
      to: 61,
    });
  });

  it("Strängnäs 2014 (2.0) → 2016 (model not stated): 437 and 497 side by side, the areas not known", () => {
    const r = kompass("diff", strangnas2014, strangnas2016);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(lines(r.stdout)).toEqual([
      "Strängnäs kommun 2014 → 2016, Kommunkompassen 2.0 → Kommunkompassen (modell ej angiven)",
      "Jämförbara: nej",
      "  - Modellen ändrades mellan utvärderingarna.",
      "  - Områdena i någon av modellerna är inte kända; varken områden eller totalpoäng kan jämföras.",
      "        2014  2016  Förändring",
      "Totalt   437   497  ej jämförbar",
      "Strängnäs kommun 2014, Kommunkompassen 2.0",
      "   Område                      Poäng",
      "1  Offentlighet och demokrati     54",
      "Strängnäs kommun 2016, Kommunkompassen (modell ej angiven)",
      "   Område    Poäng",
      "1  Område 1     63",
    ]);
    const en = kompass("diff", strangnas2014, strangnas2016, "--lang", "en").stdout;
    expect(en).toContain(
      "  - the areas of Kommunkompassen (model not stated) are not known, so no area and no total can be compared",
    );
    expect(en).toMatch(/^1\s+Transparency and democracy\s+54$/m);

    const json = JSON.parse(kompass("diff", strangnas2014, strangnas2016, "--json").stdout);
    expect(json).toMatchObject({
      comparable: false,
      areasComparable: false,
      total: { from: 437, to: 497, delta: null },
    });
    expect(json.reasons.map((reason: { kind: string }) => reason.kind)).toEqual(["framework-changed", "areas-unknown"]);
    expect(json.areas[0]).toMatchObject({ id: 1, from: 54, to: 63, delta: null, questions: [] });
    expect(json.to.frameworkLabel).toBe("Kommunkompassen (modell ej angiven)");
  });

  it("the same model on both sides keeps its area deltas (Västerås 2.0)", () => {
    const json = JSON.parse(
      kompass("diff", fixturePath("vasteras-2012"), fixturePath("vasteras-2014"), "--json").stdout,
    );
    expect(json.areasComparable).toBe(true);
    expect(json.areas[0]).toMatchObject({ id: 1, from: 58, to: 67, delta: 9 });
    expect(json.from.frameworkLabel).toBe("Kommunkompassen 2.0");
  });
});

describe("render: the model by its label, and --frameworks", () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
  const text = (node: Element | Document | null) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();

  it("the 2020 example with --lang en names 'Kommunkompassen 2020' and the English area names", () => {
    const out = join(dir, "example-2020.html");
    const r = kompass("render", example2020, "--lang", "en", "-o", out);
    expect(r).toMatchObject({ code: 0, stderr: "", stdout: `wrote ${out}\n` });
    const page = parse(readFileSync(out, "utf8"));
    const header = text(page.querySelector(".kk-report header, header"));
    expect(header).toContain("Kommunkompassen 2020");
    expect(text(page.body)).toContain("Interaction between elected representatives and citizens");
    expect(text(page.body)).not.toContain("kommunkompassen-2020");
  });

  it("a page of the regional model with --frameworks: its label and area names, no unknown-model notice", () => {
    const out = join(dir, "region-x.html");
    const r = kompass("render", regionX2023, "--frameworks", regionX, "--lang", "en", "-o", out);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const body = text(parse(readFileSync(out, "utf8")).body);
    expect(body).toContain("Regional model X");
    expect(body).toContain("Citizen dialogue");
    expect(body).toContain("Regional development");
    expect(body).not.toMatch(/region-x (is|är)/);

    const without = join(dir, "region-x-without.html");
    expect(kompass("render", regionX2023, "--lang", "en", "-o", without).code).toBe(0);
    expect(text(parse(readFileSync(without, "utf8")).body)).not.toContain("Citizen dialogue");
  });
});
