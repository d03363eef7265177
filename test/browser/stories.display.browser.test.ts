/**
 * Every Storybook story under the display conditions WCAG 2.1 AA asks for, in headless Chromium:
 * 320 CSS px wide (1.4.10 Reflow), 200 % zoom (1.4.4 Resize text: a 1280 px window at twice the
 * size), `forced-colors: active` (Windows high contrast) and `prefers-reduced-motion: reduce`.
 * In each: no horizontal scrolling of the page, nothing clipped, every chart label inside its SVG,
 * no `NaN`; in forced colours every series still painted and told apart from the others by its
 * dash, marker or fill pattern; with reduced motion nothing moves.
 */
import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { storyName, storybookInChromium } from "../support/storybook";

const { stories, forEachStory } = storybookInChromium();

interface Mode {
  name: string;
  context: BrowserContextOptions;
  forcedColors: boolean;
}

const MODES: Mode[] = [
  {
    name: "320 px, forced colours, reduced motion",
    context: { viewport: { width: 320, height: 900 }, forcedColors: "active", reducedMotion: "reduce" },
    forcedColors: true,
  },
  {
    name: "200 % zoom (a 1280 px window)",
    context: { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, reducedMotion: "reduce" },
    forcedColors: false,
  },
  {
    name: "1024 px, forced colours",
    context: { viewport: { width: 1024, height: 900 }, forcedColors: "active" },
    forcedColors: true,
  },
];

