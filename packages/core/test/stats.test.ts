/**
 * Statistics of many evaluations, per model and never across models: summaries checked by hand on
 * small collections and against d3-array on generated ones, ranks by their invariants.
 */
import { quantile } from "d3-array";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectionStatistics, rank, summarize, type Evaluation } from "../src";
import { loadFixture, type FixtureName } from "../../../test/support/fixtures";

const totalOnly = (name: string, code: string, year: number, framework: string, total?: number): Evaluation => ({
  schemaVersion: 1,
  framework,
  municipality: { name, code },
  year,
  ...(total !== undefined ? { total } : {}),
  areas: [],
});

describe("summaries", () => {
  it("hand-computed: n, mean, median, quartiles (linear interpolation), min and max", () => {
    // 404, 426, 437, 483, 549: sorted; q1 at rank 1 (426), median at rank 2 (437), q3 at rank 3 (483).
    expect(summarize([483, 404, 549, 437, 426])).toEqual({
      n: 5,
      mean: 459.8,
      median: 437,
      q1: 426,
      q3: 483,
      min: 404,
      max: 549,
    });
    // Four values: q1 at rank 0.75 = 404 + 0.75 × (426 − 404) = 420.5; median 431.5; q3 at 2.25 = 437 + 0.25 × 46 = 448.5.
    expect(summarize([404, 426, 437, 483])).toMatchObject({ n: 4, median: 431.5, q1: 420.5, q3: 448.5 });
  });

  it("leaves unknown values out of n, never counting them as 0", () => {
    expect(summarize([null, 63, undefined, 54])).toEqual({
      n: 2,
      mean: 58.5,
      median: 58.5,
      q1: 56.25,
      q3: 60.75,
      min: 54,
      max: 63,
    });
    expect(summarize([null])).toEqual({ n: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null });
  });

  it("agrees with d3-array's quantile on generated values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 800 }), fc.constant(null)), { maxLength: 60 }),
        (values) => {
          const known = values.filter((v): v is number => v !== null);
          const s = summarize(values);
          expect(s.n).toBe(known.length);
          for (const [p, key] of [
            [0.25, "q1"],
            [0.5, "median"],
            [0.75, "q3"],
          ] as const) {
            const expected = quantile(known, p);
            if (expected === undefined) expect(s[key]).toBeNull();
            else expect(s[key]).toBeCloseTo(expected, 9);
          }
        },
      ),
    );
  });
});

describe("ranks", () => {
  it("highest first, ties share the best place: 1, 2, 2, 4", () => {
    expect(rank([500, 600, 550, 550, null]).map((p) => p?.position ?? null)).toEqual([4, 1, 2, 2, null]);
    expect(rank([500, 600, 550, 550]).map((p) => p!.of)).toEqual([4, 4, 4, 4]);
    // Percentile rank: below + half of the equal ones (itself included), of all ranked.
    expect(rank([500, 600, 550, 550]).map((p) => p!.percentile)).toEqual([12.5, 87.5, 50, 50]);
  });

  it("invariants on generated values: places from 1, each place counts the values above it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(null)), { maxLength: 80 }),
        (values) => {
          const known = values.filter((v): v is number => v !== null);
          rank(values).forEach((place, i) => {
            const value = values[i];
            if (value === null || value === undefined) return expect(place).toBeNull();
            expect(place!.position).toBe(known.filter((v) => v > value).length + 1);
            expect(place!.of).toBe(known.length);
            expect(place!.percentile).toBeGreaterThan(0);
            expect(place!.percentile).toBeLessThanOrEqual(100);
          });
        },
      ),
    );
  });
});

