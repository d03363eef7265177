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
  markerPath,
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

describe("radarLayout: the rings' values", () => {
  // How far a data point's marker reaches from its point: the farthest corner of the five shapes the
  // charts draw (size 8; a circle's radius), walked along each path, and half its 1-unit outline.
  const cornerReach = (d: string) => {
    let [x, y, far] = [0, 0, 0];
    for (const [, command, args] of d.matchAll(/([MLhvaZ])([^MLhvaZ]*)/g)) {
      const n = args!.split(/[ ,]+/).filter(Boolean).map(Number);
      if (command === "M" || command === "L") [x, y] = [n[0]!, n[1]!];
      else if (command === "h") x += n[0]!;
      else if (command === "v") y += n[0]!;
      else if (command === "a") [x, y, far] = [x + n[5]!, y + n[6]!, Math.max(far, n[0]!)];
      far = Math.max(far, Math.hypot(x, y));
    }
    return far;
  };
  const reach =
    Math.max(
      ...(["circle", "square", "diamond", "triangle", "cross"] as const).map((s) =>
        cornerReach(markerPath(s, 0, 0, 8)),
      ),
    ) + 0.5;
  const boxDistance = ([px, py]: [number, number], b: Box) =>
    Math.hypot(Math.max(b.x - px, 0, px - b.x - b.width), Math.max(b.y - py, 0, py - b.y - b.height));
  const counts = [
    ...new Set([kommunkompassen20, kommunkompassen21, kommunkompassen2020].map((f) => f.areas!.length)),
    3,
    4,
    5,
    6,
    7,
    9,
    10,
    12,
  ];
  // The report's two radars: full (names around it) and compact (numbers; 320 px).
  const variants = [
    { radius: 150, fontSize: 13, maxLabelWidth: 150 },
    { radius: 120, fontSize: 15, maxLabelWidth: 40 },
  ];

  for (const n of counts) {
    for (const variant of variants) {
      it(`${n} axes, radius ${variant.radius}: no ring's value within a marker's reach of any point on an axis`, () => {
        const layout = radarLayout({ labels: Array.from({ length: n }, (_, i) => `${i + 1} Område`), ...variant });
        const labelled = layout.rings.filter((r) => r.label !== null);
        for (const ring of labelled) {
          const box = ring.label!.box;
          for (let axis = 0; axis < n; axis++) {
            for (let value = 0; value <= 100; value += 0.25) {
              const distance = boxDistance(layout.point(axis, value), box);
              expect(distance, `ring ${ring.value}, axis ${axis + 1} at ${value}`).toBeGreaterThan(reach);
            }
          }
          // Inside the viewBox, clear of the area names and of the other rings' values, and nearer
          // its own ring than the next one.
          expect(inside(box, layout.viewBox)).toBe(true);
          for (const label of layout.labels) expect(boxesOverlap(box, label.box), label.lines.join(" ")).toBe(false);
          for (const other of labelled)
            if (other !== ring) expect(boxesOverlap(box, other.label!.box), `${ring.value}/${other.value}`).toBe(false);
          const centre = Math.hypot(box.x + box.width / 2, box.y + box.height / 2);
          const edge = (value: number) => (value / 100) * variant.radius * Math.cos(Math.PI / n);
          const nearest = layout.rings.reduce((a, b) =>
            Math.abs(edge(a.value) - centre) <= Math.abs(edge(b.value) - centre) ? a : b,
          );
          expect(nearest.value, `ring ${ring.value} at ${centre}`).toBe(ring.value);
        }
        // Eight areas: every ring but the innermost (too near the centre, where the axes close in) is labelled.
        if (n === 8) expect(labelled.map((r) => r.value)).toEqual([40, 60, 80, 100]);
      });
    }
  }

  it("writes the rings' values on the bisector between area 8 and area 1, each beside its ring", () => {
    const layout = radarLayout({ labels: areaLabels(kommunkompassen20, "sv") });
    for (const ring of layout.rings.filter((r) => r.label)) {
      const { box } = ring.label!;
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      // Up left of the centre, half-way between area 8 (-135°) and area 1 (-90°).
      expect(Math.atan2(cy, cx) * (180 / Math.PI)).toBeCloseTo(-112.5, 5);
      // On the ring's edge (its midpoint between the two axes is 0.924 of its radius), or a little beyond.
      const edge = (ring.value / 100) * 150 * Math.cos(Math.PI / 8);
      expect(Math.hypot(cx, cy) - edge).toBeGreaterThanOrEqual(0);
      expect(Math.hypot(cx, cy) - edge).toBeLessThan(10);
    }
    expect(layout.rings.find((r) => r.value === 20)!.label).toBeNull();
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
