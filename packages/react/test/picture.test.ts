// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { formatNumber, scoreEvaluation } from "@kommunkompassen/core";
import { NothingToDrawError, renderCardSvg, renderChartSvg } from "../src/server";
import { parseRules } from "../src/server/cascade";
import { loadFixture, type FixtureName } from "../../../test/support/fixtures";

/** The SVG file parsed as XML (a parse error fails the test), and its plot: the nested `<svg>` of the chart. */
function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.querySelector("parsererror")).toBeNull();
  const root = doc.documentElement;
  expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
  return { root, plot: root.querySelector(".kk-chart__svg")! };
}

const WITH_AREAS: FixtureName[] = ["avesta-2014", "vasteras-2012", "vasteras-2014", "example-2020", "strangnas-2014"];

describe("renderChartSvg", () => {
  it("bars: every value label is the scorer's area score, in both languages", () => {
    for (const name of WITH_AREAS) {
      const evaluation = loadFixture(name);
      const scores = scoreEvaluation(evaluation);
      for (const lang of ["sv", "en"] as const) {
        const { plot } = parse(renderChartSvg(evaluation, { chart: "bars", lang }));
        const values = [...plot.querySelectorAll(".kk-series--evaluation .kk-bar__value")].map((t) => t.textContent);
        // An unknown score is a dash on its bar's place, never 0 (as on the page).
        const noData = "–";
        const expected = scores.areas.map((a) => (a.score.value === null ? noData : formatNumber(a.score.value, lang)));
        expect(values, `${name} ${lang}`).toEqual(expected);
      }
    }
  });

  it("radar: every marker of the evaluation sits at the scorer's score (its distance from the centre)", () => {
    for (const name of WITH_AREAS) {
      const evaluation = loadFixture(name);
      const { root, plot } = parse(renderChartSvg(evaluation));
      const markers = [...plot.querySelectorAll(".kk-series--evaluation .kk-series__marker")];
      const radius = Math.max(
        ...[...plot.querySelectorAll(".kk-grid__spoke")].map((l) => Math.abs(Number(l.getAttribute("y2")))),
      );
      const values = markers.map((m) => {
        const [x, y] = /^M(-?[\d.]+),(-?[\d.]+)/.exec(m.getAttribute("d")!)!.slice(1).map(Number);
        return Math.round((Math.hypot(x! + 4, y!) / radius) * 1000) / 10;
      });
      const expected = scoreEvaluation(evaluation).areas.flatMap((a) =>
        a.score.value === null ? [] : [a.score.value],
      );
      expect(values, name).toEqual(expected);
      expect(root.querySelector("title")!.textContent).toContain(evaluation.municipality.name);
    }
  });

  it("is self-contained: concrete colours from the theme, no var(), no class the file needs, the font stack on the root", () => {
    const avesta = loadFixture("avesta-2014");
    for (const theme of ["light", "dark"] as const) {
      const svg = renderChartSvg(avesta, { previous: loadFixture("vasteras-2012"), theme });
      expect(svg).not.toMatch(/var\(|currentColor|<style|<script|href=/);
      const { root, plot } = parse(svg);
      expect(root.getAttribute("font-family")).toMatch(/^"Source Sans 3", .*sans-serif$/);
      expect(root.querySelector("rect")!.getAttribute("fill")).toBe(theme === "dark" ? "#121212" : "#ffffff");
      const line = plot.querySelector(
        ".kk-series--evaluation .kk-series__line, .kk-series--evaluation .kk-series__area",
      )!;
      expect(line.getAttribute("stroke")).toBe(theme === "dark" ? "#79b0ff" : "#1d5fa6");
      for (const text of root.querySelectorAll("text"))
        expect(text.closest("[fill]"), text.textContent!).not.toBeNull();
      // The legend: both series, by their labels.
      const texts = [...root.querySelectorAll(":scope > text")].map((t) => t.textContent);
      expect(texts).toEqual(expect.arrayContaining(["Avesta kommun 2014", "Västerås stad 2012"]));
    }
  });

  it("a chart with nothing to draw is an error, not an empty picture", () => {
    expect(() => renderChartSvg(loadFixture("example-original-2006"))).toThrow(NothingToDrawError);
    expect(() => renderChartSvg(loadFixture("tomelilla-2023"), { chart: "bars" })).toThrow(NothingToDrawError);
    expect(() => renderCardSvg(loadFixture("angelholm-2016"))).toThrow(NothingToDrawError);
  });
});

describe("renderCardSvg", () => {
  it("1200 × 630 with the municipality, the year, the total and the radar", () => {
    const { root } = parse(renderCardSvg(loadFixture("avesta-2014")));
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual(["1200", "630"]);
    const texts = [...root.querySelectorAll(":scope > text")].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["Avesta kommun", "2014", "404", "av 800 poäng"]));
    expect(root.querySelector(".kk-radar__svg .kk-series--evaluation")).not.toBeNull();
    const en = parse(renderCardSvg(loadFixture("vasteras-2014"), { lang: "en" })).root;
    // Västerås 2014's total is not known (area 8 is missing): no number is made up.
    expect([...en.querySelectorAll(":scope > text")].map((t) => t.textContent)).toContain("–");
  });
});

describe("the stylesheet's rules", () => {
  it("are read: the series colours, the ring, and no at-rule's rule among them", () => {
    const css = ".a{fill:red}@media print{.b{fill:blue}}.c:not([fill]){stroke:var(--x)}";
    const rules = parseRules(css);
    expect(rules.map((r) => r.declarations)).toEqual([[["fill", "red"]], [["stroke", "var(--x)"]]]);
  });
});
