// @vitest-environment jsdom
/**
 * Linked views (issue 16): one focus across the radar, the bar chart, their data tables, a
 * sub-question table and the position strip, by keyboard and by pointer, controlled and
 * uncontrolled; legends that hide and show a series, by keyboard too, announced, never the
 * evaluation's, the data table still listing every series; the tooltip of every series at an area,
 * placed inside the plot and never over the area's points.
 */
import { axe } from "../../../test/support/dom";
import { readFileSync } from "node:fs";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  AreaBarChart,
  EvaluationReport,
  LinkedViews,
  PositionStrip,
  RadarProfile,
  SubQuestionTable,
  type Evaluation,
} from "../src";
import { placeTooltip, SvgTooltip } from "../src/components/Tooltip";
import { estimateTextWidth } from "../src/geometry/text";
import { loadFixture, repoRoot } from "../../../test/support/fixtures";
import { publishedEvaluations } from "../../../stories/src/published";

const avesta = loadFixture("avesta-2014");
const vasteras2012 = loadFixture("vasteras-2012");
const vasteras2014 = loadFixture("vasteras-2014");
const published = publishedEvaluations(readFileSync(`${repoRoot}test/fixtures/data/published-results.csv`, "utf8"));
const population: Evaluation[] = [...published, vasteras2012, vasteras2014, avesta];

/** Avesta 2014 with an average reference (made up for the test: the scores of Västerås 2014 as an average). */
const withAverage: Evaluation = {
  ...avesta,
  references: [
    {
      kind: "average",
      label: "Genomsnitt",
      framework: "kommunkompassen-2.0",
      areas: vasteras2014.areas.flatMap((a) => (a.score === undefined ? [] : [{ id: a.id, score: a.score }])),
    },
  ],
};

/** The area whose row a chart's data table highlights, by the row's header. */
const tableRow = (figure: Element) => figure.querySelector("tr.kk-linked th")?.textContent ?? null;

/** The area (its number) whose axis the radar draws thick: the grid spoke with the same end. */
function radarAxis(figure: Element): number | null {
  const line = figure.querySelector("line.kk-linked");
  if (!line) return null;
  const spokes = [...figure.querySelectorAll(".kk-grid__spoke")];
  const end = (l: Element) => `${l.getAttribute("x2")},${l.getAttribute("y2")}`;
  return spokes.findIndex((s) => end(s) === end(line)) + 1;
}

/** The area (its number) whose column the bar chart outlines: the group whose bars lie inside the outline. */
function barColumn(figure: Element): number | null {
  const rect = figure.querySelector("rect.kk-linked");
  if (!rect) return null;
  const x = Number(rect.getAttribute("x"));
  const right = x + Number(rect.getAttribute("width"));
  const groups = [...figure.querySelectorAll(".kk-bars__group")];
  return (
    groups.findIndex((g) => {
      const bar = Number(g.querySelector(".kk-series__bar")!.getAttribute("x"));
      return bar > x && bar < right;
    }) + 1
  );
}

/** The strip the position strip outlines, by its label (the outline is the strip's box). */
function stripOutlined(figure: Element): string | null {
  const rect = figure.querySelector("rect.kk-linked");
  if (!rect) return null;
  const top = Number(rect.getAttribute("y"));
  const bottom = top + Number(rect.getAttribute("height"));
  const svg = rect.closest("svg")!;
  const label = [...svg.querySelectorAll<SVGTextElement>(".kk-strip__label")].find((t) => {
    const y = Number(t.getAttribute("y"));
    return y > top && y < bottom;
  });
  return label?.textContent ?? null;
}

/** The four views of a page, linked. */
function Page(props: { focusedArea?: number | null; onFocusArea?: (id: number | null) => void }) {
  return (
    <LinkedViews {...props}>
      <RadarProfile evaluation={withAverage} layout="full" />
      <AreaBarChart evaluation={withAverage} orientation="vertical" />
      <SubQuestionTable evaluation={avesta} areaId={2} />
      <PositionStrip evaluation={avesta} evaluations={population} layout="wide" />
    </LinkedViews>
  );
}

