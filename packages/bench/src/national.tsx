// The national view at scale, on generated collections of N = 30, 300 and 3000 evaluations
// (collections.ts): `kompass stats` of the collection (the built CLI in a child process), the
// OverviewTable of N rows and the PositionStrip of N marks server-rendered (renderToString, each
// size in child processes of its own: BENCH_RENDER=name:N:ms), and the whole site of the collection
// (`kompass render COLLECTION.json -o SITE`: index, one page per evaluation with its position and
// timeline), wall time and peak memory.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance, PerformanceObserver } from "node:perf_hooks";
import { renderToString } from "react-dom/server";
import type { Evaluation } from "@kommunkompassen/core";
import { OverviewTable, PositionStrip } from "@kommunkompassen/react";
import { COLLECTION_SEED, generateCollection, oneModel } from "./collections";
import { emit, log, median, ROOT, runEmitting, stats, type Stats } from "./util";

export const NATIONAL_SIZES = [30, 300, 3000] as const;

const TIME = "/usr/bin/time";

/** One run of a command in a child process: wall time (spawn to exit), peak RSS, CPU, its stdout. */
interface Run {
  wallMs: number;
  maxRssMb: number;
  cpuS: number | null;
  stdout: string;
}

function runNode(args: string[]): Promise<Run> {
  const useTime = existsSync(TIME);
  // Without GNU time, the child reports its own peak RSS on exit (--import of a data: URL).
  const report = `data:text/javascript,process.on("exit",()=>process.stderr.write("maxRSS "+process.resourceUsage().maxRSS+"\\n"))`;
  const [command, argv] = useTime
    ? [TIME, ["-v", process.execPath, ...args]]
    : [process.execPath, ["--import", report, ...args]];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, argv, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${args.join(" ")} exited with ${code}:\n${stderr.slice(-2000)}`));
      const kb = Number(
        (useTime ? stderr.match(/Maximum resident set size \(kbytes\): (\d+)/) : stderr.match(/maxRSS (\d+)/))?.[1],
      );
      const user = stderr.match(/User time \(seconds\): ([\d.]+)/)?.[1];
      const sys = stderr.match(/System time \(seconds\): ([\d.]+)/)?.[1];
      resolve({ wallMs, maxRssMb: kb / 1024, cpuS: user && sys ? Number(user) + Number(sys) : null, stdout });
    });
  });
}

export interface CommandRow {
  n: number;
  runs: { wallMs: number; maxRssMb: number; cpuS: number | null }[];
  wallMs: Stats;
  maxRssMb: Stats;
  /** Median wall time / N. */
  perItemMs: number;
}

async function timed(n: number, count: number, args: () => string[], check: (run: Run) => void): Promise<CommandRow> {
  const runs: Run[] = [];
  for (let i = 0; i < count; i++) {
    const run = await runNode(args());
    check(run);
    runs.push(run);
  }
  const wall = stats(runs.map((r) => r.wallMs));
  return {
    n,
    runs: runs.map(({ wallMs, maxRssMb, cpuS }) => ({ wallMs, maxRssMb, cpuS })),
    wallMs: wall,
    maxRssMb: stats(runs.map((r) => r.maxRssMb)),
    perItemMs: wall.median / n,
  };
}

/** Milliseconds of garbage collection that started within each [from, to) span (PerformanceObserver "gc" entries). */
function gcWatch(): { within(spans: readonly (readonly [number, number])[]): Promise<number[]> } {
  const entries: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) entries.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ entryTypes: ["gc"] });
  return {
    async within(spans) {
      await new Promise((resolve) => setTimeout(resolve, 50)); // the observer's entries arrive asynchronously
      observer.disconnect();
      return spans.map(([from, to]) =>
        entries.filter((e) => e.start >= from && e.start < to).reduce((sum, e) => sum + e.duration, 0),
      );
    },
  };
}

/** One pass timed after an untimed `prepare`, for at least `minPasses` passes and `minMs` ms. */
function passes(prepare: () => void, pass: () => void, minPasses: number, minMs: number) {
  const runs: { wall: number; cpu: number; span: [number, number] }[] = [];
  const start = performance.now();
  while (runs.length < minPasses || performance.now() - start < minMs) {
    prepare();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    pass();
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    runs.push({ wall: t1 - t0, cpu: (c.user + c.system) / 1000, span: [t0, t1] });
  }
  return runs;
}

/** The components rendered, each with the evaluations of size N it is given and what its output counts. */
const RENDERS = {
  overview: {
    set: (n: number): readonly Evaluation[] => generateCollection(n).evaluations,
    element: (evaluations: readonly Evaluation[]) => <OverviewTable evaluations={evaluations} />,
    items: (html: string) => (html.match(/<tr[\s>]/g) ?? []).length,
  },
  strip: {
    set: oneModel,
    element: (evaluations: readonly Evaluation[]) => (
      <PositionStrip evaluation={evaluations[17]} evaluations={evaluations} areas={false} />
    ),
    items: (html: string) => marksOf(html),
  },
  stripAreas: {
    set: oneModel,
    element: (evaluations: readonly Evaluation[]) => (
      <PositionStrip evaluation={evaluations[17]} evaluations={evaluations} />
    ),
    items: (html: string) => marksOf(html),
  },
} as const;

type RenderName = keyof typeof RENDERS;

/** What one process measures of one component at one size: its passes, wall, CPU and GC ms each. */
interface RenderPasses {
  fresh: { wall: number; cpu: number; gc: number }[];
  cached: { wall: number; cpu: number; gc: number }[];
  bytes: number;
  items: number;
}

/**
 * In this process alone: renderToString of the component at size n after a warm-up, "fresh" (a
 * new copy of the evaluations each pass, copied untimed) for `ms` and "cached" (the same array
 * again) for two thirds of it.
 */
async function measureRender(name: RenderName, n: number, ms: number): Promise<RenderPasses> {
  const { set, element, items } = RENDERS[name];
  const evaluations = set(n);
  const copy = () => structuredClone(evaluations) as Evaluation[];
  for (let i = 0; i < 3; i++) renderToString(element(copy()));
  const gc = gcWatch();
  let input = copy();
  let html = "";
  const fresh = passes(
    () => (input = copy()),
    () => (html = renderToString(element(input))),
    5,
    ms,
  );
  const kept = copy();
  renderToString(element(kept));
  const cached = passes(
    () => undefined,
    () => renderToString(element(kept)),
    5,
    (ms * 2) / 3,
  );
  const gcMs = await gc.within([...fresh, ...cached].map((r) => r.span));
  const withGc = (runs: typeof fresh, from: number) =>
    runs.map(({ wall, cpu }, i) => ({ wall, cpu, gc: gcMs[from + i]! }));
  return {
    fresh: withGc(fresh, 0),
    cached: withGc(cached, fresh.length),
    bytes: Buffer.byteLength(html),
    items: items(html),
  };
}

/** A child process of this file that runs measureRender alone and hands back its passes. */
function renderInChild(name: RenderName, n: number, ms: number): Promise<RenderPasses> {
  return runEmitting<RenderPasses>(process.argv[1]!, { BENCH_RENDER: `${name}:${n}:${ms}` });
}

export interface RenderRow {
  n: number;
  /** A fresh copy of the evaluations for every render: validation and statistics included. */
  fresh: Stats;
  /** The same evaluations every time, as on the pages of a site: validation and statistics cached. */
  cached: Stats;
  /** fresh median / N, µs. */
  perItemUs: number;
  /** CPU time of a fresh render (median) / N, µs. */
  cpuPerItemUs: number;
  cachedPerItemUs: number;
  /** CPU time of a cached render (median) / N, µs. */
  cachedCpuPerItemUs: number;
  /** CPU time of all fresh renders / (renders × N), µs: the collections that fall on some renders shared by all. */
  meanCpuPerItemUs?: number;
  /** CPU time of all cached renders / (renders × N), µs. */
  cachedMeanCpuPerItemUs?: number;
  /** Garbage collection within a fresh render (median), ms. */
  freshGcMs?: number;
  /** Garbage collection within a cached render (median), ms. */
  cachedGcMs?: number;
  bytes: number;
  /** What N counts: rows of the table, marks of the strip. */
  items: number;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** How many processes each size is measured in, one after another, the sizes taking turns. */
const ROUNDS = 3;

/**
 * renderToString of a component at every size, fresh and cached. Each size is measured in
 * processes of its own (ROUNDS of them, the sizes taking turns so that a change in the machine's
 * load weighs on every size alike): in one process, the garbage the renders of 3000 rows leave
 * is collected within the next renders of 300 and was counted to them.
 */
async function renderRows(name: RenderName, quick: boolean): Promise<RenderRow[]> {
  const ms = quick ? 600 : 2000;
  const all = NATIONAL_SIZES.map(() => ({ fresh: [], cached: [], bytes: 0, items: 0 }) as RenderPasses);
  for (let round = 0; round < (quick ? 1 : ROUNDS); round++)
    for (const [i, n] of NATIONAL_SIZES.entries()) {
      const got = await renderInChild(name, n, ms);
      all[i]!.fresh.push(...got.fresh);
      all[i]!.cached.push(...got.cached);
      all[i]!.bytes = got.bytes;
      all[i]!.items = got.items;
    }
  return NATIONAL_SIZES.map((n, i) => {
    const { fresh, cached, bytes, items } = all[i]!;
    const f = stats(fresh.map((r) => r.wall));
    const c = stats(cached.map((r) => r.wall));
    return {
      n,
      fresh: f,
      cached: c,
      perItemUs: (f.median * 1000) / n,
      cpuPerItemUs: (median(fresh.map((r) => r.cpu)) * 1000) / n,
      cachedPerItemUs: (c.median * 1000) / n,
      cachedCpuPerItemUs: (median(cached.map((r) => r.cpu)) * 1000) / n,
      meanCpuPerItemUs: (mean(fresh.map((r) => r.cpu)) * 1000) / n,
      cachedMeanCpuPerItemUs: (mean(cached.map((r) => r.cpu)) * 1000) / n,
      freshGcMs: median(fresh.map((r) => r.gc)),
      cachedGcMs: median(cached.map((r) => r.gc)),
      bytes,
      items,
    };
  });
}

/** The number of marks in a strip's one path (`h0` per dot) of the first strip. */
const marksOf = (html: string) => (/kk-strip__marks" d="([^"]*)"/.exec(html)?.[1] ?? "").split("h0").length - 1;

export interface SiteRow extends CommandRow {
  pages: number;
  outputBytes: number;
}

/** `kompass render COLLECTION.json -o SITE`, or (when the built CLI has no site of a collection) renderSite itself. */
async function sites(files: Map<number, string>, base: string, quick: boolean) {
  const cli = `${ROOT}packages/cli/dist/cli.js`;
  const viaRenderSite = join(base, "render-site.mjs");
  writeFileSync(
    viaRenderSite,
    `import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
const { renderSite } = await import(${JSON.stringify(`${ROOT}packages/react/dist/server.js`)});
const { validateCollection } = await import(${JSON.stringify(`${ROOT}packages/core/dist/index.js`)});
const [input, output] = process.argv.slice(2);
const checked = validateCollection(JSON.parse(readFileSync(input, "utf8")));
if (!checked.valid) throw new Error("invalid collection");
const site = renderSite(checked.collection.evaluations.map((evaluation, i) => ({ file: input + "#" + i, evaluation })), { frameworks: checked.frameworks });
mkdirSync(output, { recursive: true });
for (const file of site.files) writeFileSync(join(output, file.name), file.content());
`,
  );
  // Does the built CLI write a site of a collection (its index has the overview table)?
  const probe = join(base, "probe");
  let method: "kompass render" | "renderSite" = "renderSite";
  try {
    await runNode([cli, "render", files.get(30)!, "-o", probe]);
    if (readFileSync(join(probe, "index.html"), "utf8").includes("kk-overview")) method = "kompass render";
  } catch {
    method = "renderSite";
  }
  rmSync(probe, { recursive: true, force: true });
  log(`site of a collection measured with ${method}`);
  const rows: SiteRow[] = [];
  for (const n of NATIONAL_SIZES) {
    let k = 0;
    let pages = 0;
    let outputBytes = 0;
    const row = await timed(
      n,
      quick || n >= 3000 ? 1 : 3,
      () => {
        const out = join(base, `site-${n}-${k++}`);
        return method === "kompass render"
          ? [cli, "render", files.get(n)!, "-o", out]
          : [viaRenderSite, files.get(n)!, out];
      },
      () => {
        const out = join(base, `site-${n}-${k - 1}`);
        const names = readdirSync(out);
        pages = names.length - 1;
        if (!outputBytes) outputBytes = names.reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
        rmSync(out, { recursive: true, force: true });
      },
    );
    rows.push({ ...row, pages, outputBytes });
    log(
      `site of ${n}: ${(row.wallMs.median / 1000).toFixed(2)} s, ${row.maxRssMb.median.toFixed(0)} MB, ${pages} pages`,
    );
  }
  return { method, rows };
}

export async function runNational(quick = false) {
  const base = mkdtempSync(join(tmpdir(), "kk-bench-national-"));
  try {
    const collections = NATIONAL_SIZES.map((n) => generateCollection(n));
    const files = new Map<number, string>();
    const described = collections.map((collection) => {
      const n = collection.evaluations.length;
      const file = join(base, `collection-${n}.json`);
      const text = JSON.stringify(collection);
      writeFileSync(file, text);
      files.set(n, file);
      const byModel = new Map<string, Set<string>>();
      for (const e of collection.evaluations)
        byModel.set(e.framework, (byModel.get(e.framework) ?? new Set()).add(e.municipality.code ?? ""));
      return {
        n,
        bytes: Buffer.byteLength(text),
        municipalities: new Set(collection.evaluations.map((e) => e.municipality.code)).size,
        models: Object.fromEntries([...byModel].map(([id, codes]) => [id, codes.size])),
        // What a site's pages show in all: each evaluation's page has a mark for every ranked
        // evaluation of its model (the latest of each municipality).
        marksShown: collection.evaluations.reduce((sum, e) => sum + byModel.get(e.framework)!.size, 0),
      };
    });
    log("kompass stats of the generated collections");
    const cli = `${ROOT}packages/cli/dist/cli.js`;
    const statsRows: CommandRow[] = [];
    for (const n of NATIONAL_SIZES)
      statsRows.push(
        await timed(
          n,
          quick ? 1 : 5,
          () => [cli, "stats", files.get(n)!, "--json"],
          (run) => {
            const out = JSON.parse(run.stdout) as { evaluations: unknown[] };
            if (out.evaluations.length !== n) throw new Error(`kompass stats gave ${out.evaluations.length} of ${n}`);
          },
        ),
      );
    log("OverviewTable and PositionStrip, server-rendered, each size in processes of its own");
    const overview = await renderRows("overview", quick);
    const strip = await renderRows("strip", quick);
    const stripAreas = await renderRows("stripAreas", quick);
    log("the site of each collection");
    const site = await sites(files, base, quick);
    return {
      seed: COLLECTION_SEED,
      collections: described,
      stats: statsRows,
      overview,
      strip,
      stripAreas,
      site,
    };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

export type NationalResult = Awaited<ReturnType<typeof runNational>>;

if (process.argv[1]?.endsWith("national.js")) {
  const render = process.env.BENCH_RENDER?.split(":");
  if (render) emit(await measureRender(render[0] as RenderName, Number(render[1]), Number(render[2])));
  else emit(await runNational(process.env.BENCH_QUICK === "1"));
}