describe("collection statistics", () => {
  const published: FixtureName[] = [
    "strangnas-2014",
    "strangnas-2016",
    "tomelilla-2020",
    "tomelilla-2023",
    "angelholm-2016",
    "avesta-2014",
  ];

  it("per model, never across models; the latest evaluation of each municipality by default", () => {
    const stats = collectionStatistics(published.map(loadFixture));
    expect(stats.groups.map((g) => [g.framework, g.label, g.n, g.total.n, g.total.mean])).toEqual([
      ["kommunkompassen-2.0", "Kommunkompassen 2.0", 2, 2, 420.5],
      ["kommunkompassen-2020", "Kommunkompassen 2020", 1, 1, 546],
      ["kommunkompassen-2.1", "Kommunkompassen 2.1", 1, 1, 496],
    ]);
    const of = (name: string, year: number) =>
      stats.evaluations.find((e) => e.municipality === name && e.year === year)!;
    expect(of("Strängnäs kommun", 2016)).toMatchObject({
      framework: "kommunkompassen",
      rank: null,
      reason: "model-not-stated",
    });
    expect(of("Tomelilla kommun", 2020)).toMatchObject({ rank: null, reason: "older-evaluation" });
    expect(of("Tomelilla kommun", 2023).rank).toEqual({ total: { position: 1, of: 1, percentile: 50 }, areas: [] });
    // Strängnäs 2014 (437, area 1: 54) above Avesta 2014 (404, area 1: 52) in the total and in area 1.
    expect(of("Strängnäs kommun", 2014).rank).toMatchObject({
      total: { position: 1, of: 2 },
      areas: [{ id: 1, position: 1, of: 2 }],
    });
    expect(of("Avesta kommun", 2014).rank!.areas.map((a) => [a.id, a.position, a.of])).toEqual([
      [1, 2, 2],
      [2, 1, 1],
      [3, 1, 1],
      [4, 1, 1],
      [5, 1, 1],
      [6, 1, 1],
      [7, 1, 1],
      [8, 1, 1],
    ]);
    const twoZero = stats.groups[0]!;
    expect(twoZero.areas.map((a) => a.n)).toEqual([2, 1, 1, 1, 1, 1, 1, 1]);
  });

  it("every evaluation with `all`; ties share the best place", () => {
    const list = [
      totalOnly("A", "0001", 2011, "kommunkompassen-2.0", 500),
      totalOnly("A", "0001", 2014, "kommunkompassen-2.0", 550),
      totalOnly("B", "0002", 2012, "kommunkompassen-2.0", 550),
      totalOnly("C", "0003", 2013, "kommunkompassen-2.0"),
    ];
    const latest = collectionStatistics(list);
    expect(latest.evaluations.map((e) => e.rank?.total?.position ?? e.reason ?? null)).toEqual([
      "older-evaluation",
      1,
      1,
      null,
    ]);
    expect(latest.groups[0]).toMatchObject({ n: 3, total: { n: 2 } });
    const all = collectionStatistics(list, { all: true });
    expect(all.evaluations.map((e) => e.rank?.total?.position ?? null)).toEqual([3, 1, 1, null]);
    expect(all.groups[0]!.total).toMatchObject({ n: 3, mean: 533.333333333, median: 550, min: 500, max: 550 });
  });

  it("within groups: ranks within the model and the group; an evaluation in no group is not ranked", () => {
    const list = [
      totalOnly("A", "0001", 2014, "kommunkompassen-2.0", 500),
      totalOnly("B", "0002", 2014, "kommunkompassen-2.0", 450),
      totalOnly("C", "0003", 2014, "kommunkompassen-2.0", 400),
      totalOnly("D", "0004", 2014, "kommunkompassen-2.0", 420),
    ];
    const groupOf = (e: Evaluation) =>
      e.municipality.code === "0004" ? null : { key: e.municipality.code === "0001" ? "x" : "y", label: "Grupp" };
    const stats = collectionStatistics(list, { group: groupOf });
    expect(stats.groups.map((g) => [g.group?.key, g.n, g.total.median])).toEqual([
      ["x", 1, 500],
      ["y", 2, 425],
    ]);
    expect(stats.evaluations.map((e) => e.rank?.total?.position ?? e.reason)).toEqual([1, 1, 2, "no-group"]);
  });
});

describe("a group statistic as a reference series", () => {
  it("the median per area and of the total, marked computed with its n", async () => {
    const { groupSeries, groupBand } = await import("../src");
    const evaluations = (["avesta-2014", "vasteras-2014", "vasteras-2012"] as const).map(loadFixture);
    const [group] = collectionStatistics(evaluations, { all: true }).groups;
    const median = groupSeries(group!, "median", "Median");
    expect(median).toMatchObject({
      kind: "average",
      framework: "kommunkompassen-2.0",
      computed: { statistic: "median", n: 3 },
    });
    // Area 1: Avesta 52, Västerås 2012 58, 2014 67; area 8: only Avesta's 68 is known.
    expect(median.values.map((v) => v.value)).toEqual([58, 69, 82, 65, 68, 64, 74, 68]);
    expect(median.total).toBe(404);
    const band = groupBand(group!, "range", "Min–max");
    expect(band.low[0]).toEqual({ areaId: 1, value: 52 });
    expect(band.high[0]).toEqual({ areaId: 1, value: 67 });
    // Its n holds for every area drawn: area 8 is known for Avesta only (Västerås's did not survive).
    expect(band.areaN.map((a) => a.n)).toEqual([3, 3, 3, 3, 3, 3, 3, 1]);
    expect(band.n).toBe(1);
  });
});
