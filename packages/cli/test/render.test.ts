// @vitest-environment jsdom
/**
 * `kompass render`: the built binary, run as a user would, and the programmatic API. Assertions
 * are on the parsed HTML (no snapshots): sections, published numbers, heading hierarchy, the
 * absence of anything that would make a request or need `'unsafe-inline'`, and the CSP hash.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  copyFileSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { EvaluationValidationError, scoreEvaluation, type Reference } from "@kommunkompassen/core";
import { fixturePath, loadFixture, repoRoot } from "../../../test/support/fixtures";
import { selfConsistentEvaluation } from "../../../test/support/arbitraries";
import { renderReportDocument, renderReportFragment } from "@kommunkompassen/react/server";
import { run } from "../src/index";
import { WriteError, writeFilesAtomic } from "../src/render/files";

const cli = join(repoRoot, "packages/cli/dist/cli.js");
const avesta = fixturePath("avesta-2014");
const v2012 = fixturePath("vasteras-2012");
const v2014 = fixturePath("vasteras-2014");
let dir: string;
let n = 0;

/** Runs the built `kompass` binary as a user would. */
function kompass(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: repoRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh empty directory under the test's temporary directory. */
function freshDir(): string {
  const path = join(dir, `case-${++n}`);
  mkdirSync(path);
  return path;
}

/** Renders with the binary into a fresh directory and returns the HTML and its parsed document. */
function render(input: string, ...args: string[]) {
  const out = join(freshDir(), "report.html");
  const result = kompass("render", input, "-o", out, ...args);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const lang = args[args.indexOf("--lang") + 1] === "en" && args.includes("--lang") ? "en" : "sv";
  expect(result.stdout).toBe(`${lang === "en" ? "wrote" : "skrev"} ${out}\n`);
  const html = readFileSync(out, "utf8");
  return { html, document: parse(html) };
}

/** Parses a page as a browser would (jsdom's DOMParser). */
const parse = (html: string): Document => new DOMParser().parseFromString(html, "text/html");

/** Text content with white space (no-break spaces included) collapsed to single spaces. */
const text = (node: Element | null) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();

/** Checks what every standalone page must satisfy. */
function checkSelfContained(html: string, document: Document) {
  expect(html.startsWith("<!doctype html>\n<html lang=")).toBe(true);
  expect(document.querySelector("meta[charset]")?.getAttribute("charset")).toBe("utf-8");
  expect(document.querySelector('meta[name="viewport"]')?.getAttribute("content")).toBe(
    "width=device-width, initial-scale=1",
  );
  expect(text(document.querySelector("title"))).not.toBe("");

  // No scripts, no links, no inline styles, nothing loaded from anywhere.
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<link/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(document.querySelectorAll("[style]")).toHaveLength(0);
  expect(html).not.toMatch(/\s(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*(?:https?:)?\/\//i);
  for (const element of document.querySelectorAll("[src], [href], [srcset], [action]")) {
    for (const attribute of ["src", "href", "srcset", "action"]) {
      const value = element.getAttribute(attribute);
      if (value !== null) expect(value, `${element.tagName} ${attribute}`).not.toMatch(/^\s*(https?:)?\/\//i);
    }
  }
  expect(html).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);

  // One <style>, allowed by its hash in the CSP, and the CSP meta comes before it.
  const styles = document.querySelectorAll("style");
  expect(styles).toHaveLength(1);
  const raw = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  expect(styles[0]!.textContent).toBe(raw);
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content");
  const hash = createHash("sha256").update(raw, "utf8").digest("base64");
  expect(csp).toBe(
    `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`,
  );
  expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<style>"));
  // The components' stylesheet, as installed, is in it.
  expect(raw).toContain(readFileSync(join(repoRoot, "packages/react/dist/styles.css"), "utf8"));
}

/** The headings in document order: exactly one h1, first, and no level skipped on the way down. */
function checkHeadings(document: Document): string[] {
  const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")];
  const levels = headings.map((h) => Number(h.tagName[1]));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level - levels[i - 1]!, `heading ${i}: ${text(headings[i]!)}`).toBeLessThanOrEqual(1);
  });
  return headings.map(text);
}

