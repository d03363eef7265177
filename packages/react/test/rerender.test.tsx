// @vitest-environment jsdom
/**
 * Every component follows its props: re-rendered with one prop changed, its output changes, and
 * re-rendered back, it is what it was. Catches memoisation that keys on the wrong things (the
 * charts once kept their series when `others` changed length).
 */
import type { ComponentType } from "react";
import { fireEvent, render } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  AreaBarChart,
  DeltaBadge,
  DeltaTable,
  EvaluationReport,
  PositionStrip,
  RadarProfile,
  SubQuestionTable,
  kommunkompassen20,
  type Evaluation,
  type Framework,
} from "../src";
import { loadFixture } from "../../../test/support/fixtures";

const avesta = loadFixture("avesta-2014");
const vasteras2012 = loadFixture("vasteras-2012");
const vasteras2014 = loadFixture("vasteras-2014");

/** Kommunkompassen 2.0 with area 1 renamed: passed as `frameworks`, it names the areas instead. */
const renamed: Framework[] = [
  {
    ...kommunkompassen20,
    areas: kommunkompassen20.areas!.map((a) => (a.id === 1 ? { ...a, name: { sv: "Omdöpt", en: "Renamed" } } : a)),
  },
];

/** Any component's props, for a table of cases. */
type Props = Record<string, unknown>;

/** A component, the props it starts from, and for each prop a value that must change the output. */
interface Case {
  name: string;
  Component: ComponentType<Props>;
  base: Record<string, unknown>;
  changes: Record<string, unknown>;
}

// Västerås 2014 publishes reference series (the average of evaluated municipalities).
// Its previous evaluation is one of them, so the `previous` that changes the output is another one.
const chartChanges = {
  evaluation: avesta,
  previous: { ...vasteras2012, year: 2010 },
  others: [vasteras2012, vasteras2014],
  references: false,
  lang: "en",
  messages: { legend: "Dataserier" },
  frameworks: renamed,
  theme: "dark",
  showSummary: false,
  className: "my-chart",
  style: { maxWidth: "30rem" },
  focusedArea: 3,
  // The published reference of the previous evaluation.
  hiddenSeries: ["previous-0"],
};

const cases: Case[] = [
  {
    // The position strip's linked focus (its other props are in national.test.tsx and national.ssr.test.tsx).
    name: "PositionStrip",
    Component: PositionStrip as unknown as ComponentType<Props>,
    base: { evaluation: avesta, evaluations: [vasteras2012, vasteras2014, avesta] },
    changes: { focusedArea: 2 },
  },
  {
    name: "RadarProfile",
    Component: RadarProfile as unknown as ComponentType<Props>,
    base: { evaluation: vasteras2014 },
    changes: { ...chartChanges, layout: "compact" },
  },
  {
    name: "AreaBarChart",
    Component: AreaBarChart as unknown as ComponentType<Props>,
    base: { evaluation: vasteras2014 },
    changes: { ...chartChanges, orientation: "horizontal" },
  },
  {
    name: "SubQuestionTable",
    Component: SubQuestionTable as unknown as ComponentType<Props>,
    base: { evaluation: avesta, areaId: 1 },
    changes: {
      evaluation: {
        ...avesta,
        areas: avesta.areas.map((a) => (a.id === 1 ? { ...a, questions: a.questions!.slice(1) } : a)),
      },
      areaId: 2,
      lang: "en",
      messages: { questionId: "Fråga nr" },
      frameworks: renamed,
      theme: "dark",
      className: "my-table",
      focusedArea: 1,
    },
  },
  {
    name: "DeltaTable",
    Component: DeltaTable as unknown as ComponentType<Props>,
    // Avesta 2014 against itself two years earlier: the only fixture with sub-questions on both sides.
    base: { from: { ...avesta, year: 2012 }, to: avesta },
    changes: {
      from: vasteras2012,
      to: { ...avesta, year: 2016 },
      lang: "en",
      messages: { change: "Skillnad" },
      frameworks: renamed,
      theme: "dark",
      showQuestions: true,
      className: "my-deltas",
    },
  },
  {
    name: "DeltaBadge",
    Component: DeltaBadge as unknown as ComponentType<Props>,
    base: { delta: 9 },
    changes: {
      delta: -3,
      lang: "en",
      messages: { deltaWords: (d: number) => `skillnad ${d}` },
      showWords: true,
      className: "my-badge",
    },
  },
  {
    name: "DeltaBadge without a value",
    Component: DeltaBadge as unknown as ComponentType<Props>,
    base: { delta: null },
    changes: { delta: 0, reason: "not-comparable", messages: { noData: "saknas" } },
  },
  {
    name: "EvaluationReport",
    Component: EvaluationReport as unknown as ComponentType<Props>,
    base: { evaluation: vasteras2014 },
    changes: {
      evaluation: avesta,
      previous: { ...vasteras2012, year: 2010 },
      references: false,
      lang: "en",
      messages: { contents: "Innehåll i rapporten" },
      frameworks: renamed,
      theme: "dark",
      sections: ["summary"],
      areas: [1],
      toc: false,
      headingLevel: 2,
      idPrefix: "r-",
      className: "my-report",
      focusedArea: 1,
      hiddenSeries: ["previous-0"],
    },
  },
];

