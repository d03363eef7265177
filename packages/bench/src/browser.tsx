// In headless Chromium (playwright-core, /usr/bin/chromium): the embed's time from its script
// starting to a rendered chart, and the main-thread time of hydrating the server-rendered report
// page. Everything is served from a local server on 127.0.0.1; nothing is fetched from elsewhere.
import { build } from "esbuild";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { renderToString } from "react-dom/server";
import { ReportApp } from "./hydrate-app";
import { generateCollection } from "./collections";
import { BENCH, emit, fixture, fixtureText, log, ROOT, stats, type Stats } from "./util";
import { CHROMIUM, chromiumLaunchOptions } from "../../../test/support/chromium.mjs";

export { CHROMIUM };

/** The project's Chromium (test/support/chromium.mjs), or a clear error when it is not installed. */
async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  return chromium.launch(chromiumLaunchOptions());
}

/** The tiny same-origin module that records the time, listens for the element's ready event, then imports the embed. */
const startJs = (base: string) => `
const t0 = performance.now();
performance.mark("kk-start");
document.addEventListener("kommunkompass:ready", () => {
  const ready = performance.now();
  performance.mark("kk-ready");
  requestAnimationFrame(() => setTimeout(() => {
    const res = (name) => performance.getEntriesByType("resource").find((e) => e.name.endsWith(name));
    const script = res("${base}kommunkompass.js");
    const data = performance.getEntriesByType("resource").filter((e) => e.name.includes("/data/"));
    window.__kk = { t0, ready: ready - t0, frame: performance.now() - t0,
      scriptLoaded: script ? script.responseEnd - t0 : null,
      dataLoaded: data.length ? Math.max(...data.map((e) => e.responseEnd)) - t0 : null,
      dataRequested: data.length ? Math.min(...data.map((e) => e.startTime)) - t0 : null,
      marks: document.querySelectorAll("kommunkompass-profil svg path, kommunkompass-profil svg rect").length };
  }));
}, { once: true });
import("${base}kommunkompass.js");
`;

/**
 * The embed's build measured (packages/embed/dist, or the folder BENCH_EMBED_DIST), and another to
 * compare it with (BENCH_EMBED_BEFORE, a folder of the same kind).
 */
const EMBED_DIST = process.env.BENCH_EMBED_DIST?.replace(/\/?$/, "/") ?? `${ROOT}packages/embed/dist/`;
const EMBED_BEFORE = process.env.BENCH_EMBED_BEFORE?.replace(/\/?$/, "/");

/** Every script and stylesheet of an embed build, served under `base` as a website hosts the folder. */
function embedRoutes(dir: string, base: string): Record<string, { body: Uint8Array; type: string }> {
  const routes: Record<string, { body: Uint8Array; type: string }> = {};
  for (const name of readdirSync(dir))
    if (/\.(js|css)$/.test(name))
      routes[base + name] = {
        body: readFileSync(dir + name),
        type: name.endsWith(".css") ? "text/css" : "text/javascript",
      };
  return routes;
}

interface Variant {
  id: string;
  label: string;
  attributes: string;
  /** The data file to preload with `<link rel="preload" as="fetch" crossorigin>`, as the documented snippet does. */
  preload?: string;
  /** The view's module to preload too (`<link rel="modulepreload">`), as the configurator's snippet does. */
  modulepreload?: string;
}

/** The generated collection of 300 (collections.ts) the position view is measured on, and its focal evaluation. */
const COLLECTION_300 = generateCollection(300);
const FOCAL = COLLECTION_300.evaluations.find((e) => e.framework === "kommunkompassen-2.0" && e.areas.length === 8)!;
const POSITION = `collection="/data/collection-300.json" view="position" municipality="${FOCAL.municipality.code}" year="${FOCAL.year}"`;

const VARIANTS: Variant[] = [
  { id: "radar", label: "radar (the default view), Avesta 2014", attributes: 'src="/data/avesta-2014.json"' },
  {
    id: "radar-preload",
    label: "radar, the documented snippet (the data preloaded)",
    attributes: 'src="/data/avesta-2014.json"',
    preload: "/data/avesta-2014.json",
  },
  {
    id: "report",
    label: "report (the full report), Avesta 2014",
    attributes: 'src="/data/avesta-2014.json" view="report"',
  },
  {
    id: "report-preload",
    label: "report, the configurator's snippet (the data and the report's module preloaded)",
    attributes: 'src="/data/avesta-2014.json" view="report"',
    preload: "/data/avesta-2014.json",
    modulepreload: "kommunkompass-report.js",
  },
  {
    id: "position",
    label: "position, a collection of 300 generated evaluations",
    attributes: POSITION,
  },
  {
    id: "position-preload",
    label: "position, 300 evaluations, the configurator's snippet (collection and national script preloaded)",
    attributes: POSITION,
    preload: "/data/collection-300.json",
    modulepreload: "kommunkompass-national.js",
  },
];

