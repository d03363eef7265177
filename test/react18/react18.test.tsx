// @vitest-environment jsdom
/**
 * The components on React 18.3, the oldest React they declare (run by the "react18" project of
 * test/vitest.config.ts, which resolves react and react-dom to this package's React 18): the
 * server-rendered report hydrates without a mismatch, and the chart's keyboard works after it.
 */
import { act, version } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AreaBarChart, EvaluationReport, RadarProfile } from "@kommunkompassen/react";
import { loadFixture } from "../support/fixtures";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

/** Server-renders `ui`, puts the markup in the page and hydrates it; returns the container and any complaint. */
async function hydrate(ui: React.ReactElement) {
  const container = document.createElement("div");
  container.innerHTML = renderToString(ui);
  document.body.append(container);
  const complaints: unknown[] = [];
  vi.spyOn(console, "error").mockImplementation((...args) => complaints.push(args));
  await act(async () => {
    hydrateRoot(container, ui, { onRecoverableError: (error) => complaints.push(error) });
  });
  return { container, complaints };
}

const key = (target: Element, name: string) =>
  act(async () => void target.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true })));
const tooltip = (container: Element) =>
  [...container.querySelectorAll(".kk-tooltip text")].map((t) => t.textContent).join(" | ");

describe("on React 18", () => {
  it("is React 18", () => {
    expect(version).toMatch(/^18\./);
  });

  it("the Avesta report hydrates without a mismatch or a warning", async () => {
    const { container, complaints } = await hydrate(<EvaluationReport evaluation={loadFixture("avesta-2014")} />);
    expect(complaints).toEqual([]);
    expect(container.querySelector("h1")?.textContent).toContain("Avesta kommun");
  });

  it("after hydration the radar's keyboard moves between points and Escape hides the tooltip", async () => {
    const { container, complaints } = await hydrate(
      <RadarProfile evaluation={loadFixture("vasteras-2014")} previous={loadFixture("vasteras-2012")} />,
    );
    const plot = container.querySelector<HTMLElement>(".kk-chart__plot")!;
    await act(async () => plot.focus());
    const first = tooltip(container);
    expect(first).toContain("Offentlighet och demokrati");
    expect(first).toContain("Västerås stad 2014: 67 av 100");
    await key(plot, "ArrowRight");
    expect(tooltip(container)).not.toBe(first);
    await key(plot, "Escape");
    expect(tooltip(container)).toBe("");
    expect(complaints).toEqual([]);
  });

  it("the bar chart hydrates with its hatched comparison series", async () => {
    const { container, complaints } = await hydrate(
      <AreaBarChart evaluation={loadFixture("vasteras-2014")} previous={loadFixture("vasteras-2012")} />,
    );
    expect(complaints).toEqual([]);
    expect(container.querySelectorAll(".kk-series--previous .kk-series__bar[fill^='url(#']").length).toBeGreaterThan(0);
  });
});
