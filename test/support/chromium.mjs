// How this project starts Chromium, in one place for every caller: the browser tests
// (test/support/browser.ts), the consumer tests (test/consumers, plain Node) and the benchmark.

/** The system Chromium (installed by .ci/run from Debian's packages); `CHROMIUM_PATH` overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, no sandbox (CI runs as root), and nothing that reaches for the network on its own. */
export const CHROMIUM_ARGS = Object.freeze([
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
]);

/** The options of playwright-core's `chromium.launch` for the system Chromium with those flags. */
export function chromiumLaunchOptions() {
  return { executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] };
}
