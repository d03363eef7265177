/**
 * The national view in headless Chromium. The site `kompass render COLLECTION.json -o SITE` writes of
 * the published results (test/fixtures/data/published-results.csv), opened from file:// with its
 * strict Content-Security-Policy: no violation, nothing requested but the page, axe-core (WCAG 2.1
 * A/AA, colour contrast included) in the light and the dark theme, no horizontal scrolling at 320 and
 * 1280 px, every chart label inside its SVG, and in forced colours every mark still painted. And the
 * overview table's sorting, filters and search with the real keyboard, in its story.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, runAxe } from "../support/browser";
import { repoRoot } from "../support/fixtures";
import { listStories, openStory, serveStorybook } from "../support/storybook";
import type { TestServer } from "../support/server";
import { publishedEvaluations } from "../../stories/src/published";

const cli = join(repoRoot, "packages/cli/dist/cli.js");
let browser: Browser;
const sites: Record<"light" | "dark", string> = { light: "", dark: "" };
/** The pages looked at: the index, a ranked page with a timeline, a model not stated, the one with eight areas. */
const PAGES = ["index.html", "0486-2014.html", "0486-2016.html", "1880-2012.html"];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "kompass-national-browser-"));
  const evaluations = publishedEvaluations(
    readFileSync(join(repoRoot, "test/fixtures/data/published-results.csv"), "utf8"),
  );
  const input = join(dir, "published.json");
  writeFileSync(input, JSON.stringify({ schemaVersion: 1, evaluations }));
  for (const theme of ["light", "dark"] as const) {
    const out = join(dir, theme);
    const r = spawnSync(process.execPath, [cli, "render", input, "-o", out, "--theme", theme], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`kompass render failed (${r.status}): ${r.stderr}`);
    sites[theme] = out;
  }
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page of a site from file://, recording every request and every CSP violation. */
async function open(url: string, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective}`)),
  );
  await page.goto(url);
  return { page, requests, problems, close: () => context.close() };
}

/** What is wrong with the page as displayed: horizontal scrolling, text outside the window, labels out of their SVG, NaN. */
function displayProblems(page: Page, forced: boolean): Promise<string[]> {
  return page.evaluate((forcedColors) => {
    const problems: string[] = [];
    document.querySelectorAll("details").forEach((d) => (d.open = true));
    const doc = document.scrollingElement ?? document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) problems.push(`scrolls horizontally: ${doc.scrollWidth} px`);
    const visible = (el: Element) => el.getClientRects().length > 0 && !el.closest(".kk-visually-hidden, [hidden]");
    for (const el of document.querySelectorAll("p, li, th, td, figcaption, summary, h1, h2, h3, a, caption")) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 1)
        problems.push(`${el.tagName} "${el.textContent?.slice(0, 30)}" outside the window`);
    }
    for (const svg of document.querySelectorAll<SVGSVGElement>("svg.kk-chart__svg")) {
      if (!visible(svg)) continue;
      const vb = svg.viewBox.baseVal;
      for (const t of svg.querySelectorAll<SVGTextElement>("text")) {
        const b = t.getBBox();
        if (b.width > 0 && (b.x < vb.x - 1 || b.x + b.width > vb.x + vb.width + 1 || b.y < vb.y - 1))
          problems.push(`label "${t.textContent}" out of its SVG`);
      }
      if (forcedColors)
        for (const mark of svg.querySelectorAll<SVGGraphicsElement>(".kk-strip__marks, .kk-series__marker")) {
          const style = getComputedStyle(mark);
          const paint = mark.classList.contains("kk-strip__marks") ? style.stroke : style.fill;
          if (paint === "none" || /rgba\(\d+, \d+, \d+, 0\)/.test(paint)) problems.push(`a mark is not painted`);
        }
    }
    if (/\bNaN\b|\bundefined\b/.test(document.body.textContent ?? "")) problems.push("NaN or undefined in the text");
    return [...new Set(problems)];
  }, forced);
}

describe("the site of the published results in Chromium", () => {
  for (const theme of ["light", "dark"] as const) {
    for (const width of [320, 1280]) {
      it(`${theme}, ${width} px: no CSP violation, no request, no axe violation, nothing out of place`, async () => {
        const failures: string[] = [];
        for (const name of PAGES) {
          const url = pathToFileURL(join(sites[theme], name)).href;
          const opened = await open(url, { viewport: { width, height: 900 } });
          // The styles apply (the CSP let the one <style> through).
          expect(await opened.page.evaluate(() => getComputedStyle(document.body).margin)).toBe("0px");
          for (const problem of await displayProblems(opened.page, false)) failures.push(`${name}: ${problem}`);
          expect(opened.requests, name).toEqual([url]);
          expect(opened.problems, name).toEqual([]);
          await opened.close();
          // axe is a script: it runs in a context that lets it past the page's CSP.
          const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
          const page = await context.newPage();
          await page.goto(url);
          for (const v of await runAxe(page)) failures.push(`${name}: ${v.id} (${v.nodes.slice(0, 3).join(", ")})`);
          await context.close();
        }
        expect(failures).toEqual([]);
      }, 120_000);
    }
  }

  it("forced colours at 320 px: every mark painted, nothing out of place", async () => {
    const failures: string[] = [];
    for (const name of PAGES) {
      const opened = await open(pathToFileURL(join(sites.light, name)).href, {
        viewport: { width: 320, height: 900 },
        forcedColors: "active",
      });
      for (const problem of await displayProblems(opened.page, true)) failures.push(`${name}: ${problem}`);
      await opened.close();
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("the index links every page, and the pages link back and to each other", async () => {
    const opened = await open(pathToFileURL(join(sites.light, "index.html")).href, {
      viewport: { width: 1280, height: 900 },
    });
    const links = await opened.page
      .locator(".kk-overview tbody a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toHaveLength(19);
    await opened.page.locator('.kk-overview a[href="0486-2014.html"]').click();
    await opened.page.waitForURL(/0486-2014\.html$/);
    expect(await opened.page.locator("h1").textContent()).toBe("Kommunkompassen – Strängnäs kommun 2014");
    await opened.page.locator('#kk-history a[href="0486-2016.html"]').click();
    await opened.page.waitForURL(/0486-2016\.html$/);
    await opened.page.locator(".kk-page__nav a").click();
    await opened.page.waitForURL(/index\.html$/);
    await opened.close();
  }, 60_000);
});

describe("the overview table with the keyboard, in Chromium (its story)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serveStorybook();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("every filter shows its chosen option whole, at 320, 1024 and 1280 px, in Swedish and English", async () => {
    for (const id of ["national-view-overviewtable--published", "national-view-overviewtable--published-english"]) {
      const story = listStories().find((s) => s.id === id)!;
      for (const width of [320, 1024, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        await openStory(page, server.origin, story);
        await page.waitForSelector(".kk-overview__filters");
        // The chosen option's text, measured in the select's font, against the room inside the
        // select (its width less its padding and the arrow, about 1.5em).
        const cut = await page.$$eval(".kk-overview__field select", (found) => {
          const selects = found as HTMLSelectElement[];
          const context2d = document.createElement("canvas").getContext("2d")!;
          return selects.flatMap((select) => {
            const style = getComputedStyle(select);
            context2d.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const text = select.options[select.selectedIndex]!.text;
            const room =
              select.clientWidth -
              parseFloat(style.paddingLeft) -
              parseFloat(style.paddingRight) -
              1.5 * parseFloat(style.fontSize);
            return context2d.measureText(text).width > room ? [`${text}: ${Math.round(room)} px`] : [];
          });
        });
        expect(cut, `${id} at ${width} px`).toEqual([]);
        await context.close();
      }
    }
  });

  it("search, filter and sort by keyboard alone; aria-sort and the polite count follow", async () => {
    const story = listStories().find((s) => s.id === "national-view-overviewtable--published")!;
    expect(story).toBeDefined();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openStory(page, server.origin, story);
    // The static table comes first; the controls once the component's effect has run.
    await page.waitForSelector(".kk-overview__filters");
    // The keyboard from the top of the story (as the keyboard walk of every story starts).
    await page.evaluate(() => {
      const root = document.querySelector<HTMLElement>("#storybook-root")!;
      root.tabIndex = -1;
      root.focus();
    });
    const status = page.locator(".kk-overview__status");
    const names = () =>
      page
        .locator(".kk-overview tbody th[scope=row]")
        .evaluateAll((ths) =>
          ths.map((th) => `${th.firstChild?.textContent?.trim()} ${th.nextElementSibling?.textContent}`),
        );
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("search");
    await page.keyboard.type("Öre");
    expect(await status.textContent()).toContain("Visar 2 av 19 utvärderingar.");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("lidkoping");
    expect(await names()).toEqual(["Lidköpings kommun 2014", "Lidköpings kommun 2011"]);
    // The model select, one Tab on: the arrow key picks the first model (2020), where Lidköping has none.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
    await page.keyboard.press("ArrowDown");
    expect(await status.textContent()).toContain("Visar 0 av 19 utvärderingar.");
    // On past the county, group and year filters to "Visa alla".
    for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Visa alla");
    await page.keyboard.press("Enter");
    expect(await status.textContent()).toContain("Visar 19 av 19 utvärderingar.");
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab"); // Kommun, År, Modell
    await page.keyboard.press("Tab"); // Plats
    await page.keyboard.press("Tab"); // Totalt
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Totalt");
    const total = page.locator(".kk-overview thead th", { hasText: "Totalt" });
    expect(await total.getAttribute("aria-sort")).toBe("descending");
    await page.keyboard.press("Enter");
    expect(await total.getAttribute("aria-sort")).toBe("ascending");
    expect(await status.textContent()).toContain("Sorterad efter Totalt, stigande, inom varje modell.");
    expect((await names()).slice(6, 8)).toEqual(["Ängelholms kommun 2013", "Strängnäs kommun 2014"]);
    await page.keyboard.press("Space");
    expect(await total.getAttribute("aria-sort")).toBe("descending");
    // A visible focus ring on the button.
    expect(
      await page.evaluate(() => parseFloat(getComputedStyle(document.activeElement!).outlineWidth)),
    ).toBeGreaterThanOrEqual(2);
    await context.close();
  }, 60_000);
});
