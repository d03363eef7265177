/**
 * Every Storybook story, from the static Storybook build (`pnpm storybook:build`), in headless
 * Chromium through axe-core with the WCAG 2.1 A and AA rules, colour contrast included. A failure
 * names the story and the rule.
 */
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { repoRoot } from "../support/fixtures";
import { startServer, type TestServer } from "../support/server";

const staticDir = join(repoRoot, "stories/storybook-static");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

let server: TestServer;
let browser: Browser;
const axeSource = readFileSync(join(repoRoot, "node_modules/axe-core/axe.min.js"), "utf8");

beforeAll(async () => {
  if (!existsSync(join(staticDir, "index.json"))) throw new Error("No static Storybook: run `pnpm storybook:build` first (pnpm test does)");
  server = await startServer({
    "/": (request, response) => {
      // Serve the static build; only files inside it.
      const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^\/+/, "");
      const full = join(staticDir, path || "index.html");
      if (!full.startsWith(staticDir) || !existsSync(full)) {
        response.writeHead(404);
        response.end();
        return;
      }
      response.writeHead(200, { "content-type": TYPES[extname(full)] ?? "application/octet-stream" });
      response.end(readFileSync(full));
    },
  }, { fallback: "/" });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const stories = existsSync(join(staticDir, "index.json"))
  ? Object.values(JSON.parse(readFileSync(join(staticDir, "index.json"), "utf8")).entries as Record<string, { id: string; type: string; title: string; name: string }>).filter((e) => e.type === "story")
  : [];

describe("every story passes axe in Chromium", () => {
  it("finds the stories", () => {
    expect(stories.length).toBeGreaterThanOrEqual(60);
  });

  it("has no WCAG 2.1 A/AA violations in any story", async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const story of stories) {
      await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForFunction(() => (document.querySelector("#storybook-root")?.childElementCount ?? 0) > 0, undefined, { timeout: 15_000 });
      if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run("#storybook-root", { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return result.violations.map((v) => `${v.id} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`);
      });
      for (const violation of violations) failures.push(`${story.title} / ${story.name} [${story.id}]: ${violation}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 600_000);
});
