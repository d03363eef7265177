/**
 * The keyboard path through every Storybook story, in headless Chromium with real key presses:
 * Tab walks the whole story and leaves it again (no keyboard trap), every tab stop shows a visible
 * focus indicator, every chart is a tab stop, its arrow keys move between the data points with a
 * tooltip showing the point's value (the same numbers as the chart's data table), Home and End jump,
 * and Escape dismisses the tooltip without moving focus (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 1.4.13).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { storyName, storybookInChromium, type StoryEntry } from "../support/storybook";

const { stories, forEachStory } = storybookInChromium();
/** More Tab presses than any story has tab stops: reaching it without leaving the story is a trap. */
const MAX_TAB_STOPS = 150;

/** One tab stop: which element, and how its focus shows. */
interface TabStop {
  key: string;
  chart: boolean;
  focusVisible: boolean;
  describe: string;
}

/** What the focused element is, tagging it with a stable key the first time it is seen. */
function focusedStop(page: Page): Promise<TabStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const root = document.querySelector("#storybook-root");
    if (!el || !root || el === root || !root.contains(el)) return null;
    const html = el as HTMLElement;
    const w = window as unknown as { tabStops?: number };
    html.dataset.tabStop ??= String((w.tabStops = (w.tabStops ?? 0) + 1));
    const style = getComputedStyle(html);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== "none";
    return {
      key: html.dataset.tabStop,
      chart: html.classList.contains("kk-chart__plot"),
      focusVisible: outline || shadow,
      describe: `${html.tagName.toLowerCase()}${html.className ? `.${String(html.className).split(" ").join(".")}` : ""} "${(html.getAttribute("aria-label") ?? html.textContent ?? "").slice(0, 40)}"`,
    };
  });
}

/**
 * Puts the keyboard at the top of the story: focus on the story's root (made focusable by script,
 * not by Tab), so the next Tab goes to the story's first tab stop. Blurring alone would not do:
 * Chromium goes on from where the blurred element was.
 */
async function toTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector<HTMLElement>("#storybook-root")!;
    root.tabIndex = -1;
    root.focus();
  });
}

/** Presses Tab from the top of the story until focus leaves it; returns the stops in order. */
async function tabWalk(page: Page, failures: string[], story: StoryEntry): Promise<TabStop[]> {
  await toTop(page);
  const stops: TabStop[] = [];
  for (let i = 0; i < MAX_TAB_STOPS; i++) {
    await page.keyboard.press("Tab");
    const stop = await focusedStop(page);
    // Past the last stop, focus leaves the document, or (headless, with no browser UI to go to) it
    // wraps round to the first stop: either way the walk went through the whole story.
    if (!stop || stop.key === stops[0]?.key) return stops;
    if (stops.some((s) => s.key === stop.key)) {
      failures.push(`${storyName(story)}: Tab came back to ${stop.describe} without leaving the story (keyboard trap)`);
      return stops;
    }
    stops.push(stop);
  }
  failures.push(`${storyName(story)}: focus never left the story after ${MAX_TAB_STOPS} Tab presses (keyboard trap)`);
  return stops;
}

/** The focused chart's tooltip text, its live region, and its data table's text. */
function chartState(page: Page) {
  return page.evaluate(() => {
    const plot = document.activeElement as HTMLElement;
    const figure = plot.closest("figure");
    const tooltips = [...plot.querySelectorAll<SVGGElement>(".kk-tooltip")].filter(
      (t) => t.getClientRects().length > 0,
    );
    return {
      focusedIsPlot: plot.classList.contains("kk-chart__plot"),
      tooltip: tooltips.map((t) => [...t.querySelectorAll("text")].map((x) => x.textContent).join(" | ")).join(" || "),
      live: plot.querySelector("[aria-live]")?.textContent ?? "",
      // The points the arrows move between (one chart of one area has a single point).
      points: [...plot.querySelectorAll(".kk-hit-target")].filter((t) => t.getClientRects().length > 0).length,
      // Every number in the chart's data table, cell by cell.
      tableNumbers: [...(figure?.querySelectorAll(".kk-chart__data td, .kk-chart__data th") ?? [])].flatMap(
        (c) => c.textContent?.match(/−?\d+(?:[,.]\d+)?/g) ?? [],
      ),
    };
  });
}

/** The values a tooltip shows: the number after each series label ("Avesta kommun 2014: 52 av 100"). */
const values = (tooltip: string) => [...tooltip.matchAll(/: (−?\d+(?:[,.]\d+)?)/g)].map((m) => m[1]!);

