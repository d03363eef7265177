// Runs in plain Node, as on a server: hostile text is rendered inert, invalid numbers never reach a chart.
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  AreaBarChart,
  DeltaTable,
  EvaluationReport,
  RadarProfile,
  scoreEvaluation,
  SubQuestionTable,
  type Evaluation,
} from "../src";
import { loadFixture } from "../../../test/support/fixtures";
import { selfConsistentEvaluation } from "../../../test/support/arbitraries";
import { hostileEvaluation as hostile } from "../../../test/support/hostile";

describe("hostile text", () => {
  it("markup and script in every text field come out as text, in every component", () => {
    const evaluation = hostile();
    const html = renderToStaticMarkup(
      <>
        <EvaluationReport evaluation={evaluation} previous={loadFixture("avesta-2014")} />
        <RadarProfile evaluation={evaluation} />
        <AreaBarChart evaluation={evaluation} />
        <SubQuestionTable evaluation={evaluation} areaId={1} />
        <DeltaTable from={loadFixture("avesta-2014")} to={evaluation} />
      </>,
    );
    // A real element or attribute, not the escaped text of one.
    const found = html.match(/<(script|img|iframe)\b|<[a-z][^>]*\son[a-z]+=|<[a-z][^>]*href="javascript:/i);
    expect(found?.[0] ?? null).toBeNull();
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    // Bidi controls stay text inside their element; they cannot reorder the markup around them.
    expect(html).toContain("\u202Egnirts desrever\u202C");
  });

  it("texts longer than the schema allows are a validation error, not a 100 KB label", () => {
    const evaluation = loadFixture("avesta-2014");
    evaluation.areas[0]!.strengths = ["x".repeat(100_000)];
    const html = renderToStaticMarkup(<EvaluationReport evaluation={evaluation} />);
    expect(html).toContain(
      "<code>evaluation/areas/0/strengths/0</code>: är 100\u00a0000 tecken lång; högst 10\u00a0000 tecken tillåts",
    );
    expect(html.length).toBeLessThan(5000);
  });
});

describe("bad numbers never reach a chart", () => {
  const bad: unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, -5, 101, "52", Number.MAX_VALUE * 10, null, undefined];
  for (const value of bad) {
    it(`score ${String(value)}: an error naming the place, no NaN in the SVG`, () => {
      const evaluation = loadFixture("avesta-2014") as unknown as { areas: Record<string, unknown>[] };
      evaluation.areas[2]!.score = value;
      const html = renderToStaticMarkup(<RadarProfile evaluation={evaluation as unknown as Evaluation} />);
      const svg = html.match(/<svg[\s\S]*<\/svg>/)?.[0] ?? "";
      expect(svg).not.toMatch(/NaN|Infinity/);
      if (value === undefined) {
        // Leaving a published score out is allowed: the area is derived from its questions.
        expect(html).toContain('role="img"');
      } else {
        expect(html).toContain('role="alert"');
        expect(html).toContain("evaluation/areas/2/score");
      }
    });
  }
});

describe("properties", () => {
  it("arbitrary JSON never makes a component throw", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        for (const ui of [
          <RadarProfile evaluation={value as unknown as Evaluation} />,
          <AreaBarChart evaluation={value as unknown as Evaluation} />,
          <EvaluationReport evaluation={value as unknown as Evaluation} />,
        ]) {
          expect(() => renderToStaticMarkup(ui)).not.toThrow();
        }
      }),
      { numRuns: 200 },
    );
  });

  it("every generated valid evaluation renders a chart whose numbers equal the scorer's", () => {
    fc.assert(
      fc.property(selfConsistentEvaluation({ partial: true }), (evaluation) => {
        const scores = scoreEvaluation(evaluation);
        const html = renderToStaticMarkup(<AreaBarChart evaluation={evaluation} orientation="vertical" />);
        const labels = [...html.matchAll(/class="kk-bar__value"[^>]*>([^<]*)</g)].map((m) => m[1]);
        if (scores.areas.every((a) => a.score.value === null)) {
          // Nothing to draw (no reference series here): the chart says so instead of an empty plot.
          expect(labels).toEqual([]);
          expect(html).toContain('<p class="kk-chart__empty">Diagrammet har inget att visa');
        } else expect(labels).toEqual(scores.areas.map((a) => (a.score.value === null ? "–" : String(a.score.value))));
        const title =
          scores.total.value === null
            ? `${evaluation.municipality.name} ${evaluation.year}`
            : `${evaluation.municipality.name} ${evaluation.year} – ${scores.total.value}\u00a0p`;
        expect(html).toContain(`>${title}</figcaption>`);
        expect(html).not.toMatch(/NaN/);
      }),
      { numRuns: 150 },
    );
  });
});

describe("texts at their maximum length with a bidi control (isolation adds two characters)", () => {
  const RLO = "\u202e";
  // The schema's limits: a municipality name of 100 characters, an area title of 500.
  const name = `Avesta ${RLO}kommun`.padEnd(100, "x");
  const title = `${RLO}Offentlighet`.padEnd(500, "y");
  const atLimit = (): Evaluation => {
    const avesta = loadFixture("avesta-2014");
    return {
      ...avesta,
      municipality: { ...avesta.municipality, name },
      areas: avesta.areas.map((a) => (a.id === 1 ? { ...a, title } : a)),
    };
  };

  it("are valid, and every component shows them, never an error", () => {
    const evaluation = atLimit();
    const html = renderToStaticMarkup(
      <>
        <EvaluationReport evaluation={evaluation} previous={loadFixture("avesta-2014")} />
        <RadarProfile evaluation={evaluation} previous={atLimit()} />
        <AreaBarChart evaluation={evaluation} others={[atLimit()]} />
        <SubQuestionTable evaluation={evaluation} areaId={1} />
        <DeltaTable from={atLimit()} to={evaluation} />
      </>,
    );
    expect(html).not.toContain("felaktiga");
    expect(html).not.toContain('role="alert"');
    // Shown isolated, once: FSI … PDI around the text, not twice.
    expect(html).toContain(`\u2068${name}\u2069`);
    expect(html).not.toContain(`\u2068\u2068${name}`);
  });
});
