/**
 * The download menus in headless Chromium (issue 16): the components' menus built on demand in the
 * browser under a strict CSP (the files' code a chunk of its own, loaded when the first file is
 * chosen; nothing else requested), the keyboard path (aria-expanded, Escape and a choice return the
 * focus, the arrow keys), axe with the menus open, and every file checked by its content: the CSV
 * re-read with the convention it claims, the SVG parsed and its numbers equal to the scorer's, the
 * PNG decoded (its size, twice at 2×, and that it is not blank), the card 1200 × 630. And the static
 * page of renderReportDocument: a <details> of data: links that works with no script.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareEvaluations, formatNumber, scoreEvaluation } from "@kommunkompassen/core";
import { renderReportDocument } from "@kommunkompassen/react/server";
import { injectAxe, launchBrowser, runAxe } from "../support/browser";
import { readCsv, readNumber, records } from "../support/csv-read";
import { fixturePath, loadFixture, repoRoot } from "../support/fixtures";
import { decodePng, nonBackgroundPixels } from "../support/png";
import { startServer, type Route, type TestServer } from "../support/server";

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src data:";

const ENTRY = `
import { createElement as h } from "react";
import { createRoot } from "react-dom/client";
import { EvaluationReport, RadarProfile, AreaBarChart, OverviewTable, SubQuestionTable, DeltaTable } from "@kommunkompassen/react";
import avesta from ${JSON.stringify(fixturePath("avesta-2014"))};
import v2014 from ${JSON.stringify(fixturePath("vasteras-2014"))};
import v2012 from ${JSON.stringify(fixturePath("vasteras-2012"))};
const theme = new URLSearchParams(location.search).get("theme") ?? "light";
document.body.dataset.kkTheme = theme;
createRoot(document.getElementById("root")).render(
  h("div", null,
    h(EvaluationReport, { evaluation: avesta, theme, sections: ["summary"] }),
    h(AreaBarChart, { evaluation: v2014, previous: v2012, theme, lang: "en", downloads: true, id: "v-bars" }),
    h(RadarProfile, { evaluation: v2014, theme, id: "v-plain" }),
    h(OverviewTable, { evaluations: [avesta, v2014, v2012], theme, downloads: true, id: "overview" }),
    h(SubQuestionTable, { evaluation: avesta, areaId: 6, theme, downloads: true, id: "questions" }),
    h(DeltaTable, { from: v2012, to: v2014, theme, downloads: true, id: "change" }),
  ),
);
requestAnimationFrame(() => { document.documentElement.dataset.ready = "true"; });
`;

let dir: string;
let server: TestServer;
let browser: Browser;

async function bundle(out: string): Promise<Record<string, Route>> {
  writeFileSync(join(out, "entry.js"), ENTRY);
  const core = (path: string) => resolve(repoRoot, "packages/core/src", path);
  await build({
    entryPoints: [join(out, "entry.js")],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    outdir: join(out, "app"),
    entryNames: "app",
    chunkNames: "chunk-[hash]",
    define: { "process.env.NODE_ENV": '"production"' },
    nodePaths: [resolve(repoRoot, "node_modules")],
    alias: {
      "@kommunkompassen/core": core("index.ts"),
      "@kommunkompassen/core/messages": core("messages/index.ts"),
      "@kommunkompassen/core/downloads": core("downloads/index.ts"),
      "@kommunkompassen/core/municipalities": core("municipalities/index.ts"),
      "@kommunkompassen/react": resolve(repoRoot, "packages/react/src/index.ts"),
    },
    loader: { ".css": "text" },
    logLevel: "error",
  });
  const headers = { "content-security-policy": CSP };
  const page = (body: string): Route => ({ body, type: "text/html; charset=utf-8", headers });
  const routes: Record<string, Route> = {
    "/": page(
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Nedladdningar</title><link rel="stylesheet" href="/styles.css"><script type="module" src="/app.js"></script></head><body class="kk-page"><main id="root"></main></body></html>`,
    ),
    "/styles.css": {
      body: readFileSync(resolve(repoRoot, "packages/react/src/styles.css")),
      type: "text/css",
      headers,
    },
    "/static.html": { body: renderReportDocument(loadFixture("avesta-2014")), type: "text/html; charset=utf-8" },
  };
  for (const name of readdirSync(join(out, "app")))
    routes[`/${name}`] = { body: readFileSync(join(out, "app", name)), type: "text/javascript", headers };
  return routes;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kk-downloads-"));
  server = await startServer(await bundle(dir));
  browser = await launchBrowser();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(path = "/", theme = "light"): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${server.origin}${path}${path === "/" ? `?theme=${theme}` : ""}`);
  if (path === "/") await page.waitForSelector("html[data-ready]", { state: "attached" });
  return { page, requests, problems };
}

/** Chooses a menu's item by its label and returns the file saved. */
async function download(
  page: Page,
  menu: string,
  label: string,
  last = false,
): Promise<{ name: string; bytes: Buffer }> {
  const button = page.locator(`${menu} .kk-downloads__button`).first();
  if (
    (await button.getAttribute("aria-expanded")) !== "true" &&
    !(await button.evaluate((b) => b.closest("details")?.open))
  )
    await button.click();
  const [saved] = await Promise.all([
    page.waitForEvent("download"),
    (last
      ? page.locator(`${menu} .kk-downloads__item`, { hasText: label }).last()
      : page.locator(`${menu} .kk-downloads__item`, { hasText: label }).first()
    ).click(),
  ]);
  return { name: saved.suggestedFilename(), bytes: readFileSync((await saved.path())!) };
}

