// @vitest-environment jsdom
import { axe } from "../../../test/support/dom";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AreaBarChart } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

describe("AreaBarChart", () => {
  it("puts the total in the title, as the reports do", () => {
    render(<AreaBarChart evaluation={loadFixture("avesta-2014")} orientation="vertical" />);
    expect(screen.getByRole("figure", { name: "Avesta kommun 2014 – 404\u00a0p" })).toBeInTheDocument();
    render(<AreaBarChart evaluation={loadFixture("avesta-2014")} orientation="vertical" lang="en" />);
    expect(screen.getByRole("figure", { name: "Avesta kommun 2014 – 404 points" })).toBeInTheDocument();
    render(<AreaBarChart evaluation={loadFixture("vasteras-2014")} orientation="vertical" />);
    expect(screen.getByRole("figure", { name: "Västerås stad 2014" })).toBeInTheDocument();
  });

  it("labels every bar with its published value, and unknown values with a dash, not a zero bar", () => {
    const { container } = render(
      <AreaBarChart
        evaluation={loadFixture("vasteras-2014")}
        previous={loadFixture("vasteras-2012")}
        orientation="vertical"
      />,
    );
    const values = [...container.querySelectorAll(".kk-series--evaluation .kk-bar__value")].map((t) => t.textContent);
    expect(values).toEqual(["67", "78", "84", "75", "72", "69", "84", "–"]);
    const previous = [...container.querySelectorAll(".kk-series--previous .kk-bar__value")].map((t) => t.textContent);
    expect(previous).toEqual(["58", "69", "82", "65", "68", "64", "74", "–"]);
    expect(container.querySelectorAll(".kk-series--evaluation .kk-series__bar")).toHaveLength(7);
  });

  it("tells series apart without colour: the evaluation solid, the others hatched, the legend showing the same", () => {
    const { container } = render(
      <AreaBarChart
        evaluation={loadFixture("vasteras-2014")}
        previous={loadFixture("vasteras-2012")}
        others={[loadFixture("avesta-2014")]}
        orientation="vertical"
      />,
    );
    const svg = container.querySelector("svg.kk-bars__svg")!;
    // What a pattern draws, whatever its id: its rotation and its content.
    const drawing = (pattern: Element) => `${pattern.getAttribute("patternTransform")} ${pattern.innerHTML}`;
    const fillOf = (slot: string) =>
      [...svg.querySelectorAll(`.kk-series--${slot} .kk-series__bar`)].map((b) => b.getAttribute("fill"));
    expect(new Set(fillOf("evaluation"))).toEqual(new Set([null]));
    const patternOf = (slot: string) => {
      const fills = new Set(fillOf(slot));
      expect(fills.size).toBe(1);
      const id = /^url\(#(.+)\)$/.exec([...fills][0] ?? "")?.[1];
      const pattern = id ? svg.querySelector(`pattern[id="${id}"]`) : null;
      expect(pattern, `the pattern of the ${slot} bars is defined in the same SVG`).not.toBeNull();
      return drawing(pattern!);
    };
    expect(patternOf("previous")).not.toBe(patternOf("other-1"));
    const swatches = [...container.querySelectorAll(".kk-legend__swatch")];
    expect(swatches).toHaveLength(3);
    expect(swatches[0]!.querySelector("pattern")).toBeNull();
    expect(drawing(swatches[1]!.querySelector("pattern")!)).toBe(patternOf("previous"));
    expect(drawing(swatches[2]!.querySelector("pattern")!)).toBe(patternOf("other-1"));
  });

  it("lists the area names in a key beside the numbered vertical axis", () => {
    render(<AreaBarChart evaluation={loadFixture("avesta-2014")} orientation="vertical" lang="en" />);
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items[0]).toBe("Transparency and democracy");
    expect(items[5]).toBe("The municipality as employer – HR policy");
  });

  it("horizontal rows carry the full names", () => {
    const { container } = render(<AreaBarChart evaluation={loadFixture("avesta-2014")} orientation="horizontal" />);
    const labels = [...container.querySelectorAll(".kk-axis-label")].map((t) => t.textContent);
    expect(labels[0]).toBe("1\u00a0Offentlighet och demokrati");
    expect(container.querySelector("svg")!.getAttribute("viewBox")!.split(" ")[2]).toBe("320");
  });

  it("keyboard moves area by area; the tooltip and the live region give every series' value there", () => {
    const { container } = render(
      <AreaBarChart
        evaluation={loadFixture("vasteras-2014")}
        previous={loadFixture("vasteras-2012")}
        orientation="vertical"
      />,
    );
    const plot = screen.getByRole("group", { name: "Västerås stad 2014" });
    const live = container.querySelector("[aria-live=polite]")!;
    const tooltip = () => [...container.querySelectorAll(".kk-tooltip text")].map((t) => t.textContent);
    act(() => plot.focus());
    expect(live.textContent).toBe(
      "Västerås stad 2014, 1 Offentlighet och demokrati: 67 av 100; Västerås stad 2012: 58 av 100",
    );
    expect(tooltip()).toEqual([
      "1 Offentlighet och demokrati",
      "Västerås stad 2014: 67 av 100",
      "Västerås stad 2012: 58 av 100",
    ]);
    fireEvent.keyDown(plot, { key: "ArrowRight" });
    expect(live.textContent).toMatch(
      /^Västerås stad 2014, 2 Tillgänglighet och brukarorientering: \d+ av 100; Västerås stad 2012: \d+ av 100$/,
    );
    // Area 8 is known in neither evaluation: it is no stop of the keyboard.
    fireEvent.keyDown(plot, { key: "End" });
    expect(live.textContent).toBe(
      "Västerås stad 2014, 7 Verksamhetsutveckling: 84 av 100; Västerås stad 2012: 74 av 100",
    );
    fireEvent.keyDown(plot, { key: "Escape" });
    expect(container.querySelector(".kk-tooltip")).toBeNull();
  });

  it("has no axe violations", async () => {
    const { container } = render(
      <AreaBarChart evaluation={loadFixture("vasteras-2014")} previous={loadFixture("vasteras-2012")} />,
    );
    expect(await axe(container)).toHaveNoViolations();
    expect(within(container).getAllByRole("img")).toHaveLength(1);
  });
});