const average: Reference = {
  kind: "average",
  label: "Genomsnitt 2.0",
  framework: "kommunkompassen-2.0",
  areas: [
    { id: 1, score: 55 },
    { id: 2, score: 60 },
  ],
};

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'pnpm build' first (pnpm test does)`);
  dir = mkdtempSync(join(tmpdir(), "kompass-render-"));
});

describe("kompass render FILE", () => {
  it("Avesta 2014: a self-contained page with every section and the numbers as published", () => {
    const { html, document } = render(avesta);
    checkSelfContained(html, document);
    expect(document.documentElement.getAttribute("lang")).toBe("sv");
    expect(text(document.querySelector("title"))).toBe("Kommunkompassen – Avesta kommun 2014");
    const report = document.querySelector("main article.kk-report")!;
    expect(report.getAttribute("data-kk-theme")).toBe("light");

    // Sections: summary, 8 areas, data quality; no change section without --compare.
    expect(document.getElementById("kk-summary")).not.toBeNull();
    expect(document.getElementById("kk-change")).toBeNull();
    expect([...document.querySelectorAll("section.kk-report__area")].map((s) => s.id)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `kk-area-${i}`),
    );
    expect(document.getElementById("kk-quality")).not.toBeNull();

    // The total and each area's score as published.
    expect(text(document.querySelector(".kk-report__total"))).toBe("Totalt: 404 av 800 poäng");
    expect(text(document.querySelector(".kk-bars .kk-chart__title"))).toContain("404");
    const scores = [52, 41, 56, 44, 46, 52, 45, 68];
    scores.forEach((score, i) => {
      expect(text(document.querySelector(`#kk-area-${i + 1} .kk-report__score`))).toBe(`Poäng: ${score} av 100 poäng`);
    });

    // Sub-question rows: 1.1 is 10 of 15 shown as 65 %, as the report prints it.
    const row = [...document.querySelectorAll("#kk-area-1 .kk-question-table tbody tr")].map((tr) =>
      [...tr.children].map(text),
    );
    expect(row[0]).toEqual([
      "1.1",
      "Finns en plan/strategi för demokratiutveckling och information?",
      "10",
      "15",
      "65 %",
    ]);
    expect(row[1]!.slice(2)).toEqual(["8", "20", "42 %"]);
    // Area 6: the published 52 next to sub-questions that add up to 51, and the warning about it.
    expect(text(document.querySelector("#kk-area-6 .kk-question-table tfoot"))).toContain("52");
    expect(text(document.getElementById("kk-quality"))).toContain(
      "Område 6: poängen är publicerad som 52, men delfrågornas poäng summerar till 51.",
    );

    const headings = checkHeadings(document);
    expect(headings[0]).toBe("Kommunkompassen – Avesta kommun 2014");
    expect(headings).toContain("Sammanfattning av resultat");
    expect(headings).toContain("Område 8 Kommunen som samhällsbyggare");
    expect(headings).toContain("Om uppgifterna");
  });

  it("Västerås 2014 with --compare 2012: the change section with the delta table, deltas per area", () => {
    const { html, document } = render(v2014, "--compare", v2012);
    checkSelfContained(html, document);
    const change = document.getElementById("kk-change")!;
    expect(change).not.toBeNull();
    expect(text(change.querySelector("h2"))).toBe("Förändring sedan 2012");
    const rows = [...change.querySelectorAll(".kk-delta-table tbody tr")].map((tr) => [...tr.children].map(text));
    expect(rows[0]!.slice(0, 3)).toEqual(["1 Offentlighet och demokrati", "58", "67"]);
    expect(rows[0]![3]).toContain("+9");
    expect(rows[3]![3]).toContain("+10");
    expect(text(document.querySelector("#kk-area-4 .kk-report__score"))).toContain("75 av 100 poäng");
    expect(text(document.querySelector("#kk-area-4 .kk-report__score"))).toContain("+10");
    // The total is not known for 2014: said in words, never a partial sum.
    expect(text(document.querySelector(".kk-report__total"))).toBe("Totalt: uppgift saknas");
    const headings = checkHeadings(document);
    expect(headings.indexOf("Förändring sedan 2012")).toBe(headings.indexOf("Sammanfattning av resultat") + 1);
  });

  it("--lang en gives English headings and lang=en; --theme dark sets data-kk-theme", () => {
    const { html, document } = render(v2014, "--compare", v2012, "--lang", "en", "--theme", "dark");
    checkSelfContained(html, document);
    expect(document.documentElement.getAttribute("lang")).toBe("en");
    expect(document.querySelector("article.kk-report")!.getAttribute("lang")).toBe("en");
    const headings = checkHeadings(document);
    expect(headings).toEqual(
      expect.arrayContaining([
        "Summary of results",
        "Change since 2012",
        "Area 1 Transparency and democracy",
        "About the data",
      ]),
    );
    expect(document.querySelector("article.kk-report")!.getAttribute("data-kk-theme")).toBe("dark");
    expect(document.body.getAttribute("data-kk-theme")).toBe("dark");
    expect(text(document.querySelector(".kk-report__total"))).toBe("Total: no data");
  });

  it("--fragment: only the report markup in OUT, the stylesheet in OUT.css", () => {
    const out = join(freshDir(), "avesta.html");
    const r = kompass("render", avesta, "--fragment", "-o", out);
    expect(r.code).toBe(0);
    const css = out.replace(/\.html$/, ".css");
    expect(r.stdout).toBe(`skrev ${out}\nskrev ${css}\n`);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<article [^>]*class="kk kk-report"/);
    expect(html).not.toMatch(/<!doctype|<html|<head[\s>]|<style|<script|\sstyle=/i);
    expect(readFileSync(css, "utf8")).toBe(readFileSync(join(repoRoot, "packages/react/dist/styles.css"), "utf8"));
    expect(parse(html).querySelectorAll("section.kk-report__area")).toHaveLength(8);
  });

  it("--reference adds a reference series (one object or an array of them)", () => {
    const single = join(freshDir(), "average.json");
    writeFileSync(single, JSON.stringify(average));
    const { document } = render(avesta, "--reference", single);
    expect(text(document.querySelector(".kk-radar .kk-legend"))).toContain("Genomsnitt 2.0");

    const many = join(freshDir(), "refs.json");
    writeFileSync(many, JSON.stringify([average, { ...average, kind: "peer", label: "Karlstad 2014" }]));
    const both = render(avesta, "--reference", many).document;
    expect(text(both.querySelector(".kk-radar .kk-legend"))).toContain("Karlstad 2014");
  });

  it("an invalid reference: its errors against the reference file, exit 1, nothing written", () => {
    const folder = freshDir();
    const single = join(folder, "ref.json");
    writeFileSync(single, JSON.stringify({ ...average, areas: [{ id: 12, score: 50 }] }));
    const out = join(folder, "out.html");
    const r1 = kompass("render", avesta, "--reference", single, "-o", out);
    expect(r1.code).toBe(1);
    expect(r1.stderr.split("\n").filter(Boolean)).toEqual([
      `${single}#/areas/0/id: error: Kommunkompassen 2.0 has no area 12`,
      `${single}: ogiltig (1 fel)`,
    ]);
    const array = join(folder, "refs.json");
    writeFileSync(array, JSON.stringify([average, { kind: "peer", framework: "kommunkompassen-2.0", areas: [] }]));
    const r2 = kompass("render", avesta, "--reference", array, "-o", out);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toBe(`${array}#/1/label: error: is required but missing\n${array}: ogiltig (1 fel)\n`);
    const notJson = join(folder, "bad.json");
    writeFileSync(notJson, "{ nope");
    const r3 = kompass("render", avesta, "--reference", notJson, "-o", out);
    expect(r3.code).toBe(1);
    expect(r3.stderr).toMatch(/bad\.json: error: not valid JSON: expected .* at line 1, column \d+ \(byte \d+\)/);
    expect(kompass("render", avesta, "--reference", join(folder, "missing.json"), "-o", out)).toMatchObject({
      code: 2,
      stderr: `${join(folder, "missing.json")}: filen finns inte\n`,
    });
    expect(readdirSync(folder).sort()).toEqual(["bad.json", "ref.json", "refs.json"]);
  });
});

