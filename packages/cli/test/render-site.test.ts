// @vitest-environment jsdom
/**
 * `kompass render DIR -o SITE` and `kompass render COLLECTION.json -o SITE`: the whole site, on the
 * published results (test/fixtures/data/published-results.csv, built into a collection with the
 * core's types) and on the generated collection of 300. Assertions on the parsed HTML: every page
 * self-contained and script-free (the rules render.test.ts checks for one page), the links between
 * the pages, the places in words, the timelines' breaks.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Collection, Reference } from "@kommunkompassen/core";
import { repoRoot } from "../../../test/support/fixtures";
import { publishedEvaluations } from "../../../stories/src/published";
import { generateCollection } from "../../../stories/src/generated";
import { run } from "../src/index";

const cli = join(repoRoot, "packages/cli/dist/cli.js");
const data = join(repoRoot, "test/fixtures/data");
let dir: string;
let n = 0;

function kompass(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: repoRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function freshDir(): string {
  const path = join(dir, `case-${++n}`);
  mkdirSync(path);
  return path;
}

const parse = (html: string): Document => new DOMParser().parseFromString(html, "text/html");
const text = (node: Element | null) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();

/**
 * The published averages as the collection's references (each with its source and context). The
 * context may itself hold a ";" (the file's one row does, unquoted): the columns after it are read
 * from the end of the row, the label from its start, and the context is what is between.
 */
function publishedReferences(): Reference[] {
  const [header, ...rows] = readFileSync(join(data, "published-averages.csv"), "utf8").trim().split(/\r?\n/);
  const columns = header!.split(";");
  const tail = columns.length - 2;
  return rows.map((row) => {
    const cells = row.split(";");
    const fromEnd = cells.slice(-tail);
    const cell = (name: string) => fromEnd[columns.indexOf(name) - 2] ?? "";
    const areas = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((id) =>
      cell(`area_${id}`) ? [{ id, score: Number(cell(`area_${id}`)) }] : [],
    );
    return {
      kind: "average",
      label: cells[0]!,
      framework: cell("framework") || "kommunkompassen",
      ...(cell("total") ? { total: Number(cell("total")) } : {}),
      areas,
      source: { url: cell("source_url") },
      notes: [
        cells
          .slice(1, cells.length - tail)
          .join(";")
          .trim(),
      ],
    };
  });
}

/** The items of a list, each its text, joined with " | ". */
const items = (list: Element | null) => [...(list?.querySelectorAll("li") ?? [])].map(text).join(" | ");

/** The published results as a collection file. */
function publishedCollection(): Collection {
  return {
    schemaVersion: 1,
    title: "Publicerade resultat (kopia i test/fixtures/data)",
    sources: [{ title: "published-results.csv", file: "test/fixtures/data/published-results.csv" }],
    notes: ["Resultat som kommunerna själva publicerat, de flesta bara totalen."],
    references: publishedReferences(),
    evaluations: publishedEvaluations(readFileSync(join(data, "published-results.csv"), "utf8")),
  };
}

/** What every page of the site must satisfy: self-contained, no script, one style allowed by its hash. */
function checkSelfContained(html: string, document: Document, name: string) {
  expect(html.startsWith("<!doctype html>\n<html lang="), name).toBe(true);
  expect(html, name).not.toMatch(/<script|<link|\sstyle=|@import/i);
  expect(document.querySelectorAll("[style]"), name).toHaveLength(0);
  for (const element of document.querySelectorAll("[src], [href], [srcset], [action]"))
    for (const attribute of ["src", "href", "srcset", "action"])
      expect(element.getAttribute(attribute) ?? "", `${name} ${attribute}`).not.toMatch(/^\s*(https?:)?\/\//i);
  expect(document.querySelectorAll("style"), name).toHaveLength(1);
  const raw = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const hash = createHash("sha256").update(raw, "utf8").digest("base64");
  expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content"), name).toBe(
    `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`,
  );
  expect(html, name).not.toMatch(/NaN|Infinity|undefined/);
  // One h1, first; no heading level skipped on the way down.
  const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
  expect(
    levels.filter((l) => l === 1),
    name,
  ).toHaveLength(1);
  expect(levels[0], name).toBe(1);
  levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!, name).toBeLessThanOrEqual(1));
  // Ids are unique (every chart's ids come from useId; two pages' never meet, one page's must not clash).
  const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
  expect(new Set(ids).size, `${name}: duplicate ids`).toBe(ids.length);
}