function views(container: HTMLElement) {
  const [radar, bars, strip] = [...container.querySelectorAll("figure.kk-chart")] as HTMLElement[];
  const questions = container.querySelector(".kk-question-table")!;
  return {
    radar: radar!,
    bars: bars!,
    strip: strip!,
    questions,
    /** What every view highlights. */
    state: () => ({
      radar: radarAxis(radar!),
      radarTable: tableRow(radar!),
      bars: barColumn(bars!),
      barsTable: tableRow(bars!),
      questions: questions.classList.contains("kk-linked"),
      strip: stripOutlined(strip!),
    }),
  };
}

/** What every view highlights when area `n` (named `name`) is focused: the sub-question table is area 2's. */
const at = (n: number, name: string) => ({
  radar: n,
  radarTable: name,
  bars: n,
  barsTable: name,
  questions: n === 2,
  strip: name,
});

const nothing = {
  radar: null,
  radarTable: null,
  bars: null,
  barsTable: null,
  questions: false,
  strip: null,
};

describe("one focus across linked views", () => {
  it("the keyboard in the radar highlights the same area in the bars, both data tables, the sub-question table and the strip", () => {
    const { container } = render(<Page />);
    const v = views(container);
    expect(v.state()).toEqual(nothing);
    const plot = v.radar.querySelector<HTMLElement>(".kk-chart__plot")!;
    act(() => plot.focus());
    expect(v.state()).toEqual(at(1, "1 Offentlighet och demokrati"));
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    expect(v.state()).toEqual(at(2, "2 Tillgänglighet och brukarorientering"));
    // Only the chart the reader is in shows the tooltip; the others outline the area.
    expect(v.radar.querySelector(".kk-tooltip")).not.toBeNull();
    expect(v.bars.querySelector(".kk-tooltip")).toBeNull();
    fireEvent.keyDown(plot, { key: "Escape" });
    expect(v.state()).toEqual(nothing);
    fireEvent.keyDown(plot, { key: "End" });
    expect(v.state().bars).toBe(8);
    act(() => plot.blur());
    expect(v.state()).toEqual(nothing);
  });

  it("the keyboard in the strip focuses its area everywhere; the total's strip focuses none", () => {
    const { container } = render(<Page />);
    const v = views(container);
    const plot = v.strip.querySelector<HTMLElement>(".kk-chart__plot")!;
    act(() => plot.focus());
    expect(v.state()).toEqual(nothing);
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    expect(v.state()).toEqual(at(2, "2 Tillgänglighet och brukarorientering"));
  });

  it("the pointer over a bar column, a radar sector, a data table row, the sub-question table or a strip focuses its area", () => {
    const { container } = render(<Page />);
    const v = views(container);
    const bar3 = v.bars.querySelectorAll(".kk-hit-target")[2]!;
    fireEvent.mouseEnter(bar3);
    expect(v.state()).toMatchObject({ radar: 3, radarTable: "3 Politisk styrning och kontroll", bars: 3 });
    expect(v.state().strip).toBe("3 Politisk styrning och kontroll");
    expect(v.bars.querySelector(".kk-tooltip")!.textContent).toContain("Genomsnitt: 84 av 100");
    fireEvent.mouseLeave(bar3);
    expect(v.state()).toEqual(nothing);

    fireEvent.mouseEnter(v.radar.querySelectorAll(".kk-hit-target")[5]!);
    expect(v.state()).toMatchObject({ radar: 6, bars: 6, barsTable: "6 Kommunen som arbetsgivare – personalpolitik" });
    fireEvent.mouseLeave(v.radar.querySelectorAll(".kk-hit-target")[5]!);

    const row = within(v.bars.querySelector("table")!).getByRole("rowheader", {
      name: "4 Ledarskap, ansvar och delegation",
    }).parentElement!;
    fireEvent.mouseEnter(row);
    expect(v.state()).toMatchObject({ radar: 4, radarTable: "4 Ledarskap, ansvar och delegation", bars: 4 });
    fireEvent.mouseLeave(row);
    expect(v.state()).toEqual(nothing);

    fireEvent.mouseEnter(v.questions);
    expect(v.state()).toEqual(at(2, "2 Tillgänglighet och brukarorientering"));
    fireEvent.mouseLeave(v.questions);
    expect(v.state()).toEqual(nothing);

    const strips = v.strip.querySelectorAll(".kk-hit-target");
    fireEvent.mouseEnter(strips[5]!);
    expect(v.state()).toMatchObject({ radar: 5, bars: 5, strip: "5 Resultat och effektivitet" });
    expect(v.strip.querySelector(".kk-tooltip")).not.toBeNull();
  });

  it("controlled from outside: the views show the prop's area, and report what the reader focuses", () => {
    const onFocusArea = vi.fn();
    const { container, rerender } = render(<Page focusedArea={3} onFocusArea={onFocusArea} />);
    const v = views(container);
    expect(v.state()).toMatchObject({ radar: 3, bars: 3, strip: "3 Politisk styrning och kontroll" });
    fireEvent.mouseEnter(v.bars.querySelectorAll(".kk-hit-target")[1]!);
    expect(onFocusArea).toHaveBeenLastCalledWith(2);
    // The owner has not moved it.
    expect(v.state()).toMatchObject({ radar: 3, bars: 3 });
    rerender(<Page focusedArea={2} onFocusArea={onFocusArea} />);
    expect(v.state()).toMatchObject({ radar: 2, bars: 2, questions: true });
    rerender(<Page focusedArea={null} onFocusArea={onFocusArea} />);
    expect(v.state()).toEqual(nothing);
  });

  it("a view's own props win over the LinkedViews around it", () => {
    const { container } = render(
      <LinkedViews focusedArea={5}>
        <RadarProfile evaluation={avesta} layout="full" />
        <AreaBarChart evaluation={avesta} orientation="vertical" focusedArea={1} />
      </LinkedViews>,
    );
    const [radar, bars] = [...container.querySelectorAll("figure")];
    expect(radarAxis(radar!)).toBe(5);
    expect(barColumn(bars!)).toBe(1);
  });
});

