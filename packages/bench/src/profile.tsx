// Profiles of the workloads behind the targets: node --cpu-prof for server rendering, validation
// and `kompass render` of 300 files; Chrome's sampling profiler (CDP) for the embed and the
// hydration in the browser, with unminified builds of the same sources so that names are readable.
// Also counts how often one render validates the same evaluation (an instrumented bundle).
import { build, type Plugin } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderToString } from "react-dom/server";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../../test/support/chromium.mjs";
import { selfTimes, type CpuProfile } from "./cpuprofile";
import { embedBuildOptions } from "../../embed/build-options.mjs";
import { patches, type PatchName } from "./patches";
import { ReportApp } from "./hydrate-app";
import { generate, viewEvaluations } from "./inputs";
import { BENCH, emit, fixture, fixtureText, log, median, RESULT_PREFIX, ROOT, stats } from "./util";

function nodeProfile(args: string[], cwd = ROOT): CpuProfile {
  const dir = mkdtempSync(join(tmpdir(), "kk-prof-"));
  try {
    const result = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, ...args], {
      cwd,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    if (result.status !== 0) throw new Error(`profiling ${args.join(" ")} failed: ${result.stderr}`);
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!;
    return JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Adds up several profiles' samples (they are summed per function by selfTimes). */
function merge(profiles: CpuProfile[]): CpuProfile {
  const out: CpuProfile = { nodes: [], samples: [], timeDeltas: [] };
  profiles.forEach((p, i) => {
    const offset = (i + 1) * 1_000_000;
    for (const node of p.nodes) out.nodes.push({ ...node, id: node.id + offset });
    for (const s of p.samples) out.samples.push(s + offset);
    out.timeDeltas.push(...p.timeDeltas);
  });
  return out;
}

/** Counts validateEvaluation calls and schema nodes visited in one render (an instrumented build of the packages' dist). */
async function countValidations() {
  const count: Plugin = {
    name: "count-validations",
    setup(b) {
      b.onLoad({ filter: /packages[\\/]core[\\/]dist[\\/]index\.js$/ }, (args) => {
        const text = readFileSync(args.path, "utf8")
          .replace(
            "function validateEvaluation(input, options = {}) {",
            "function validateEvaluation(input, options = {}) { globalThis.__kkValidations++;",
          )
          .replace(
            "function checkAgainstSchema(value, node, path, sink) {",
            "function checkAgainstSchema(value, node, path, sink) { globalThis.__kkSchemaNodes++;",
          );
        return { contents: text, loader: "js" };
      });
    },
  };
  const out = `${BENCH}dist/count-validations.mjs`;
  await build({
    stdin: {
      resolveDir: `${BENCH}src`,
      loader: "tsx",
      contents: `
        import { renderToString } from "react-dom/server";
        import { EvaluationReport, RadarProfile, AreaBarChart } from "@kommunkompassen/react";
        import { renderReportDocument } from "@kommunkompassen/react/server";
        import { OursView } from "./peers/ours";
        export function counts(avesta, view) {
          const measure = (f) => { globalThis.__kkValidations = 0; globalThis.__kkSchemaNodes = 0; f(); return { validations: globalThis.__kkValidations, schemaNodes: globalThis.__kkSchemaNodes }; };
          return {
            validateOnce: measure(() => import.meta && null),
            radar: measure(() => renderToString(<RadarProfile evaluation={avesta} />)),
            bars: measure(() => renderToString(<AreaBarChart evaluation={avesta} />)),
            view: measure(() => renderToString(<OursView {...view} />)),
            report: measure(() => renderToString(<EvaluationReport evaluation={avesta} />)),
            renderReportDocument: measure(() => renderReportDocument(avesta, {})),
          };
        }`,
    },
    bundle: true,
    platform: "node",
    format: "esm",
    jsx: "automatic",
    outfile: out,
    external: ["react", "react-dom", "react/*", "react-dom/*"],
    plugins: [count],
    logLevel: "error",
  });
  const { counts } = (await import(out)) as {
    counts: (a: unknown, v: unknown) => Record<string, { validations: number; schemaNodes: number }>;
  };
  const result = counts(fixture("avesta-2014"), viewEvaluations());
  delete result.validateOnce;
  return result;
}

/**
 * The element's script (its default view) as packages/embed/build.mjs builds it (minified; one file,
 * without the modules it loads on demand), with the given patches (which patch the built core: the
 * embed builds from the core's sources, so they do not reach it).
 */
async function embedBundle(names: PatchName[], minify = true): Promise<Uint8Array> {
  const options = embedBuildOptions(`${ROOT}packages/embed/`);
  const result = await build({
    ...options,
    format: "esm",
    minify,
    plugins: [...patches(names), ...(options.plugins ?? [])],
    write: false,
    logLevel: "error",
  });
  return result.outputFiles[0]!.contents;
}

async function clientBundle(names: PatchName[], minify = true): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [`${BENCH}src/hydrate-client.tsx`],
    bundle: true,
    minify,
    format: "esm",
    target: "es2020",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: patches(names),
    write: false,
    logLevel: "error",
  });
  return result.outputFiles[0]!.contents;
}