describe("kompass render DIR", () => {
  function fixtureFolder(): string {
    const input = freshDir();
    for (const name of ["avesta-2014", "vasteras-2012", "vasteras-2014"] as const)
      copyFileSync(fixturePath(name), join(input, `${name}.json`));
    return input;
  }

  it("one page per evaluation and an index with the totals; Västerås 2014 paired with 2012", () => {
    const input = fixtureFolder();
    const out = join(freshDir(), "site");
    const r = kompass("render", input, "-o", out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["1980-2012.html", "1980-2014.html", "2084-2014.html", "index.html"]);
    expect(r.stdout).toContain(
      `skrev ${join(out, "1980-2014.html")}: Västerås stad 2014, jämförd med 2012 (vasteras-2012.json)`,
    );

    const indexHtml = readFileSync(join(out, "index.html"), "utf8");
    const index = parse(indexHtml);
    checkSelfContained(indexHtml, index);
    checkHeadings(index);
    // The overview (render-site.test.ts checks the site in full): a model's header row, then its
    // evaluations by total, an unknown total last; the name links the page (the year said to screen readers).
    const rows = [...index.querySelectorAll(".kk-overview tbody tr")].map((tr) => {
      const row = tr.cloneNode(true) as Element;
      row.querySelectorAll(".kk-inline-areas").forEach((line) => line.remove());
      return [...row.children].map(text).slice(0, 5);
    });
    expect(rows).toEqual([
      ["Kommunkompassen 2.0: 3 utvärderingar"],
      ["Avesta kommun 2014", "2014", "Kommunkompassen 2.0", "1 av 1", "404"],
      ["Västerås stad 2012", "2012", "Kommunkompassen 2.0", "äldre", "– uppgift saknas"],
      ["Västerås stad 2014", "2014", "Kommunkompassen 2.0", "uppgift saknas", "– uppgift saknas"],
    ]);
    expect([...index.querySelectorAll(".kk-overview tbody a")].map((a) => a.getAttribute("href"))).toEqual([
      "2084-2014.html",
      "1980-2012.html",
      "1980-2014.html",
    ]);

    const page = (name: string) => parse(readFileSync(join(out, name), "utf8"));
    const v14 = page("1980-2014.html");
    expect(text(v14.querySelector("#kk-change h2"))).toBe("Förändring sedan 2012");
    expect(v14.querySelector(".kk-page__nav a")?.getAttribute("href")).toBe("index.html");
    expect(page("1980-2012.html").getElementById("kk-change")).toBeNull();
    expect(page("2084-2014.html").getElementById("kk-change")).toBeNull();
    expect(text(page("2084-2014.html").querySelector(".kk-report__total"))).toBe("Totalt: 404 av 800 poäng");
    for (const name of ["1980-2012.html", "1980-2014.html", "2084-2014.html"]) {
      const html = readFileSync(join(out, name), "utf8");
      checkSelfContained(html, parse(html));
    }
    // No temporary files are left behind.
    expect(readdirSync(out).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("pairs by name when there is no municipality code, and --lang en for the index", () => {
    const input = freshDir();
    for (const name of ["vasteras-2012", "vasteras-2014"] as const) {
      const evaluation = loadFixture(name);
      delete evaluation.municipality.code;
      writeFileSync(join(input, `${name}.json`), JSON.stringify(evaluation));
    }
    const out = join(freshDir(), "site");
    const r = kompass("render", input, "-o", out, "--lang", "en");
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["index.html", "vasteras-stad-2012.html", "vasteras-stad-2014.html"]);
    expect(text(parse(readFileSync(join(out, "vasteras-stad-2014.html"), "utf8")).querySelector("#kk-change h2"))).toBe(
      "Change since 2012",
    );
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("no data");
  });

  it("an invalid file in the folder: every error, exit 1, and no file written at all", () => {
    const input = fixtureFolder();
    const broken = loadFixture("avesta-2014");
    broken.areas[0]!.score = 120;
    writeFileSync(join(input, "broken.json"), JSON.stringify(broken));
    writeFileSync(join(input, "empty.json"), "");
    const parent = freshDir();
    const out = join(parent, "site");
    const r = kompass("render", input, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${join(input, "broken.json")}#/areas/0/score: error: 120 is more than the area's max 100`,
    );
    expect(r.stderr).toContain(`${join(input, "empty.json")}: error: the file is empty; expected a JSON evaluation`);
    expect(r.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);

    // Into an existing output directory: it stays as it was.
    mkdirSync(out);
    expect(kompass("render", input, "-o", out).code).toBe(1);
    expect(readdirSync(out)).toEqual([]);
  });

  it("two files with the same municipality and year: exit 1, nothing written", () => {
    const input = fixtureFolder();
    copyFileSync(avesta, join(input, "avesta-copy.json"));
    const out = join(freshDir(), "site");
    const r = kompass("render", input, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Avesta kommun 2014 is in 2 files");
    expect(existsSync(out)).toBe(false);
  });

  it("usage: --compare and --fragment go with one FILE; an empty folder has nothing to render", () => {
    const input = fixtureFolder();
    expect(kompass("render", input, "-o", join(freshDir(), "x"), "--compare", v2012).code).toBe(2);
    expect(kompass("render", input, "-o", join(freshDir(), "x"), "--fragment").code).toBe(2);
    const empty = freshDir();
    expect(kompass("render", empty, "-o", join(freshDir(), "x"))).toMatchObject({
      code: 2,
      stderr: `${empty}: inga .json-filer att göra sidor av\n`,
    });
  });
});

describe("kompass render: errors", () => {
  it("an invalid evaluation: the validator's errors as in validate, exit 1, no output file", () => {
    const folder = freshDir();
    const broken = loadFixture("avesta-2014");
    broken.areas[5]!.questions![2]!.achieved = 28;
    broken.areas[0]!.score = 120;
    const file = join(folder, "broken.json");
    writeFileSync(file, JSON.stringify(broken));
    const out = join(folder, "out.html");
    const r = kompass("render", file, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      `${file}#/areas/0/score: error: 120 is more than the area's max 100`,
      `${file}#/areas/5/questions/2/achieved: error: 28 is more than the question's max 25`,
      `${file}: ogiltig (2 fel)`,
    ]);
    expect(readdirSync(folder)).toEqual(["broken.json"]);
    // An invalid previous evaluation is reported the same way.
    const r2 = kompass("render", v2014, "--compare", file, "-o", out);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain(`${file}#/areas/0/score: error:`);
    expect(existsSync(out)).toBe(false);
  });

  it("missing -o, unreadable input, -o into a missing directory: one line, exit 2", () => {
    const missingO = kompass("render", avesta);
    expect(missingO.code).toBe(2);
    expect(missingO.stderr.split("\n")[0]).toBe(
      "kompass: render needs -o OUT.html (or -o OUTDIR when rendering a folder)",
    );
    const folder = freshDir();
    const nope = join(folder, "nope.json");
    expect(kompass("render", nope, "-o", join(folder, "out.html"))).toMatchObject({
      code: 2,
      stderr: `${nope}: filen finns inte\n`,
      stdout: "",
    });
    const inMissing = join(folder, "no-such-dir", "out.html");
    expect(kompass("render", avesta, "-o", inMissing)).toMatchObject({
      code: 2,
      stderr: `kompass: kan inte skriva ${inMissing}: mappen ${join(folder, "no-such-dir")} finns inte\n`,
    });
    expect(kompass("render", avesta, "-o", folder)).toMatchObject({ code: 2 });
    expect(kompass("render", avesta, "--compare", nope, "-o", join(folder, "out.html"))).toMatchObject({
      code: 2,
      stderr: `${nope}: filen finns inte\n`,
    });
    const deep = join(folder, "a", "b");
    expect(kompass("render", folder, "-o", deep).code).toBe(2);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("usage errors: a bad --theme, render options on other commands, two inputs", () => {
    const out = join(freshDir(), "x.html");
    for (const args of [
      ["render", avesta, "-o", out, "--theme", "pink"],
      ["render", avesta, v2014, "-o", out],
      ["render", avesta, "-o", out, "--json"],
      ["render", avesta, "-o", out, "--lang", "de"],
      ["score", avesta, "--theme", "dark"],
      ["diff", v2012, v2014, "--compare", v2012],
      ["render", avesta, "--fragment", "-o", join(dir, "x.css")],
    ]) {
      const r = kompass(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^kompass: .+\nRun 'kompass --help' for usage\.\n$/);
    }
    expect(existsSync(out)).toBe(false);
    expect(kompass("--help").stdout).toContain("kompass render FILE -o OUT.html");
  });
});

describe("renderReportDocument and renderReportFragment", () => {
  it("render the same page as the CLI, and throw on invalid input", () => {
    const html = renderReportDocument(loadFixture("vasteras-2014"), {
      previous: loadFixture("vasteras-2012"),
      lang: "en",
      references: [average],
    });
    const document = parse(html);
    checkSelfContained(html, document);
    expect(document.getElementById("kk-change")).not.toBeNull();
    expect(text(document.querySelector(".kk-radar .kk-legend"))).toContain("Genomsnitt 2.0");

    const fragment = renderReportFragment(loadFixture("avesta-2014"), { headingLevel: 2, idPrefix: "avesta-" });
    expect(fragment.html).toMatch(/^<article /);
    expect(fragment.html).toContain('<h2 id="avesta-title"');
    expect(fragment.css).toContain(".kk-report");

    const broken = { ...loadFixture("avesta-2014"), year: "2014" } as never;
    expect(() => renderReportDocument(broken)).toThrow(EvaluationValidationError);
    expect(() =>
      renderReportDocument(loadFixture("avesta-2014"), { references: [{ ...average, areas: [{ id: 12 }] }] }),
    ).toThrow(/references\/0\/areas\/0\/id/);
  });
});

describe("kompass render on anything", () => {
  /** Runs `kompass render` in-process (spawning a process per generated case would take minutes). */
  function renderInProcess(input: unknown) {
    const target = freshDir();
    const file = join(target, "in.json");
    const out = join(target, "out.html");
    writeFileSync(file, typeof input === "string" ? input : JSON.stringify(input));
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = run(["render", file, "-o", out], { out: (t) => stdout.push(t), err: (t) => stderr.push(t) });
    return {
      code,
      stdout: stdout.join("\n"),
      stderr: stderr.join("\n"),
      written: existsSync(out) ? readFileSync(out, "utf8") : null,
    };
  }

  it("arbitrary JSON and broken fixtures: exit 0 or 1, never a crash or a stack trace; nothing written when invalid", () => {
    const broken = fc
      .tuple(
        fc.constantFrom("avesta-2014", "vasteras-2014", "vasteras-2012"),
        fc.array(fc.tuple(fc.nat(40), fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 3 }),
      )
      .map(([name, edits]) => {
        // Replace a few values somewhere in a real evaluation with arbitrary JSON.
        const evaluation = loadFixture(name) as unknown as Record<string, unknown>;
        const paths: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
        const collect = (value: unknown) => {
          if (Array.isArray(value)) value.forEach((item, i) => (paths.push({ parent: value, key: i }), collect(item)));
          else if (value && typeof value === "object")
            for (const [key, item] of Object.entries(value)) {
              paths.push({ parent: value as Record<string, unknown>, key });
              collect(item);
            }
        };
        collect(evaluation);
        for (const [index, replacement] of edits) {
          const target = paths[index % paths.length]!;
          (target.parent as Record<string | number, unknown>)[target.key] = replacement;
        }
        return evaluation;
      });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), broken, fc.string()), (input) => {
        const r = renderInProcess(input);
        expect([0, 1], r.stderr).toContain(r.code);
        expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        if (r.code === 1) {
          expect(r.written).toBeNull();
          expect(r.stderr).toMatch(/error/);
        } else {
          expect(r.written).toMatch(/^<!doctype html>/i);
          expect(r.written).not.toMatch(/NaN|Infinity/);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("every generated valid evaluation renders a page whose bars show the scorer's numbers", () => {
    fc.assert(
      fc.property(selfConsistentEvaluation({ partial: true }), (evaluation) => {
        const r = renderInProcess(evaluation);
        expect(r.code, r.stderr).toBe(0);
        const document = parse(r.written!);
        const scores = scoreEvaluation(evaluation);
        const bars = [
          ...document.querySelectorAll(".kk-bars .kk-bars__svg--vertical .kk-series--evaluation .kk-bar__value"),
        ].map((t) => t.textContent);
        // With no area score known (and no reference's), the chart says so instead of drawing empty bars.
        const empty = document.querySelector(".kk-bars .kk-chart__empty");
        if (empty !== null) {
          expect(scores.areas.every((a) => a.score.value === null)).toBe(true);
          expect(bars).toEqual([]);
        } else {
          expect(bars).toEqual(scores.areas.map((a) => (a.score.value === null ? "–" : String(a.score.value))));
        }
        expect(r.written).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("a 50 MB input is refused from its size, fast, and nothing is written", () => {
    const target = freshDir();
    const big = join(target, "big.json");
    const fd = openSync(big, "w");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const out = join(target, "out.html");
    const started = performance.now();
    const r = kompass("render", big, "-o", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${big}: är 52\u00a0428\u00a0800 byte; kompass läser filer på högst 10\u00a0485\u00a0760 byte (10 MB)\n`,
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(existsSync(out)).toBe(false);
  });
});

describe("writeFilesAtomic", () => {
  it("makes lazy contents one at a time as it writes them, and writes nothing when one fails", () => {
    const target = freshDir();
    const made: string[] = [];
    const lazy = (name: string) => () => {
      made.push(name);
      // When a page is made, the ones before it are already on disk (in their temporary files).
      expect(readdirSync(target).filter((f) => f.endsWith(".tmp"))).toHaveLength(made.length - 1);
      return `<p>${name}</p>`;
    };
    writeFilesAtomic([
      { path: join(target, "a.html"), content: lazy("a") },
      { path: join(target, "b.html"), content: lazy("b") },
      { path: join(target, "index.html"), content: "<p>index</p>" },
    ]);
    expect(made).toEqual(["a", "b"]);
    expect(readdirSync(target).sort()).toEqual(["a.html", "b.html", "index.html"]);
    expect(readFileSync(join(target, "b.html"), "utf8")).toBe("<p>b</p>");

    const failing = freshDir();
    made.length = 0;
    expect(() =>
      writeFilesAtomic([
        { path: join(failing, "a.html"), content: () => (made.push("a"), "a") },
        { path: join(failing, "missing-dir", "b.html"), content: () => (made.push("b"), "b") },
        { path: join(failing, "c.html"), content: () => (made.push("c"), "c") },
      ]),
    ).toThrow(WriteError);
    expect(made).toEqual(["a", "b"]);
    expect(readdirSync(failing)).toEqual([]);
  });
});
