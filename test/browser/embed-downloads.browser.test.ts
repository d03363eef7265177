/**
 * The embed's download menu (issue 16) in Chromium under the embed's strict CSP: on by default for
 * a profile view, off with downloads="off"; the element's script draws only the button, and
 * kommunkompass-downloads.js (with its chunks) is requested when the button is first pressed, from
 * beside the script, nothing else; the keyboard path and axe; the files checked by content.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatNumber, scoreEvaluation } from "@kommunkompassen/core";
import { injectAxe, launchBrowser, runAxe } from "../support/browser";
import { readCsv, readNumber, records } from "../support/csv-read";
import { embedModuleFiles, embedRoutes } from "../support/embed-files";
import { fixturePath, loadFixture } from "../support/fixtures";
import { decodePng, nonBackgroundPixels } from "../support/png";
import { file, startServer, type TestServer } from "../support/server";

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  const body = [
    '<kommunkompass-profil id="radar" src="/data/avesta-2014.json"></kommunkompass-profil>',
    '<kommunkompass-profil id="bars" view="bars" lang="en" src="/data/vasteras-2014.json" compare="/data/vasteras-2012.json"></kommunkompass-profil>',
    '<kommunkompass-profil id="off" downloads="off" src="/data/avesta-2014.json"></kommunkompass-profil>',
  ].join("");
  server = await startServer({
    ...embedRoutes("/"),
    "/": {
      body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Kommunen</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/kommunkompass.css"><script type="module" src="/kommunkompass.js"></script></head><body><main><h1>Vår kommun</h1>${body}</main></body></html>`,
      type: "text/html; charset=utf-8",
      headers: { "content-security-policy": CSP },
    },
    "/data/avesta-2014.json": file(fixturePath("avesta-2014"), "application/json"),
    "/data/vasteras-2014.json": file(fixturePath("vasteras-2014"), "application/json"),
    "/data/vasteras-2012.json": file(fixturePath("vasteras-2012"), "application/json"),
  });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => document.querySelectorAll("kommunkompass-profil[data-state=ready]").length === 3);
  return { page, requests, problems };
}

/** Opens the element's menu (choosing a file closes it) and saves the file of the `nth` item with that label. */
async function save(page: Page, element: string, label: string, nth = 0): Promise<Buffer> {
  const button = page.locator(`#${element} .kk-downloads__button`);
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await page.waitForSelector(`#${element} .kk-downloads__panel:not([hidden])`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`#${element} .kk-downloads__item`, { hasText: label }).nth(nth).click(),
  ]);
  return readFileSync((await download.path())!);
}

describe("<kommunkompass-profil>'s download menu", () => {
  it("on by default, off with downloads=off; its module only when the button is pressed; the keyboard path", async () => {
    const { page, requests, problems } = await open();
    expect(requests.filter((r) => r.includes("downloads"))).toEqual([]);
    expect(await page.locator("#off .kk-downloads").count()).toBe(0);
    const button = page.locator("#radar .kk-downloads__button");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await button.getAttribute("aria-label")).toBe("Ladda ner: Avesta kommun 2014");
    const before = requests.length;
    await button.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("#radar .kk-downloads__panel:not([hidden])");
    expect(requests.slice(before).sort()).toEqual(embedModuleFiles("kommunkompass-downloads.js").map((f) => `/${f}`));
    const menuButton = page.locator("#radar .kk-downloads__button");
    expect(await menuButton.getAttribute("aria-expanded")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("kk-downloads__button"))).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Data, CSV för Excel (semikolon, decimalkomma)",
    );
    await page.keyboard.press("Escape");
    expect(await menuButton.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("kk-downloads__button"))).toBe(true);
    await page.keyboard.press("Enter");
    await injectAxe(page);
    expect(await runAxe(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it(
    "the files, by content: the chart's CSV and the evaluation's, the SVG's numbers, PNG 2×, the card",
    { timeout: 90_000 },
    async () => {
      const { page, requests, problems } = await open();
      const scores = scoreEvaluation(loadFixture("avesta-2014"));
      const chart = records(readCsv((await save(page, "radar", "CSV för Excel")).toString("utf8"), ";"));
      expect(chart.map((r) => readNumber(r["Poäng"]!, "excel"))).toEqual(scores.areas.map((a) => a.score.value));
      const whole = records(readCsv((await save(page, "radar", "CSV (komma")).toString("utf8"), ","));
      expect(whole).toHaveLength(chart.length); // the chart's plain CSV: one series, eight areas
      const rows = records(readCsv((await save(page, "radar", "CSV för Excel", 1)).toString("utf8"), ";"));
      expect(readNumber(rows.find((r) => r["Nivå"] === "Totalt")!["Poäng"]!, "excel")).toBe(404);

      const png1 = decodePng(await save(page, "radar", "PNG (1×)"));
      const png2 = decodePng(await save(page, "radar", "PNG (2×"));
      expect([png2.width, png2.height]).toEqual([png1.width * 2, png1.height * 2]);
      expect(nonBackgroundPixels(png2) / (png2.width * png2.height)).toBeGreaterThan(0.03);
      const card = decodePng(await save(page, "radar", "Delningsbild"));
      expect([card.width, card.height]).toEqual([1200, 630]);

      const svg = (await save(page, "bars", "SVG")).toString("utf8");
      const labels = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        return [...doc.querySelectorAll(".kk-series--evaluation .kk-bar__value")].map((t) => t.textContent);
      }, svg);
      const v2014 = scoreEvaluation(loadFixture("vasteras-2014"));
      expect(labels).toEqual(
        v2014.areas.map((a) => (a.score.value === null ? "–" : formatNumber(a.score.value, "en"))),
      );
      expect(svg).toContain('lang="en"');
      expect(requests.filter((r) => !r.startsWith("/"))).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
