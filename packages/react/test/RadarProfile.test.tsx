// @vitest-environment jsdom
import { axe } from "../../../test/support/dom";
import { createRef } from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RadarProfile, type Evaluation } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

const descriptionOf = (element: Element) =>
  document.getElementById(element.getAttribute("aria-describedby")!)!.textContent;

describe("RadarProfile", () => {
  it("is a figure with a caption, an SVG image with title and generated description", () => {
    render(<RadarProfile evaluation={loadFixture("avesta-2014")} layout="full" />);
    const figure = screen.getByRole("figure", { name: "Profil för Avesta kommun 2014" });
    const img = within(figure).getByRole("img", { name: "Profil för Avesta kommun 2014" });
    expect(descriptionOf(img)).toBe(
      "Spindeldiagram över 8 områden, skala 0–100. Starkast: Kommunen som samhällsbyggare 68. Svagast: Tillgänglighet och brukarorientering 41.",
    );
    expect(img.querySelector("desc")!.textContent).toBe(descriptionOf(img));
  });

  it("summarises a comparison in English, with ties, gaps and the previous evaluation", () => {
    render(
      <RadarProfile
        evaluation={loadFixture("vasteras-2014")}
        previous={loadFixture("vasteras-2012")}
        lang="en"
        layout="full"
      />,
    );
    expect(descriptionOf(screen.getByRole("img"))).toBe(
      "Radar chart of 8 areas, 0–100. Strongest: Political governance and control 84 and Organisational development 84. Weakest: Transparency and democracy 67. No data for: The municipality as community builder. Compared with Västerås stad 2012: higher in 7, lower in 0, unchanged in 0 areas, not comparable in 1.",
    );
    expect(
      within(screen.getByRole("list", { name: "Series" }))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
      // The evaluation is an item; every other series a button that hides and shows it.
    ).toEqual(["Västerås stad 2014", "Show Västerås stad 2012"]);
  });

  it("draws unknown values as gaps: an open line and no marker, never a zero", () => {
    const { container } = render(<RadarProfile evaluation={loadFixture("vasteras-2014")} layout="full" />);
    const series = container.querySelector(".kk-series--evaluation")!;
    expect(series.classList.contains("kk-series--gaps")).toBe(true);
    expect(series.querySelectorAll(".kk-series__marker")).toHaveLength(7);
    expect(series.querySelector(".kk-series__area")).toBeNull();
    const complete = render(
      <RadarProfile evaluation={loadFixture("avesta-2014")} layout="full" />,
    ).container.querySelector(".kk-series--evaluation")!;
    expect(complete.querySelectorAll(".kk-series__marker")).toHaveLength(8);
    expect(complete.querySelector(".kk-series__area")).not.toBeNull();
  });

  it("offers the data as a table with every published value and the totals", () => {
    render(
      <RadarProfile evaluation={loadFixture("vasteras-2014")} previous={loadFixture("vasteras-2012")} layout="full" />,
    );
    fireEvent.click(screen.getByText("Visa diagrammets data som tabell"));
    const table = screen.getByRole("table", { name: "Profil för Västerås stad 2014" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows[0]).toEqual(["Område", "Västerås stad 2014", "Västerås stad 2012"]);
    expect(rows[1]).toEqual(["1 Offentlighet och demokrati", "67", "58"]);
    // A dash to see and the words to hear, the dash's meaning under the table.
    expect(rows[8]).toEqual(["8 Kommunen som samhällsbyggare", "– uppgift saknas", "– uppgift saknas"]);
    expect(rows[9]).toEqual(["Totalt", "– uppgift saknas", "– uppgift saknas"]);
    expect(within(table).getAllByRole("cell", { name: "uppgift saknas" })).toHaveLength(4);
    expect(table.nextElementSibling).toHaveTextContent("– uppgift saknas");
  });

  it("keyboard: one tab stop, arrows move between points, Escape dismisses the tooltip", () => {
    const { container } = render(<RadarProfile evaluation={loadFixture("avesta-2014")} layout="full" />);
    const plot = screen.getByRole("group", { name: "Profil för Avesta kommun 2014" });
    expect(plot).toHaveAttribute("tabindex", "0");
    const live = container.querySelector("[aria-live=polite]")!;
    act(() => plot.focus());
    expect(live.textContent).toBe("Avesta kommun 2014, 1 Offentlighet och demokrati: 52 av 100");
    expect(container.querySelector(".kk-tooltip")!.textContent).toContain("Avesta kommun 2014: 52 av 100");
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    expect(live.textContent).toBe("Avesta kommun 2014, 2 Tillgänglighet och brukarorientering: 41 av 100");
    fireEvent.keyDown(plot, { key: "End" });
    expect(live.textContent).toContain("8 Kommunen som samhällsbyggare: 68 av 100");
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    expect(live.textContent).toContain("1 Offentlighet och demokrati");
    fireEvent.keyDown(plot, { key: "Escape" });
    expect(container.querySelector(".kk-tooltip")).toBeNull();
    expect(document.activeElement).toBe(plot);
    fireEvent.keyDown(plot, { key: "ArrowLeft" });
    expect(container.querySelector(".kk-tooltip")).not.toBeNull();
    expect(live.textContent).toContain("1 Offentlighet och demokrati");
  });

  it("hovering a point shows its tooltip; leaving hides it", () => {
    const { container } = render(<RadarProfile evaluation={loadFixture("avesta-2014")} layout="full" />);
    const targets = container.querySelectorAll(".kk-hit-target");
    expect(targets).toHaveLength(8);
    fireEvent.mouseEnter(targets[2]!);
    expect(container.querySelector(".kk-tooltip")!.textContent).toContain("56 av 100");
    fireEvent.mouseLeave(targets[2]!);
    expect(container.querySelector(".kk-tooltip")).toBeNull();
  });

  it("shows references of another framework with a note, and can leave references out", () => {
    const evaluation = loadFixture("avesta-2014");
    evaluation.references = [
      {
        kind: "average",
        label: "Genomsnitt 2.1",
        framework: "kommunkompassen-2.1",
        total: 474,
        areas: [{ id: 7, score: 53 }],
      },
    ];
    const { unmount } = render(<RadarProfile evaluation={evaluation} layout="full" />);
    const legend = screen.getByRole("list", { name: "Serier" });
    expect(within(legend).getAllByRole("listitem")[1]!.textContent).toBe("Visa Genomsnitt 2.1 (Kommunkompassen 2.1)");
    expect(descriptionOf(screen.getByRole("img"))).toContain(
      "Genomsnitt 2.1 är mätt med Kommunkompassen 2.1 och är inte direkt jämförbar.",
    );
    unmount();
    render(<RadarProfile evaluation={evaluation} references={false} layout="full" />);
    expect(screen.queryAllByText("Genomsnitt 2.1")).toEqual([]);
  });

  it("auto layout renders the full and the compact variant; the compact one is hidden without CSS", () => {
    const { container } = render(<RadarProfile evaluation={loadFixture("avesta-2014")} />);
    const narrow = container.querySelector(".kk-variant--narrow")!;
    expect(narrow).toHaveAttribute("hidden");
    expect(within(narrow as HTMLElement).getAllByRole("listitem", { hidden: true })).toHaveLength(8);
    expect(screen.getAllByRole("img")).toHaveLength(1);
  });

  it("invalid data renders an accessible error naming the problem, not an exception", () => {
    const broken = loadFixture("avesta-2014") as Evaluation;
    broken.areas[5]!.questions![2]!.achieved = 28;
    render(<RadarProfile evaluation={broken} />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("evaluation/areas/5/questions/2/achieved: 28 är mer än delfrågans maxpoäng 25");
    render(<RadarProfile evaluation={undefined as unknown as Evaluation} lang="en" />);
    expect(screen.getAllByRole("alert")[1]!.textContent).toContain("evaluation: is required but missing");
  });

  it("passes className, style, ref and other props to the root figure", () => {
    const ref = createRef<HTMLElement>();
    render(
      <RadarProfile
        ref={ref}
        evaluation={loadFixture("avesta-2014")}
        className="mine"
        style={{ maxWidth: 300 }}
        data-testid="radar"
        theme="dark"
      />,
    );
    const root = screen.getByTestId("radar");
    expect(ref.current).toBe(root);
    expect(root.tagName).toBe("FIGURE");
    expect(root).toHaveClass("kk", "kk-radar", "mine");
    expect(root).toHaveAttribute("data-kk-theme", "dark");
    expect(root.style.maxWidth).toBe("300px");
  });

  it("has no axe violations, in both languages, with comparisons and with errors", async () => {
    for (const ui of [
      <RadarProfile key="1" evaluation={loadFixture("vasteras-2014")} previous={loadFixture("vasteras-2012")} />,
      <RadarProfile key="2" evaluation={loadFixture("avesta-2014")} lang="en" layout="compact" />,
      <RadarProfile key="3" evaluation={{ bad: true } as unknown as Evaluation} />,
    ]) {
      const { container, unmount } = render(ui);
      expect(await axe(container)).toHaveNoViolations();
      unmount();
    }
  });
});