/**
 * The rendered markup, with React's generated ids made stable and the empty `style` attribute that
 * jsdom keeps once a style is removed dropped, so that only real changes count.
 */
function markup(container: HTMLElement): string {
  return container.innerHTML.replace(/_r_[0-9a-z]+_|«[^»]*»|:r[0-9a-z]+:/g, "«id»").replaceAll(' style=""', "");
}

describe.each(cases)("$name re-rendered with one prop changed", ({ Component, base, changes }) => {
  it.each(Object.keys(changes))("follows `%s`, and back", (prop) => {
    const { container, rerender } = render(<Component {...base} />);
    const before = markup(container);
    rerender(<Component {...base} {...{ [prop]: changes[prop] }} />);
    const changed = markup(container);
    expect(changed).not.toBe(before);
    rerender(<Component {...base} />);
    expect(markup(container)).toBe(before);
  });
});

describe("the charts follow the number of `others`", () => {
  // The series as the chart's data table lists them (one column each after the area names).
  const legend = (container: HTMLElement) =>
    [...container.querySelectorAll(".kk-series-table thead th")].slice(1).map((th) => th.textContent?.trim());

  it.each([
    ["RadarProfile", RadarProfile],
    ["AreaBarChart", AreaBarChart],
  ] as const)("%s: 0, then 2, then 1 other series", (_, Chart) => {
    const others: Evaluation[] = [vasteras2012, vasteras2014];
    const { container, rerender } = render(<Chart evaluation={avesta} others={[]} references={false} />);
    expect(legend(container)).toEqual(["Avesta kommun 2014"]);
    rerender(<Chart evaluation={avesta} others={others} references={false} />);
    expect(legend(container)).toEqual(["Avesta kommun 2014", "Västerås stad 2012", "Västerås stad 2014"]);
    rerender(<Chart evaluation={avesta} others={others.slice(1)} references={false} />);
    expect(legend(container)).toEqual(["Avesta kommun 2014", "Västerås stad 2014"]);
  });
});

describe("the callbacks: the latest one given is called", () => {
  const hover = (container: HTMLElement) => {
    const target = container.querySelector(".kk-hit-target") ?? container.querySelector(".kk-question-table")!;
    fireEvent.mouseEnter(target);
  };
  const press = (container: HTMLElement) => fireEvent.click(container.querySelector(".kk-legend__toggle")!);
  it.each([
    ["RadarProfile", RadarProfile, { evaluation: vasteras2014 }, "onFocusArea", hover, 1],
    ["AreaBarChart", AreaBarChart, { evaluation: vasteras2014 }, "onFocusArea", hover, 1],
    ["SubQuestionTable", SubQuestionTable, { evaluation: avesta, areaId: 2 }, "onFocusArea", hover, 2],
    ["EvaluationReport", EvaluationReport, { evaluation: vasteras2014 }, "onFocusArea", hover, 1],
    [
      "PositionStrip",
      PositionStrip,
      { evaluation: avesta, evaluations: [vasteras2014, avesta] },
      "onFocusArea",
      // Area 1's strip (the first is the total's).
      (container: HTMLElement) => fireEvent.mouseEnter(container.querySelectorAll(".kk-hit-target")[1]!),
      1,
    ],
    ["RadarProfile", RadarProfile, { evaluation: vasteras2014 }, "onToggleSeries", press, "previous-0"],
    ["AreaBarChart", AreaBarChart, { evaluation: vasteras2014 }, "onToggleSeries", press, "previous-0"],
    ["EvaluationReport", EvaluationReport, { evaluation: vasteras2014 }, "onToggleSeries", press, "previous-0"],
  ] as const)("%s follows `%s`", (_, Component, base, prop, act, expected) => {
    const C = Component as unknown as ComponentType<Props>;
    const first = vi.fn();
    const second = vi.fn();
    const { container, rerender } = render(<C {...base} {...{ [prop]: first }} />);
    rerender(<C {...base} {...{ [prop]: second }} />);
    act(container);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith(expected);
  });
});
