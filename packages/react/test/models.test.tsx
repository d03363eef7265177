// @vitest-environment jsdom
// Issue 13: models named by their labels, charts that leave out series of another area set, changes
// across area sets set side by side as not comparable, and scores whose maximum is not known.
import { axe } from "../../../test/support/dom";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AreaBarChart, DeltaTable, EvaluationReport, RadarProfile, type Evaluation, type Framework } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

const NAMES_2020 = {
  sv: [
    "Samspel mellan förtroendevalda och medborgare",
    "Samhällsutveckling",
    "Styrning och kontroll",
    "Effektivitet",
    "Brukarens fokus",
    "Kvalitetsutveckling",
    "Arbetsliv",
    "Chefs- och ledarskap samt medarbetarskap",
  ],
  en: [
    "Interaction between elected representatives and citizens",
    "Community development",
    "Governance and control",
    "Efficiency",
    "Service user focus",
    "Quality development",
    "Working life",
    "Management and leadership, and employeeship",
  ],
};

/** The report's facts under its title, by label. */
const facts = () =>
  Object.fromEntries(
    [...document.querySelectorAll(".kk-report__meta > div")].map((d) => [
      d.querySelector("dt")!.textContent,
      d.querySelector("dd")!.textContent,
    ]),
  );

/** The description (text alternative) of a chart's first SVG. */
const description = (root: ParentNode) => root.querySelector("svg[role=img] desc")?.textContent ?? "";

/** The column headers of a chart's data table. */
const tableColumns = (root: HTMLElement) =>
  within(root.querySelector(".kk-series-table") as HTMLElement)
    .getAllByRole("columnheader", { hidden: true })
    .map((h) => h.textContent);

/** The row cells of a table, row by row. */
const rows = (table: HTMLElement) =>
  [...table.querySelectorAll("tbody tr, tfoot tr")].map((tr) => [...tr.children].map((c) => c.textContent));

