/**
 * The components' server-rendered markup and stylesheet in a real headless Chromium: axe-core with
 * colour contrast (which jsdom cannot compute), both themes, 320 px and 1280 px, forced colours.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, runAxe } from "../support/browser";
import { componentsPage as page } from "../support/pages";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(html: string, width: number): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height: 900 } });
  await p.setContent(html);
  return p;
}

describe("components in Chromium", () => {
  for (const theme of ["light", "dark"] as const) {
    for (const width of [320, 1280]) {
      it(`${theme} theme at ${width} px: no axe violations (contrast included), no horizontal scrolling`, async () => {
        const p = await open(page(theme, "sv"), width);
        // Measured before axe runs: axe adds its own elements to the page while it works.
        const wider = await p.evaluate(() =>
          [...document.querySelectorAll("body *")]
            .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
            .slice(0, 5)
            .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute("class") ?? ""}`),
        );
        expect(wider).toEqual([]);
        expect(await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        expect(await runAxe(p)).toEqual([]);
        await p.close();
      });
    }
  }

  it("English page: no axe violations", async () => {
    const p = await open(page("light", "en"), 1280);
    expect(await runAxe(p)).toEqual([]);
    await p.close();
  });

  it("picks the wide variants at 1280 px and the narrow ones at 320 px", async () => {
    for (const [width, wide, narrow] of [
      [1280, true, false],
      [320, false, true],
    ] as const) {
      const p = await open(page("light", "sv"), width);
      const visible = (selector: string) => p.locator(selector).first().isVisible();
      expect(await visible(".kk-radar .kk-variant--wide svg")).toBe(wide);
      expect(await visible(".kk-radar .kk-variant--narrow svg")).toBe(narrow);
      expect(await visible(".kk-bars .kk-variant--narrow svg")).toBe(narrow);
      await p.close();
    }
  });

  it("every label of the radar stays inside its SVG at 320 px and at 1280 px", async () => {
    for (const width of [320, 1280]) {
      const p = await open(page("light", "sv"), width);
      const outside = await p.evaluate(() => {
        const problems: string[] = [];
        for (const svg of document.querySelectorAll<SVGSVGElement>(".kk-radar svg.kk-chart__svg")) {
          if (svg.getBoundingClientRect().width === 0) continue; // the hidden variant
          const box = svg.getBoundingClientRect();
          for (const label of svg.querySelectorAll<SVGTextElement>(".kk-axis-label")) {
            const r = label.getBoundingClientRect();
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) problems.push(label.textContent ?? "");
          }
        }
        return problems;
      });
      expect(outside).toEqual([]);
      await p.close();
    }
  });

  it("forced colours: series are drawn in system colours, still with their own dashes", async () => {
    const p = await open(page("light", "sv"), 1280);
    await p.emulateMedia({ forcedColors: "active", reducedMotion: "reduce" });
    const styles = await p.evaluate(() => {
      const lines = [...document.querySelectorAll(".kk-radar .kk-variant--wide .kk-series__line")];
      return lines.map((l) => ({ stroke: getComputedStyle(l).stroke, dash: l.getAttribute("stroke-dasharray") }));
    });
    expect(styles.length).toBeGreaterThanOrEqual(2);
    for (const s of styles) expect(s.stroke).not.toMatch(/none|transparent|rgba\(0, 0, 0, 0\)/);
    expect(new Set(styles.map((s) => s.dash)).size).toBe(styles.length);
    await p.close();
  });
});
