// @vitest-environment jsdom
import { axe } from "../../../test/support/dom";
import { createRef } from "react";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DeltaBadge, DeltaTable, type Evaluation } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

const MINUS = "\u2212";

/** Västerås 2014 as if evaluated again in 2018 with Kommunkompassen 2.1, same scores. */
function vasteras2018(): Evaluation {
  return { ...loadFixture("vasteras-2014"), framework: "kommunkompassen-2.1", year: 2018 };
}

/** The row whose header starts with the given text. */
function row(table: HTMLElement, header: RegExp): HTMLElement {
  return within(table).getByRole("rowheader", { name: header }).closest("tr")!;
}

/** A row's data cells' text: from, to, change. */
function cells(tr: HTMLElement): string[] {
  return within(tr)
    .getAllByRole("cell")
    .map((c) => c.textContent ?? "");
}

describe("DeltaTable", () => {
  it("shows Västerås 2012→2014 per area with sign, arrow and words, and no data for area 8 and the total", () => {
    render(<DeltaTable from={loadFixture("vasteras-2012")} to={loadFixture("vasteras-2014")} />);
    const table = screen.getByRole("table", { name: "Förändring 2012–2014" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Område", "2012", "2014", "Förändring"]);
    const expected: [number, string, string, string, number][] = [
      [1, "Offentlighet och demokrati", "58", "67", 9],
      [2, "Tillgänglighet och brukarorientering", "69", "78", 9],
      [3, "Politisk styrning och kontroll", "82", "84", 2],
      [4, "Ledarskap, ansvar och delegation", "65", "75", 10],
      [5, "Resultat och effektivitet", "68", "72", 4],
      [6, "Kommunen som arbetsgivare – personalpolitik", "64", "69", 5],
      [7, "Verksamhetsutveckling", "74", "84", 10],
    ];
    for (const [id, name, from, to, change] of expected) {
      const tr = row(table, new RegExp(`^${id} `));
      expect(within(tr).getByRole("rowheader")).toHaveTextContent(`${id} ${name}`);
      expect(cells(tr)).toEqual([from, to, `+${change}\u00a0↑ ökning med ${change} poäng`]);
      // The change cell is read as words, never only as a sign, arrow or colour.
      expect(within(tr).getByRole("cell", { name: `ökning med ${change} poäng` })).toBeInTheDocument();
      expect(within(tr).getByText(`+${change}`)).toHaveAttribute("aria-hidden", "true");
      expect(within(tr).getByText("↑")).toHaveAttribute("aria-hidden", "true");
      expect(within(tr).getByText(`+${change}`).closest(".kk-delta")).toHaveClass("kk-delta--up");
      // Shown once: the sign and arrow under the column's heading, the words for screen readers only.
      expect(within(tr).getByText(`ökning med ${change} poäng`)).toHaveClass("kk-visually-hidden");
    }
    // An unknown value or change: a dash to see (a narrow column needs no room for words), the
    // words to hear, and the dash's meaning under the table.
    const unknown = ["– uppgift saknas"];
    expect(cells(row(table, /^8 /))).toEqual([...unknown, ...unknown, ...unknown]);
    const total = within(table).getByRole("rowheader", { name: "Totalt" }).closest("tr")!;
    expect(total.closest("tfoot")).not.toBeNull();
    expect(cells(total)).toEqual([...unknown, ...unknown, ...unknown]);
    expect(within(total).getAllByRole("cell", { name: "uppgift saknas" })).toHaveLength(3);
    for (const mark of within(total).getAllByText("–")) expect(mark).toHaveAttribute("aria-hidden", "true");
    for (const words of within(total).getAllByText("uppgift saknas")) expect(words).toHaveClass("kk-visually-hidden");
    expect(within(total).getAllByRole("cell")[2]!.firstElementChild).toHaveClass("kk-delta", "kk-delta--unknown");
    expect(table.nextElementSibling).toHaveClass("kk-table__key");
    expect(table.nextElementSibling).toHaveTextContent("– uppgift saknas");
    // Why area 8 and the total have no change, above the table.
    expect(screen.getByRole("note")).toHaveTextContent("Uppgifter saknas för någon av utvärderingarna.");
  });

  it("speaks English", () => {
    render(<DeltaTable from={loadFixture("vasteras-2012")} to={loadFixture("vasteras-2014")} lang="en" />);
    const table = screen.getByRole("table", { name: "Change 2012–2014" });
    expect(within(row(table, /^1 /)).getByRole("rowheader")).toHaveTextContent("1 Transparency and democracy");
    expect(within(row(table, /^1 /)).getByRole("cell", { name: "up 9 points" })).toBeInTheDocument();
    expect(cells(row(table, /^8 /))).toEqual(["– no data", "– no data", "– no data"]);
    expect(cells(within(table).getByRole("rowheader", { name: "Total" }).closest("tr")!)).toEqual([
      "– no data",
      "– no data",
      "– no data",
    ]);
    expect(within(row(table, /^8 /)).getAllByRole("cell", { name: "no data" })).toHaveLength(3);
    expect(table.nextElementSibling).toHaveTextContent("– no data");
  });

  it("says the model changed, above the table, and shows no number as a change across model versions", () => {
    const { container } = render(<DeltaTable from={loadFixture("vasteras-2014")} to={vasteras2018()} />);
    const notice = screen.getByRole("note");
    expect(notice).toHaveClass("kk-notice");
    expect(notice).toHaveTextContent(
      "Modellen ändrades mellan utvärderingarna (Kommunkompassen 2.0 → Kommunkompassen 2.1). Poängen är inte direkt jämförbara. Uppgifter saknas för någon av utvärderingarna.",
    );
    const table = screen.getByRole("table", { name: "Förändring 2014–2018" });
    expect(notice.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.firstElementChild!.firstElementChild).toBe(notice);
    for (const id of [1, 2, 3, 4, 5, 6, 7]) {
      const tr = row(table, new RegExp(`^${id} `));
      expect(cells(tr)[2]).toBe("ej jämförbar");
      expect(within(tr).queryByText("±0")).toBeNull();
    }
    // Names are the newer model's.
    expect(within(row(table, /^2 /)).getByRole("rowheader")).toHaveTextContent(
      "2 Brukarfokus, tillgänglighet och bemötande",
    );
    expect(cells(row(table, /^8 /))[2]).toBe("– uppgift saknas");
  });

  it("shows sub-question rows with showQuestions", () => {
    const from = loadFixture("avesta-2014");
    const to = loadFixture("avesta-2014");
    to.year = 2018;
    to.areas[0]!.questions![0]!.achieved = 12;
    delete to.areas[0]!.questions![0]!.percent;
    to.areas[0]!.score = 54;
    to.total = 406;
    const { unmount } = render(<DeltaTable from={from} to={to} />);
    expect(screen.queryByRole("rowheader", { name: /^1\.1/ })).toBeNull();
    unmount();
    render(<DeltaTable from={from} to={to} showQuestions lang="en" />);
    const table = screen.getByRole("table", { name: "Change 2014–2018" });
    expect(screen.queryByRole("note")).toBeNull();
    expect(cells(row(table, /^1 /))).toEqual(["52", "54", "+2\u00a0↑ up 2 points"]);
    expect(cells(row(table, /^1\.1 /))).toEqual(["10", "12", "+2\u00a0↑ up 2 points"]);
    expect(within(row(table, /^1\.1 /)).getByRole("rowheader")).toHaveTextContent(
      "1.1 Finns en plan/strategi för demokratiutveckling och information?",
    );
    expect(cells(row(table, /^1\.2 /))).toEqual(["8", "8", "±0\u00a0→ unchanged"]);
    expect(within(table).getAllByRole("rowheader", { name: /^\d\.\d/ })).toHaveLength(45);
    expect(cells(within(table).getByRole("rowheader", { name: "Total" }).closest("tr")!)).toEqual([
      "404",
      "406",
      "+2\u00a0↑ up 2 points",
    ]);
  });

  it("renders an alert naming the JSON pointer for invalid data", () => {
    const broken = loadFixture("vasteras-2014");
    broken.areas[2]!.score = 140;
    render(<DeltaTable from={loadFixture("vasteras-2012")} to={broken} />);
    expect(screen.getByRole("alert")).toHaveTextContent("to/areas/2/score: 140 är mer än områdets maxpoäng 100");
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("passes className, style and ref to the root element and has no other inline style", () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <DeltaTable
        ref={ref}
        from={loadFixture("vasteras-2012")}
        to={loadFixture("vasteras-2014")}
        className="mine"
        style={{ maxWidth: "30rem" }}
        theme="auto"
      />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(ref.current).toBe(root);
    expect(root).toHaveClass("kk", "kk-delta-table", "mine");
    expect(root).toHaveAttribute("data-kk-theme", "auto");
    expect(root.style.maxWidth).toBe("30rem");
    expect(container.querySelectorAll("[style]")).toHaveLength(1);
  });

  it("has no axe violations, also across a model change and with sub-questions", async () => {
    for (const element of [
      <DeltaTable from={loadFixture("vasteras-2012")} to={loadFixture("vasteras-2014")} />,
      <DeltaTable from={loadFixture("vasteras-2014")} to={vasteras2018()} lang="en" />,
      <DeltaTable from={loadFixture("avesta-2014")} to={{ ...loadFixture("avesta-2014"), year: 2018 }} showQuestions />,
    ]) {
      const { container, unmount } = render(element);
      expect(await axe(container)).toHaveNoViolations();
      unmount();
    }
  });
});

describe("DeltaBadge", () => {
  it.each([
    [9, "+9", "↑", "up", "ökning med 9 poäng"],
    [-3, `${MINUS}3`, "↓", "down", "minskning med 3 poäng"],
    [0, "±0", "→", "same", "oförändrat"],
  ] as const)("shows %d as sign and arrow, and says it in words", (delta, sign, arrow, direction, words) => {
    const { container } = render(
      <table>
        <tbody>
          <tr>
            <td>
              <DeltaBadge delta={delta} />
            </td>
          </tr>
        </tbody>
      </table>,
    );
    const badge = container.querySelector(".kk-delta")!;
    expect(badge).toHaveClass(`kk-delta--${direction}`);
    expect(screen.getByText(sign)).toHaveAttribute("aria-hidden", "true");
    expect(screen.getByText(arrow)).toHaveAttribute("aria-hidden", "true");
    expect(screen.getByText(words)).toHaveClass("kk-visually-hidden");
    // What assistive technology reads is the words only.
    expect(screen.getByRole("cell", { name: words })).toBeInTheDocument();
  });

  it("shows an unknown change as text: no data, or not comparable", () => {
    const { unmount } = render(<DeltaBadge delta={null} />);
    expect(screen.getByText("uppgift saknas")).toHaveClass("kk-delta", "kk-delta--unknown");
    unmount();
    render(<DeltaBadge delta={null} reason="not-comparable" lang="en" />);
    expect(screen.getByText("not comparable")).toHaveAttribute("lang", "en");
  });

  it("passes className, style and ref to the root element", () => {
    const ref = createRef<HTMLSpanElement>();
    const { container } = render(
      <DeltaBadge ref={ref} delta={-3} lang="en" className="mine" style={{ fontSize: "2em" }} />,
    );
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveClass("kk-delta", "kk-delta--down", "mine");
    expect(ref.current!.style.fontSize).toBe("2em");
    expect(screen.getByText("down 3 points")).toBeInTheDocument();
  });

  it("has no axe violations", async () => {
    const { container } = render(
      <p>
        Totalt <DeltaBadge delta={9} /> och <DeltaBadge delta={-3} />, <DeltaBadge delta={0} showWords />,{" "}
        <DeltaBadge delta={null} reason="not-comparable" />
      </p>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("DeltaBadge with numbers that are not changes", () => {
  it("NaN and Infinity read as unknown, never as NaN or ∞", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const { container, unmount } = render(<DeltaBadge delta={value} />);
      expect(container.textContent).toBe("uppgift saknas");
      unmount();
    }
  });
});