/** Browser: the embed's time to ready and the hydration, as built and with all three patches, alternated. */
async function whatIfBrowser(loads: number) {
  const all: PatchName[] = ["memoResolve", "memoValidate", "noIntl"];
  const html = renderToString(<ReportApp evaluation={fixture("avesta-2014")} />);
  const start = (file: string) =>
    `const t0 = performance.now(); document.addEventListener("kommunkompass:ready", () => { window.__done = performance.now() - t0; }); import("/${file}");`;
  const routes: Record<string, [string | Uint8Array, string]> = {
    "/embed-asBuilt.js": [await embedBundle([]), "text/javascript"],
    "/embed-patched.js": [await embedBundle(all), "text/javascript"],
    "/client-asBuilt.js": [await clientBundle([]), "text/javascript"],
    "/client-patched.js": [await clientBundle(all), "text/javascript"],
    "/start-asBuilt.js": [start("embed-asBuilt.js"), "text/javascript"],
    "/start-patched.js": [start("embed-patched.js"), "text/javascript"],
    "/kommunkompass.css": [readFileSync(`${ROOT}packages/embed/dist/kommunkompass.css`), "text/css"],
    "/styles.css": [readFileSync(`${ROOT}packages/react/dist/styles.css`), "text/css"],
    "/data/avesta-2014.json": [fixtureText("avesta-2014"), "application/json"],
  };
  for (const v of ["asBuilt", "patched"]) {
    routes[`/embed-${v}.html`] = [
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>p</title><link rel="stylesheet" href="/kommunkompass.css"><script type="module" src="/start-${v}.js"></script></head><body><kommunkompass-profil src="/data/avesta-2014.json"></kommunkompass-profil></body></html>`,
      "text/html; charset=utf-8",
    ];
    routes[`/hydrate-${v}.html`] = [
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>p</title><link rel="stylesheet" href="/styles.css"></head><body><div id="root">${html}</div><script type="module" src="/client-${v}.js"></script></body></html>`,
      "text/html; charset=utf-8",
    ];
  }
  const { origin, close } = await serveRoutes(routes);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const load = async (path: string, expression: string): Promise<number> => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(origin + path);
        await page.waitForFunction(`${expression} !== undefined`, null, { timeout: 30_000 });
        return (await page.evaluate(expression)) as number;
      } finally {
        await context.close();
      }
    };
    const samples: Record<string, number[]> = {};
    for (let i = -1; i < loads; i++) {
      for (const v of ["asBuilt", "patched"]) {
        const embed = await load(`/embed-${v}.html`, "window.__done");
        const hydration = await load(`/hydrate-${v}.html`, "(window.__hydration && window.__hydration.ms)");
        if (i >= 0) {
          (samples[`embed-${v}`] ??= []).push(embed);
          (samples[`hydrate-${v}`] ??= []).push(hydration);
        }
      }
    }
    return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, stats(v)]));
  } finally {
    await browser.close();
    await close();
  }
}

async function serveRoutes(routes: Record<string, [string | Uint8Array, string]>) {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? "/", "http://127.0.0.1").pathname];
    if (!route) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": route[1], "cache-control": "no-store" }).end(route[0]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

