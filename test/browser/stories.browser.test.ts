/**
 * Every Storybook story, from the static Storybook build (`pnpm storybook:build`), in headless
 * Chromium through axe-core with the WCAG 2.1 A and AA rules, colour contrast included. A failure
 * names the story and the rule.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/fixtures";
import { storyName, storybookInChromium } from "../support/storybook";

const axeSource = readFileSync(join(repoRoot, "node_modules/axe-core/axe.min.js"), "utf8");
const { stories, forEachStory } = storybookInChromium();

describe("every story passes axe in Chromium", () => {
  it("finds the stories", () => {
    expect(stories.length).toBeGreaterThanOrEqual(60);
  });

  it("has no WCAG 2.1 A/AA violations in any story", async () => {
    const failures: string[] = [];
    await forEachStory({ viewport: { width: 1024, height: 900 } }, async (page, story) => {
      if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run("#storybook-root", {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return result.violations.map(
          (v) =>
            `${v.id} (${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(" "))
              .join(", ")})`,
        );
      });
      for (const violation of violations) failures.push(`${storyName(story)}: ${violation}`);
    });
    expect(failures).toEqual([]);
  }, 600_000);
});