const avesta = loadFixture("avesta-2014");
const avestaScores = scoreEvaluation(avesta);

describe("the components' download menus in Chromium", () => {
  it("keyboard: Enter opens (aria-expanded), the arrows move, Escape closes and returns the focus", async () => {
    const { page } = await open();
    const button = page.locator("#v-bars .kk-downloads__button");
    await button.focus();
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator("#v-bars .kk-downloads__panel").isVisible()).toBe(true);
    await page.keyboard.press("Tab");
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(await focused()).toBe("Data, CSV for Excel (semicolon, decimal comma)");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("Data, CSV (comma, decimal point)");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toBe("Data, JSON (the evaluation with its source and model)");
    await page.keyboard.press("Escape");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("kk-downloads__button"))).toBe(true);
    // Enter on an item saves the file and returns the focus to the button.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const [saved] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(saved.suggestedFilename()).toBe("1980-2014-bars.csv");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-expanded"))).toBe("false");
    await page.close();
  });

  it("a chart shows no menu unless asked (downloads off by default in the components)", async () => {
    const { page } = await open();
    expect(await page.locator("#v-plain .kk-downloads").count()).toBe(0);
    expect(await page.locator(".kk-report .kk-radar .kk-downloads").count()).toBe(1);
    await page.close();
  });

  for (const theme of ["light", "dark"])
    it(`axe with every menu open (${theme}): no violations`, async () => {
      const { page } = await open("/", theme);
      await injectAxe(page);
      const buttons = await page.locator(".kk-downloads__button").all();
      // The report's, its two charts', the bars', the overview's, the sub-question and the change table's.
      expect(buttons).toHaveLength(7);
      // One open at a time: opening one closes the others.
      for (const b of buttons) {
        await b.click();
        expect(await page.locator(".kk-downloads__panel:visible").count()).toBe(1);
        expect(await runAxe(page)).toEqual([]);
      }
      await page.close();
    });

  it("every file, checked by content; the files' code loaded on demand, nothing else requested", async () => {
    const { page, requests, problems } = await open();
    const before = requests.length;
    const csv = await download(page, ".kk-report .kk-bars", "CSV för Excel");
    expect(requests.length).toBe(before + 1); // the chunk that builds the files
    expect(new URL(requests.at(-1)!).pathname).toMatch(/^\/chunk-\w+\.js$/);
    const rows = records(readCsv(csv.bytes.toString("utf8"), ";"));
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    for (const area of avestaScores.areas) {
      const row = rows.find((r) => r["Serie"] === "Avesta kommun 2014" && r["Område"] === String(area.id))!;
      expect(readNumber(row["Poäng"]!, "excel")).toBe(area.score.value);
    }
    const plain = records(
      readCsv((await download(page, ".kk-report .kk-bars", "CSV (komma")).bytes.toString("utf8"), ","),
    );
    expect(plain.map((r) => readNumber(r["Poäng"]!, "plain"))).toEqual(avestaScores.areas.map((a) => a.score.value));

    const whole = await download(page, ".kk-report__header", "CSV för Excel");
    expect(whole.name).toBe("2084-2014.csv");
    const wholeRows = records(readCsv(whole.bytes.toString("utf8"), ";"));
    expect(readNumber(wholeRows.find((r) => r["Nivå"] === "Totalt")!["Poäng"]!, "excel")).toBe(404);
    const json = await download(page, ".kk-report__header", "JSON");
    expect(JSON.parse(json.bytes.toString("utf8"))).toEqual(avesta);

    const svg = await download(page, ".kk-report .kk-bars", "SVG");
    const labels = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      if (doc.querySelector("parsererror")) return null;
      return [...doc.querySelectorAll(".kk-bars__svg--horizontal .kk-series--evaluation .kk-bar__value")].map(
        (t) => t.textContent,
      );
    }, svg.bytes.toString("utf8"));
    expect(labels).toEqual(avestaScores.areas.map((a) => formatNumber(a.score.value!, "sv")));
    expect(svg.bytes.toString("utf8")).not.toMatch(/var\(|<script|href=/);

    const png1 = decodePng((await download(page, ".kk-report .kk-radar", "PNG (1×)")).bytes);
    const png2 = decodePng((await download(page, ".kk-report .kk-radar", "PNG (2×")).bytes);
    expect(png2.width).toBe(png1.width * 2);
    expect(png2.height).toBe(png1.height * 2);
    for (const png of [png1, png2]) expect(nonBackgroundPixels(png) / (png.width * png.height)).toBeGreaterThan(0.03);

    const card = decodePng((await download(page, ".kk-report__header", "Delningsbild")).bytes);
    expect([card.width, card.height]).toEqual([1200, 630]);
    expect(nonBackgroundPixels(card)).toBeGreaterThan(1200 * 630 * 0.02);

    // Every request went to the page's own origin; none after the chunk.
    expect(requests.filter((r) => !r.startsWith(server.origin))).toEqual([]);
    expect(requests.length).toBe(before + 1);
    expect(problems, problems.join("\n")).toEqual([]);
    await page.close();
  });
});

