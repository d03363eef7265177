// The national view at scale, on generated collections of N = 30, 300 and 3000 evaluations
// (collections.ts): `kompass stats` of the collection (the built CLI in a child process), the
// OverviewTable of N rows and the PositionStrip of N marks server-rendered (renderToString, in this
// process), and the whole site of the collection (`kompass render COLLECTION.json -o SITE`: index,
// one page per evaluation with its position and timeline), wall time and peak memory.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import type { Evaluation } from "@kommunkompassen/core";
import { OverviewTable, PositionStrip } from "@kommunkompassen/react";
import { COLLECTION_SEED, generateCollection, oneModel } from "./collections";
import { emit, log, median, ROOT, stats, type Stats } from "./util";

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

/** One timed pass after an untimed `prepare`: wall and CPU (this process, the garbage collector's threads included) milliseconds. */
function timedPass(prepare: () => void, pass: () => void): { wall: number; cpu: number } {
  prepare();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  pass();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/**
 * Passes of every size interleaved (one of each per round, for at least `minRounds` rounds and
 * `minMs` ms), so that a change in the machine's load weighs on every size alike.
 */
function interleaved(
  sizes: number,
  prepare: (i: number) => void,
  pass: (i: number) => void,
  minRounds: number,
  minMs: number,
): { wall: number; cpu: number }[][] {
  const runs = Array.from({ length: sizes }, () => [] as { wall: number; cpu: number }[]);
  const start = performance.now();
  while (runs[0]!.length < minRounds || performance.now() - start < minMs)
    for (let i = 0; i < sizes; i++)
      runs[i]!.push(
        timedPass(
          () => prepare(i),
          () => pass(i),
        ),
      );
  return runs;
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
  bytes: number;
  /** What N counts: rows of the table, marks of the strip. */
  items: number;
}

/** renderToString of `element(evaluations)`, fresh and cached, after warm-up; the sizes interleaved. */
function renderRows(
  sets: readonly (readonly Evaluation[])[],
  element: (evaluations: readonly Evaluation[]) => ReactElement,
  items: (html: string, n: number) => number,
): RenderRow[] {
  const copy = (list: readonly Evaluation[]) => structuredClone(list) as Evaluation[];
  for (let i = 0; i < 3; i++) for (const set of sets) renderToString(element(copy(set)));
  const inputs = sets.map(copy);
  const html = sets.map(() => "");
  const fresh = interleaved(
    sets.length,
    (i) => (inputs[i] = copy(sets[i]!)),
    (i) => (html[i] = renderToString(element(inputs[i]!))),
    7,
    6000,
  );
  const kept = sets.map(copy);
  kept.forEach((list) => renderToString(element(list)));
  const cached = interleaved(
    sets.length,
    () => undefined,
    (i) => renderToString(element(kept[i]!)),
    7,
    4000,
  );
  return sets.map((set, i) => {
    const n = set.length;
    const f = stats(fresh[i]!.map((r) => r.wall));
    const c = stats(cached[i]!.map((r) => r.wall));
    return {
      n,
      fresh: f,
      cached: c,
      perItemUs: (f.median * 1000) / n,
      cpuPerItemUs: (median(fresh[i]!.map((r) => r.cpu)) * 1000) / n,
      cachedPerItemUs: (c.median * 1000) / n,
      cachedCpuPerItemUs: (median(cached[i]!.map((r) => r.cpu)) * 1000) / n,
      bytes: Buffer.byteLength(html[i]!),
      items: items(html[i]!, n),
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
    log("OverviewTable and PositionStrip, server-rendered");
    const overview = renderRows(
      collections.map((c) => c.evaluations),
      (evaluations) => <OverviewTable evaluations={evaluations} />,
      (html) => (html.match(/<tr[\s>]/g) ?? []).length,
    );
    const single = NATIONAL_SIZES.map((n) => oneModel(n));
    const strip = renderRows(
      single,
      (evaluations) => <PositionStrip evaluation={evaluations[17]} evaluations={evaluations} areas={false} />,
      marksOf,
    );
    const stripAreas = renderRows(
      single,
      (evaluations) => <PositionStrip evaluation={evaluations[17]} evaluations={evaluations} />,
      marksOf,
    );
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
  emit(await runNational(process.env.BENCH_QUICK === "1"));
}
