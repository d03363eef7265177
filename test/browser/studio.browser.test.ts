/**
 * The import studio (packages/studio/dist, built by `pnpm build`) in headless Chromium, served from
 * 127.0.0.1 with its Content-Security-Policy as a header: a seed report's PDF (made from its text
 * with the PDF writer of the importer's tests), a seed text and a CSV picked with the real file
 * input; the figures shown are the text import's, run here in Node; every evidence shown prints its
 * number; the downloads (the evaluation, the snippet, the fallback) are what they should be; the
 * form shows the validator's errors at the field of their pointer. No request after the page is
 * ready, no CSP violation, axe in both languages and themes, the keyboard path, 320 px.
 *
 * The request rule: the page asks for everything while it loads (its script, stylesheet, the
 * bundled results, PDF.js's worker, started at once rather than when a PDF comes) and says so with
 * `data-kk-ready` on `<html>` once the worker has answered; every request the server sees is
 * recorded, and from that moment on there is none, through imports, typing and downloads.
 */
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatNumber, formatPercent, validateEvaluation, type Evaluation, type Lang } from "@kommunkompassen/core";
import { issueText, studioMessages } from "@kommunkompassen/core/messages";
import { importCsv, importReportText, wordFinding, type ImportResult } from "@kommunkompassen/import";
import { renderReportFragment, reportStylesheet } from "@kommunkompassen/react/server";
import { embedSnippet } from "../../packages/embed/src/snippet";
import { reportPdf } from "../../packages/import/test/pdf-writer";
import { prints, valuesOf } from "../../packages/import/test/evidence-check";
import { figures } from "../../packages/import/test/transform";
import { injectAxe, launchBrowser, runAxe } from "../support/browser";
import { repoRoot } from "../support/fixtures";
import { startServer, type Route, type TestServer } from "../support/server";

const dist = `${repoRoot}packages/studio/dist/`;
const reports = `${repoRoot}test/fixtures/reports/`;
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; worker-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

const avestaText = readFileSync(`${reports}avesta-2014.txt`, "utf8");
const vasterasText = readFileSync(`${reports}vasteras-2014.txt`, "utf8");
const csvTemplate = readFileSync(`${repoRoot}docs/csv-template.csv`, "utf8");
/** The text import of each seed, in Node: the figures the studio must show. */
const avesta = importReportText(avestaText);
const vasteras = importReportText(vasterasText);

let server: TestServer;
let browser: Browser;
let avestaPdf: Buffer;

beforeAll(async () => {
  const routes: Record<string, Route> = {};
  for (const name of readdirSync(dist))
    routes[`/${name}`] = {
      body: readFileSync(join(dist, name)),
      type: TYPES[extname(name)] ?? "application/octet-stream",
      headers: { "content-security-policy": CSP, "cache-control": "no-store" },
    };
  routes["/"] = routes["/index.html"]!;
  server = await startServer(routes);
  browser = await launchBrowser();
  avestaPdf = Buffer.from(await reportPdf(avestaText, { header: "KommunKompassen – Analys" }));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A visit of the studio: the page, and what it did that it should not have. */
interface Visit {
  page: Page;
  context: BrowserContext;
  /** CSP violations (the event and the console's words for it). */
  violations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** How many requests the server had seen when the page was ready. */
  atReady: number;
}

async function open(options: { width?: number; lang?: Lang; colorScheme?: "light" | "dark" } = {}): Promise<Visit> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) violations.push(message.text());
    else if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  // PDF.js's worker: its console too (a violation of the worker's own policy is said there).
  page.on("worker", (worker) =>
    worker.on("console", (message) => {
      if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text()))
        violations.push(`worker: ${message.text()}`);
      else if (message.type() === "error") errors.push(`worker: ${message.text()}`);
    }),
  );
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content-Security-Policy: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(`${server.origin}/${options.lang === "en" ? "?lang=en" : ""}`, { waitUntil: "load" });
  await page.waitForSelector("html[data-kk-ready]");
  return { page, context, violations, errors, atReady: server.requests.length };
}

/** Picks a file with the real file input and waits for the outcome (focus on its heading). */
async function pick(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles("#kk-file", { name, mimeType, buffer });
  await page.waitForFunction(() => document.activeElement?.id === "kk-outcome-title", undefined, { timeout: 30_000 });
}

/** What a downloaded file holds. */
async function downloaded(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent("download"), page.click(selector)])) as [Download, unknown];
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path!, "utf8") };
}

