// @vitest-environment jsdom
import { axe } from "../../../test/support/dom";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EvaluationReport, type Evaluation } from "../src";
import { readFileSync } from "node:fs";
import { loadFixture, repoRoot } from "../../../test/support/fixtures";
import { publishedEvaluations } from "../../../stories/src/published";

const headings = (root: HTMLElement) =>
  [...root.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => [Number(h.tagName[1]), h.textContent]);

describe("EvaluationReport", () => {
  it("opens with the municipality, year, model and the report's facts", () => {
    render(<EvaluationReport evaluation={loadFixture("vasteras-2014")} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Kommunkompassen – Västerås stad 2014");
    const facts = Object.fromEntries(
      [...document.querySelectorAll(".kk-report__meta > div")].map((d) => [
        d.querySelector("dt")!.textContent,
        d.querySelector("dd")!.textContent,
      ]),
    );
    expect(facts).toMatchObject({
      Utvärderingsår: "2014",
      "Utvärderingen genomfördes": "2014-12",
      "Rapportens datum": "2015-04-29",
      Utvärderare: "Ewa Luvö, Karolina Dahlbom, Gunnar Gidenstam",
      Modell: "Kommunkompassen 2.0",
      Kommunkod: "1980",
    });
  });

  it("has a table of contents whose every link has its target", () => {
    const { container } = render(<EvaluationReport evaluation={loadFixture("avesta-2014")} />);
    const links = within(screen.getByRole("navigation", { name: "Innehåll" })).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "#kk-summary",
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `#kk-area-${n}`),
      "#kk-quality",
    ]);
    for (const link of links) expect(container.querySelector(link.getAttribute("href")!)).not.toBeNull();
    expect(links[1]!.textContent).toBe("Område 1 Offentlighet och demokrati");
  });

  it("keeps a heading hierarchy without skipped levels", () => {
    const { container } = render(
      <EvaluationReport evaluation={loadFixture("avesta-2014")} previous={loadFixture("avesta-2014")} />,
    );
    const levels = headings(container).map(([level]) => level as number);
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it("gives every area its published score, headings, lists and sub-question table", () => {
    const { container } = render(<EvaluationReport evaluation={loadFixture("avesta-2014")} />);
    const scores = [...container.querySelectorAll(".kk-report__score")].map((p) => p.textContent);
    expect(scores).toEqual([52, 41, 56, 44, 46, 52, 45, 68].map((s) => `Poäng: ${s} av 100 poäng`));
    const area1 = container.querySelector("#kk-area-1") as HTMLElement;
    expect(within(area1).getByRole("heading", { name: "Styrkor" })).toBeInTheDocument();
    expect(within(area1).getByText("Tydlig strategi för medborgarinflytande")).toBeInTheDocument();
    expect(
      within(area1).getByRole("table", { name: "Område 1 Offentlighet och demokrati – delfrågor" }),
    ).toBeInTheDocument();
    const area8 = container.querySelector("#kk-area-8") as HTMLElement;
    // Area 8's weaknesses are published as an empty list: said, not hidden.
    expect(within(area8).getByRole("heading", { name: "Svagheter" }).nextElementSibling!.textContent).toBe(
      "Inga angivna.",
    );
    expect(
      container.querySelectorAll("table.kk-question-table, .kk-question-table table").length,
    ).toBeGreaterThanOrEqual(8);
  });

  it("shows the total of 800 in the summary", () => {
    const { container } = render(<EvaluationReport evaluation={loadFixture("avesta-2014")} />);
    expect(container.querySelector(".kk-report__total")!.textContent).toBe("Totalt: 404 av 800 poäng");
    expect(screen.getByRole("figure", { name: "Avesta kommun 2014 – 404\u00a0p" })).toBeInTheDocument();
    expect(screen.getByRole("figure", { name: "Profil för Avesta kommun 2014" })).toBeInTheDocument();
  });

  it("marks a derived total and a derived area score, as the sub-question tables mark their derived values", () => {
    const avesta = loadFixture("avesta-2014");
    delete avesta.total;
    delete avesta.areas[0]!.score;
    const { container } = render(<EvaluationReport evaluation={avesta} />);
    expect(container.querySelector(".kk-report__total")!.textContent).toBe("Totalt: 404 av 800 poäng (beräknat)");
    const scores = [...container.querySelectorAll(".kk-report__score")].map((p) => p.textContent);
    expect(scores.slice(0, 2)).toEqual(["Poäng: 52 av 100 poäng (beräknat)", "Poäng: 41 av 100 poäng"]);
  });

  it("reports what the data says about itself: Avesta's area 6 and the file's notes", () => {
    const { container } = render(<EvaluationReport evaluation={loadFixture("avesta-2014")} />);
    const quality = container.querySelector("#kk-quality") as HTMLElement;
    expect(
      within(quality).getByText("Område 6: poängen är publicerad som 52, men delfrågornas poäng summerar till 51."),
    ).toBeInTheDocument();
    expect(within(quality).getByRole("heading", { name: "Anteckningar om källan" })).toBeInTheDocument();
  });

  it("with a previous evaluation: a change section and each area's change, unknown ones not guessed", () => {
    const { container } = render(
      <EvaluationReport evaluation={loadFixture("vasteras-2014")} previous={loadFixture("vasteras-2012")} lang="en" />,
    );
    expect(screen.getByRole("heading", { name: "Change since 2012" })).toBeInTheDocument();
    expect(container.querySelector("#kk-area-4 .kk-report__score")!.textContent).toBe(
      "Score: 75 of 100 points (+10\u00a0↑ up 10 points since 2012)",
    );
    expect(container.querySelector("#kk-area-8 .kk-report__score")!.textContent).toBe("Score: no data");
    expect(container.querySelector(".kk-report__total")!.textContent).toBe("Total: no data");
    const quality = container.querySelector("#kk-quality") as HTMLElement;
    expect(quality.textContent).toContain("No data for: Area 8 The municipality as community builder.");
  });

  it("sections can be chosen and reordered, and areas picked", () => {
    const { container } = render(
      <EvaluationReport
        evaluation={loadFixture("avesta-2014")}
        sections={["quality", "areas"]}
        areas={[3]}
        toc={false}
        headingLevel={2}
      />,
    );
    expect(
      headings(container)
        .filter(([level]) => level === 3)
        .map(([, text]) => text),
    ).toEqual(["Om uppgifterna", "Område 3 Politisk styrning och kontroll"]);
    expect(container.querySelector("nav")).toBeNull();
    expect(container.querySelector("#kk-summary")).toBeNull();
  });

  it("says once what an evaluation with area scores only publishes: one table, not eight near-empty sections", async () => {
    // Örebro 2012 in the published results: its total and eight area scores, nothing else.
    const csv = readFileSync(`${repoRoot}test/fixtures/data/published-results.csv`, "utf8");
    const orebro = publishedEvaluations(csv).find((e) => e.municipality.code === "1880" && e.year === 2012)!;
    expect(orebro.areas.map((a) => a.score)).toEqual([68, 85, 86, 74, 70, 74, 71, 87]);
    const { container } = render(<EvaluationReport evaluation={orebro} />);
    const section = container.querySelector<HTMLElement>("#kk-areas")!;
    expect(within(section).getByRole("heading", { level: 2 }).textContent).toBe("Poäng per område");
    expect(section.querySelector("p")!.textContent).toBe(
      "Källan anger bara områdenas poäng: inga delfrågor, rubriker, styrkor eller svagheter.",
    );
    const table = within(section).getByRole("table", { name: "Poäng per område" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows[0]).toEqual(["Område", "Poäng", "Max"]);
    expect(rows.slice(1)).toEqual(
      orebro.areas.map((a) => [expect.stringMatching(new RegExp(`^${a.id} `)), String(a.score), "100"]),
    );
    expect(rows[1]![0]).toBe("1 Offentlighet och demokrati");
    // No section per area, and "Poäng:" nowhere; the contents has one entry; each area keeps its anchor.
    expect(container.querySelectorAll(".kk-report__area")).toHaveLength(0);
    expect(container.textContent).not.toContain("Poäng:");
    const links = within(screen.getByRole("navigation", { name: "Innehåll" })).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["#kk-summary", "#kk-areas", "#kk-quality"]);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) expect(container.querySelector(`#kk-area-${n}`)!.tagName).toBe("TR");
    expect(await axe(container)).toHaveNoViolations();
  });

  it("keeps a section per area where any area has more than its score, and none where no area score is known", () => {
    // Västerås 2014: lists in seven areas, nothing but an unknown score in area 8.
    const vasteras = render(<EvaluationReport evaluation={loadFixture("vasteras-2014")} />);
    expect(vasteras.container.querySelectorAll(".kk-report__area")).toHaveLength(8);
    expect(vasteras.container.querySelector("#kk-areas")).toBeNull();
    vasteras.unmount();
    // Tomelilla 2020, its total only: no table of dashes; the quality section names the areas missing.
    const { container } = render(<EvaluationReport evaluation={loadFixture("tomelilla-2020")} />);
    expect(container.querySelector("#kk-areas")).toBeNull();
    expect(container.querySelectorAll(".kk-report__area")).toHaveLength(0);
    expect(container.querySelector("#kk-quality")!.textContent).toContain("Uppgift saknas för: Område 1");
  });

  it("renders an error, not an exception, for invalid data", () => {
    const broken = { ...loadFixture("avesta-2014"), year: "2014" } as unknown as Evaluation;
    render(<EvaluationReport evaluation={broken} />);
    expect(screen.getByRole("alert").textContent).toContain('evaluation/year: väntade ett heltal, fick "2014"');
  });

  it("has no axe violations", async () => {
    const { container } = render(
      <EvaluationReport evaluation={loadFixture("vasteras-2014")} previous={loadFixture("vasteras-2012")} />,
    );
    expect(await axe(container)).toHaveNoViolations();
    const avesta = render(<EvaluationReport evaluation={loadFixture("avesta-2014")} lang="en" />);
    expect(await axe(avesta.container)).toHaveNoViolations();
  });
});