/** Every link of a page points at a page of the site, and at an element there when it has a fragment. */
function checkLinks(site: string, name: string, document: Document) {
  for (const a of document.querySelectorAll("a[href]")) {
    const [file, fragment] = a.getAttribute("href")!.split("#");
    const target = file === "" ? name : file!;
    expect(existsSync(join(site, target)), `${name} links ${target}`).toBe(true);
    if (fragment) {
      const page = target === name ? document : parse(readFileSync(join(site, target), "utf8"));
      expect(page.getElementById(fragment), `${name} links #${fragment} in ${target}`).not.toBeNull();
    }
  }
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'pnpm build' first (pnpm test does)`);
  dir = mkdtempSync(join(tmpdir(), "kompass-site-"));
});

describe("kompass render COLLECTION.json -o SITE, on the published results", () => {
  let site: string;
  let stdout: string;
  const page = (name: string) => parse(readFileSync(join(site, name), "utf8"));

  beforeAll(() => {
    const input = join(freshDir(), "published.json");
    writeFileSync(input, JSON.stringify(publishedCollection(), null, 2));
    site = join(freshDir(), "site");
    const r = kompass("render", input, "-o", site);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    stdout = r.stdout;
  });

  it("writes one page per evaluation and the index, and says so", () => {
    const files = readdirSync(site).sort();
    expect(files).toHaveLength(20);
    expect(files).toContain("index.html");
    expect(files).toContain("0486-2014.html");
    expect(stdout.trim().split("\n")).toHaveLength(20);
    expect(stdout).toContain(
      `skrev ${join(site, "1494-2014.html")}: Lidköpings kommun 2014, jämförd med 2011 (published.json#/evaluations/14)`,
    );
    expect(stdout).toContain(`skrev ${join(site, "index.html")}: 19 utvärderingar`);
  });

  it("every page is self-contained and script-free, and every link leads somewhere on the site", () => {
    for (const name of readdirSync(site)) {
      const html = readFileSync(join(site, name), "utf8");
      const document = parse(html);
      checkSelfContained(html, document, name);
      checkLinks(site, name, document);
    }
  });

  it("the index: the overview by model, the totals of each model, what the data is", () => {
    const index = page("index.html");
    // The collection's title is the site's.
    expect(text(index.querySelector("h1"))).toBe("Publicerade resultat (kopia i test/fixtures/data)");
    expect(text(index.querySelector("title"))).toBe("Publicerade resultat (kopia i test/fixtures/data)");
    expect(text(index.querySelector("h1 + p"))).toBe(
      "19 utvärderingar av 11 kommuner med 4 modeller. Poäng jämförs och rankas bara inom samma modell.",
    );
    const table = index.querySelector(".kk-overview table")!;
    expect(text(table.querySelector("caption"))).toBe("Kommunkompassen: 19 utvärderingar");
    expect([...table.querySelectorAll(".kk-overview__group-title")].map(text)).toEqual([
      "Kommunkompassen 2020: 5 utvärderingar",
      "Kommunkompassen 2.1: 1 utvärdering",
      "Kommunkompassen 2.0: 7 utvärderingar",
      "Kommunkompassen (modell ej angiven): 6 utvärderingar (rankas inte, sorteras efter kommun)",
    ]);
    expect(table.querySelectorAll("tbody a")).toHaveLength(19);
    expect(table.querySelector('a[href="0182-2011.html"]')?.closest("tr")?.children[3]?.textContent).toBe("1 av 6");
    // No script, so no controls: the static table is all there is.
    expect(index.querySelector("button, select, input, form")).toBeNull();
    const strips = [...index.querySelectorAll("#kk-site-distribution figure")].map((f) =>
      text(f.querySelector("figcaption")),
    );
    expect(strips).toEqual([
      "Kommunkompassen 2020: 3 utvärderingar",
      "Kommunkompassen 2.1: 1 utvärdering",
      "Kommunkompassen 2.0: 6 utvärderingar",
    ]);
    const about = text(index.getElementById("kk-site-about"));
    expect(about).toContain("Publicerade resultat (kopia i test/fixtures/data)");
    expect(about).toContain("published-results.csv, test/fixtures/data/published-results.csv");
  });

  it("Strängnäs 2014: its place in words, its timeline with the break, links to 2016 and the model's rows", () => {
    const p = page("0486-2014.html");
    const toc = [...p.querySelectorAll(".kk-report__toc a")].map(text);
    expect(toc.slice(0, 3)).toEqual([
      "Sammanfattning av resultat",
      "Placering inom modellen",
      "Kommunens utvärderingar",
    ]);
    const position = p.getElementById("kk-position")!;
    expect(items(position.querySelector(".kk-position__places"))).toBe(
      "Totalt: 437 av 800 poäng, plats 5 av 6 bland kommuner utvärderade med Kommunkompassen 2.0 | 1 Offentlighet och demokrati: 54 av 100, plats 2 av 2",
    );
    expect(position.querySelector("desc")?.textContent).toContain(
      "plats 5 av 6 bland kommuner utvärderade med Kommunkompassen 2.0",
    );
    expect(position.querySelectorAll(".kk-position__table tbody tr")).toHaveLength(6);
    expect(position.querySelector('a[href="index.html#kk-model-kommunkompassen-2.0"]')).not.toBeNull();
    const history = p.getElementById("kk-history")!;
    expect(text(history.querySelector(".kk-chart__note"))).toContain(
      "Byte 1, mellan 2014 och 2016: Områdena i Kommunkompassen (modell ej angiven) är inte kända",
    );
    expect(items(history.querySelector(".kk-site__history"))).toBe(
      "2014, Kommunkompassen 2.0 (den här sidan): 437 av 800 poäng | 2016, Kommunkompassen (modell ej angiven): 497 p",
    );
    expect(history.querySelector('a[href="0486-2016.html"]')).not.toBeNull();
    // The source is on the page, as text: every number traceable.
    expect(text(p.querySelector(".kk-report__meta"))).toContain(
      "https://www.strangnas.se/arkiv/nyheter/nyheter/2017-04-21-stark-forbattring-i-kommunkompassen",
    );
  });

  it("Strängnäs 2016, model not stated: no place, and why; the published average is named, not drawn", () => {
    const p = page("0486-2016.html");
    expect(text(p.getElementById("kk-position"))).toContain(
      "Strängnäs kommun 2016 rankas inte: källan anger inte med vilken modell utvärderingen gjordes",
    );
    expect(p.querySelector("#kk-position svg")).toBeNull();
    expect(text(p.querySelector(".kk-bars"))).toContain("Nationellt medelvärde visas inte i diagrammet");
    expect(p.querySelector('#kk-history a[href="0486-2014.html"]')).not.toBeNull();
  });

  it("Lidköping: 2011 older, not ranked, 2014 ranked and compared with 2011; Nacka, evaluated once, has no timeline", () => {
    const older = page("1494-2011.html");
    expect(text(older.getElementById("kk-position"))).toContain(
      "Lidköpings kommun 2011 rankas inte: kommunen har en senare utvärdering med Kommunkompassen 2.0 (2014)",
    );
    const later = page("1494-2014.html");
    expect(text(later.querySelector("#kk-position .kk-position__places"))).toBe(
      "Totalt: 549 av 800 poäng, plats 3 av 6 bland kommuner utvärderade med Kommunkompassen 2.0",
    );
    expect(text(later.querySelector("#kk-change h2"))).toBe("Förändring sedan 2011");
    expect(
      [...later.querySelectorAll("#kk-history .kk-timeline__table tbody tr")].map((tr) =>
        [...tr.children].map(text).join(" | "),
      ),
    ).toEqual(["2011 | Kommunkompassen 2.0 | 483 | –", "2014 | Kommunkompassen 2.0 | 549 | +66 ↑ ökning med 66 poäng"]);
    expect(page("0182-2011.html").getElementById("kk-history")).toBeNull();
  });

  it("--lang en: the site in English, places as ordinals", () => {
    const input = join(freshDir(), "published.json");
    writeFileSync(input, JSON.stringify(publishedCollection()));
    const out = join(freshDir(), "site");
    expect(kompass("render", input, "-o", out, "--lang", "en")).toMatchObject({ code: 0, stderr: "" });
    const index = parse(readFileSync(join(out, "index.html"), "utf8"));
    expect(index.documentElement.getAttribute("lang")).toBe("en");
    expect(text(index.querySelector("h1"))).toBe("Publicerade resultat (kopia i test/fixtures/data)");
    const p = parse(readFileSync(join(out, "0486-2014.html"), "utf8"));
    expect(text(p.querySelector("#kk-position .kk-position__places"))).toContain(
      "Total: 437 of 800 points, 5th of 6 municipalities evaluated with Kommunkompassen 2.0",
    );
  });
});