/** The value at a JSON pointer. */
function at(value: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

/** A number as the studio's inputs and lists show it. */
const shown = (value: number, pointer: string, lang: Lang) =>
  pointer.endsWith("/percent") ? formatPercent(value, lang) : formatNumber(value, lang, 20);

/** Every figure the page shows (the form's inputs, the areas' other values), by pointer. */
async function shownFigures(page: Page): Promise<{ inputs: Record<string, string>; values: Record<string, string> }> {
  return page.evaluate(() => {
    const inputs: Record<string, string> = {};
    for (const input of document.querySelectorAll<HTMLInputElement>("input[data-kk-pointer]"))
      inputs[input.dataset.kkPointer!] = input.value;
    const values: Record<string, string> = {};
    for (const value of document.querySelectorAll<HTMLElement>(".kk-studio__value[data-kk-pointer]"))
      values[value.dataset.kkPointer!] = value.querySelector("strong")!.textContent!;
    return { inputs, values };
  });
}

/** Every evidence the page shows: the value's pointer and the marked text. */
async function shownEvidence(page: Page): Promise<{ path: string; marked: string; page: string | null }[]> {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-kk-evidence]")].map((e) => ({
      path: e.dataset.kkEvidence!,
      marked: e.querySelector("mark")!.textContent!,
      page: e.querySelector(".kk-studio__page")?.textContent ?? null,
    })),
  );
}

/** The figures shown equal those of the text import (run here), each in the page's language. */
async function expectFigures(page: Page, evaluation: Evaluation, lang: Lang): Promise<void> {
  const { inputs, values } = await shownFigures(page);
  const expected: Record<string, string> = {
    "/municipality/name": evaluation.municipality.name,
    "/municipality/code": evaluation.municipality.code ?? "",
    "/year": String(evaluation.year),
    "/date": evaluation.date ?? "",
    "/total": evaluation.total === undefined ? "" : formatNumber(evaluation.total, lang, 20),
  };
  evaluation.areas.forEach((area, i) => {
    expected[`/areas/${i}/score`] = area.score === undefined ? "" : formatNumber(area.score, lang, 20);
  });
  expect(inputs).toEqual(expected);
  for (const [pointer, text] of Object.entries(values))
    expect(text, pointer).toBe(shown(at(evaluation, pointer) as number, pointer, lang));
}

/** Every value with evidence in the import has it on the page, and the marked text prints the value. */
async function expectEvidence(page: Page, result: ImportResult) {
  const evidence = await shownEvidence(page);
  const values = new Map(valuesOf(result.evaluation!).map((v) => [v.path, v.value]));
  expect(evidence.map((e) => e.path).sort()).toEqual(result.evidence!.map((e) => e.path).sort());
  for (const e of evidence) expect(prints(e.path, values.get(e.path)!, e.marked), `${e.path}: ${e.marked}`).toBe(true);
  return evidence;
}

/** Types into a field as a user does: select what is there, type the new text. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.fill(selector, "");
  if (text !== "") await page.locator(selector).pressSequentially(text);
}

/** axe-core's WCAG 2.1 A and AA rules, run without a request and under the page's own policy. */
async function axe(page: Page) {
  await injectAxe(page);
  return runAxe(page);
}

const noOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe("the import studio: a seed's PDF to a downloaded evaluation, snippet and fallback", () => {
  it("loads only its own files, shows the text import's figures with the evidence of each, and downloads them", async () => {
    const before = server.requests.length;
    const visit = await open();
    const { page } = visit;
    // Everything the page needs, asked for while it loads: its own files, PDF.js's worker among them.
    expect(new Set(server.requests.slice(before))).toEqual(
      new Set(["/", "/studio.css", "/studio.js", "/published-results.json", "/pdf.worker.min.mjs"]),
    );
    const browserRequests: string[] = [];
    page.on("request", (request) => browserRequests.push(request.url()));
    expect(await axe(page)).toEqual([]);

    await pick(page, "avesta-2014.pdf", "application/pdf", avestaPdf);
    const m = studioMessages.sv;
    const evaluation = avesta.evaluation!;
    // The live region says how it went; focus is on what was read.
    expect(await page.locator("[role=status]").textContent()).toBe(
      m.imported(
        "avesta-2014.pdf",
        m.summary("Avesta kommun 2014", "Kommunkompassen 2.0", 8, 8, avesta.evidence!.length),
      ),
    );
    expect(await page.locator(".kk-studio__file").textContent()).toBe(`avesta-2014.pdf (${m.sourceKind("pdf", 20)})`);
    await expectFigures(page, evaluation, "sv");

    // Every value read has its evidence on the page, and each prints its value; a PDF's with its page.
    const evidence = await expectEvidence(page, avesta);
    for (const e of evidence) expect(e.page, e.path).toMatch(/^ \(sidan \d+\)$/);

    // The preview: the report as published, and its place among the bundled published results.
    await page.waitForSelector(".kk-studio__preview .kk-report");
    expect(await page.locator(".kk-studio__preview .kk-report__total").first().textContent()).toMatch(
      /^Totalt: 404 av 800 poäng/,
    );
    expect(await page.locator(".kk-studio__preview .kk-position").count()).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);

    // The evaluation: valid, with exactly the text import's figures.
    const json = await downloaded(page, 'a[download$=".json"]');
    expect(json.name).toBe("avesta-kommun-2014.json");
    const checked = validateEvaluation(JSON.parse(json.text));
    expect(checked.errors).toEqual([]);
    expect(figures(checked.evaluation!)).toEqual(figures(evaluation));
    expect(checked.evaluation!.source?.file).toBe("avesta-2014.pdf");

    // The snippet, by the embed's one snippet writer; the fallback, by renderReportFragment.
    const snippet = await downloaded(page, 'a[download$="-snippet.html"]');
    const expected = embedSnippet(
      [
        ["src", "/kommunkompassen/avesta-kommun-2014.json"],
        ["view", "report"],
        ["lang", "sv"],
        ["theme", "auto"],
      ],
      { base: "/kommunkompassen/" },
    );
    expect(snippet).toEqual({ name: "avesta-kommun-2014-snippet.html", text: expected + "\n" });
    expect(await page.locator(".kk-studio__code").textContent()).toBe(expected);
    await page.selectOption("select:near(.kk-studio__code)", "bars");
    expect(await page.locator(".kk-studio__code").textContent()).toContain('view="bars"');
    const fragment = await downloaded(page, 'a[download$="-fallback.html"]');
    const rendered = renderReportFragment(checked.evaluation!, { lang: "sv", theme: "light", headingLevel: 2 });
    expect(fragment).toEqual({ name: "avesta-kommun-2014-fallback.html", text: rendered.html + "\n" });
    expect(fragment.text).toMatch(/^<article [^>]*class="kk kk-report"/);
    expect(fragment.text).not.toMatch(/<script/);
    const css = await downloaded(page, 'a[download$="-fallback.css"]');
    expect(css.text).toBe(reportStylesheet());

    expect(server.requests.slice(visit.atReady)).toEqual([]);
    expect(browserRequests.filter((u) => !/^(blob|data):/.test(u))).toEqual([]);
    expect(visit.violations).toEqual([]);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });
});

/** The validator's issue for a value of an evaluation, set as typed (the draft the studio validates). */
function issueFor(evaluation: Evaluation, pointer: string, value: unknown) {
  const draft = structuredClone(evaluation) as unknown as Record<string, unknown>;
  const keys = pointer.split("/").slice(1);
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((v, k) => v[k] as Record<string, unknown>, draft);
  parent[keys[keys.length - 1]!] = value;
  const issues = validateEvaluation(draft).errors.filter((e) => e.path === pointer);
  expect(issues, pointer).toHaveLength(1);
  return issues[0]!;
}

/** The form's state of a field: its value, whether it is invalid, and the texts that describe it. */
async function field(page: Page, key: string) {
  return page.evaluate((id) => {
    const input = document.getElementById(id) as HTMLInputElement;
    const described = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
    return {
      value: input.value,
      invalid: input.getAttribute("aria-invalid"),
      notes: described.map((d) => document.getElementById(d)?.textContent ?? `(no #${d})`),
    };
  }, `kk-field-${key}`);
}

