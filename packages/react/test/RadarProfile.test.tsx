// @vitest-environment jsdom
import { axe } from "../../../test/support/dom";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RadarProfile } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

describe("RadarProfile", () => {
  it("is a figure with a caption, an SVG image with title and generated description", () => {
    render(<RadarProfile evaluation={loadFixture("avesta-2014")} layout="full" />);
    const figure = screen.getByRole("figure", { name: "Profil för Avesta kommun 2014" });
    const img = within(figure).getByRole("img", { name: "Profil för Avesta kommun 2014" });
    expect(img).toHaveAttribute("aria-describedby");
    expect(document.getElementById(img.getAttribute("aria-describedby")!)!.textContent).toBe(
      "Spindeldiagram över 8 områden, skala 0–100. Starkast: Kommunen som samhällsbyggare 68. Svagast: Tillgänglighet och brukarorientering 41.",
    );
  });

  it("has no axe violations", async () => {
    const { container } = render(<RadarProfile evaluation={loadFixture("vasteras-2014")} previous={loadFixture("vasteras-2012")} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