describe("OverviewTable's menu", () => {
  it("this view after a filter, and every evaluation: a row each, the totals as the scorer's", async () => {
    const { page } = await open();
    await page.locator("#overview input[type=search]").fill("västerås");
    await page.waitForFunction(() =>
      document.querySelector("#overview .kk-overview__status")?.textContent?.includes("2 av 3"),
    );
    const view = await download(page, "#overview", "CSV för Excel");
    expect(view.name).toBe("kommunkompassen-2-of-3.csv");
    const rows = records(readCsv(view.bytes.toString("utf8"), ";"));
    expect(rows.map((r) => r["Kommun"])).toEqual(["Västerås stad", "Västerås stad"]);
    const all = await download(page, "#overview", "CSV (komma", true);
    expect(all.name).toBe("kommunkompassen-3-plain.csv");
    const allRows = records(readCsv(all.bytes.toString("utf8"), ","));
    expect(allRows).toHaveLength(3);
    for (const fixture of [avesta, loadFixture("vasteras-2014"), loadFixture("vasteras-2012")]) {
      const row = allRows.find((r) => r["Kommun"] === fixture.municipality.name && r["År"] === String(fixture.year))!;
      expect(readNumber(row["Totalt"]!, "plain")).toBe(scoreEvaluation(fixture).total.value);
    }
    await page.close();
  });
});