describe("every output names a model by its label (issue 13)", () => {
  for (const lang of ["sv", "en"] as const) {
    it(`a Kommunkompassen 2020 report in ${lang}: the model's label and its area names in that language`, () => {
      const { container } = render(<EvaluationReport evaluation={loadFixture("example-2020")} lang={lang} />);
      expect(facts()[lang === "sv" ? "Modell" : "Model"]).toBe("Kommunkompassen 2020");
      expect(container.textContent).not.toContain("kommunkompassen-2020");
      const area = lang === "sv" ? "Område" : "Area";
      const names = NAMES_2020[lang];
      // The one table of area scores (the file gives nothing else about its areas), its row headers.
      expect(area).toBe(lang === "sv" ? "Område" : "Area");
      const scoreRows = [...container.querySelectorAll(".kk-report__scores tbody th")].map((th) => th.textContent);
      expect(scoreRows).toEqual(names.map((name, i) => `${i + 1} ${name}`));
      // The charts' data tables and their axis labels (the bar chart's horizontal variant and the radar's full one).
      for (const table of container.querySelectorAll(".kk-series-table"))
        expect([...table.querySelectorAll("tbody th")].map((th) => th.textContent)).toEqual(
          names.map((name, i) => `${i + 1} ${name}`),
        );
      const axisText = [...container.querySelectorAll(".kk-radar__svg .kk-axis-label")].map((t) =>
        [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "),
      );
      expect(axisText.slice(0, 8).map((t) => t.replace(/\u00a0/g, " "))).toEqual(
        names.map((name, i) => `${i + 1} ${name}`),
      );
      const horizontal = [...container.querySelectorAll(".kk-bars__svg--horizontal .kk-axis-label")].map((t) =>
        [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "),
      );
      expect(horizontal.map((t) => t.replace(/\u00a0/g, " "))).toEqual(names.map((name, i) => `${i + 1} ${name}`));
      expect(container.querySelector(".kk-report__total")!.textContent).toBe(
        lang === "sv" ? "Totalt: 517 av 800 poäng" : "Total: 517 of 800 points",
      );
    });
  }

  it("an id with no definition is shown as the id with the note that it is not a built-in model", () => {
    const evaluation: Evaluation = { ...loadFixture("example-2020"), framework: "region-x" };
    render(<EvaluationReport evaluation={evaluation} sections={["summary"]} />);
    expect(facts()["Modell"]).toBe("region-x (ingen inbyggd modell)");
    render(<EvaluationReport evaluation={evaluation} sections={["summary"]} lang="en" idPrefix="en-" />);
    expect(screen.getAllByText("region-x (not a built-in model)")).toHaveLength(1);
  });

  it("a definition passed as frameworks names the model and its areas", () => {
    const own: Framework = {
      id: "region-x",
      label: "Regionkompassen",
      labels: { en: "The Region Compass" },
      version: "1",
      areas: NAMES_2020.sv.map((sv, i) => ({ id: i + 1, name: { sv: `Del ${sv}`, en: `Part ${i + 1}` }, max: 100 })),
    };
    const evaluation: Evaluation = { ...loadFixture("example-2020"), framework: "region-x" };
    const { container } = render(<EvaluationReport evaluation={evaluation} frameworks={[own]} lang="en" />);
    expect(facts()["Model"]).toBe("The Region Compass");
    expect(container.querySelector("#kk-area-2 th")!.textContent).toBe("2 Part 2");
  });

  it("the model change notice of a delta table names both models by their labels, in its language", () => {
    const v21: Evaluation = { ...loadFixture("vasteras-2014"), framework: "kommunkompassen-2.1", year: 2018 };
    render(<DeltaTable from={loadFixture("vasteras-2014")} to={v21} lang="en" />);
    expect(screen.getByRole("note").textContent).toContain(
      "The model changed between the evaluations (Kommunkompassen 2.0 → Kommunkompassen 2.1).",
    );
  });
});

describe("charts draw only the series of the evaluation's area set (issue 13)", () => {
  for (const [name, Chart] of [
    ["RadarProfile", RadarProfile],
    ["AreaBarChart", AreaBarChart],
  ] as const) {
    it(`${name}: a 2.0 evaluation beside a 2020 one is left out, said visibly and in the text alternative`, async () => {
      const { container } = render(
        <Chart evaluation={loadFixture("example-2020")} others={[loadFixture("vasteras-2014")]} />,
      );
      const note =
        "Västerås stad 2014 visas inte i diagrammet: områdena i Kommunkompassen 2.0 är definierade på ett annat sätt.";
      const figure = container.querySelector("figure")!;
      expect([...figure.querySelectorAll(".kk-chart__note")].map((p) => p.textContent)).toEqual([note]);
      expect(description(figure)).toContain(note);
      // Not drawn, not in the legend, not a column of the data table.
      expect(figure.querySelectorAll(".kk-series--other-1")).toHaveLength(0);
      expect(figure.querySelector(".kk-legend")?.textContent ?? "").not.toContain("Västerås");
      expect(tableColumns(figure)).toEqual(["Område", "Exempelkommun 2021"]);
      expect(description(figure)).not.toContain("Jämfört med Västerås");
      expect(await axe(container)).toHaveNoViolations();
    });
  }

  it("the English note names the model in English", () => {
    const { container } = render(
      <RadarProfile evaluation={loadFixture("example-2020")} previous={loadFixture("angelholm-2016")} lang="en" />,
    );
    expect(container.querySelector(".kk-chart__note")!.textContent).toBe(
      "Ängelholms kommun 2016 is not drawn in the chart: the areas of Kommunkompassen 2.1 are defined differently.",
    );
  });

  it("a model not stated: its own average is left out, because the areas are not known", () => {
    const { container } = render(<AreaBarChart evaluation={loadFixture("strangnas-2016")} />);
    const note =
      "Nationellt medelvärde visas inte i diagrammet: områdena i Kommunkompassen (modell ej angiven) är inte kända.";
    expect(container.querySelector(".kk-chart__note")!.textContent).toBe(note);
    expect(description(container)).toContain(note);
    expect(container.querySelector(".kk-legend")).toBeNull();
    expect(tableColumns(container)).toEqual(["Område", "Strängnäs kommun 2016"]);
    // Area 1, on the 0–100 scale, is still drawn.
    expect([...container.querySelectorAll(".kk-bars__svg--vertical .kk-bar__value")].map((t) => t.textContent)).toEqual(
      ["63"],
    );
  });

  it("the focal model's areas not known: a series of a known model is left out, naming the focal model", () => {
    const { container } = render(
      <RadarProfile evaluation={loadFixture("strangnas-2016")} previous={loadFixture("strangnas-2014")} lang="en" />,
    );
    expect([...container.querySelectorAll(".kk-chart__note")].map((p) => p.textContent)).toEqual([
      "Strängnäs kommun 2014 is not drawn in the chart: the areas of Kommunkompassen (model not stated) are not known.",
      "Nationellt medelvärde is not drawn in the chart: the areas of Kommunkompassen (model not stated) are not known.",
    ]);
  });

  it("2.0 and 2.1 share their areas: both are drawn, the older with the other-framework note", () => {
    const v21: Evaluation = { ...loadFixture("vasteras-2014"), framework: "kommunkompassen-2.1", year: 2018 };
    const { container } = render(<RadarProfile evaluation={v21} previous={loadFixture("vasteras-2012")} />);
    expect(container.querySelector(".kk-chart__note")).toBeNull();
    expect(container.querySelectorAll(".kk-variant--wide .kk-series--previous")).toHaveLength(1);
    expect(within(screen.getByRole("list", { name: "Serier" })).getAllByRole("listitem")[1]!.textContent).toBe(
      "Visa Västerås stad 2012 (Kommunkompassen 2.0)",
    );
    expect(description(container)).toContain(
      "Västerås stad 2012 är mätt med Kommunkompassen 2.0 och är inte direkt jämförbar.",
    );
  });
});

describe("across area sets, totals side by side and the change not comparable (issue 13)", () => {
  it("2.1 → 2020: no area rows, the totals side by side, the change in words, the notice with both labels", async () => {
    const { container } = render(<DeltaTable from={loadFixture("angelholm-2016")} to={loadFixture("example-2020")} />);
    const table = screen.getByRole("table", { name: "Förändring 2016–2021" });
    expect(rows(table)).toEqual([["Totalt", "496", "517", "ej jämförbar"]]);
    expect(table.textContent).not.toContain("uppgift saknas");
    expect(table.querySelector("td.kk-delta-table__change")!.textContent).toBe("ej jämförbar");
    expect(screen.getByRole("note").textContent).toBe(
      "Områdena är definierade på olika sätt i Kommunkompassen 2.1 och Kommunkompassen 2020, så varken områden eller totalpoäng kan jämföras. Poängen visas bredvid varandra. Utvärderingarna gäller olika kommuner.",
    );
    expect(within(table).getByText("ej jämförbar")).toHaveClass("kk-delta--unknown");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("2.0 → a model not stated: the notice names the model whose areas are not known", () => {
    render(<DeltaTable from={loadFixture("strangnas-2014")} to={loadFixture("strangnas-2016")} lang="en" />);
    const table = screen.getByRole("table", { name: "Change 2014–2016" });
    expect(rows(table)).toEqual([["Total", "437", "497", "not comparable"]]);
    expect(screen.getByRole("note").textContent).toBe(
      "The areas of Kommunkompassen (model not stated) are not known, so neither the areas nor the total can be compared. The scores are shown side by side.",
    );
  });

  it("Västerås 2012 → 2014 (one model) keeps its area rows and changes", () => {
    render(<DeltaTable from={loadFixture("vasteras-2012")} to={loadFixture("vasteras-2014")} />);
    const table = screen.getByRole("table", { name: "Förändring 2012–2014" });
    expect(rows(table)).toHaveLength(9);
    expect(rows(table)[0]).toEqual(["1 Offentlighet och demokrati", "58", "67", "+9\u00a0↑ ökning med 9 poäng"]);
  });

  it("the report: the change section has totals only, the total's badge says not comparable, the areas have none", () => {
    const { container } = render(
      <EvaluationReport evaluation={loadFixture("example-2020")} previous={loadFixture("angelholm-2016")} />,
    );
    expect(container.querySelector(".kk-report__total")!.textContent).toBe(
      "Totalt: 517 av 800 poäng (ej jämförbar sedan 2016)",
    );
    // The one table of area scores: score and maximum, no change per area.
    expect(rows(container.querySelector<HTMLElement>(".kk-report__scores table")!).map((r) => r.slice(1))).toEqual(
      [61, 68, 72, 55, 70, 58, 66, 67].map((s) => [String(s), "100"]),
    );
    const change = container.querySelector("#kk-change") as HTMLElement;
    expect(rows(within(change).getByRole("table"))).toEqual([["Totalt", "496", "517", "ej jämförbar"]]);
    // The 2.1 evaluation is not drawn on the 2020 model's axes.
    expect(container.querySelectorAll(".kk-chart__note")).toHaveLength(2);
    expect(container.textContent).not.toContain("kommunkompassen-2");
  });

  it("2.0 → 2.1 (one area set): the report's since badges say not comparable, as its delta table does", () => {
    const v21: Evaluation = { ...loadFixture("vasteras-2014"), framework: "kommunkompassen-2.1", year: 2018 };
    const { container } = render(<EvaluationReport evaluation={v21} previous={loadFixture("vasteras-2012")} />);
    expect(container.querySelector("#kk-area-1 .kk-report__score")!.textContent).toBe(
      "Poäng: 67 av 100 poäng (ej jämförbar sedan 2012)",
    );
    const change = container.querySelector("#kk-change") as HTMLElement;
    expect(rows(within(change).getByRole("table"))[0]).toEqual([
      "1 Offentlighet och demokrati",
      "58",
      "67",
      "ej jämförbar",
    ]);
  });

  it("the report across a model not stated, in English", () => {
    const { container } = render(
      <EvaluationReport
        evaluation={loadFixture("strangnas-2016")}
        previous={loadFixture("strangnas-2014")}
        lang="en"
      />,
    );
    expect(container.querySelector(".kk-report__total")!.textContent).toBe(
      "Total: 497 points (not comparable since 2014)",
    );
    // Its one area's row: the score, the maximum not known for a model whose areas are not.
    expect([...container.querySelector("#kk-area-1")!.children].map((c) => c.textContent)).toEqual([
      "Area 1",
      "63",
      "– no data",
    ]);
    expect(facts()["Model"]).toBe("Kommunkompassen (model not stated)");
  });

  it("areas with no name known are called by their number alone, never '1 Area 1'", () => {
    const { container } = render(<EvaluationReport evaluation={loadFixture("strangnas-2016")} lang="en" />);
    expect(container.querySelector("#kk-area-1 th")!.textContent).toBe("Area 1");
    expect(screen.getByRole("link", { name: "Score per area" })).toHaveAttribute("href", "#kk-areas");
    for (const table of container.querySelectorAll(".kk-series-table"))
      expect(table.querySelector("tbody th")!.textContent).toBe("Area 1");
    expect(container.textContent).not.toMatch(/1 Area 1|Area 1 Area 1/);
  });

  it("a radar of fewer than three areas is not drawn, and says why; the bar chart draws its one bar at a usual width", () => {
    const { container } = render(
      <>
        <RadarProfile evaluation={loadFixture("strangnas-2016")} />
        <AreaBarChart evaluation={loadFixture("strangnas-2016")} orientation="vertical" />
      </>,
    );
    expect(container.querySelector(".kk-radar .kk-chart__empty")!.textContent).toBe(
      "Spindeldiagrammet ritas inte: det behöver minst tre områden, och uppgifterna har ett. Poängen finns i tabellen nedan.",
    );
    expect(container.querySelector(".kk-radar svg")).toBeNull();
    const bar = container.querySelector(".kk-bars .kk-series__bar")!;
    expect(Number(bar.getAttribute("width"))).toBeLessThan(100);
  });
});

describe("scores whose maximum is not known (issue 13)", () => {
  for (const [lang, total] of [
    ["sv", "Totalt: 426,5\u00a0p"],
    ["en", "Total: 426.5 points"],
  ] as const) {
    it(`the original model's 426.5 as published, in ${lang}; the charts say they have nothing to draw`, async () => {
      const { container } = render(<EvaluationReport evaluation={loadFixture("example-original-2006")} lang={lang} />);
      expect(container.querySelector(".kk-report__total")!.textContent).toBe(total);
      expect(facts()[lang === "sv" ? "Modell" : "Model"]).toBe(
        lang === "sv"
          ? "Kommunkompassen 2002–2009 (ursprungliga modellen)"
          : "Kommunkompassen 2002–2009 (original model)",
      );
      expect(container.textContent).not.toMatch(/av 0|of 0|null|NaN|undefined|%/);
      const empty = [...container.querySelectorAll(".kk-chart__empty")].map((p) => p.textContent);
      expect(empty).toEqual(
        Array(2).fill(
          lang === "sv"
            ? "Diagrammet har inget att visa: inga områdespoäng är kända för utvärderingen."
            : "The chart has nothing to show: no area scores of the evaluation are known.",
        ),
      );
      // No SVG, no focusable plot without content; the data table keeps the total.
      expect(container.querySelectorAll("svg.kk-chart__svg, .kk-chart__plot")).toHaveLength(0);
      const table = container.querySelector(".kk-series-table") as HTMLElement;
      expect(rows(table)).toEqual([[lang === "sv" ? "Totalt" : "Total", lang === "sv" ? "426,5" : "426.5"]]);
      expect(await axe(container)).toHaveNoViolations();
    });
  }

  it("a total-only evaluation of a known model (2.1): the charts' empty state, the total in the title", () => {
    const { container } = render(<AreaBarChart evaluation={loadFixture("angelholm-2016")} />);
    expect(container.querySelector("figcaption")!.textContent).toBe("Ängelholms kommun 2016 – 496\u00a0p");
    expect(container.querySelector(".kk-chart__empty")).not.toBeNull();
    expect(container.querySelector(".kk-legend")).toBeNull();
  });
});
