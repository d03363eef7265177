// @vitest-environment jsdom
import { axe } from "../../../test/support/dom";
import { createRef } from "react";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SubQuestionTable } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

const NBSP = "\u00a0";

/** The body rows of a table (between the header row and the sum row). */
function bodyRows(table: HTMLElement): HTMLElement[] {
  const [body] = within(table)
    .getAllByRole("rowgroup")
    .filter((g) => g.tagName === "TBODY");
  return within(body!).getAllByRole("row");
}

/** The sum row in the table's footer. */
function sumRow(table: HTMLElement): HTMLElement {
  return within(table).getByRole("rowheader", { name: "Summa" }).closest("tr")!;
}

describe("SubQuestionTable", () => {
  it("shows Avesta's area 1 exactly as published, with the sum row", () => {
    render(<SubQuestionTable evaluation={loadFixture("avesta-2014")} areaId={1} />);
    const table = screen.getByRole("table", { name: "Område 1 Offentlighet och demokrati – delfrågor" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Nr", "Delfråga", "Uppnått", "Max", "Procent"]);
    const rows = bodyRows(table).map((row) =>
      [...within(row).getAllByRole("rowheader"), ...within(row).getAllByRole("cell")].map((c) => c.textContent),
    );
    expect(rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ["1.1", "10", "15", `65${NBSP}%`],
      ["1.2", "8", "20", `42${NBSP}%`],
      ["1.3", "8", "25", `30${NBSP}%`],
      ["1.4", "23", "30", `78${NBSP}%`],
      ["1.5", "3", "10", `34${NBSP}%`],
    ]);
    expect(rows[0]![1]).toBe("Finns en plan/strategi för demokratiutveckling och information?");
    const sum = sumRow(table);
    expect(
      within(sum)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["52", "100", `52${NBSP}% (beräknat)`]);
    // Numbers are right-aligned, and the percent bar is decoration whose width is the percent.
    expect(within(bodyRows(table)[0]!).getByRole("cell", { name: `65${NBSP}%` })).toHaveClass("kk-num");
    const bar = bodyRows(table)[0]!.querySelector("svg")!;
    expect(bar).toHaveAttribute("aria-hidden", "true");
    expect(bar.querySelector(".kk-percent-bar__fill")).toHaveAttribute("width", "65");
  });

  it("every Avesta area's rows and sum equal the published figures", () => {
    const avesta = loadFixture("avesta-2014");
    for (const area of avesta.areas) {
      const { unmount } = render(<SubQuestionTable evaluation={loadFixture("avesta-2014")} areaId={area.id} />);
      const table = screen.getByRole("table", { name: new RegExp(`^Område ${area.id} .* – delfrågor$`) });
      const rows = bodyRows(table);
      expect(rows).toHaveLength(area.questions!.length);
      area.questions!.forEach((q, i) => {
        const row = rows[i]!;
        expect(within(row).getByRole("rowheader")).toHaveTextContent(q.id);
        expect(
          within(row)
            .getAllByRole("cell")
            .map((c) => c.textContent),
        ).toEqual([q.text, String(q.achieved), String(q.max), `${q.percent}${NBSP}%`]);
      });
      const [score, max, percent] = within(sumRow(table)).getAllByRole("cell");
      // The published area score, never the questions' sum (area 6: 52, not 51).
      expect(score!.textContent).toMatch(new RegExp(`^${area.score}(?!\\d)`));
      expect(max!.textContent).toBe(String(area.max));
      expect(percent!.textContent).toBe(`${area.score}${NBSP}% (beräknat)`);
      unmount();
    }
  });

  it("notes area 6's published 52 against the questions' 51, linked from the sum row; no other area has a note", () => {
    for (const id of [1, 2, 3, 4, 5, 7, 8]) {
      const { unmount } = render(<SubQuestionTable evaluation={loadFixture("avesta-2014")} areaId={id} />);
      expect(screen.queryByRole("list")).toBeNull();
      expect(screen.queryByRole("link")).toBeNull();
      unmount();
    }
    render(<SubQuestionTable evaluation={loadFixture("avesta-2014")} areaId={6} />);
    const notes = screen.getByRole("list", { name: "Anmärkningar" });
    const [note] = within(notes).getAllByRole("listitem");
    expect(note).toHaveTextContent("Områdets poäng är publicerad som 52, men delfrågornas poäng summerar till 51.");
    const table = screen.getByRole("table", {
      name: "Område 6 Kommunen som arbetsgivare – personalpolitik – delfrågor",
    });
    const marker = within(sumRow(table)).getByRole("link", { name: "Anmärkning 1" });
    expect(marker).toHaveAttribute("href", `#${note!.id}`);
    expect(marker).toHaveAccessibleDescription(
      "Områdets poäng är publicerad som 52, men delfrågornas poäng summerar till 51.",
    );
    expect(within(sumRow(table)).getAllByRole("cell")[0]!.textContent).toBe("52Anmärkning 1");
  });

  it("notes a published percent that cannot come from its points, on that question's row", () => {
    const avesta = loadFixture("avesta-2014");
    avesta.areas[0]!.questions![0]!.percent = 90;
    render(<SubQuestionTable evaluation={avesta} areaId={1} lang="en" />);
    const row = screen.getByRole("rowheader", { name: "1.1" }).closest("tr")!;
    const marker = within(row).getByRole("link", { name: "Note 1" });
    const note = document.getElementById(marker.getAttribute("href")!.slice(1))!;
    expect(note).toHaveTextContent("The percent of 1.1 cannot come from its points, even allowing for rounding.");
    expect(within(screen.getByRole("list", { name: "Notes" })).getAllByRole("listitem")).toHaveLength(1);
  });

  it("formats per language: 65 % with a no-break space in Swedish, 65% in English", () => {
    const { unmount } = render(<SubQuestionTable evaluation={loadFixture("avesta-2014")} areaId={1} />);
    expect(screen.getByRole("cell", { name: `65${NBSP}%` })).toBeInTheDocument();
    unmount();
    render(<SubQuestionTable evaluation={loadFixture("avesta-2014")} areaId={1} lang="en" />);
    const table = screen.getByRole("table", { name: "Area 1 Transparency and democracy – sub-questions" });
    expect(within(table).getByRole("cell", { name: "65%" })).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["No.", "Question", "Achieved", "Max", "Percent"]);
    expect(within(table).getByRole("rowheader", { name: "Sum" })).toBeInTheDocument();
  });

  it("marks derived values with a word: an unpublished area score and percent", () => {
    const avesta = loadFixture("avesta-2014");
    delete avesta.areas[0]!.score;
    delete avesta.areas[0]!.questions![0]!.percent;
    render(<SubQuestionTable evaluation={avesta} areaId={1} />);
    const table = screen.getByRole("table");
    expect(within(bodyRows(table)[0]!).getByRole("cell", { name: `67${NBSP}% (beräknat)` })).toBeInTheDocument();
    expect(within(sumRow(table)).getAllByRole("cell")[0]!.textContent).toBe("52 (beräknat)");
  });

  it("names an area whose name is not known once: 'Område 1 – delfrågor', never 'Område 1 Område 1'", () => {
    // Avesta's figures under a model that is not stated and without their titles: its areas have no names.
    const avesta = loadFixture("avesta-2014");
    const unnamed = {
      ...avesta,
      framework: "kommunkompassen",
      areas: avesta.areas.map(({ title: _title, ...area }) => area),
    };
    const { unmount } = render(<SubQuestionTable evaluation={unnamed} areaId={1} />);
    expect(screen.getByRole("table", { name: "Område 1 – delfrågor" })).toBeInTheDocument();
    unmount();
    render(<SubQuestionTable evaluation={unnamed} areaId={1} lang="en" />);
    expect(screen.getByRole("table", { name: "Area 1 – sub-questions" })).toBeInTheDocument();
  });

  it("says so instead of an empty table when no sub-questions are published", () => {
    const { container } = render(<SubQuestionTable evaluation={loadFixture("vasteras-2014")} areaId={1} />);
    expect(screen.queryByRole("table")).toBeNull();
    expect(container).toHaveTextContent("Område 1 Offentlighet och demokrati – delfrågor");
    expect(screen.getByText("Ingen delfrågetabell publicerad.")).toBeInTheDocument();
  });

  it("renders an alert naming the JSON pointer for invalid data, and for an unknown area", () => {
    const broken = loadFixture("avesta-2014");
    broken.areas[0]!.score = 150;
    const { unmount } = render(<SubQuestionTable evaluation={broken} areaId={1} />);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "evaluation/areas/0/score: 150 är mer än områdets maxpoäng 100",
    );
    expect(screen.queryByRole("table")).toBeNull();
    unmount();
    render(<SubQuestionTable evaluation={loadFixture("avesta-2014")} areaId={9} />);
    expect(screen.getByRole("alert")).toHaveTextContent("areaId: område 9 finns inte i utvärderingen");
  });

  it("passes className, style and ref to the root element and has no other inline style", () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <SubQuestionTable
        ref={ref}
        evaluation={loadFixture("avesta-2014")}
        areaId={6}
        className="mine"
        style={{ maxWidth: "30rem" }}
        data-testid="root"
        theme="dark"
      />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(ref.current).toBe(root);
    expect(root).toHaveClass("kk", "kk-question-table", "mine");
    expect(root).toHaveAttribute("data-kk-theme", "dark");
    expect(root).toHaveAttribute("lang", "sv");
    expect(root.style.maxWidth).toBe("30rem");
    expect(container.querySelectorAll("[style]")).toHaveLength(1);
  });

  it("has no axe violations: with notes, in English, without questions, and as an error", async () => {
    for (const element of [
      <SubQuestionTable evaluation={loadFixture("avesta-2014")} areaId={6} />,
      <SubQuestionTable evaluation={loadFixture("avesta-2014")} areaId={1} lang="en" />,
      <SubQuestionTable evaluation={loadFixture("vasteras-2012")} areaId={8} />,
      <SubQuestionTable evaluation={loadFixture("avesta-2014")} areaId={12} />,
    ]) {
      const { container, unmount } = render(element);
      expect(await axe(container)).toHaveNoViolations();
      unmount();
    }
  });
});