describe("each component's focusedArea and onFocusArea, controlled and uncontrolled, alone", () => {
  const charts = [
    ["RadarProfile", (p: object) => <RadarProfile evaluation={avesta} layout="full" {...p} />, radarAxis],
    ["AreaBarChart", (p: object) => <AreaBarChart evaluation={avesta} orientation="vertical" {...p} />, barColumn],
    [
      "PositionStrip",
      (p: object) => <PositionStrip evaluation={avesta} evaluations={population} layout="wide" {...p} />,
      (figure: Element) => {
        const label = stripOutlined(figure);
        return label === null ? null : Number(label.split(" ")[0]);
      },
    ],
  ] as const;

  it.each(charts)("%s: uncontrolled, it highlights the area it is at and says so", (_, chart, highlighted) => {
    const onFocusArea = vi.fn();
    const { container } = render(chart({ onFocusArea }));
    const figure = container.querySelector("figure")!;
    const plot = figure.querySelector<HTMLElement>(".kk-chart__plot")!;
    act(() => plot.focus());
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    // The strip starts at the total: two steps on is area 2; the charts start at area 1.
    const expected = highlighted(figure);
    expect(expected).toBe(_ === "PositionStrip" ? 2 : 3);
    expect(onFocusArea).toHaveBeenLastCalledWith(expected);
    act(() => plot.blur());
    expect(highlighted(figure)).toBeNull();
    expect(onFocusArea).toHaveBeenLastCalledWith(null);
  });

  it.each(charts)("%s: controlled, it highlights the prop's area whatever the reader does", (_, chart, highlighted) => {
    const onFocusArea = vi.fn();
    const { container, rerender } = render(chart({ focusedArea: 4, onFocusArea }));
    const figure = container.querySelector("figure")!;
    expect(highlighted(figure)).toBe(4);
    const plot = figure.querySelector<HTMLElement>(".kk-chart__plot")!;
    act(() => plot.focus());
    fireEvent.keyDown(plot, { key: "End" });
    expect(onFocusArea).toHaveBeenLastCalledWith(8);
    expect(highlighted(figure)).toBe(4);
    rerender(chart({ focusedArea: null, onFocusArea }));
    expect(highlighted(figure)).toBeNull();
  });

  it("SubQuestionTable: uncontrolled it highlights itself under the pointer; controlled it follows the prop", () => {
    const onFocusArea = vi.fn();
    const { container, rerender } = render(
      <SubQuestionTable evaluation={avesta} areaId={6} onFocusArea={onFocusArea} />,
    );
    const root = container.querySelector(".kk-question-table")!;
    fireEvent.mouseEnter(root);
    expect(root).toHaveClass("kk-linked");
    expect(onFocusArea).toHaveBeenLastCalledWith(6);
    fireEvent.mouseLeave(root);
    expect(root).not.toHaveClass("kk-linked");
    expect(onFocusArea).toHaveBeenLastCalledWith(null);
    rerender(<SubQuestionTable evaluation={avesta} areaId={6} focusedArea={6} onFocusArea={onFocusArea} />);
    expect(root).toHaveClass("kk-linked");
    fireEvent.mouseLeave(root);
    expect(root).toHaveClass("kk-linked");
    rerender(<SubQuestionTable evaluation={avesta} areaId={6} focusedArea={5} />);
    expect(root).not.toHaveClass("kk-linked");
  });

  it("EvaluationReport links its own views (uncontrolled), or shows the area it is given (controlled)", () => {
    const onFocusArea = vi.fn();
    const { container, rerender } = render(
      <EvaluationReport evaluation={withAverage} sections={["summary", "areas"]} onFocusArea={onFocusArea} />,
    );
    const [bars, radar] = [...container.querySelectorAll("figure")];
    const questions = container.querySelectorAll(".kk-question-table");
    fireEvent.mouseEnter(bars!.querySelectorAll(".kk-variant--wide .kk-hit-target")[6]!);
    expect(onFocusArea).toHaveBeenLastCalledWith(7);
    expect(radarAxis(radar!.querySelector(".kk-variant--wide")!)).toBe(7);
    expect([...questions].map((q) => q.classList.contains("kk-linked"))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
    rerender(<EvaluationReport evaluation={withAverage} sections={["summary", "areas"]} focusedArea={1} />);
    expect(radarAxis(radar!.querySelector(".kk-variant--wide")!)).toBe(1);
    expect(questions[0]).toHaveClass("kk-linked");
    fireEvent.mouseEnter(bars!.querySelectorAll(".kk-variant--wide .kk-hit-target")[2]!);
    expect(questions[0]).toHaveClass("kk-linked");
  });
});

describe("the tooltip and the live region: every series at the area", () => {
  it("each series' value, 'uppgift saknas' where it has none, 'ej jämförbar' for a series of another area set", () => {
    const example2020 = loadFixture("example-2020");
    const { container } = render(<RadarProfile evaluation={example2020} others={[vasteras2014]} layout="full" />);
    const plot = container.querySelector<HTMLElement>(".kk-chart__plot")!;
    act(() => plot.focus());
    const lines = [...container.querySelectorAll(".kk-tooltip text")].map((t) => t.textContent);
    expect(lines.at(-1)).toBe("Västerås stad 2014: ej jämförbar");
    expect(container.querySelector("[aria-live]")!.textContent).toMatch(/; Västerås stad 2014: ej jämförbar$/);

    const { container: second } = render(
      <AreaBarChart evaluation={avesta} others={[vasteras2014]} orientation="vertical" />,
    );
    const bars = second.querySelector<HTMLElement>(".kk-chart__plot")!;
    act(() => bars.focus());
    fireEvent.keyDown(bars, { key: "End" });
    // The area's name is wrapped to the width of the other lines (at least 220).
    expect([...second.querySelectorAll(".kk-tooltip text")].map((t) => t.textContent)).toEqual([
      "8 Kommunen som",
      "samhällsbyggare",
      "Avesta kommun 2014: 68 av 100",
      "Västerås stad 2014: uppgift saknas",
    ]);
    expect(second.querySelector("[aria-live]")!.textContent).toBe(
      "Avesta kommun 2014, 8 Kommunen som samhällsbyggare: 68 av 100; Västerås stad 2014: uppgift saknas",
    );
  });

  it("a line too long for the plot (a long series label) wraps, so the tooltip is never wider than the plot", () => {
    const label = "Region Västra Mellanlandskapets Sjukvårds- och Kollektivtrafikförbund 2016: 55 av 100";
    const bounds = { x: -150, y: -150, width: 300, height: 300 };
    const { container } = render(
      <svg>
        <SvgTooltip
          x={0}
          y={40}
          lines={["Avesta kommun 2014: 52 av 100", label]}
          title="1 Offentlighet och demokrati"
          bounds={bounds}
          fontSize={15}
        />
      </svg>,
    );
    const lines = [...container.querySelectorAll("text")].map((t) => t.textContent!);
    expect(lines.join(" ")).toBe(`1 Offentlighet och demokrati Avesta kommun 2014: 52 av 100 ${label}`);
    for (const line of lines) expect(estimateTextWidth(line, 15)).toBeLessThanOrEqual(bounds.width - 12);
    const box = container.querySelector("rect")!;
    const [left] = container.querySelector("g")!.getAttribute("transform")!.match(/-?\d+/g)!.map(Number);
    expect(left! + Number(box.getAttribute("width"))).toBeLessThanOrEqual(bounds.x + bounds.width + 1);
    expect(left).toBeGreaterThanOrEqual(bounds.x);
  });

  it("placeTooltip keeps the box inside the bounds and off what it must not cover, wherever a side has room", () => {
    const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
    const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 700 }),
        fc.integer({ min: 150, max: 500 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 40, max: 200 }),
        fc.integer({ min: 20, max: 90 }),
        (bw, bh, px, py, aw, ah, w, h) => {
          const bounds = box(-bw / 2, -bh / 2, bw, bh);
          const avoid = box(bounds.x + (px / 1000) * (bw - aw), bounds.y + (py / 1000) * (bh - ah), aw, ah);
          const [x, y] = placeTooltip(avoid.x + aw / 2, avoid, w, h, bounds);
          const placed = box(x, y, w, h);
          // Inside the bounds whenever it fits in them at all.
          expect(x).toBeGreaterThanOrEqual(bounds.x - 1e-9);
          expect(y).toBeGreaterThanOrEqual(bounds.y - 1e-9);
          expect(x + w).toBeLessThanOrEqual(bounds.x + bw + 1e-9);
          expect(y + h).toBeLessThanOrEqual(bounds.y + bh + 1e-9);
          const room =
            avoid.y - bounds.y >= h + 10 ||
            bounds.y + bh - (avoid.y + ah) >= h + 10 ||
            avoid.x - bounds.x >= w + 10 ||
            bounds.x + bw - (avoid.x + aw) >= w + 10;
          if (room) expect(overlaps(placed, avoid)).toBe(false);
        },
      ),
    );
  });
});