/** Exercises the focused chart: arrows, Home, End, Escape. */
async function exerciseChart(page: Page, where: string, failures: string[]): Promise<void> {
  const fail = (what: string) => {
    failures.push(`${where}: ${what}`);
  };
  const first = await chartState(page);
  if (!first.tooltip) return fail("focusing the chart shows no tooltip");
  const seen = new Set<string>();
  let state = first;
  // Walk forward until the first point comes round again; every point's numbers are in the table.
  for (let step = 0; step < 40; step++) {
    if (!state.tooltip) return fail(`after ${step} ArrowRight presses no tooltip is shown`);
    const shown = values(state.tooltip);
    if (shown.length === 0) fail(`the tooltip "${state.tooltip}" shows no value`);
    for (const value of shown)
      if (!state.tableNumbers.includes(value))
        fail(`the tooltip "${state.tooltip}" shows ${value}, which is not in the chart's data table`);
    for (const value of shown)
      if (!state.live.includes(value))
        fail(`the live region "${state.live}" does not announce ${value} shown in the tooltip`);
    if (/NaN|undefined|Infinity/.test(state.tooltip)) fail(`the tooltip reads "${state.tooltip}"`);
    if (seen.has(state.tooltip)) break;
    seen.add(state.tooltip);
    await page.keyboard.press("ArrowRight");
    state = await chartState(page);
  }
  if (state.tooltip !== first.tooltip)
    fail(`ArrowRight did not come back round to the first point ("${first.tooltip}")`);
  if (seen.size < Math.min(2, first.points)) fail("ArrowRight never moved to another point");
  await page.keyboard.press("ArrowLeft");
  const last = await chartState(page);
  await page.keyboard.press("Home");
  if ((await chartState(page)).tooltip !== first.tooltip) fail("Home did not jump to the first point");
  await page.keyboard.press("End");
  if ((await chartState(page)).tooltip !== last.tooltip)
    fail("End did not jump to the last point (the one before the first)");
  await page.keyboard.press("Escape");
  const dismissed = await chartState(page);
  if (dismissed.tooltip) fail(`Escape left the tooltip "${dismissed.tooltip}" on screen`);
  if (!dismissed.focusedIsPlot) fail("Escape moved focus away from the chart");
  await page.keyboard.press("ArrowRight");
  if (!(await chartState(page)).tooltip) fail("after Escape, an arrow key does not bring the tooltip back");
}

describe("the keyboard through every story", () => {
  it("finds the stories", () => {
    expect(stories.length).toBeGreaterThanOrEqual(60);
  });

  it("Tab reaches every chart and leaves the story; focus always visible; arrows, Home, End and Escape work in every chart", async () => {
    const failures: string[] = [];
    let charts = 0;
    let plotsOnScreen = 0;
    await forEachStory({ viewport: { width: 1024, height: 900 } }, async (page, story) => {
      const visiblePlots = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>(".kk-chart__plot")].filter((p) => p.getClientRects().length > 0)
            .length,
      );
      plotsOnScreen += visiblePlots;
      const stops = await tabWalk(page, failures, story);
      for (const stop of stops)
        if (!stop.focusVisible) failures.push(`${storyName(story)}: no visible focus indicator on ${stop.describe}`);
      const chartStops = stops.flatMap((stop, index) => (stop.chart ? [index] : []));
      if (chartStops.length !== visiblePlots)
        failures.push(`${storyName(story)}: ${visiblePlots} charts on screen, ${chartStops.length} reached with Tab`);
      for (const index of chartStops) {
        // Tab from the top to the chart, as a keyboard user would.
        await toTop(page);
        for (let i = 0; i <= index; i++) await page.keyboard.press("Tab");
        await exerciseChart(page, `${storyName(story)}, chart at tab stop ${index + 1}`, failures);
        charts++;
        // Shift+Tab and Tab leave the chart in both directions.
        const here = (await focusedStop(page))?.key;
        await page.keyboard.press("Tab");
        if ((await focusedStop(page))?.key === here)
          failures.push(`${storyName(story)}: Tab does not leave the chart at tab stop ${index + 1}`);
        await page.keyboard.press("Shift+Tab");
        await page.keyboard.press("Shift+Tab");
        const back = await focusedStop(page);
        if (index > 0 && back?.key === here)
          failures.push(`${storyName(story)}: Shift+Tab does not leave the chart at tab stop ${index + 1}`);
      }
    });
    expect(failures).toEqual([]);
    // Every chart on screen was exercised, and there were plenty of them.
    expect(charts).toBe(plotsOnScreen);
    expect(charts).toBeGreaterThanOrEqual(30);
  }, 900_000);
});