describe("a sub-question table's download menu in Chromium", () => {
  it("this table: its area's row and its questions, each number the scorer's, with the source and the model", async () => {
    const { page, problems } = await open();
    const table = await download(page, "#questions", "CSV för Excel");
    expect(table.name).toBe("2084-2014-area-6.csv");
    const text = table.bytes.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = records(readCsv(text, ";"));
    const area = avestaScores.areas.find((a) => a.id === 6)!;
    // The area's row, then a row per question: no other area and no total.
    expect(rows).toHaveLength(1 + area.questions.length);
    expect(new Set(rows.map((r) => r["Område"]))).toEqual(new Set(["6"]));
    expect(readNumber(rows[0]!["Poäng"]!, "excel")).toBe(area.score.value);
    for (const q of area.questions) {
      const row = rows.find((r) => r["Delfråga"] === q.id)!;
      expect(readNumber(row["Poäng"]!, "excel"), q.id).toBe(q.achieved.value);
    }
    expect(rows.every((r) => r["Modell"] === "kommunkompassen-2.0" && r["Kommun"] === "Avesta kommun")).toBe(true);
    // The whole evaluation under it, as in every menu.
    const whole = await download(page, "#questions", "JSON");
    expect(JSON.parse(whole.bytes.toString("utf8"))).toEqual(avesta);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("a change table's download menu in Chromium", () => {
  it("the change from Västerås 2012 to 2014: the total and each area, both scores and the change as compareEvaluations has them", async () => {
    const { page, problems } = await open();
    const file = await download(page, "#change", "CSV (komma");
    expect(file.name).toBe("1980-2014-change-2012-plain.csv");
    const rows = records(readCsv(file.bytes.toString("utf8"), ","));
    const c = compareEvaluations(loadFixture("vasteras-2012"), loadFixture("vasteras-2014"));
    expect(rows.map((r) => r["Område"])).toEqual(["Totalt", ...c.areas.map((a) => String(a.id))]);
    for (const [row, d] of rows.map((r, i) => [r, i === 0 ? c.total : c.areas[i - 1]!] as const)) {
      expect(readNumber(row["Poäng 2012"]!, "plain")).toBe(d.from);
      expect(readNumber(row["Poäng 2014"]!, "plain")).toBe(d.to);
      expect(readNumber(row["Förändring"]!, "plain")).toBe(d.delta);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("renderReportDocument's static menus in Chromium (no script)", () => {
  it("a <details> of data: links: opened by the keyboard, axe clean, its CSV and SVG as the scorer's", async () => {
    const { page, requests } = await open("/static.html");
    const summary = page.locator(".kk-report__header summary.kk-downloads__button");
    await summary.focus();
    await page.keyboard.press("Enter");
    expect(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(true);
    await injectAxe(page);
    expect(await runAxe(page)).toEqual([]);
    const csv = await download(page, ".kk-report__header", "CSV för Excel");
    const total = records(readCsv(csv.bytes.toString("utf8"), ";")).find((r) => r["Nivå"] === "Totalt")!;
    expect(readNumber(total["Poäng"]!, "excel")).toBe(404);
    const svg = (await download(page, ".kk-radar", "SVG")).bytes.toString("utf8");
    expect(svg).toContain('<title id="kk-title">Profil för Avesta kommun 2014</title>');
    expect(requests.filter((r) => !r.startsWith("data:"))).toEqual([`${server.origin}/static.html`]);
    await page.close();
  });
});
