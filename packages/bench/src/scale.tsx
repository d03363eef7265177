// Scale: validation and scoring throughput, a bar chart of N totals, and `kompass render` of a
// folder of N generated municipalities (the built CLI in a child process, wall time and peak
// memory), for N = 30, 300, 3000. Evaluations come from test/support/arbitraries.ts.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { renderToString } from "react-dom/server";
import { parseEvaluation, scoreEvaluation, validateEvaluation, type Evaluation } from "@kommunkompassen/core";
import { generate, SEED } from "./inputs";
import { TotalsBarChart, type TotalItem } from "./totals-chart";
import { emit, log, median, ROOT, stats, type Stats } from "./util";

export const SIZES = [30, 300, 3000] as const;

/** Repeats `pass` until at least `minPasses` passes and `minMs` ms; returns the time of each pass. */
function passes(pass: () => void, minPasses: number, minMs: number): number[] {
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minPasses || performance.now() - start < minMs) {
    const t0 = performance.now();
    pass();
    times.push(performance.now() - t0);
  }
  return times;
}

export interface ThroughputRow {
  n: number;
  passes: number;
  /** median time of one pass over the N evaluations, ms */
  passMs: number;
  /** µs per evaluation (median pass / N) */
  perItemUs: number;
  /** CPU time (user + system, this process's threads: the garbage collector's included) per evaluation, µs: median of the passes */
  cpuPerItemUs: number;
  perSecond: number;
}

/** One timed pass: wall and CPU milliseconds. */
function timedPass(pass: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  pass();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/**
 * Passes over the first N items for every N, interleaved (one pass of each size per round, for at
 * least `minRounds` rounds and `minMs` ms), so that a change in the machine's load during the
 * measurement weighs on every size alike rather than on the size that happened to run then.
 */
function throughput(items: readonly unknown[], each: (item: unknown) => void, minRounds = 9, minMs = 1500) {
  for (const item of items) each(item); // warm-up over every item
  const subsets = SIZES.map((n) => items.slice(0, n));
  const runs = SIZES.map(() => [] as { wall: number; cpu: number }[]);
  const start = performance.now();
  while (runs[0]!.length < minRounds || performance.now() - start < minMs)
    subsets.forEach((subset, i) =>
      runs[i]!.push(
        timedPass(() => {
          for (const item of subset) each(item);
        }),
      ),
    );
  return SIZES.map((n, i): ThroughputRow => {
    const passMs = median(runs[i]!.map((r) => r.wall));
    const cpuMs = median(runs[i]!.map((r) => r.cpu));
    const perItemUs = (passMs * 1000) / n;
    return {
      n,
      passes: runs[i]!.length,
      passMs,
      perItemUs,
      cpuPerItemUs: (cpuMs * 1000) / n,
      perSecond: n / (passMs / 1000),
    };
  });
}

export interface ChartRow {
  n: number;
  stats: Stats;
  perItemUs: number;
  elements: number;
  bytes: number;
}

function totalsChart(evaluations: readonly Evaluation[]): ChartRow[] {
  const items: TotalItem[] = evaluations.map((e) => ({
    label: `${e.municipality.name} ${e.year}`,
    total: scoreEvaluation(e).total.value ?? 0,
  }));
  const render = (n: number) => renderToString(<TotalsBarChart items={items.slice(0, n)} />);
  for (let i = 0; i < 5; i++) for (const n of SIZES) render(n);
  return SIZES.map((n) => {
    let html = "";
    const times = passes(
      () => {
        html = render(n);
      },
      9,
      600,
    );
    const s = stats(times);
    return {
      n,
      stats: s,
      perItemUs: (s.median * 1000) / n,
      elements: (html.match(/<[a-zA-Z]/g) ?? []).length,
      bytes: Buffer.byteLength(html),
    };
  });
}

export interface CliRun {
  wallMs: number;
  maxRssMb: number;
  userS?: number;
  sysS?: number;
}

export interface CliRow {
  n: number;
  runs: CliRun[];
  wallMs: Stats;
  maxRssMb: Stats;
  perPageMs: number;
  outputBytes: number;
  pages: number;
}

const TIME = "/usr/bin/time";

/** One `kompass render IN -o OUT` in a child process: wall time (spawn to exit) and peak RSS. */
function runCli(input: string, output: string): Promise<CliRun> {
  const cli = `${ROOT}packages/cli/dist/cli.js`;
  const useTime = existsSync(TIME);
  // Without GNU time, a wrapper runs the CLI's programmatic `run` and reports process.resourceUsage().maxRSS.
  const wrapper = `const { run } = await import(${JSON.stringify(`${ROOT}packages/cli/dist/index.js`)}); process.exitCode = run(["render", ${JSON.stringify(input)}, "-o", ${JSON.stringify(output)}], { out() {}, err: (t) => process.stderr.write(t + "\\n") }); process.on("exit", () => process.stderr.write("maxRSS " + process.resourceUsage().maxRSS + "\\n"));`;
  const [command, args] = useTime
    ? [TIME, ["-v", process.execPath, cli, "render", input, "-o", output]]
    : [process.execPath, ["--input-type=module", "-e", wrapper]];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NODE_ENV: "production" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - t0;
      if (code !== 0) return reject(new Error(`kompass render exited with ${code}:\n${stderr.slice(-2000)}`));
      const kb = useTime
        ? Number(stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1])
        : Number(stderr.match(/maxRSS (\d+)/)?.[1]);
      const user = stderr.match(/User time \(seconds\): ([\d.]+)/)?.[1];
      const sys = stderr.match(/System time \(seconds\): ([\d.]+)/)?.[1];
      resolve({
        wallMs,
        maxRssMb: kb / 1024,
        ...(user ? { userS: Number(user) } : {}),
        ...(sys ? { sysS: Number(sys) } : {}),
      });
    });
  });
}

