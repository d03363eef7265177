/**
 * The static Storybook build (`pnpm storybook:build`) served on loopback, for the browser tests that
 * go through every story.
 */
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
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
  if (!existsSync(join(storybookDir, "index.json")))
    throw new Error("No static Storybook: run `pnpm storybook:build` first (pnpm test does)");
  return startServer(
    {
      "/": (request, response) => {
        const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(
          /^\/+/,
          "",
        );
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
  await page.waitForFunction(() => (document.querySelector("#storybook-root")?.childElementCount ?? 0) > 0, undefined, {
    timeout: 15_000,
  });
}

/** How a failure names a story. */
export const storyName = (story: StoryEntry) => `${story.title} / ${story.name} [${story.id}]`;

/** What {@link storybookInChromium} gives a test file. */
export interface StorybookInChromium {
  /** Every story in the build, in index order. */
  stories: StoryEntry[];
  /**
   * Opens every story in turn in one page of a fresh browser context (with `options`) and calls
   * `visit` on each, once it has rendered; closes the context afterwards.
   */
  forEachStory(options: BrowserContextOptions, visit: (page: Page, story: StoryEntry) => Promise<void>): Promise<void>;
}

/**
 * For a test file that goes through every story: serves the static Storybook and starts Chromium
 * before its tests (vitest `beforeAll`), and stops both after them.
 */
export function storybookInChromium(): StorybookInChromium {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStorybook();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const stories = listStories();
  return {
    stories,
    async forEachStory(options, visit) {
      const context = await browser!.newContext(options);
      try {
        const page = await context.newPage();
        for (const story of stories) {
          await openStory(page, server!.origin, story);
          await visit(page, story);
        }
      } finally {
        await context.close();
      }
    },
  };
}
