/**
 * The static Storybook build (`pnpm storybook:build`) served on loopback, for the browser tests that
 * go through every story.
 */
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { Page } from "playwright-core";
import { repoRoot } from "./fixtures";
import { startServer, type TestServer } from "./server";

/** Where `pnpm storybook:build` writes the static Storybook. */
export const storybookDir = join(repoRoot, "stories/storybook-static");

/** One story from the build's `index.json`. */
export interface StoryEntry {
  id: string;
  title: string;
  name: string;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

/** Every story in the static build, in index order (empty when there is no build). */
export function listStories(): StoryEntry[] {
  const index = join(storybookDir, "index.json");
  if (!existsSync(index)) return [];
  const entries = JSON.parse(readFileSync(index, "utf8")).entries as Record<string, StoryEntry & { type: string }>;
  return Object.values(entries)
    .filter((e) => e.type === "story")
    .map(({ id, title, name }) => ({ id, title, name }));
}

/** Serves the static build; only files inside it. Throws when there is no build. */
export async function serveStorybook(): Promise<TestServer> {
  if (!existsSync(join(storybookDir, "index.json"))) throw new Error("No static Storybook: run `pnpm storybook:build` first (pnpm test does)");
  return startServer(
    {
      "/": (request, response) => {
        const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^\/+/, "");
        const full = join(storybookDir, path || "index.html");
        if (!full.startsWith(storybookDir) || !existsSync(full)) {
          response.writeHead(404);
          response.end();
          return;
        }
        response.writeHead(200, { "content-type": TYPES[extname(full)] ?? "application/octet-stream" });
        response.end(readFileSync(full));
      },
    },
    { fallback: "/" },
  );
}

/** Opens one story on its own (Storybook's iframe page) and waits until it has rendered. */
export async function openStory(page: Page, origin: string, story: StoryEntry): Promise<void> {
  await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
  await page.waitForFunction(() => (document.querySelector("#storybook-root")?.childElementCount ?? 0) > 0, undefined, { timeout: 15_000 });
}

/** How a failure names a story. */
export const storyName = (story: StoryEntry) => `${story.title} / ${story.name} [${story.id}]`;
