/**
 * Linked views in a real Chromium, from the static Storybook (`pnpm storybook:build`): the story of
 * Avesta 2014 with an average reference, whose radar, bar chart, area 2's sub-question table and
 * position strip are linked. Real key presses and pointer moves: the area focused in one view is
 * outlined in the others, at the right place on screen; the tooltip lists every series and stays
 * inside its chart, off the area's points; the legend hides and shows the average by keyboard, in
 * both charts, announced; forced colours keep the outlines; axe finds nothing on the new controls.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, runAxe } from "../support/browser";
import { listStories, openStory, serveStorybook } from "../support/storybook";
import type { TestServer } from "../support/server";

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStorybook();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const story = (id: string) => {
  const found = listStories().find((s) => s.id === id);
  if (!found) throw new Error(`no story ${id} in the Storybook build`);
  return found;
};

async function open(id: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await openStory(page, server.origin, story(id));
  return page;
}

const LINKED = "linked-views-linkedviews--avesta-linked";

/** Where each view shows the focused area, read from the layout on screen. */
function linkedState(page: Page) {
  return page.evaluate(() => {
    const [radar, bars, strip] = [...document.querySelectorAll<HTMLElement>("figure.kk-chart")];
    const visible = (e: Element) => e.getClientRects().length > 0;
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    // The radar's thick axis: which spoke's end it shares.
    const axis = [...radar!.querySelectorAll("line.kk-linked")].find(visible);
    const spokes = [...radar!.querySelectorAll(".kk-variant--wide .kk-grid__spoke")];
    const end = (l: Element) => `${l.getAttribute("x2")},${l.getAttribute("y2")}`;
    // The bar chart's outline: which area's bars it holds on screen.
    const column = [...bars!.querySelectorAll("rect.kk-linked")].find(visible)?.getBoundingClientRect();
    const groups = [...bars!.querySelectorAll(".kk-variant--wide .kk-bars__group")];
    const held = column
      ? groups.findIndex((g) =>
          [...g.querySelectorAll(".kk-series__bar")].every((b) => inside(b.getBoundingClientRect(), column)),
        ) + 1
      : null;
    // The strip's outline: the label inside it.
    const outline = [...strip!.querySelectorAll("rect.kk-linked")].find(visible)?.getBoundingClientRect();
    const label = outline
      ? [...strip!.querySelectorAll(".kk-variant--wide .kk-strip__label")].find((l) =>
          inside(l.getBoundingClientRect(), outline),
        )?.textContent
      : null;
    const rows = (figure: Element) => figure.querySelector("tr.kk-linked th")?.textContent ?? null;
    return {
      radar: axis ? spokes.findIndex((s) => end(s) === end(axis)) + 1 : null,
      radarRow: rows(radar!),
      bars: held,
      barsRow: rows(bars!),
      questions: document.querySelector(".kk-question-table")!.classList.contains("kk-linked"),
      strip: label ?? null,
    };
  });
}

/** The radar's live region, its visible tooltip's lines, and whether the tooltip is inside the SVG and off the area's rings. */
function radarTooltip(page: Page) {
  return page.evaluate(() => {
    const radar = document.querySelector("figure.kk-radar")!;
    const svg = [...radar.querySelectorAll("svg.kk-chart__svg")].find((s) => s.getClientRects().length > 0)!;
    const tooltip = svg.querySelector(".kk-tooltip__box")!.getBoundingClientRect();
    const box = svg.getBoundingClientRect();
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return {
      live: radar.querySelector("[aria-live]")!.textContent,
      lines: [...svg.querySelectorAll(".kk-tooltip text")].map((t) => t.textContent),
      inside:
        tooltip.left >= box.left - 1 &&
        tooltip.right <= box.right + 1 &&
        tooltip.top >= box.top - 1 &&
        tooltip.bottom <= box.bottom + 1,
      overRing: [...svg.querySelectorAll(".kk-active__ring")].some((r) => overlaps(r.getBoundingClientRect(), tooltip)),
      rings: svg.querySelectorAll(".kk-active__ring").length,
    };
  });
}

const none = { radar: null, radarRow: null, bars: null, barsRow: null, questions: false, strip: null };
const area2 = "2 Tillgänglighet och brukarorientering";
/** Every view at area 2 (the sub-question table's area). */
const at2 = { radar: 2, radarRow: area2, bars: 2, barsRow: area2, questions: true, strip: area2 };

