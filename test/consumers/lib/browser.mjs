// The Next.js app in Chromium: served by `next start`, loaded with every console message collected,
// hydrated, and its charts driven with the keyboard.
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "playwright-core";
import { CHROMIUM, chromiumLaunchOptions } from "../../support/chromium.mjs";
import { start } from "./process.mjs";

/** What React and Next.js print when the server's markup and the client's first render differ. */
const HYDRATION = /hydrat|did not match|didn't match|Minified React error|server rendered HTML/i;

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls the URL until it answers 200; throws with the server's output when it exits or times out. */
async function waitForServer(url, server, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited !== null) throw new Error(`the server exited (${server.exited}):\n${server.output}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s:\n${server.output}`);
}

/** The focused chart's visible tooltip text and its live region's text. */
function chartState(page) {
  return page.evaluate(() => {
    const plot = document.activeElement;
    const tooltips = [...plot.querySelectorAll(".kk-tooltip")].filter((t) => t.getClientRects().length > 0);
    return {
      focusedIsPlot: plot.classList.contains("kk-chart__plot"),
      tooltip: tooltips.map((t) => t.textContent).join(" | "),
      live: plot.querySelector("[aria-live]")?.textContent ?? "",
    };
  });
}

/** Focuses the first chart under `selector`, presses ArrowRight; problems go to `problems`. */
async function driveChart(page, selector, problems) {
  const plot = page.locator(`${selector} .kk-chart__plot`).first();
  if ((await plot.count()) === 0) return problems.push(`no chart (.kk-chart__plot) under ${selector}`);
  await plot.focus();
  const first = await chartState(page);
  if (!first.focusedIsPlot) return problems.push(`the chart under ${selector} does not take focus`);
  if (!first.tooltip) problems.push(`focusing the chart under ${selector} shows no tooltip (not hydrated?)`);
  await page.keyboard.press("ArrowRight");
  const second = await chartState(page);
  if (!second.live || second.live === first.live)
    problems.push(`ArrowRight in the chart under ${selector} did not change its live region ("${first.live}")`);
  if (second.tooltip === first.tooltip)
    problems.push(`ArrowRight in the chart under ${selector} did not move the tooltip ("${first.tooltip}")`);
}

/** Clicks the Client Component's language button: its state switches the charts to English. */
async function switchLanguage(page, problems) {
  const title = () => page.locator("#client-profile .kk-chart__title").first().textContent();
  const before = await title();
  // The app's own button, not the charts' (the legend's series toggles are buttons too).
  await page.locator("#client-profile button:not(.kk button)").click();
  await page
    .waitForFunction((old) => document.querySelector("#client-profile .kk-chart__title")?.textContent !== old, before, {
      timeout: 5000,
    })
    .catch(() => undefined);
  const after = await title();
  if (after === before) problems.push(`the language button (useState) did not change the chart's title "${before}"`);
}

/** Loads the page, collects console messages and page errors, and exercises the hydrated page. */
async function exercisePage(browser, url) {
  const problems = [];
  const messages = [];
  const page = await browser.newPage();
  page.on("console", (message) => {
    const where = message.location().url;
    messages.push(`console.${message.type()}: ${message.text()}${where ? ` (${where})` : ""}`);
  });
  page.on("pageerror", (error) => messages.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) messages.push(`response ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector('[data-hydrated="true"]', { timeout: 30_000 }).catch(() => {
    problems.push("the Client Component never ran its effect (the page did not hydrate)");
  });
  await driveChart(page, "#server-report", problems);
  await driveChart(page, "#client-profile", problems);
  await switchLanguage(page, problems);
  await sleep(500);
  for (const message of messages) {
    if (HYDRATION.test(message)) problems.push(`hydration: ${message}`);
    else if (/^(console\.error|console\.warning|page error|response)/.test(message)) problems.push(message);
  }
  return { problems, messages };
}

/**
 * Starts `next start` or `next dev` (per `nextArgs`) in the app's folder on a free loopback port, loads the page in Chromium and
 * checks it: no hydration warning or error, no console error or warning, both charts respond to the
 * keyboard, the Client Component's state works. Resolves with `{ ok, output }`.
 */
export async function checkNextInChromium(dir, nextArgs, env) {
  if (!existsSync(CHROMIUM)) return { ok: false, output: `Chromium not found at ${CHROMIUM}` };
  const port = await freePort();
  const server = start("node", [...nextArgs, "-H", "127.0.0.1", "-p", String(port)], { cwd: dir, env });
  const url = `http://127.0.0.1:${port}/`;
  let browser;
  try {
    await waitForServer(url, server);
    browser = await chromium.launch(chromiumLaunchOptions());
    const { problems, messages } = await exercisePage(browser, url);
    const log = [`console (${messages.length} messages):`, ...messages.map((m) => `  ${m}`)].join("\n");
    return { ok: problems.length === 0, output: [...problems, log].join("\n") };
  } catch (error) {
    return { ok: false, output: `${error instanceof Error ? error.message : String(error)}\n${server.output}` };
  } finally {
    await browser?.close();
    await server.stop();
  }
}