describe("kompass render COLLECTION.json: what goes wrong", () => {
  it("an invalid collection: its errors with their pointers, exit 1, nothing written", () => {
    const folder = freshDir();
    const collection = publishedCollection();
    collection.evaluations[3] = { ...collection.evaluations[3]!, total: 900 };
    collection.evaluations.push(structuredClone(collection.evaluations[0]!));
    const input = join(folder, "bad.json");
    writeFileSync(input, JSON.stringify(collection));
    const out = join(folder, "site");
    const r = kompass("render", input, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`${input.replace(/[.]/g, "\\.")}#/evaluations/3/total: error: `));
    expect(r.stderr).toMatch(/#\/evaluations\/19: error: .*Vallentuna kommun 2017/);
    expect(r.stderr).toContain(`kompass: ingenting skrevs till ${out}`);
    expect(existsSync(out)).toBe(false);
  });

  it("usage: --compare and --fragment go with one FILE, not a collection", () => {
    const input = join(freshDir(), "c.json");
    writeFileSync(input, JSON.stringify(publishedCollection()));
    expect(kompass("render", input, "-o", join(freshDir(), "s"), "--fragment").code).toBe(2);
    expect(kompass("render", input, "-o", join(freshDir(), "s"), "--compare", input).code).toBe(2);
  });

  it("a collection's own model: its pages name it by its label", () => {
    const fixtures = join(repoRoot, "packages/cli/test/fixtures");
    const collection = {
      schemaVersion: 1,
      frameworks: [JSON.parse(readFileSync(join(fixtures, "region-x.framework.json"), "utf8"))],
      evaluations: [JSON.parse(readFileSync(join(fixtures, "region-x-2023.json"), "utf8"))],
    };
    const input = join(freshDir(), "region.json");
    writeFileSync(input, JSON.stringify(collection));
    const out = join(freshDir(), "site");
    expect(kompass("render", input, "-o", out)).toMatchObject({ code: 0, stderr: "" });
    const p = parse(readFileSync(join(out, "exempelkommun-2023.html"), "utf8"));
    expect(text(p.querySelector("#kk-position figcaption"))).toBe(
      "Exempelkommun 2023 bland kommuner utvärderade med Regionmodell X",
    );
    expect(items(p.querySelector("#kk-position .kk-position__places"))).toBe(
      "Totalt: 76 av 100 poäng, plats 1 av 1 bland kommuner utvärderade med Regionmodell X | 1 Medborgardialog: 40 av 50, plats 1 av 1 | 2 Kollektivtrafik: 21 av 30, plats 1 av 1 | 3 Regional utveckling: 15 av 20, plats 1 av 1",
    );
  });
});