/** The page of a variant, with the build under `base`; a module it does not have (`has`) is not preloaded (the one-file embed before the split had no report module). */
function embedPage(variant: Variant, base = "/", has: (path: string) => boolean = () => true): string {
  const module = variant.modulepreload && has(base + variant.modulepreload) ? variant.modulepreload : undefined;
  const preload =
    (variant.preload ? `<link rel="preload" href="${variant.preload}" as="fetch" crossorigin>` : "") +
    (module ? `<link rel="modulepreload" href="${base}${module}">` : "");
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bench</title>${preload}<link rel="stylesheet" href="${base}kommunkompass.css"><script type="module" src="${base}start.js"></script></head><body><h1>Kommunkompassen</h1><kommunkompass-profil ${variant.attributes}></kommunkompass-profil></body></html>`;
}

async function serve(routes: Record<string, { body: string | Uint8Array; type: string }>) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const route = routes[path];
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": route.type, "cache-control": "no-store" });
    response.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/**
 * Runs `use` on a page of a fresh context (empty cache), closed afterwards; with `throttle`, the CPU
 * slowed down by that factor (Chrome DevTools' emulation).
 */
async function withFreshPage<T>(browser: Browser, throttle: number, withPage: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    }
    return await withPage(page);
  } finally {
    await context.close();
  }
}

/** Goes to `url` and returns what the page puts in `window[name]` when it is done. */
async function loadAndRead<T>(page: Page, url: string, name: string): Promise<T> {
  await page.goto(url);
  await page.waitForFunction((key) => (window as unknown as Record<string, unknown>)[key] !== undefined, name, {
    timeout: 30_000,
  });
  return (await page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], name)) as T;
}

/** One traced load of the radar embed: milliseconds of each kind of work from the start mark to ready. */
interface TraceLoad {
  /** From the start module's mark to the element's ready event (tracing included). */
  span: number;
  /** The main thread's tasks, all of them (the page, the scripts, the element). */
  busy: number;
  /** Parsing the scripts, on V8's background thread (the module cannot run before it is done). */
  parse: number;
  /** Parsing and compiling JavaScript on the main thread (V8 compiles each function when it first runs). */
  compile: number;
  /** Running the scripts on the main thread: the module's evaluation and the element's work. */
  evaluate: number;
  /** Style recalculation and layout. */
  styleLayout: number;
  /** Garbage collection on the main thread. */
  gc: number;
}

/**
 * Loads the page with Chromium's tracing on and sums the durations of the top-level trace events
 * between the start module's mark and the element's ready mark, by kind.
 */
function traceLoad(browser: Browser, url: string): Promise<TraceLoad> {
  return withFreshPage(browser, 1, async (page) => {
    await browser.startTracing(page, {
      categories: ["devtools.timeline", "toplevel", "v8", "blink.user_timing", "disabled-by-default-v8.compile"],
    });
    await loadAndRead(page, url, "__kk");
    type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number };
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    // The page's main thread is the one the start module's mark was made on (the browser has others).
    const startMark = events.find((e) => e.name === "kk-start");
    const start = startMark?.ts ?? NaN;
    const end = events.find((e) => e.name === "kk-ready")?.ts ?? NaN;
    const inSpan = events.filter((e) => e.ph === "X" && e.ts >= start && e.ts + (e.dur ?? 0) <= end);
    const within = inSpan.filter(
      (e) => (e.pid === startMark?.pid && e.tid === startMark.tid) || e.name === "v8.parseOnBackground",
    );
    // Events nest (a function call inside a script's evaluation): count the time they cover once.
    const covered = (names: string[]) => {
      const spans = within
        .filter((e) => names.includes(e.name))
        .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const)
        .sort((x, y) => x[0] - y[0]);
      let total = 0;
      let until = -Infinity;
      for (const [from, to] of spans) {
        if (to <= until) continue;
        total += to - Math.max(from, until);
        until = to;
      }
      return total / 1000;
    };
    return {
      span: (end - start) / 1000,
      busy: covered(["ThreadControllerImpl::RunTask", "BlinkScheduler_PerformMicrotaskCheckpoint", "RunTask"]),
      parse: covered(["v8.parseOnBackground"]),
      compile: covered([
        "V8.CompileCode",
        "V8.ParseProgram",
        "V8.ParseFunction",
        "V8.PreParse",
        "V8.CompileIgnition",
        "V8.CompileLazy",
      ]),
      evaluate: covered([
        "EvaluateScript",
        "v8.evaluateModule",
        "FunctionCall",
        "v8.callFunction",
        "RunMicrotasks",
        "EventDispatch",
        "TimerFire",
      ]),
      styleLayout: covered(["UpdateLayoutTree", "Layout"]),
      gc: covered(["MinorGC", "MajorGC"]),
    };
  });
}

interface EmbedLoad {
  ready: number;
  frame: number;
  scriptLoaded: number | null;
  dataLoaded: number | null;
  dataRequested: number | null;
  marks: number;
}

export interface EmbedRow {
  id: string;
  label: string;
  throttle: number;
  ready: Stats;
  frame: Stats;
  scriptLoaded: Stats;
  dataLoaded: Stats;
  dataRequested: Stats;
  marks: number;
}

export interface HydrationRow {
  throttle: number;
  ms: Stats;
  recoverableErrors: number;
}

export async function runBrowser(loads: number) {
  const clientBundle = await build({
    entryPoints: [`${BENCH}src/hydrate-client.tsx`],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    platform: "browser",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    write: false,
    logLevel: "error",
  });
  const client = clientBundle.outputFiles[0]!.contents;
  const reportHtml = renderToString(<ReportApp evaluation={fixture("avesta-2014")} />);
  const css = readFileSync(`${ROOT}packages/react/dist/styles.css`, "utf8");
  const nationalScript = readFileSync(`${EMBED_DIST}kommunkompass-national.js`);
  const hydratePage = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bench</title><link rel="stylesheet" href="/styles.css"></head><body><div id="root">${reportHtml}</div><script type="module" src="/hydrate.js"></script></body></html>`;

  const routes: Record<string, { body: string | Uint8Array; type: string }> = {
    "/start.js": { body: startJs("/"), type: "text/javascript" },
    ...embedRoutes(EMBED_DIST, "/"),
    "/data/collection-300.json": { body: JSON.stringify(COLLECTION_300), type: "application/json" },
    "/styles.css": { body: css, type: "text/css" },
    "/hydrate.js": { body: client, type: "text/javascript" },
    "/hydrate.html": { body: hydratePage, type: "text/html; charset=utf-8" },
  };
  for (const name of ["avesta-2014", "vasteras-2012", "vasteras-2014"] as const)
    routes[`/data/${name}.json`] = { body: fixtureText(name), type: "application/json" };
  for (const v of VARIANTS) routes[`/embed-${v.id}.html`] = { body: embedPage(v), type: "text/html; charset=utf-8" };
  // The build to compare with, under /before/: the same pages, the same data.
  if (EMBED_BEFORE) {
    Object.assign(routes, embedRoutes(EMBED_BEFORE, "/before/"));
    routes["/before/start.js"] = { body: startJs("/before/"), type: "text/javascript" };
    for (const v of VARIANTS)
      routes[`/before/embed-${v.id}.html`] = {
        body: embedPage(v, "/before/", (path) => path in routes),
        type: "text/html; charset=utf-8",
      };
  }
  // A control: what the first Intl.NumberFormat costs in a fresh page (our number formatting uses it).
  routes["/intl.html"] = {
    body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bench</title><script type="module">const t0 = performance.now(); new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 }).format(12.5); const t1 = performance.now(); new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }).format(12.5); window.__intl = { first: t1 - t0, second: performance.now() - t1 };</script></head><body></body></html>`,
    type: "text/html; charset=utf-8",
  };

  const server = await serve(routes);
  const browser = await launch();
  try {
    const version = browser.version();
    const embedLoad = (variant: Variant, throttle: number, base = "/") =>
      withFreshPage(browser, throttle, (page) =>
        loadAndRead<EmbedLoad>(page, `${server.origin}${base}embed-${variant.id}.html`, "__kk"),
      );
    const intlLoad = () =>
      withFreshPage(browser, 1, (page) =>
        loadAndRead<{ first: number; second: number }>(page, `${server.origin}/intl.html`, "__intl"),
      );
    const hydrateLoad = (throttle: number) =>
      withFreshPage(browser, throttle, (page) =>
        loadAndRead<{ ms: number; recoverableErrors: string[] }>(page, `${server.origin}/hydrate.html`, "__hydration"),
      );

    // Warm-up: the browser process, its caches of nothing (every load is a fresh context).
    for (const v of VARIANTS) await embedLoad(v, 1);
    if (EMBED_BEFORE) for (const v of VARIANTS) await embedLoad(v, 1, "/before/");
    await hydrateLoad(1);

    // With a build to compare, each of its pages beside the same page of this build, the two in
    // turn first (one order in even rounds, the other in odd ones).
    type Plan = { variant: Variant | null; throttle: number; base?: string };
    const groups: Plan[][] = [
      ...VARIANTS.map((variant) => [
        { variant, throttle: 1 },
        ...(EMBED_BEFORE ? [{ variant, throttle: 1, base: "/before/" }] : []),
      ]),
      [{ variant: VARIANTS[0]!, throttle: 4 }],
      [{ variant: null, throttle: 1 }],
      [{ variant: null, throttle: 4 }],
    ];
    const plans = groups.flat();
    const embedSamples = new Map<string, EmbedLoad[]>();
    const hydrationSamples = new Map<number, { ms: number; recoverableErrors: string[] }[]>();
    const intlSamples: { first: number; second: number }[] = [];
    // Rounds: every plan once per round, so that a slow moment of the machine hits all of them.
    log(`browser: ${loads} rounds of ${plans.length} page loads in Chromium ${version}`);
    for (let round = 0; round < loads; round++) {
      for (const plan of groups.flatMap((group) => (round % 2 ? [...group].reverse() : group))) {
        if (plan.variant) {
          const key = `${plan.base ?? ""}${plan.variant.id}@${plan.throttle}`;
          const sample = await embedLoad(plan.variant, plan.throttle, plan.base);
          embedSamples.set(key, [...(embedSamples.get(key) ?? []), sample]);
        } else {
          hydrationSamples.set(plan.throttle, [
            ...(hydrationSamples.get(plan.throttle) ?? []),
            await hydrateLoad(plan.throttle),
          ]);
        }
      }
      intlSamples.push(await intlLoad());
    }
    // Traced loads, after the timed ones (tracing slows the page): where the embed's time goes.
    const traceSamples: TraceLoad[] = [];
    for (let i = 0; i < Math.min(loads, 8); i++)
      traceSamples.push(await traceLoad(browser, `${server.origin}/embed-radar.html`));
    const trace = {
      loads: traceSamples.length,
      span: stats(traceSamples.map((t) => t.span)),
      busy: stats(traceSamples.map((t) => t.busy)),
      parse: stats(traceSamples.map((t) => t.parse)),
      compile: stats(traceSamples.map((t) => t.compile)),
      evaluate: stats(traceSamples.map((t) => t.evaluate)),
      styleLayout: stats(traceSamples.map((t) => t.styleLayout)),
      gc: stats(traceSamples.map((t) => t.gc)),
    };
    const rows = (base: string | undefined): EmbedRow[] =>
      plans
        .filter((p) => p.variant && p.base === base)
        .map(({ variant, throttle }) => {
          const samples = embedSamples.get(`${base ?? ""}${variant!.id}@${throttle}`)!;
          const numbers = (f: (s: EmbedLoad) => number | null) =>
            stats(samples.map(f).filter((x): x is number => x !== null));
          return {
            id: variant!.id,
            label: variant!.label,
            throttle,
            ready: numbers((s) => s.ready),
            frame: numbers((s) => s.frame),
            scriptLoaded: numbers((s) => s.scriptLoaded),
            dataLoaded: numbers((s) => s.dataLoaded),
            dataRequested: numbers((s) => s.dataRequested),
            marks: Math.min(...samples.map((s) => s.marks)),
          };
        });
    const hydration: HydrationRow[] = [...hydrationSamples].map(([throttle, samples]) => ({
      throttle,
      ms: stats(samples.map((s) => s.ms)),
      recoverableErrors: samples.reduce((n, s) => n + s.recoverableErrors.length, 0),
    }));
    const intl = { first: stats(intlSamples.map((s) => s.first)), second: stats(intlSamples.map((s) => s.second)) };
    return {
      chromium: version,
      loads,
      embed: rows(undefined),
      // The same pages with the build to compare, alternated with these (BENCH_EMBED_BEFORE).
      embedBefore: EMBED_BEFORE
        ? { what: process.env.BENCH_EMBED_BEFORE_LABEL ?? EMBED_BEFORE, rows: rows("/before/") }
        : undefined,
      hydration,
      intl,
      trace,
      clientBundle: { min: client.length, html: Buffer.byteLength(hydratePage) },
      nationalScript: {
        min: nationalScript.length,
        gzip: gzipSync(nationalScript, { level: 9 }).length,
        collection300: Buffer.byteLength(JSON.stringify(COLLECTION_300)),
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export type BrowserResult = Awaited<ReturnType<typeof runBrowser>>;

if (process.argv[1]?.endsWith("browser.js")) {
  emit(await runBrowser(Number(process.env.BENCH_LOADS ?? 20)));
}