async function browserProfiles(loads: number) {
  const embed = await embedBundle([], false);
  const client = await clientBundle([], false);
  const start = `const t0 = performance.now(); document.addEventListener("kommunkompass:ready", () => { window.__done = performance.now() - t0; }); import("/kommunkompass.js");`;
  const html = renderToString(<ReportApp evaluation={fixture("avesta-2014")} />);
  const routes: Record<string, [string | Uint8Array, string]> = {
    "/start.js": [start, "text/javascript"],
    "/kommunkompass.js": [embed, "text/javascript"],
    "/kommunkompass.css": [readFileSync(`${ROOT}packages/embed/dist/kommunkompass.css`), "text/css"],
    "/styles.css": [readFileSync(`${ROOT}packages/react/dist/styles.css`), "text/css"],
    "/data/avesta-2014.json": [fixtureText("avesta-2014"), "application/json"],
    "/hydrate.js": [client, "text/javascript"],
    "/embed.html": [
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>p</title><link rel="stylesheet" href="/kommunkompass.css"><script type="module" src="/start.js"></script></head><body><kommunkompass-profil src="/data/avesta-2014.json"></kommunkompass-profil></body></html>`,
      "text/html; charset=utf-8",
    ],
    "/hydrate.html": [
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>p</title><link rel="stylesheet" href="/styles.css"></head><body><div id="root">${html}</div><script type="module" src="/hydrate.js"></script></body></html>`,
      "text/html; charset=utf-8",
    ],
  };
  const { origin, close } = await serveRoutes(routes);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const profileLoads = async (path: string, done: string) => {
      const profiles: CpuProfile[] = [];
      for (let i = 0; i < loads + 1; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
        await cdp.send("Profiler.start");
        await page.goto(origin + path);
        await page.waitForFunction(done, null, { timeout: 30_000 });
        const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
        if (i > 0) profiles.push(profile); // the first load warms the browser up
        await context.close();
      }
      return { ...selfTimes(merge(profiles), 12), loads: profiles.length };
    };
    const embedProfile = await profileLoads("/embed.html", "window.__done !== undefined");
    const hydrationProfile = await profileLoads("/hydrate.html", "window.__hydration !== undefined");
    return { embed: embedProfile, hydration: hydrationProfile };
  } finally {
    await browser.close();
    await close();
  }
}

export const VARIANTS: { id: string; label: string; patches: PatchName[] }[] = [
  { id: "asBuilt", label: "as built", patches: [] },
  { id: "memoResolve", label: "schema $ref resolution memoized", patches: ["memoResolve"] },
  { id: "memoBoth", label: "…and validateEvaluation cached per object", patches: ["memoResolve", "memoValidate"] },
];

/** `kompass render` of 300 files: the CLI bundled as built and with both validation fixes, two runs each, alternated. */
async function whatIfKompass(input: string, base: string) {
  const variants = [
    { id: "asBuilt", patches: [] as PatchName[] },
    { id: "patched", patches: ["memoResolve", "memoValidate"] as PatchName[] },
  ];
  const files: Record<string, string> = {};
  for (const v of variants) {
    files[v.id] = `${BENCH}dist/whatif-cli-${v.id}.mjs`;
    await build({
      entryPoints: [`${ROOT}packages/cli/dist/cli.js`],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: files[v.id],
      external: ["react", "react-dom", "react/*", "react-dom/*"],
      nodePaths: [`${ROOT}packages/cli/node_modules`],
      plugins: patches(v.patches),
      logLevel: "error",
    });
  }
  const samples: Record<string, { wallMs: number; cpuS: number }[]> = {};
  for (let round = 0; round < 2; round++) {
    for (const v of variants) {
      const out = join(base, `out-${v.id}-${round}`);
      const t0 = performance.now();
      const command = [process.execPath, files[v.id]!, "render", input, "-o", out];
      const timed = existsSync("/usr/bin/time");
      const run = timed
        ? spawnSync("/usr/bin/time", ["-f", "%U %S", ...command], {
            env: { ...process.env, NODE_ENV: "production" },
            encoding: "utf8",
          })
        : spawnSync(command[0]!, command.slice(1), {
            env: { ...process.env, NODE_ENV: "production" },
            encoding: "utf8",
          });
      const wallMs = performance.now() - t0;
      if (run.status !== 0) throw new Error(`what-if kompass ${v.id} failed: ${run.stderr}`);
      const [user, sys] = timed ? run.stderr.trim().split("\n").pop()!.split(" ").map(Number) : [NaN, NaN];
      (samples[v.id] ??= []).push({ wallMs, cpuS: user! + sys! });
      rmSync(out, { recursive: true, force: true });
    }
  }
  return Object.fromEntries(
    variants.map((v) => [
      v.id,
      {
        wallMs: median(samples[v.id]!.map((s) => s.wallMs)),
        cpuS: median(samples[v.id]!.map((s) => s.cpuS)),
        runs: samples[v.id]!.length,
      },
    ]),
  );
}

