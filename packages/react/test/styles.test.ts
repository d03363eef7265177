import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../../test/support/fixtures";

const css = readFileSync(`${repoRoot}packages/react/src/styles.css`, "utf8");

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function declarations(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(start + selector.length + 2, css.indexOf("}", start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

describe("styles.css", () => {
  // CSS cannot share one rule between `data-kk-theme="dark"` and `auto` under
  // `prefers-color-scheme: dark`, so the dark palette is written twice; this keeps the copies equal.
  it("the dark theme and the automatic dark theme declare the same palette", () => {
    const dark = declarations('.kk[data-kk-theme="dark"]');
    expect(Object.keys(dark).length).toBeGreaterThan(20);
    expect(declarations('  .kk[data-kk-theme="auto"]')).toEqual(dark);
  });

  it("the dark palette overrides every colour of the light one", () => {
    const light = Object.keys(declarations(".kk")).filter((name) => !/font|max-width/.test(name));
    expect(Object.keys(declarations('.kk[data-kk-theme="dark"]')).sort()).toEqual(light.sort());
  });
});