/**
 * The folder sizes: a folder is rendered as a site whose every page shows all of its model's
 * evaluations, and these N made-up municipalities are all of one model, so 3000 would be 3000
 * pages of 3000 marks each (minutes; Sweden has 290 municipalities): only with BENCH_FOLDER_3000=1.
 */
const FOLDER_SIZES = process.env.BENCH_FOLDER_3000 === "1" ? SIZES : ([30, 300] as const);

async function cliFolders(evaluations: readonly Evaluation[], runsFor: (n: number) => number): Promise<CliRow[]> {
  const base = mkdtempSync(join(tmpdir(), "kk-bench-"));
  try {
    const rows: CliRow[] = [];
    for (const n of FOLDER_SIZES) {
      const input = join(base, `in-${n}`);
      mkdirSync(input);
      evaluations
        .slice(0, n)
        .forEach((e, i) =>
          writeFileSync(join(input, `kommun-${String(i).padStart(4, "0")}.json`), JSON.stringify(e, null, 2)),
        );
      const runs: CliRun[] = [];
      let outputBytes = 0;
      let pages = 0;
      const count = runsFor(n);
      for (let r = 0; r < count; r++) {
        const output = join(base, `out-${n}-${r}`);
        runs.push(await runCli(input, output));
        const files = readdirSync(output);
        pages = files.length - 1; // index.html
        if (r === 0) outputBytes = files.reduce((sum, f) => sum + statSync(join(output, f)).size, 0);
        rmSync(output, { recursive: true, force: true });
      }
      const wall = stats(runs.map((r) => r.wallMs));
      rows.push({
        n,
        runs,
        wallMs: wall,
        maxRssMb: stats(runs.map((r) => r.maxRssMb)),
        perPageMs: wall.median / n,
        outputBytes,
        pages,
      });
      log(`kompass render of ${n} files: median ${wall.median.toFixed(0)} ms over ${count} runs`);
    }
    return rows;
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

export async function runScale(quick = false) {
  const t0 = performance.now();
  const evaluations = generate(Math.max(...SIZES));
  const generateMs = performance.now() - t0;
  const texts = evaluations.map((e) => JSON.stringify(e, null, 2));
  const valid = evaluations.map((e) => {
    const r = validateEvaluation(e);
    if (!r.valid) throw new Error(`a generated evaluation is invalid: ${JSON.stringify(r.errors[0])}`);
    return r.evaluation;
  });
  const warnings = evaluations.reduce((sum, e) => sum + validateEvaluation(e).warnings.length, 0);
  log("validation and scoring throughput");
  const validate = throughput(evaluations, (e) => validateEvaluation(e));
  const parse = throughput(texts, (t) => parseEvaluation(t as string));
  const score = throughput(valid, (e) => scoreEvaluation(e as Evaluation));
  log("bar chart of N totals");
  const chart = totalsChart(valid);
  log("kompass render of generated folders");
  // 3000 pages take about a minute per run: two runs there (both shown), three below.
  const cli = await cliFolders(evaluations, (n) => (quick ? 1 : n >= 3000 ? 2 : 3));
  const bytesPerFile = median(texts.map((t) => Buffer.byteLength(t)));
  return {
    seed: SEED,
    generateMs,
    bytesPerFile,
    warnings,
    timeTool: existsSync(TIME) ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS",
    validate,
    parse,
    score,
    chart,
    cli,
  };
}

export type ScaleResult = Awaited<ReturnType<typeof runScale>>;

if (process.argv[1]?.endsWith("scale.js")) {
  emit(await runScale(process.env.BENCH_QUICK === "1"));
}