/** Node: the report, the view and validation with and without the patches, each variant in its own process, twice, alternated. */
async function whatIfNode() {
  const files: Record<string, string> = {};
  for (const v of VARIANTS) {
    files[v.id] = `${BENCH}dist/whatif-${v.id}.mjs`;
    await build({
      entryPoints: [`${BENCH}src/whatif-entry.tsx`],
      bundle: true,
      platform: "node",
      format: "esm",
      jsx: "automatic",
      outfile: files[v.id],
      external: ["react", "react-dom", "react/*", "react-dom/*", "fast-check"],
      plugins: patches(v.patches),
      logLevel: "error",
    });
  }
  const samples: Record<string, { reportMs: number; viewMs: number; validateUs: number }[]> = {};
  for (let round = 0; round < 1; round++) {
    for (const v of VARIANTS) {
      const run = spawnSync(process.execPath, [files[v.id]!], {
        env: { ...process.env, NODE_ENV: "production" },
        encoding: "utf8",
      });
      if (run.status !== 0) throw new Error(`what-if ${v.id} failed: ${run.stderr}`);
      const line = run.stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX))!;
      (samples[v.id] ??= []).push(JSON.parse(line.slice(RESULT_PREFIX.length)));
    }
  }
  return VARIANTS.map((v) => ({
    id: v.id,
    label: v.label,
    reportMs: median(samples[v.id]!.map((s) => s.reportMs)),
    viewMs: median(samples[v.id]!.map((s) => s.viewMs)),
    validateUs: median(samples[v.id]!.map((s) => s.validateUs)),
  }));
}

export async function runProfiles() {
  const self = `${BENCH}dist/workload.js`;
  log("profiles: server rendering, validation");
  const view = selfTimes(nodeProfile([self, "view"]));
  const report = selfTimes(nodeProfile([self, "report"]));
  const validate = selfTimes(nodeProfile([self, "validate"]));
  // The totals chart: the same number of bars in all, as 1000 charts of 300 or 100 charts of 3000.
  const gcShare = (name: string) => {
    const profile = selfTimes(nodeProfile([self, name]), 40);
    return {
      total: profile.total,
      gc: profile.functions.filter((f) => f.name === "(garbage collector)").reduce((sum, f) => sum + f.ms, 0),
    };
  };
  const chart = { n300: gcShare("chart300"), n3000: gcShare("chart3000") };
  log("profile: kompass render of 300 generated files");
  const base = mkdtempSync(join(tmpdir(), "kk-prof-"));
  let cli;
  let whatIfCli;
  try {
    const input = join(base, "in");
    mkdirSync(input);
    generate(300).forEach((e, i) =>
      writeFileSync(join(input, `kommun-${String(i).padStart(4, "0")}.json`), JSON.stringify(e, null, 2)),
    );
    cli = selfTimes(nodeProfile([`${ROOT}packages/cli/dist/cli.js`, "render", input, "-o", join(base, "out")]));
    log("what if: kompass render of 300 files with the validation fixes");
    whatIfCli = await whatIfKompass(input, base);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  log("profiles: embed and hydration in Chromium");
  const browser = await browserProfiles(5);
  const validations = await countValidations();
  log("what if: the proposed fixes, measured");
  const whatIf = { node: await whatIfNode(), cli: whatIfCli, browser: await whatIfBrowser(5) };
  return { node: { view, report, validate, cli }, chart, browser, validations, whatIf };
}

export type ProfileResult = Awaited<ReturnType<typeof runProfiles>>;

if (process.argv[1]?.endsWith("profile.js")) {
  emit(await runProfiles());
}