describe("the import studio: values missing, and the form that validates as you type", () => {
  it("a seed's text: what is missing says why; each error of the validator at the field of its pointer, gone when fixed; in English too", async () => {
    const visit = await open();
    const { page } = visit;
    await pick(page, "vasteras-2014.txt", "text/plain", Buffer.from(vasterasText));
    const m = studioMessages.sv;
    const evaluation = vasteras.evaluation!;
    await expectFigures(page, evaluation, "sv");
    const evidence = await expectEvidence(page, vasteras);
    expect(evidence.every((e) => e.page === null)).toBe(true);
    // Area 8 and the total are not in the report: the field says so, with the import's finding for it.
    for (const [key, pointer] of [
      ["area-8", "/areas/7/score"],
      ["total", "/total"],
    ] as const) {
      const why = vasteras.findings.filter((f) => f.path === pointer).map((f) => ` ${m.why} ${wordFinding(f, "sv")}`);
      expect(why.length, pointer).toBeGreaterThan(0);
      expect((await field(page, key)).notes).toEqual([m.missing + why.join("")]);
    }
    await expect.poll(() => page.locator(".kk-studio__preview").count()).toBe(1);

    // A score above the area's maximum: the validator's error, at area 3's field only.
    await typeInto(page, "#kk-field-area-3", "150");
    const above = issueFor(evaluation, "/areas/2/score", 150);
    expect(await field(page, "area-3")).toEqual({
      value: "150",
      invalid: "true",
      notes: [(await field(page, "area-3")).notes[0], `${m.error} ${issueText(above, "sv").text}`],
    });
    expect(await page.locator("[aria-invalid=true]").count()).toBe(1);
    // The preview and the downloads follow the draft as a deferred value: waited for, not read at once.
    await expect.poll(() => page.locator(".kk-studio__preview").count()).toBe(0);
    await expect.poll(() => page.locator('a[download$=".json"]').count()).toBe(0);
    expect(await page.locator(".kk-studio__invalid").textContent()).toBe(m.invalid);
    // Fixed, the error goes, and the preview and downloads come back.
    await typeInto(page, "#kk-field-area-3", "82");
    expect((await field(page, "area-3")).invalid).toBeNull();
    expect((await field(page, "area-3")).notes).toHaveLength(1);
    await page.waitForSelector(".kk-studio__preview .kk-report");
    // A total that is no number, at the total's field; a decimal comma is a number.
    await typeInto(page, "#kk-field-total", "fyrahundra");
    expect((await field(page, "total")).notes.at(-1)).toBe(
      `${m.error} ${issueText(issueFor(evaluation, "/total", "fyrahundra"), "sv").text}`,
    );
    await typeInto(page, "#kk-field-total", "");
    // The missing area typed in: valid, and in the downloaded evaluation.
    await typeInto(page, "#kk-field-area-8", "70,5");
    expect((await field(page, "area-8")).invalid).toBeNull();
    const area8 = async () =>
      (JSON.parse((await downloaded(page, 'a[download$=".json"]')).text) as Evaluation).areas.find((a) => a.id === 8)
        ?.score;
    await expect.poll(area8).toBe(70.5);
    const json = await downloaded(page, 'a[download$=".json"]');
    const checked = validateEvaluation(JSON.parse(json.text));
    expect(checked.errors).toEqual([]);
    expect(checked.evaluation!.areas.find((a) => a.id === 8)?.score).toBe(70.5);
    expect(checked.evaluation!.total).toBeUndefined();

    // In English: the page, its texts and the validator's words.
    await page.click("button[lang=en]");
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      "en",
      studioMessages.en.title,
    ]);
    expect(await page.locator("#kk-outcome-title").textContent()).toBe(studioMessages.en.outcomeHeading);
    await typeInto(page, "#kk-field-name", "");
    expect((await field(page, "name")).notes.at(-1)).toBe(
      `${studioMessages.en.error} ${issueText(issueFor(evaluation, "/municipality/name", ""), "en").text}`,
    );
    await typeInto(page, "#kk-field-code", "48");
    expect((await field(page, "code")).notes.at(-1)).toBe(
      `${studioMessages.en.error} ${issueText(issueFor(evaluation, "/municipality/code", "48"), "en").text}`,
    );
    expect(await axe(page)).toEqual([]);
    await typeInto(page, "#kk-field-name", "Västerås stad");
    await typeInto(page, "#kk-field-code", "1980");
    await page.waitForSelector(".kk-studio__preview .kk-report");
    expect(await axe(page)).toEqual([]);

    expect(server.requests.slice(visit.atReady)).toEqual([]);
    expect(visit.violations).toEqual([]);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it("a CSV like docs/csv-template.csv: its figures; without its municipality and year, a form gives them to the import", async () => {
    const visit = await open({ lang: "en" });
    const { page } = visit;
    const m = studioMessages.en;
    await pick(page, "avesta-2014.csv", "text/csv", Buffer.from(csvTemplate));
    expect(await page.locator(".kk-studio__file").textContent()).toBe(`avesta-2014.csv (${m.sourceKind("csv", 0)})`);
    await expectFigures(page, importCsv(csvTemplate).evaluation!, "en");

    // The same table without the lines that name the municipality and the year.
    const bare = csvTemplate.replace(/^# (municipality|year):.*\n/gm, "");
    expect(importCsv(bare).evaluation).toBeNull();
    await pick(page, "bare.csv", "text/csv", Buffer.from(bare));
    expect(await page.locator("[role=status]").textContent()).toMatch(/^No evaluation could be read from bare\.csv: /);
    await page.fill("#kk-option-municipality", "Avesta kommun");
    await page.fill("#kk-option-year", "14");
    await page.click(`button:text("${m.importAgain}")`);
    expect(await page.locator("#kk-option-year-error").textContent()).toBe(m.optionsYearInvalid);
    expect(await page.getAttribute("#kk-option-year", "aria-invalid")).toBe("true");
    await page.fill("#kk-option-year", "2014");
    await page.click(`button:text("${m.importAgain}")`);
    await page.waitForSelector("#kk-field-name");
    await expectFigures(page, importCsv(bare, { municipality: "Avesta kommun", year: 2014 }).evaluation!, "en");
    expect(await axe(page)).toEqual([]);

    // A table of many evaluations' results is not one report: said, and nothing else happens.
    await pick(
      page,
      "published-results.csv",
      "text/csv",
      readFileSync(`${repoRoot}test/fixtures/data/published-results.csv`),
    );
    expect(await page.locator("[role=status]").textContent()).toBe(
      m.notImported("published-results.csv", m.resultsTable),
    );
    expect(await page.locator("#kk-field-name").count()).toBe(0);

    expect(server.requests.slice(visit.atReady)).toEqual([]);
    expect(visit.violations).toEqual([]);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });
});

describe("the import studio: keyboard, 320 px, light and dark", () => {
  it("the keyboard reaches the language, the theme, the file input, every field and the downloads", async () => {
    const visit = await open();
    const { page } = visit;
    const focused = () =>
      page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return "body";
        return e.id
          ? `#${e.id}`
          : `${e.tagName.toLowerCase()}${e.getAttribute("download") ? `[download=${e.getAttribute("download")}]` : ""}`;
      });
    const path: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
      path.push(await focused());
    }
    expect(path).toEqual(["button", "select", "#kk-file"]);
    await pick(page, "avesta-2014.txt", "text/plain", Buffer.from(avestaText));
    await page.waitForSelector(".kk-studio__preview .kk-report");
    const after: string[] = [];
    for (let i = 0; i < 400 && !after.includes("a[download=avesta-kommun-2014-fallback.css]"); i++) {
      await page.keyboard.press("Tab");
      after.push(await focused());
    }
    const fields = ["name", "code", "year", "date", "total", ...[1, 2, 3, 4, 5, 6, 7, 8].map((id) => `area-${id}`)];
    const order = fields.map((key) => after.indexOf(`#kk-field-${key}`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const file of [
      "avesta-kommun-2014.json",
      "avesta-kommun-2014-snippet.html",
      "avesta-kommun-2014-fallback.html",
    ])
      expect(after).toContain(`a[download=${file}]`);
    expect(after.indexOf("a[download=avesta-kommun-2014.json]")).toBeGreaterThan(order.at(-1)!);
    // Typed with the keyboard alone: the field takes it and the validator answers.
    await page.focus("#kk-field-area-1");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("101");
    expect((await field(page, "area-1")).invalid).toBe("true");
    await visit.context.close();
  });

  it("at 320 px nothing scrolls sideways, in Swedish and English, before and after a PDF is read", async () => {
    const visit = await open({ width: 320 });
    const { page } = visit;
    expect(await noOverflow(page)).toBe(true);
    await pick(page, "avesta-2014.pdf", "application/pdf", avestaPdf);
    await page.waitForSelector(".kk-studio__preview .kk-report");
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    expect(await noOverflow(page)).toBe(true);
    await page.click("button[lang=en]");
    expect(await noOverflow(page)).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(server.requests.slice(visit.atReady)).toEqual([]);
    expect(visit.violations).toEqual([]);
    await visit.context.close();
  });

  it("dark: the system's colour scheme by default, the components' dark theme, axe's contrast; the theme can be chosen", async () => {
    const visit = await open({ colorScheme: "dark" });
    const { page } = visit;
    const themes = () =>
      page.evaluate(() => [
        document.body.dataset.kkTheme,
        document.querySelector(".kk-studio")!.getAttribute("data-kk-theme"),
      ]);
    expect(await themes()).toEqual(["dark", "dark"]);
    await pick(page, "avesta-2014.pdf", "application/pdf", avestaPdf);
    await page.waitForSelector(".kk-studio__preview .kk-report[data-kk-theme=dark]");
    expect(await axe(page)).toEqual([]);
    await page.selectOption(".kk-studio__settings select", "light");
    expect(await themes()).toEqual(["light", "light"]);
    await page.waitForSelector(".kk-studio__preview .kk-report[data-kk-theme=light]");
    expect(await page.locator(".kk-studio__code").textContent()).toContain('theme="light"');
    expect(server.requests.slice(visit.atReady)).toEqual([]);
    expect(visit.violations).toEqual([]);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });
});
