import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  areaName,
  bandScale,
  barLayout,
  linearScale,
  boxesOverlap,
  estimateTextWidth,
  kommunkompassen20,
  kommunkompassen21,
  kommunkompassen2020,
  radarLayout,
  wrapText,
  type Box,
} from "../src/internal";
import { scaleBand } from "d3-scale";

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const areaLabels = (framework: typeof kommunkompassen20, lang: "sv" | "en") =>
  (framework.areas ?? []).map((a) => `${a.id}\u00a0${areaName(framework, a.id, lang)}`);

describe("text estimation and wrapping", () => {
  it("wraps at spaces, never at a no-break space, and never cuts a word", () => {
    const lines = wrapText("6\u00a0Kommunen som arbetsgivare – personalpolitik", 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]!.startsWith("6\u00a0Kommunen")).toBe(true);
    expect(lines.join(" ").replace(/\s+/g, " ")).toBe(
      "6\u00a0Kommunen som arbetsgivare – personalpolitik".replace(/\s+/g, " "),
    );
    for (const line of lines.slice(0, -1)) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(wrapText("Verksamhetsutveckling", 20, 13)).toEqual(["Verksamhetsutveckling"]);
  });

  it("remembers wrapped labels, but a caller changing its lines does not change the next answer", () => {
    const first = wrapText("7\u00a0Verksamhetsutveckling och förnyelse", 100, 13);
    first.push("changed");
    first[0] = "changed";
    const second = wrapText("7\u00a0Verksamhetsutveckling och förnyelse", 100, 13);
    expect(second).not.toContain("changed");
    expect(second).toEqual(wrapText("7\u00a0Verksamhetsutveckling och förnyelse", 100.0, 13));
    // Another width is another answer.
    expect(wrapText("7\u00a0Verksamhetsutveckling och förnyelse", 1000, 13)).toEqual([
      "7\u00a0Verksamhetsutveckling och förnyelse",
    ]);
  });

  it("breaks after hyphens and slashes in long compounds", () => {
    expect(wrapText("kvalitets-/verksamhetsutveckling", 100, 13)).toEqual(["kvalitets-/", "verksamhetsutveckling"]);
  });

  it("keeps the space after a hyphen that ends a word (Kommunkompassen 2020's area 8)", () => {
    const name = "8\u00a0Chefs- och ledarskap samt medarbetarskap";
    expect(wrapText(name, 1000, 13)).toEqual([name]);
    expect(wrapText(name, 60, 13).join(" ")).toBe(name);
  });
});

describe("radarLayout", () => {
  for (const framework of [kommunkompassen20, kommunkompassen21, kommunkompassen2020]) {
    for (const lang of ["sv", "en"] as const) {
      it(`${framework.id} ${lang}: labels neither overlap nor leave the viewBox`, () => {
        const layout = radarLayout({ labels: areaLabels(framework, lang) });
        for (const label of layout.labels) expect(inside(label.box, layout.viewBox), label.lines.join(" ")).toBe(true);
        for (let i = 0; i < layout.labels.length; i++) {
          for (let j = i + 1; j < layout.labels.length; j++)
            expect(boxesOverlap(layout.labels[i]!.box, layout.labels[j]!.box)).toBe(false);
        }
      });
    }
  }

  it("anchors labels by their angle: right side start, left side end, top and bottom middle", () => {
    const layout = radarLayout({ labels: areaLabels(kommunkompassen20, "sv") });
    expect(layout.labels.map((l) => l.anchor)).toEqual([
      "middle",
      "start",
      "start",
      "start",
      "middle",
      "end",
      "end",
      "end",
    ]);
  });

  it("maps 0–100 onto the radius, clamped, area 1 straight up", () => {
    const layout = radarLayout({ labels: ["a", "b", "c", "d"], radius: 100 });
    expect(layout.point(0, 100)).toEqual([0, -100]);
    expect(layout.point(1, 50)).toEqual([50, 0]);
    expect(layout.point(2, 150)).toEqual([0, 100]);
  });

  it("never overlaps or clips arbitrary long labels", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 80 }), { minLength: 3, maxLength: 12 }), (labels) => {
        const layout = radarLayout({ labels: labels.map((l, i) => `${i + 1} ${l}`) });
        for (const label of layout.labels) expect(inside(label.box, layout.viewBox)).toBe(true);
        for (let i = 0; i < layout.labels.length; i++) {
          for (let j = i + 1; j < layout.labels.length; j++)
            expect(boxesOverlap(layout.labels[i]!.box, layout.labels[j]!.box)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("barLayout", () => {
  const labels = areaLabels(kommunkompassen20, "sv");
  const values = [
    [52, 41, 56, 44, 46, 52, 45, 68],
    [60, null, 50, 40, 30, 20, 10, 0],
  ];

  it("vertical: bar heights follow the values on one scale, unknown values have no bar", () => {
    const layout = barLayout({ labels: labels.map((_, i) => String(i + 1)), values, orientation: "vertical" });
    const unit = layout.plot.height / 100;
    const first = layout.groups[0]!.bars[0]!;
    expect(first.height).toBeCloseTo(52 * unit, 1);
    expect(layout.groups[1]!.bars[1]!.value).toBeNull();
    expect(layout.groups[7]!.bars[1]!.height).toBe(0);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it("horizontal: fits 320 units, names above bars, rows do not overlap", () => {
    const layout = barLayout({ labels, values, orientation: "horizontal", fontSize: 14 });
    expect(layout.viewBox.width).toBe(320);
    for (const group of layout.groups) for (const bar of group.bars) expect(bar.x + bar.width).toBeLessThanOrEqual(320);
    const ys = layout.groups.flatMap((g) => g.bars.map((b) => b.y));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });
});

describe("scales", () => {
  it("linear: maps and clamps like d3's scaleLinear", () => {
    const y = linearScale([0, 100], [240, 0], true);
    expect(y(0)).toBe(240);
    expect(y(50)).toBe(120);
    expect(y(150)).toBe(0);
    expect(linearScale([0, 100], [0, 10])(150)).toBe(15);
  });

  it("band: the same bands as d3's scaleBand, for any count, range and padding", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (count, r0, width, inner, outer) => {
          const d3 = scaleBand<number>()
            .domain(Array.from({ length: count }, (_, i) => i))
            .range([r0, r0 + width])
            .paddingInner(inner)
            .paddingOuter(outer);
          const ours = bandScale(count, [r0, r0 + width], inner, outer);
          expect(ours.step).toBeCloseTo(d3.step(), 9);
          expect(ours.bandwidth).toBeCloseTo(d3.bandwidth(), 9);
          for (let i = 0; i < count; i++) expect(ours(i)).toBeCloseTo(d3(i)!, 9);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("band: a single band is centred, as d3 centres it", () => {
    const d3 = scaleBand<number>().domain([0]).range([0, 100]).paddingInner(0.22).paddingOuter(0.1);
    expect(bandScale(1, [0, 100], 0.22, 0.1)(0)).toBeCloseTo(d3(0)!, 10);
    expect(bandScale(1, [0, 100], 0.22, 0.1)(0)).toBeCloseTo(11, 10);
  });
});