/** Everything wrong with the page as displayed, one line each. */
function inspect(page: Page, forcedColors: boolean): Promise<string[]> {
  return page.evaluate((forced) => {
    const problems: string[] = [];
    const root = document.querySelector("#storybook-root")!;
    // Chromium lays out the content of a closed <details> without showing it: not visible either.
    // A hyphenated text's plain copy (.kk-hy__text) is visually hidden by design: it is what is
    // copied and heard, while its generated twin is what is seen (and checked).
    const visible = (el: Element) =>
      el.getClientRects().length > 0 &&
      !el.closest(".kk-visually-hidden, .kk-hy__text, [hidden], details:not([open]) > :not(summary)");
    const name = (el: Element) => {
      const cls = typeof el.className === "string" ? el.className : (el.getAttribute("class") ?? "");
      return `${el.tagName.toLowerCase()}${cls ? `.${cls.trim().split(/\s+/).join(".")}` : ""} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    };

    // No horizontal scrolling of the page.
    const doc = document.scrollingElement ?? document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1)
      problems.push(`the page scrolls horizontally: ${doc.scrollWidth} px content in a ${window.innerWidth} px window`);

    for (const el of root.querySelectorAll("*")) {
      if (!visible(el)) continue;
      const style = getComputedStyle(el);
      // Clipped content: an element that hides what does not fit.
      if (
        (style.overflowX === "hidden" || style.overflowX === "clip") &&
        el.scrollWidth > el.clientWidth + 1 &&
        !(el instanceof SVGElement)
      ) {
        problems.push(`${name(el)} clips its content: ${el.scrollWidth} px in ${el.clientWidth} px`);
      }
      // Reduced motion: nothing animates.
      if (matchMedia("(prefers-reduced-motion: reduce)").matches) {
        const longer = (durations: string) => durations.split(",").some((d) => parseFloat(d) > 0);
        const transition = style.transitionProperty !== "none" && longer(style.transitionDuration);
        const animation = style.animationName !== "none" && longer(style.animationDuration);
        if (transition || animation) problems.push(`${name(el)} still moves with reduced motion`);
      }
    }

    // Text outside its box: off the right edge of the window.
    for (const el of root.querySelectorAll(
      "p, li, th, td, figcaption, summary, h1, h2, h3, h4, dt, dd, a, span, caption",
    )) {
      if (!visible(el)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.right > window.innerWidth + 1 || rect.left < -1)
        problems.push(
          `${name(el)} is outside the window (${Math.round(rect.left)}–${Math.round(rect.right)} px of ${window.innerWidth})`,
        );
    }

    // Text running out of its box: a word too long for its line shows past the element's edge.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent instanceof SVGElement || !visible(parent) || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (line.right > window.innerWidth + 1) {
          problems.push(
            `the text "${node.textContent.trim().slice(0, 30)}" runs out of the window (to ${Math.round(line.right)} px of ${window.innerWidth})`,
          );
          break;
        }
      }
    }

    // Chart labels inside their SVG.
    for (const svg of root.querySelectorAll<SVGSVGElement>("svg.kk-chart__svg")) {
      if (!visible(svg)) continue;
      const vb = svg.viewBox.baseVal;
      for (const text of svg.querySelectorAll<SVGTextElement>("text")) {
        if (text.closest("pattern, defs")) continue;
        const box = text.getBBox();
        if (box.width === 0) continue;
        if (
          box.x < vb.x - 1 ||
          box.y < vb.y - 1 ||
          box.x + box.width > vb.x + vb.width + 1 ||
          box.y + box.height > vb.y + vb.height + 1
        ) {
          problems.push(
            `the label "${text.textContent}" sticks out of its chart (${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)} in ${vb.x},${vb.y} ${vb.width}×${vb.height})`,
          );
        }
      }
    }

    // What the library rendered (the stories' own state headings name the invalid input they show).
    const copy = root.cloneNode(true) as Element;
    copy.querySelectorAll(".kk-story-state__title").forEach((title) => title.remove());
    const rendered = copy.textContent ?? "";
    if (/\bNaN\b|\bundefined\b|Infinity/.test(rendered)) problems.push("NaN, undefined or Infinity in the text");
    for (const el of root.querySelectorAll("svg *")) {
      for (const attr of el.getAttributeNames())
        if (/NaN|Infinity/.test(el.getAttribute(attr) ?? ""))
          problems.push(`${name(el)} has ${attr}="${el.getAttribute(attr)}"`);
    }

    // Forced colours: every series painted, and each one different from the others without colour.
    if (forced) {
      const unpainted = (paint: string) =>
        paint === "none" || paint === "transparent" || /rgba\(\d+, \d+, \d+, 0\)/.test(paint);
      for (const svg of root.querySelectorAll<SVGSVGElement>("svg.kk-chart__svg, svg.kk-legend__swatch")) {
        if (!visible(svg)) continue;
        const signatures = new Map<string, string>();
        for (const group of svg.querySelectorAll(".kk-series")) {
          const slot = [...group.classList].find((c) => c.startsWith("kk-series--") && c !== "kk-series--gaps");
          if (!slot) continue;
          const parts: string[] = [];
          for (const shape of group.querySelectorAll<SVGGraphicsElement>(
            ".kk-series__line, .kk-series__area, .kk-series__bar, .kk-series__marker",
          )) {
            const style = getComputedStyle(shape);
            const isLine = shape.classList.contains("kk-series__line") || shape.classList.contains("kk-series__area");
            if (unpainted(isLine ? style.stroke : style.fill === "none" ? style.stroke : style.fill))
              problems.push(`${slot}: a ${shape.getAttribute("class")} is not painted in forced colours`);
            if (isLine) parts.push(`line ${shape.getAttribute("stroke-dasharray") ?? "solid"}`);
            else if (shape.classList.contains("kk-series__marker"))
              parts.push(`marker ${(shape.getAttribute("d") ?? "").replace(/[\d.,-]+/g, "")}`);
            else {
              const id = /url\(#(.+)\)/.exec(shape.getAttribute("fill") ?? "")?.[1];
              const pattern = id ? document.getElementById(id) : null;
              parts.push(
                `bar ${pattern ? `${pattern.getAttribute("patternTransform")} ${pattern.innerHTML.replace(/ id="[^"]*"/g, "")}` : "solid"}`,
              );
            }
          }
          if (parts.length === 0) continue;
          const signature = [...new Set(parts)].sort().join(" / ");
          const previous = signatures.get(signature);
          if (previous && previous !== slot)
            problems.push(`${previous} and ${slot} look the same in forced colours (${signature})`);
          signatures.set(signature, slot);
        }
      }
    }
    return [...new Set(problems)];
  }, forcedColors);
}

describe("every story at 320 px, 200 % zoom, in forced colours and with reduced motion", () => {
  it("finds the stories", () => {
    expect(stories.length).toBeGreaterThanOrEqual(60);
  });

  for (const mode of MODES) {
    it(`${mode.name}: no horizontal scrolling, nothing clipped, every series told apart`, async () => {
      const failures: string[] = [];
      await forEachStory(mode.context, async (page, story) => {
        // The data tables too: open every disclosure, as a reader who wants the numbers would.
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        for (const problem of await inspect(page, mode.forcedColors)) failures.push(`${storyName(story)}: ${problem}`);
      });
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