describe("legends that hide and show a series", () => {
  const legend = (figure: HTMLElement) => within(within(figure).getByRole("list", { name: "Serier" }));

  it("uncontrolled: the keyboard presses a series' button; it is hidden from the chart, announced, still in the table", async () => {
    const user = userEvent.setup();
    const onToggleSeries = vi.fn();
    const { container } = render(
      <RadarProfile evaluation={vasteras2014} previous={vasteras2012} layout="full" onToggleSeries={onToggleSeries} />,
    );
    const figure = container.querySelector<HTMLElement>("figure")!;
    // The evaluation itself has no button: it is never hidden.
    expect(legend(figure).getAllByRole("button")).toHaveLength(1);
    const button = legend(figure).getByRole("button", { name: "Visa Västerås stad 2012" });
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(figure.querySelectorAll(".kk-chart__svg .kk-series--previous")).toHaveLength(1);
    button.focus();
    await user.keyboard("{Enter}");
    expect(button).toHaveAttribute("aria-pressed", "false");
    expect(onToggleSeries).toHaveBeenLastCalledWith("previous-1980-2012");
    expect(figure.querySelectorAll(".kk-chart__svg .kk-series--previous")).toHaveLength(0);
    expect(figure.querySelector("[aria-live=polite]")!.textContent).toBe("Västerås stad 2012: dold i diagrammet");
    const headers = [...figure.querySelectorAll(".kk-series-table thead th")].map((th) => th.textContent);
    expect(headers).toEqual(["Område", "Västerås stad 2014", "Västerås stad 2012 (dold i diagrammet)"]);
    // Its values are still in the table, and no longer in the keyboard's tooltip.
    expect(figure.querySelector(".kk-series-table tbody tr")!.textContent).toContain("58");
    const plot = figure.querySelector<HTMLElement>(".kk-chart__plot")!;
    act(() => plot.focus());
    expect([...figure.querySelectorAll(".kk-tooltip text")].map((t) => t.textContent)).toEqual([
      "1 Offentlighet och demokrati",
      "Västerås stad 2014: 67 av 100",
    ]);
    act(() => plot.blur());
    button.focus();
    await user.keyboard(" ");
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(figure.querySelector("[aria-live=polite]")!.textContent).toBe("Västerås stad 2012: visas i diagrammet");
    expect(figure.querySelectorAll(".kk-chart__svg .kk-series--previous")).toHaveLength(1);
  });

  it("controlled: hiddenSeries hides; a press only calls onToggleSeries; the evaluation's key hides nothing", () => {
    const onToggleSeries = vi.fn();
    const key = "previous-1980-2012";
    const { container, rerender } = render(
      <AreaBarChart
        evaluation={vasteras2014}
        previous={vasteras2012}
        hiddenSeries={[key, "evaluation-1980-2014"]}
        onToggleSeries={onToggleSeries}
      />,
    );
    const figure = container.querySelector<HTMLElement>("figure")!;
    expect(figure.querySelectorAll(".kk-chart__svg .kk-series--previous")).toHaveLength(0);
    expect(figure.querySelectorAll(".kk-chart__svg .kk-series--evaluation").length).toBeGreaterThan(0);
    const button = legend(figure).getByRole("button", { name: "Visa Västerås stad 2012" });
    expect(button).toHaveAttribute("aria-pressed", "false");
    fireEvent.click(button);
    expect(onToggleSeries).toHaveBeenCalledWith(key);
    expect(button).toHaveAttribute("aria-pressed", "false");
    rerender(<AreaBarChart evaluation={vasteras2014} previous={vasteras2012} hiddenSeries={[]} />);
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(figure.querySelectorAll(".kk-chart__svg .kk-series--previous").length).toBeGreaterThan(0);
  });

  it("in a report (or any LinkedViews) a series hidden in one chart is hidden in both; controlled from outside too", () => {
    const onToggleSeries = vi.fn();
    const { container, rerender } = render(
      <EvaluationReport evaluation={withAverage} sections={["summary"]} onToggleSeries={onToggleSeries} />,
    );
    const [bars, radar] = [...container.querySelectorAll<HTMLElement>("figure")];
    const drawn = () => container.querySelectorAll(".kk-chart__svg .kk-series--average").length;
    expect(drawn()).toBeGreaterThan(0);
    fireEvent.click(legend(bars!).getByRole("button", { name: "Visa Genomsnitt" }));
    expect(onToggleSeries).toHaveBeenLastCalledWith("average-0");
    expect(drawn()).toBe(0);
    expect(legend(radar!).getByRole("button", { name: "Visa Genomsnitt" })).toHaveAttribute("aria-pressed", "false");
    rerender(<EvaluationReport evaluation={withAverage} sections={["summary"]} hiddenSeries={[]} />);
    expect(drawn()).toBeGreaterThan(0);
  });

  it("has no axe violations with the buttons, a hidden series and a focused area", async () => {
    const { container } = render(
      <>
        <LinkedViews focusedArea={2} hiddenSeries={["average-0"]}>
          <RadarProfile evaluation={withAverage} />
          <AreaBarChart evaluation={withAverage} />
          <SubQuestionTable evaluation={avesta} areaId={2} />
        </LinkedViews>
        <AreaBarChart evaluation={vasteras2014} previous={vasteras2012} lang="en" />
      </>,
    );
    for (const details of container.querySelectorAll("details")) details.open = true;
    expect(await axe(container)).toHaveNoViolations();
    expect(screen.getAllByRole("button", { name: "Show Västerås stad 2012" })).toHaveLength(1);
  });
});

describe("server rendering", () => {
  it("renders no legend buttons, which would do nothing without JavaScript, and LinkedViews no element", () => {
    const html = renderToString(
      <LinkedViews focusedArea={3}>
        <RadarProfile evaluation={withAverage} />
        <AreaBarChart evaluation={withAverage} />
      </LinkedViews>,
    );
    expect(html).not.toContain("kk-legend__toggle");
    expect(html).toContain("kk-legend__item kk-series--average");
    expect(html.startsWith("<figure")).toBe(true);
    // The focus given is shown in the markup (the highlight is drawn, the tooltip is not).
    expect(html).toContain('class="kk-linked"');
    expect(html).not.toContain("kk-tooltip");
    expect(renderToString(<EvaluationReport evaluation={withAverage} />)).not.toContain("kk-legend__toggle");
  });
});
