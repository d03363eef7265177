// @vitest-environment jsdom
// The national view in the DOM: the overview table's sorting, filters and search once JavaScript
// runs (aria-sort, the politely announced count), the charts' keyboard, and axe.
import { axe } from "../../../test/support/dom";
import { readFileSync } from "node:fs";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { OverviewTable, PositionStrip, SmallMultiples, Timeline } from "../src";
import { loadFixture, repoRoot } from "../../../test/support/fixtures";
import { publishedEvaluations } from "../../../stories/src/published";

const published = publishedEvaluations(readFileSync(`${repoRoot}test/fixtures/data/published-results.csv`, "utf8"));
const find = (name: string, year: number) =>
  published.find((e) => e.municipality.name.startsWith(name) && e.year === year)!;

/** The rows in the table's body, in order: the name (without the narrow table's area line) and the year. */
function names(table: HTMLElement): string[] {
  return [...table.querySelectorAll("tbody tr th[scope=row]")].map((th) => {
    const name = [...th.childNodes]
      .filter((n) => !(n instanceof HTMLElement && n.classList.contains("kk-inline-areas")))
      .map((n) => n.textContent)
      .join("")
      .trim();
    return `${name} ${th.nextElementSibling!.textContent}`;
  });
}

describe("OverviewTable with JavaScript", () => {
  it("sorts by any column through buttons in the headers, aria-sort on the active one, within each model", async () => {
    const user = userEvent.setup();
    render(<OverviewTable evaluations={published} />);
    const table = screen.getByRole("table", { name: "Kommunkompassen: 19 utvärderingar" });
    const total = within(table).getByRole("columnheader", { name: /Totalt/ });
    expect(total).toHaveAttribute("aria-sort", "descending");
    expect(within(table).getAllByRole("button")).toHaveLength(5 + 8);
    await user.click(within(total).getByRole("button"));
    expect(total).toHaveAttribute("aria-sort", "ascending");
    // Lowest first within 2020: Marks 510, Tomelilla 2020 497 … ascending: 497, 510, 546, 611, 679.
    expect(names(table).slice(0, 5)).toEqual([
      "Tomelilla kommun 2020",
      "Marks kommun 2024",
      "Tomelilla kommun 2023",
      "Höganäs kommun 2020",
      "Höganäs kommun 2023",
    ]);
    // The model not stated is never ordered by score: still by municipality.
    expect(names(table).slice(13)).toEqual([
      "Helsingborgs stad 2017",
      "Marks kommun 2022",
      "Strängnäs kommun 2016",
      "Vallentuna kommun 2017",
      "Vallentuna kommun 2019",
      "Örebro kommun 2015",
    ]);
    const area1 = within(table).getByRole("columnheader", { name: "Område 1" });
    await user.click(within(area1).getByRole("button", { name: "Område 1" }));
    expect(area1).toHaveAttribute("aria-sort", "descending");
    expect(total).not.toHaveAttribute("aria-sort");
    const year = within(table).getByRole("columnheader", { name: /År/ });
    await user.click(within(year).getByRole("button"));
    // Newest first; a year is no score, so the model not stated follows it too.
    expect(year).toHaveAttribute("aria-sort", "descending");
    expect(names(table).slice(13, 15)).toEqual(["Marks kommun 2022", "Vallentuna kommun 2019"]);
    expect(screen.getByRole("status")).toHaveTextContent(
      "Visar 19 av 19 utvärderingar. Sorterad efter År, fallande, inom varje modell.",
    );
  });

  it("filters by model, county, kommungrupp and year, searches without diacritics, and announces the count", async () => {
    const user = userEvent.setup();
    render(<OverviewTable evaluations={published} />);
    const status = screen.getByRole("status");
    expect(status).toHaveAttribute("aria-live", "polite");
    const table = screen.getByRole("table");
    await user.type(screen.getByRole("searchbox", { name: "Sök kommun" }), "orebro");
    expect(names(table)).toEqual(["Örebro kommun 2012", "Örebro kommun 2015"]);
    expect(status).toHaveTextContent("Visar 2 av 19 utvärderingar.");
    await user.click(screen.getByRole("button", { name: "Visa alla" }));
    expect(status).toHaveTextContent("Visar 19 av 19 utvärderingar.");
    await user.selectOptions(screen.getByRole("combobox", { name: "Län" }), "Örebro län");
    expect(names(table)).toEqual(["Örebro kommun 2012", "Karlskoga kommun 2014", "Örebro kommun 2015"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Modell" }), "Kommunkompassen 2.0");
    expect(names(table)).toEqual(["Örebro kommun 2012", "Karlskoga kommun 2014"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "År" }), "2014");
    expect(names(table)).toEqual(["Karlskoga kommun 2014"]);
    await user.click(screen.getByRole("button", { name: "Visa alla" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Kommungrupp" }), "A2 Pendlingskommun nära storstad");
    expect(names(table)).toEqual(["Nacka 2011", "Vallentuna kommun 2017", "Vallentuna kommun 2019"]);
    await user.type(screen.getByRole("searchbox"), "xyz");
    expect(within(table).getByText("Ingen utvärdering matchar filtret.")).toBeInTheDocument();
    expect(status).toHaveTextContent("Visar 0 av 19 utvärderingar.");
  });

  it("the keyboard reaches every control, and the places stay the model's whatever the filter", async () => {
    const user = userEvent.setup();
    render(<OverviewTable evaluations={published} />);
    await user.tab();
    expect(screen.getByRole("searchbox")).toHaveFocus();
    await user.keyboard("Strangnas");
    const table = screen.getByRole("table");
    const rows = within(table)
      .getAllByRole("row")
      .filter((r) => within(r).queryAllByRole("cell").length > 0);
    expect(rows.map((r) => within(r).getAllByRole("cell")[2]!.textContent)).toEqual(["5 av 6", "rankas inte"]);
    for (let i = 0; i < 5; i++) await user.tab();
    expect(screen.getByRole("button", { name: "Visa alla" })).toHaveFocus();
    await user.tab();
    expect(within(table).getByRole("button", { name: /Kommun/ })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(within(table).getByRole("columnheader", { name: /Kommun/ })).toHaveAttribute("aria-sort", "ascending");
  });

  it("without interactivity it stays the static table", () => {
    render(<OverviewTable evaluations={published} interactive={false} />);
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("has no axe violations, static and enhanced, in Swedish and English", async () => {
    const { container } = render(
      <>
        <OverviewTable evaluations={published} hrefs={published.map((_, i) => `p${i}.html`)} />
        <OverviewTable evaluations={published} interactive={false} lang="en" idPrefix="en-" />
      </>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("the charts of the national view with the keyboard", () => {
  it("PositionStrip: the arrows go from strip to strip, the live region says the place", () => {
    const { container } = render(
      <PositionStrip evaluation={find("Strängnäs", 2014)} evaluations={published} layout="wide" />,
    );
    const plot = container.querySelector<HTMLElement>(".kk-chart__plot")!;
    act(() => plot.focus());
    const live = plot.querySelector("[aria-live]")!;
    expect(live.textContent).toBe(
      "Totalt, Strängnäs kommun 2014: 437, plats 5 av 6 bland kommuner utvärderade med Kommunkompassen 2.0, Median: 499,5",
    );
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    expect(live.textContent).toContain("1 Offentlighet och demokrati, Strängnäs kommun 2014: 54, plats 2 av 2");
    expect(plot.querySelector(".kk-tooltip")).not.toBeNull();
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    expect(live.textContent).toContain("Totalt");
    fireEvent.keyDown(plot, { key: "Escape" });
    expect(plot.querySelector(".kk-tooltip")).toBeNull();
  });

  it("Timeline: the arrows go from year to year", () => {
    const { container } = render(
      <Timeline evaluations={[find("Lidköping", 2011), find("Lidköping", 2014)]} layout="narrow" />,
    );
    const plot = container.querySelector<HTMLElement>(".kk-chart__plot")!;
    act(() => plot.focus());
    const live = plot.querySelector("[aria-live]")!;
    expect(live.textContent).toBe("2011, Kommunkompassen 2.0, Totalt: 483");
    fireEvent.keyDown(plot, { key: "End" });
    expect(live.textContent).toBe("2014, Kommunkompassen 2.0, Totalt: 549");
  });

  it("SmallMultiples: the arrows go from panel to panel", () => {
    const { container } = render(
      <SmallMultiples evaluations={[loadFixture("avesta-2014"), loadFixture("vasteras-2014")]} />,
    );
    const plot = container.querySelector<HTMLElement>(".kk-chart__plot")!;
    act(() => plot.focus());
    const live = plot.querySelector("[aria-live]")!;
    expect(live.textContent).toBe("Avesta kommun 2014, Totalt: 404");
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    expect(live.textContent).toBe("Västerås stad 2014, 3 Politisk styrning och kontroll: 84");
  });

  it("have no axe violations", async () => {
    const { container } = render(
      <>
        <PositionStrip evaluation={find("Strängnäs", 2014)} evaluations={published} />
        <PositionStrip evaluation={find("Strängnäs", 2016)} evaluations={published} />
        <PositionStrip evaluations={published} framework="kommunkompassen-2020" areas={false} />
        <Timeline evaluations={[find("Strängnäs", 2014), find("Strängnäs", 2016)]} />
        <SmallMultiples evaluations={[loadFixture("avesta-2014"), loadFixture("vasteras-2014")]} median />
      </>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