describe("a site of 300 generated evaluations (renderSite through run, in-process)", () => {
  it("every page has its position or says why it has none; bands from five evaluations on", () => {
    const generated = generateCollection(300);
    const input = join(freshDir(), "generated.json");
    writeFileSync(
      input,
      JSON.stringify({ schemaVersion: 1, title: "GENERATED: 300 made-up evaluations", evaluations: generated }),
    );
    const out = join(freshDir(), "site");
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = run(["render", input, "-o", out], { out: (t) => stdout.push(t), err: (t) => stderr.push(t) });
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(301);
    let ranked = 0;
    let banded = 0;
    for (const name of files.filter((f) => f !== "index.html")) {
      const html = readFileSync(join(out, name), "utf8");
      const places = /<ul class="kk-position__places">([\s\S]*?)<\/ul>/.exec(html);
      const unranked = /rankas inte: /.test(html);
      expect(places !== null || unranked, name).toBe(true);
      if (places) ranked++;
      if (html.includes('class="kk-band"')) banded++;
      expect(html).not.toMatch(/<script|\sstyle=/);
    }
    expect(ranked).toBeGreaterThan(100);
    expect(banded).toBeGreaterThan(50);
    const index = parse(readFileSync(join(out, "index.html"), "utf8"));
    expect(index.querySelectorAll(".kk-overview tbody a")).toHaveLength(300);
  }, 120_000);
});
