/**
 * `kompass render` output in a real headless Chromium, opened from file:// as a user would open
 * it: the strict Content-Security-Policy lets the page's one <style> through (the styles apply) and
 * reports no violation, nothing but the page itself is requested, axe-core finds nothing (WCAG 2.1
 * A/AA, colour contrast included), no horizontal scrolling at 320 and 1280 px, and it prints to a
 * PDF of several pages.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, runAxe } from "../support/browser";
import { fixturePath, repoRoot } from "../support/fixtures";

const cli = join(repoRoot, "packages/cli/dist/cli.js");
let browser: Browser;
let dir: string;
const pages: Record<string, string> = {};

/** Renders with the built binary; returns the file:// URL of the page. */
function render(name: string, ...args: string[]): string {
  const out = join(dir, `${name}.html`);
  const result = spawnSync(process.execPath, [cli, "render", ...args, "-o", out], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`kompass render failed (${result.status}): ${result.stderr}`);
  return pathToFileURL(out).href;
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'pnpm build' first (pnpm test does)`);
  dir = mkdtempSync(join(tmpdir(), "kompass-report-browser-"));
  pages.avesta = render("avesta", fixturePath("avesta-2014"));
  pages.vasteras = render("vasteras", fixturePath("vasteras-2014"), "--compare", fixturePath("vasteras-2012"));
  pages.avestaDark = render("avesta-dark", fixturePath("avesta-2014"), "--theme", "dark");
  pages.vasterasEn = render(
    "vasteras-en",
    fixturePath("vasteras-2014"),
    "--compare",
    fixturePath("vasteras-2012"),
    "--lang",
    "en",
  );
  // Folder mode: its index page.
  const input = join(dir, "evaluations");
  mkdirSync(input);
  for (const name of ["avesta-2014", "vasteras-2012", "vasteras-2014"] as const)
    copyFileSync(fixturePath(name), join(input, `${name}.json`));
  const site = join(dir, "site");
  const folder = spawnSync(process.execPath, [cli, "render", input, "-o", site], { encoding: "utf8" });
  if (folder.status !== 0) throw new Error(`kompass render DIR failed (${folder.status}): ${folder.stderr}`);
  pages.index = pathToFileURL(join(site, "index.html")).href;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  /** Every request the page started (a request the CSP refuses may still be reported here). */
  requests: string[];
  /** Every request that got a response. */
  responses: string[];
  problems: string[];
}

/**
 * Opens a page with its CSP enforced, recording every request, every console error or warning
 * and every `securitypolicyviolation` event (listened for by an init script, which the page's CSP
 * does not govern).
 */
async function open(url: string, width: number): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  const responses: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("response", (response) => responses.push(response.url()));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, requests, responses, problems };
}

/** Elements reaching past the right edge of the viewport (measured before axe adds its own). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest(".kk-visually-hidden"))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute("class") ?? ""}`),
  );
}

describe("kompass render in Chromium", () => {
  for (const name of ["avesta", "vasteras", "index"] as const) {
    for (const width of [320, 1280]) {
      it(`${name} at ${width} px: styles allowed by the CSP hash, no violations, no other requests, no horizontal scrolling`, async () => {
        const { page, requests, problems } = await open(pages[name]!, width);
        // The stylesheet applied: the CSP's hash matched the <style> element.
        expect(await page.evaluate(() => getComputedStyle(document.querySelector(".kk-page__main")!).maxWidth)).toBe(
          "864px",
        );
        expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe("0px");
        expect(await overflowing(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );
        expect(requests).toEqual([pages[name]]);
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  }

  it("the CSP really is enforced: an injected inline style and an image by URL are refused", async () => {
    const { page, responses, problems } = await open(pages.avesta!, 1280);
    await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "body { margin-top: 77px }";
      document.head.append(style);
      const image = document.createElement("img");
      image.src = "https://example.org/tracker.png";
      image.alt = "";
      document.body.append(image);
    });
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe("0px");
    expect(problems.some((p) => p.includes("style-src"))).toBe(true);
    expect(problems.some((p) => p.includes("img-src"))).toBe(true);
    expect(await page.evaluate(() => document.querySelector("img")!.naturalWidth)).toBe(0);
    expect(responses).toEqual([pages.avesta]);
    await page.close();
  });

  // axe is injected as a script, which the page's own CSP would (rightly) refuse; this context
  // bypasses the CSP for the audit only. The CSP itself is checked above.
  for (const [name, widths] of [
    ["avesta", [320, 1280]],
    ["vasteras", [320, 1280]],
    ["index", [320]],
    ["avestaDark", [1280]],
    ["vasterasEn", [1280]],
  ] as const) {
    for (const width of widths) {
      it(`${name} at ${width} px: no axe violations (WCAG 2.1 A/AA, colour contrast included)`, async () => {
        const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(pages[name]!);
        expect(await runAxe(page)).toEqual([]);
        await context.close();
      });
    }
  }

  it("prints to PDF: several pages for Avesta, a page break before every area, tables kept whole", async () => {
    for (const [name, minPages] of [
      ["avesta", 10],
      ["vasteras", 9],
      ["avestaDark", 10],
    ] as const) {
      const { page, requests, problems } = await open(pages[name]!, 1280);
      await page.emulateMedia({ media: "print" });
      const rules = await page.evaluate(() => ({
        areas: [...document.querySelectorAll(".kk-report__area")].map((s) => getComputedStyle(s).breakBefore),
        tables: [...document.querySelectorAll(".kk-report table")].map((t) => getComputedStyle(t).breakInside),
        fg: getComputedStyle(document.querySelector(".kk-report")!).getPropertyValue("--kk-fg").trim(),
        muted: getComputedStyle(document.querySelector(".kk-report")!).getPropertyValue("--kk-muted").trim(),
        background: getComputedStyle(document.body).backgroundColor,
      }));
      expect(rules.areas).toEqual(Array(8).fill("page"));
      expect(new Set(rules.tables)).toEqual(new Set(["avoid"]));
      // Paper is white, whatever the theme: dark-theme colours are not printed on it.
      expect(rules).toMatchObject({ fg: "#000000", muted: "#595959", background: "rgb(255, 255, 255)" });
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const pageCount = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
      expect(pageCount, name).toBeGreaterThanOrEqual(minPages);
      expect(requests).toEqual([pages[name]]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});