describe("linked views in Chromium (Avesta 2014 with an average)", () => {
  it("the keyboard: the radar's arrows outline the same area in the bars, both tables, the sub-question table and the strip", async () => {
    const page = await open(LINKED);
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    expect(await linkedState(page)).toEqual(none);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Profil för Avesta kommun 2014",
    );
    await page.keyboard.press("ArrowRight");
    expect(await linkedState(page)).toEqual(at2);
    const tip = await radarTooltip(page);
    expect(tip.live).toBe(
      "Avesta kommun 2014, 2 Tillgänglighet och brukarorientering: 41 av 100; Medelvärde av tre utvärderingar (beräknat): 62,7 av 100",
    );
    expect(tip.lines.slice(-2)).toEqual([
      "Avesta kommun 2014: 41 av 100",
      "Medelvärde av tre utvärderingar (beräknat): 62,7 av 100",
    ]);
    expect(tip).toMatchObject({ inside: true, overRing: false, rings: 2 });
    // Round every area: the tooltip stays inside the chart and off the focused points.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("ArrowRight");
      expect(await radarTooltip(page)).toMatchObject({ inside: true, overRing: false });
    }
    await page.keyboard.press("Escape");
    expect(await linkedState(page)).toEqual(none);
    await page.close();
  });

  it("the pointer: over a bar column, a table row or a strip, the others outline its area", async () => {
    const page = await open(LINKED);
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    // Moves the mouse to the middle of the element (scrolled into view first).
    const centre = (selector: string, index: number) => page.locator(selector).nth(index).hover();
    await centre(".kk-bars .kk-variant--wide .kk-hit-target", 3);
    expect(await linkedState(page)).toMatchObject({ radar: 4, bars: 4, questions: false });
    expect((await linkedState(page)).strip).toBe("4 Ledarskap, ansvar och delegation");
    await centre(".kk-radar .kk-series-table tbody tr", 1);
    expect(await linkedState(page)).toEqual(at2);
    await centre(".kk-position .kk-variant--wide .kk-hit-target", 6);
    expect(await linkedState(page)).toMatchObject({
      radar: 6,
      bars: 6,
      barsRow: "6 Kommunen som arbetsgivare – personalpolitik",
    });
    // Every area's strip, and every radar sector: the tooltip that comes up never takes the pointer
    // off the target (it once did, and hid itself at once).
    for (let area = 1; area <= 8; area++) {
      await centre(".kk-position .kk-variant--wide .kk-hit-target", area);
      await page.waitForTimeout(50);
      expect(await linkedState(page), `strip of area ${area}`).toMatchObject({ radar: area, bars: area });
      await centre(".kk-radar .kk-variant--wide .kk-hit-target", area - 1);
      await page.waitForTimeout(50);
      expect(await linkedState(page), `radar sector of area ${area}`).toMatchObject({ radar: area, bars: area });
    }
    await page.mouse.move(2, 2);
    expect(await linkedState(page)).toEqual(none);
    await page.close();
  });

  it("the legend by keyboard: the average's button hides it in both charts, announced, the tables still list it", async () => {
    const page = await open(LINKED);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const focused = () =>
      page.evaluate(() => ({
        name: document.activeElement?.textContent,
        pressed: document.activeElement?.getAttribute("aria-pressed"),
        outline: getComputedStyle(document.activeElement!).outlineStyle,
      }));
    expect(await focused()).toEqual({
      name: "Visa Medelvärde av tre utvärderingar (beräknat)",
      pressed: "true",
      outline: "solid",
    });
    // How many of the two charts draw the average.
    const drawn = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll("figure.kk-radar, figure.kk-bars")].filter((f) =>
            [...f.querySelectorAll(".kk-chart__svg g.kk-series--average")].some((g) => g.getClientRects().length > 0),
          ).length,
      );
    const live = () => page.locator("figure.kk-radar [aria-live]").textContent();
    expect(await drawn()).toBe(2);
    await page.keyboard.press("Enter");
    expect((await focused()).pressed).toBe("false");
    expect(await drawn()).toBe(0);
    expect(await live()).toBe("Medelvärde av tre utvärderingar (beräknat): dold i diagrammet");
    expect(await page.locator("figure.kk-bars .kk-legend__toggle").getAttribute("aria-pressed")).toBe("false");
    const headers = await page.locator("figure.kk-bars .kk-series-table thead th").allTextContents();
    expect(headers).toEqual([
      "Område",
      "Avesta kommun 2014",
      "Medelvärde av tre utvärderingar (beräknat) (dold i diagrammet)",
    ]);
    expect(await runAxe(page, "#storybook-root")).toEqual([]);
    await page.keyboard.press("Space");
    expect(await drawn()).toBe(2);
    expect(await live()).toBe("Medelvärde av tre utvärderingar (beräknat): visas i diagrammet");
    await page.close();
  });

  it("forced colours: the outlines and the thick axis stay, in system colours; axe finds nothing, 320 px too", async () => {
    for (const width of [1280, 320]) {
      const page = await open("linked-views-linkedviews--controlled", width);
      await page.emulateMedia({ forcedColors: "active" });
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll(".kk-linked")]
          .filter((e) => e.getClientRects().length > 0)
          .map((e) => {
            const style = getComputedStyle(e);
            return e instanceof SVGElement
              ? `${e.tagName} stroke ${style.stroke} ${style.strokeDasharray}`
              : `${e.tagName} outline ${style.outlineStyle} ${style.outlineWidth}`;
          }),
      );
      // The radar's axis, the bars' column, the strip's outline, two table rows and the sub-question table.
      expect(marks.length).toBe(6);
      for (const mark of marks) expect(mark).toMatch(/stroke rgb\(\d+, \d+, \d+\) 6px, 3px|outline dashed 2px/);
      await page.emulateMedia({ forcedColors: "none" });
      expect(await runAxe(page, "#storybook-root")).toEqual([]);
      await page.close();
    }
  });
});
