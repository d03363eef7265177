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
            if (
              r.left < box.left - 0.5 ||
              r.right > box.right + 0.5 ||
              r.top < box.top - 0.5 ||
              r.bottom > box.bottom + 0.5
            )
              problems.push(label.textContent ?? "");
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

/** A node as Chromium's accessibility tree has it: what a screen reader is given. */
interface AxNode {
  role: string | undefined;
  name: string | undefined;
  description: string | undefined;
}

/** The accessibility-tree nodes of the elements matching `selector` that are not ignored (hidden). */
async function accessibilityTree(p: Page, selector: string): Promise<AxNode[]> {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send("Accessibility.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector });
  const found: AxNode[] = [];
  for (const nodeId of nodeIds) {
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    const node = nodes[0];
    if (!node || node.ignored) continue;
    found.push({
      role: node.role?.value as string | undefined,
      name: node.name?.value as string | undefined,
      description: node.description?.value as string | undefined,
    });
  }
  await cdp.detach();
  return found;
}

describe("what a screen reader is given: the accessibility tree in Chromium", () => {
  const avestaRadar =
    "Spindeldiagram över 8 områden, skala 0–100. Starkast: Kommunen som samhällsbyggare 68. Svagast: Tillgänglighet och brukarorientering 41.";
  const avestaBars =
    "Stapeldiagram över 8 områden, skala 0–100. Starkast: Kommunen som samhällsbyggare 68. Svagast: Tillgänglighet och brukarorientering 41.";
  const vasterasComparison =
    "Jämfört med Västerås stad 2012: högre i 7, lägre i 0, oförändrat i 0 områden, ej jämförbart i 1.";
  const vasterasRadar = `Spindeldiagram över 8 områden, skala 0–100. Starkast: Politisk styrning och kontroll 84 och Verksamhetsutveckling 84. Svagast: Offentlighet och demokrati 67. Uppgift saknas för: Kommunen som samhällsbyggare. ${vasterasComparison}`;
  const vasterasBars = vasterasRadar.replace("Spindeldiagram", "Stapeldiagram");
  const help = "Använd piltangenterna för att gå mellan värdena och Esc för att stänga informationsrutan.";
  const charts = [
    { title: "Avesta kommun 2014 – 404\u00a0p", summary: avestaBars },
    { title: "Profil för Avesta kommun 2014", summary: avestaRadar },
    { title: "Västerås stad 2014", summary: vasterasBars },
    { title: "Profil för Västerås stad 2014", summary: vasterasRadar },
  ];

  for (const width of [1280, 320]) {
    it(`Avesta 2014 and Västerås 2014 vs 2012 at ${width} px: each chart's figure, keyboard group and image by name and description`, async () => {
      const p = await open(page("light", "sv"), width);
      expect(await accessibilityTree(p, "figure.kk-chart")).toEqual(
        charts.map((c) => ({ role: "figure", name: c.title, description: undefined })),
      );
      expect(await accessibilityTree(p, ".kk-chart__plot")).toEqual(
        charts.map((c) => ({ role: "group", name: c.title, description: help })),
      );
      // One image per chart: the variant for this width; the other is hidden and not in the tree.
      expect(await accessibilityTree(p, "svg.kk-chart__svg")).toEqual(
        charts.map((c) => ({ role: "image", name: c.title, description: c.summary })),
      );
      // The broken input on the page is an alert in words, not an empty figure.
      const alerts = await accessibilityTree(p, ".kk-error");
      expect(alerts).toHaveLength(1);
      expect(alerts[0]!.role).toBe("alert");
      await p.close();
    });
  }
});
