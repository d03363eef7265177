// Limits: the work per input of every entry point on generated inputs of about 1 and 10 MB (valid
// evaluations as large as the schema allows, unknown keys, deep nesting, long strings; report text
// and CSV for the importers), each measured in a fresh Node process (its peak RSS is that input's),
// plus the embed in headless Chromium on a 1 MB and a near-limit file. docs/limits.md gets the tables.
// Alone: `node packages/bench/src/run.mjs --only limits` (merges into bench-results.json).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { chromium, type Browser } from "playwright-core";
import { chromiumLaunchOptions } from "../../../test/support/chromium.mjs";
import type * as CoreModule from "@kommunkompassen/core";
import type { Evaluation } from "@kommunkompassen/core";
import { BENCH, emit, log, median, RESULT_PREFIX, ROOT } from "./util";

const MiB = 1024 * 1024;
/** The sizes measured: 1 MiB, and 9.5 MiB (just under the 10 MiB file limit of the core and the CLI). */
const SIZES = [1, 9.5];
const CLI = `${ROOT}packages/cli/dist/cli.js`;
const DIR = join(tmpdir(), `kk-bench-limits-${process.pid}`);

// ---------------------------------------------------------------- inputs

const avesta = (): Evaluation =>
  JSON.parse(readFileSync(`${ROOT}test/fixtures/avesta-2014.json`, "utf8")) as Evaluation;
const avestaText = (): string => readFileSync(`${ROOT}test/fixtures/reports/avesta-2014.txt`, "utf8");

/** Repeats `unit` (or what `unit(i)` gives) until the text reaches `bytes` bytes of UTF-8. */
function fill(bytes: number, unit: (i: number) => string): string[] {
  const parts: string[] = [];
  for (let i = 0, length = 0; length < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    length += Buffer.byteLength(part) + 1;
  }
  return parts;
}

/** A valid evaluation: Avesta 2014 with the areas' strengths, improvements and weaknesses lists filled with long texts (within 200 items of 10 000 characters). */
function validLongTexts(bytes: number): string {
  const e = avesta();
  const text = "Kommunen har en tydlig strategi för medborgardialog och följer upp den årligen. ".repeat(50);
  const lists = ["strengths", "improvements", "weaknesses"] as const;
  const count = Math.floor((bytes - 60_000) / (Buffer.byteLength(text) + 3));
  if (count > e.areas.length * lists.length * 200) throw new Error("more text than a valid evaluation holds");
  const areas = e.areas.map((a) => ({ ...a, strengths: [], improvements: [], weaknesses: [] })) as unknown as Record<
    string,
    string[]
  >[];
  for (let i = 0; i < count; i++) areas[i % areas.length]![lists[Math.floor(i / areas.length) % 3]!]!.push(text);
  return JSON.stringify({ ...e, areas });
}

/** A valid evaluation: Avesta 2014 plus an `x-` array of small objects (x- data is not limited by the schema). */
function validWideX(bytes: number): string {
  const e = avesta();
  const row = { id: 1, text: "Kommunen som samhällsbyggare", values: [1, 2, 3] };
  const count = Math.floor((bytes - 60_000) / (Buffer.byteLength(JSON.stringify({ ...row, id: 9_999_999 })) + 1));
  return JSON.stringify({ ...e, "x-rows": Array.from({ length: count }, (_, i) => ({ ...row, id: i })) });
}

const unknownKeys = (bytes: number) => `{${fill(bytes - 2, (i) => `"key${i}":1`).join(",")}}`;

function deepNesting(bytes: number): string {
  const base = JSON.stringify(avesta()).slice(0, -1);
  const depth = Math.floor((bytes - base.length - 20) / 2);
  return `${base},"x-deep":${"[".repeat(depth)}${"]".repeat(depth)}}`;
}

function longString(bytes: number): string {
  const base = JSON.stringify(avesta());
  return JSON.stringify({ ...avesta(), source: { title: "ä".repeat(Math.floor((bytes - base.length) / 2)) } });
}

/** Report text: area headings and sum lines followed by long runs of spaces and tabs. */
const whitespaceRuns = (bytes: number) =>
  `${avestaText()}\n${fill(bytes, (i) => `Område ${(i % 8) + 1}${" ".repeat(65_536)}\nSumma${"\t ".repeat(16_384)}100 p`).join("\n")}`;

/** Report text: Avesta 2014's report text repeated (every area block many times). */
const repeatedReport = (bytes: number) => fill(bytes, () => avestaText()).join("\n");

const CSV_HEAD = "# municipality: Avesta kommun\n# year: 2014\n# framework: kommunkompassen-2.0\n";

/** CSV: one row per sub-question id, each with a cell that is not a number (`achieved`). */
const csvBadCells = (bytes: number) =>
  `${CSV_HEAD}area;question;text;achieved;max;percent\n${fill(bytes, (i) => `${(i % 8) + 1};${(i % 8) + 1}.${(Math.floor(i / 8) % 99) + 1};Hur informeras medborgarna?;tio;20;42%`).join("\n")}`;

/** CSV: a header of about `bytes` bytes (the six columns, then unknown columns), then two rows. */
const csvWideHeader = (bytes: number) =>
  `${CSV_HEAD}area;question;text;achieved;max;percent;${fill(bytes - 200, (i) => `extra${i}`).join(";")}\n1;1.1;Finns en plan?;10;15;65%\n1;1.2;Hur informeras medborgarna?;8;20;42%`;

interface Shape {
  id: string;
  label: string;
  make: (bytes: number) => string;
  ext: "json" | "txt" | "csv";
}

const SHAPES: Shape[] = [
  { id: "validLong", label: "valid: long strengths/improvements/weaknesses texts", make: validLongTexts, ext: "json" },
  { id: "validX", label: "valid: Avesta 2014 plus a wide `x-` array", make: validWideX, ext: "json" },
  { id: "unknownKeys", label: 'unknown keys (`{"key0":1,…}`)', make: unknownKeys, ext: "json" },
  { id: "deep", label: "deep nesting (an `x-` array nested 0.5–5 million deep)", make: deepNesting, ext: "json" },
  { id: "longString", label: 'one long string (`source.title` of "ä"s)', make: longString, ext: "json" },
  {
    id: "whitespace",
    label: "report text: headings and sums followed by long runs of white space",
    make: whitespaceRuns,
    ext: "txt",
  },
  {
    id: "repeated",
    label: "report text: Avesta 2014's report repeated (repeated area blocks)",
    make: repeatedReport,
    ext: "txt",
  },
  { id: "csvBad", label: "CSV: a cell that is not a number in every row", make: csvBadCells, ext: "csv" },
  { id: "csvWide", label: "CSV: a very wide header (the row is the whole file)", make: csvWideHeader, ext: "csv" },
];

const VALID = ["validLong", "validX"];
const JSON_SHAPES = ["validLong", "validX", "unknownKeys", "deep", "longString"];
const IMPORT_SHAPES = ["whitespace", "repeated", "csvBad", "csvWide"];

/** Writes every shape at every size; returns the path of each (`<shape>@<size>`). */
function writeInputs(): Map<string, string> {
  mkdirSync(DIR, { recursive: true });
  const files = new Map<string, string>();
  for (const shape of SHAPES)
    for (const size of SIZES) {
      const path = join(DIR, `${shape.id}-${size}.${shape.ext}`);
      writeFileSync(path, shape.make(Math.floor(size * MiB)));
      files.set(`${shape.id}@${size}`, path);
    }
  files.set("avesta@0", `${ROOT}test/fixtures/avesta-2014.json`);
  files.set("avestaText@0", `${ROOT}test/fixtures/reports/avesta-2014.txt`);
  const over = join(DIR, "over-limit.json");
  writeFileSync(over, validWideX(10.5 * MiB));
  files.set("over@10.5", over);
  writeFileSync(join(DIR, "hook.mjs"), HOOK);
  return files;
}

// ---------------------------------------------------------------- one measurement in a child

/** What one child reports. */
interface ChildMeasure {
  wallMs: number;
  cpuMs: number;
  /** The process's peak RSS (its high-water mark, `process.resourceUsage().maxRSS`), MB. */
  peakRssMb: number;
  /** That peak less the RSS when the call started (the input already read and prepared), MB. */
  aboveMb: number | null;
  /** False when the process's peak was reached before the call (reading or parsing the input): `aboveMb` is then only an upper bound. */
  peakInCall: boolean;
  outcome: string;
}

type Entry = "parse" | "validate" | "score" | "diff" | "render" | "importText" | "importCsv";

/** Runs in the child: reads and prepares the input (not measured), then measures the one call. */
async function childMain(entry: Entry, file: string): Promise<void> {
  const core = await import("@kommunkompassen/core");
  const bytes = readFileSync(file);
  const text = bytes.toString("utf8");
  const call = await prepare(entry, core, text, bytes);
  (globalThis as { gc?: () => void }).gc?.();
  const rssAtStart = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const outcome = await call();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const peak = process.resourceUsage().maxRSS * 1024;
  emit({
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: peak / MiB,
    aboveMb: Math.max(0, peak - rssAtStart) / MiB,
    peakInCall: peak > peakBefore,
    outcome,
  } satisfies ChildMeasure);
}

type Core = typeof CoreModule;

function issuesOutcome(r: { valid: boolean; errors: { kind: string }[] }): string {
  return r.valid ? "valid" : `${r.errors.length} errors, first \`${r.errors[0]?.kind}\``;
}

/** The measured call for an entry point, with its input read and (for the object entry points) parsed beforehand. */
async function prepare(entry: Entry, core: Core, text: string, bytes: Buffer): Promise<() => string | Promise<string>> {
  const parsed = () => {
    const r = core.parseEvaluation(text);
    if (!r.valid) throw new Error(`input not valid: ${r.errors[0]?.kind}`);
    return r.evaluation;
  };
  switch (entry) {
    case "parse":
      return () => issuesOutcome(core.parseEvaluation(text));
    case "validate": {
      const value: unknown = JSON.parse(text);
      return () => issuesOutcome(core.validateEvaluation(value));
    }
    case "score": {
      const e = parsed();
      return () => `${core.scoreEvaluation(e).areas.length} areas scored`;
    }
    case "diff": {
      const [a, b] = [parsed(), parsed()];
      return () => `${core.compareEvaluations(a, b).areas.length} areas compared`;
    }
    case "render": {
      const { renderReportDocument } = await import("@kommunkompassen/react/server");
      const value = JSON.parse(text) as Evaluation;
      return () => {
        try {
          return `${(renderReportDocument(value).length / 1000).toFixed(0)} kB of HTML`;
        } catch (error) {
          return `throws ${(error as Error).name}`;
        }
      };
    }
    default: {
      const im = await import("@kommunkompassen/import");
      const f = entry === "importCsv" ? im.importCsv : im.importReportText;
      return () => {
        const r = f(new Uint8Array(bytes));
        return `${r.evaluation ? "an evaluation" : "no evaluation"}, ${r.findings.length} findings`;
      };
    }
  }
}

/** Preloaded into each `kompass` process: its CPU time and peak RSS at exit, into $KK_LIMITS_OUT. */
const HOOK = `import { writeFileSync } from "node:fs";
process.on("exit", () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.KK_LIMITS_OUT, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));
});
`;

function runLibChild(entry: Entry, file: string): ChildMeasure {
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=4096", `${BENCH}dist/limits.js`, "--child", entry, file],
    { encoding: "utf8", env: { ...process.env, NODE_ENV: "production" }, maxBuffer: 64 * MiB },
  );
  const line = run.stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
  if (!line) throw new Error(`limits child ${entry} ${file} failed (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildMeasure;
}

function runCliChild(args: string[]): ChildMeasure {
  const out = join(DIR, "cli-usage.json");
  rmSync(out, { force: true });
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ["--import", join(DIR, "hook.mjs"), CLI, ...args], {
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production", KK_LIMITS_OUT: out },
    maxBuffer: 256 * MiB,
  });
  const wallMs = performance.now() - t0;
  if (!existsSync(out)) throw new Error(`kompass ${args.join(" ")} gave no usage (exit ${run.status})`);
  const usage = JSON.parse(readFileSync(out, "utf8")) as { cpuMs: number; maxRssKb: number };
  const lastLine = (run.stderr.trim().split("\n").pop() ?? "").slice(0, 140);
  return {
    wallMs,
    cpuMs: usage.cpuMs,
    peakRssMb: usage.maxRssKb / 1024,
    aboveMb: null,
    peakInCall: true,
    outcome: `exit ${run.status}${run.status === 2 ? `: ${lastLine.replace(/^.*?: /, "")}` : ""}`,
  };
}

// ---------------------------------------------------------------- the plan

/** One row of a table: an entry point on one input, medians over the runs. */
export interface LimitRow {
  entry: string;
  shape: string;
  label: string;
  bytes: number;
  wallMs: number;
  cpuMs: number;
  mbPerS: number;
  peakRssMb: number;
  /** Peak RSS above the process's RSS at the call's start (library), or above the same command on Avesta 2014 (CLI), per MB of input. */
  rssPerInputMb: number;
  /** The peak was reached before the call in some run, so `rssPerInputMb` is an upper bound. */
  rssUpperBound: boolean;
  outcome: string;
  runs: number;
}

interface Plan {
  entry: string;
  shape: string;
  run: (files: Map<string, string>, size: number) => ChildMeasure;
  /** The bytes of input the call is given (twice the file for diff). */
  inputs: number;
  sizes?: number[];
}

const lib = (entry: Entry, shapes: string[]): Plan[] =>
  shapes.map((shape) => ({
    entry,
    shape,
    inputs: entry === "diff" ? 2 : 1,
    run: (files, size) => runLibChild(entry, files.get(`${shape}@${size}`)!),
  }));

const cliArgs = (command: string, file: string): string[] => {
  const out = join(DIR, command === "import" ? "out.json" : "out.html");
  if (command === "diff") return ["diff", file, file];
  if (command === "render" || command === "import") return [command, file, "-o", out];
  return [command, file];
};

const cli = (command: string, shapes: string[], sizes?: number[]): Plan[] =>
  shapes.map((shape) => ({
    entry: `kompass ${command}`,
    shape,
    inputs: command === "diff" ? 2 : 1,
    sizes,
    run: (files, size) => runCliChild(cliArgs(command, files.get(`${shape}@${size}`)!)),
  }));

const PLANS: Plan[] = [
  ...lib("parse", JSON_SHAPES),
  ...lib("validate", JSON_SHAPES),
  ...lib("score", VALID),
  ...lib("diff", VALID),
  ...lib("render", [...VALID, "unknownKeys", "deep"]),
  ...lib("importText", ["whitespace", "repeated"]),
  ...lib("importCsv", ["csvBad", "csvWide"]),
  ...cli("validate", ["avesta"], [0]),
  ...cli("validate", JSON_SHAPES),
  ...cli("validate", ["over"], [10.5]),
  ...cli("score", ["avesta"], [0]),
  ...cli("score", [...VALID, "unknownKeys"]),
  ...cli("diff", ["avesta"], [0]),
  ...cli("diff", VALID),
  ...cli("render", ["avesta"], [0]),
  ...cli("render", [...VALID, "unknownKeys"]),
  ...cli("import", ["avestaText"], [0]),
  ...cli("import", IMPORT_SHAPES),
];

const SHAPE_LABELS: Record<string, string> = {
  ...Object.fromEntries(SHAPES.map((s) => [s.id, s.label])),
  avesta: "Avesta 2014 (a real evaluation, for comparison)",
  avestaText: "Avesta 2014's report text (a real report, for comparison)",
  over: "valid, but over the 10 MiB file limit",
};

/** Measures one plan at one size `runs` times (alternation is not needed: each run is its own process). */
function measure(plan: Plan, files: Map<string, string>, size: number, runs: number, baseline: number): LimitRow {
  const samples = Array.from({ length: runs }, () => plan.run(files, size));
  const bytes = statSync(files.get(`${plan.shape}@${size}`)!).size * plan.inputs;
  const wallMs = median(samples.map((s) => s.wallMs));
  const peakRssMb = median(samples.map((s) => s.peakRssMb));
  const isBaseline = plan.shape === "avesta" || plan.shape === "avestaText";
  const above = isBaseline
    ? NaN
    : plan.entry.startsWith("kompass")
      ? Math.max(0, peakRssMb - baseline)
      : median(samples.map((s) => s.aboveMb ?? NaN));
  return {
    entry: plan.entry,
    shape: plan.shape,
    label: SHAPE_LABELS[plan.shape] ?? plan.shape,
    bytes,
    wallMs,
    cpuMs: median(samples.map((s) => s.cpuMs)),
    mbPerS: bytes / MiB / (wallMs / 1000),
    peakRssMb,
    rssPerInputMb: above / (bytes / MiB),
    rssUpperBound: samples.some((s) => !s.peakInCall),
    outcome: samples[0]!.outcome,
    runs,
  };
}

function measureAll(files: Map<string, string>, runs: number): LimitRow[] {
  const rows: LimitRow[] = [];
  for (const plan of PLANS)
    for (const size of plan.sizes ?? SIZES) {
      const baseline = rows.find((r) => r.entry === plan.entry && (r.shape === "avesta" || r.shape === "avestaText"));
      log(`limits: ${plan.entry} on ${plan.shape} (${size} MiB)`);
      rows.push(measure(plan, files, size, runs, baseline?.peakRssMb ?? 0));
    }
  return rows;
}

// ---------------------------------------------------------------- the embed in Chromium

/** One embed load: time from the start module to `data-state`, and the page's JS heap then. */
export interface EmbedLimitRow {
  id: string;
  label: string;
  bytes: number;
  /** Whether the server sent a Content-Length (without one the embed counts the bytes as they arrive). */
  contentLength: boolean;
  ms: number;
  state: string;
  reason: string | null;
  /** `Performance.getMetrics` JSHeapUsedSize after the outcome, MB. */
  heapUsedMb: number;
  /** `Performance.getMetrics` JSHeapTotalSize after the outcome (the heap V8 had grown to), MB. */
  heapTotalMb: number;
  runs: number;
}

const EMBED_START = `
const t0 = performance.now();
const el = document.querySelector("kommunkompass-profil");
new MutationObserver(() => {
  const state = el.getAttribute("data-state");
  if (state === "ready" || state === "error")
    window.__kk ??= { ms: performance.now() - t0, state, reason: el.getAttribute("data-reason") };
}).observe(el, { attributes: true, attributeFilter: ["data-state"] });
import("/kommunkompass.js");
`;

const EMBED_INPUTS: { id: string; label: string; body: () => string; chunked?: boolean }[] = [
  { id: "avesta", label: "Avesta 2014 (for comparison)", body: () => JSON.stringify(avesta()) },
  { id: "valid1", label: "valid, wide `x-` array, 1 MiB", body: () => validWideX(MiB) },
  {
    id: "validNear",
    label: "valid, wide `x-` array, just under the 2 MiB limit",
    body: () => validWideX(2 * MiB - 4096),
  },
  { id: "longNear", label: "valid, long texts, just under the limit", body: () => validLongTexts(2 * MiB - 4096) },
  { id: "keysNear", label: "unknown keys, just under the limit", body: () => unknownKeys(2 * MiB - 4096) },
  { id: "deepNear", label: "deep nesting, just under the limit", body: () => deepNesting(2 * MiB - 4096) },
  { id: "over", label: "over the limit (2.5 MiB, with Content-Length)", body: () => validWideX(2.5 * MiB) },
  {
    id: "overChunked",
    label: "over the limit (10 MiB, streamed without Content-Length)",
    body: () => validWideX(10 * MiB),
    chunked: true,
  },
];

async function serveEmbed(bodies: Map<string, { body: string; chunked: boolean }>) {
  const js = readFileSync(`${ROOT}packages/embed/dist/kommunkompass.js`);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const id = path.match(/^\/(?:page|data)\/([\w]+)/)?.[1] ?? "";
    if (path === "/kommunkompass.js") return response.writeHead(200, { "content-type": "text/javascript" }).end(js);
    if (path === "/start.js") return response.writeHead(200, { "content-type": "text/javascript" }).end(EMBED_START);
    if (path.startsWith("/page/"))
      return response
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(
          `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>limits</title><script type="module" src="/start.js"></script></head><body><kommunkompass-profil src="/data/${id}.json" timeout="120000"></kommunkompass-profil></body></html>`,
        );
    const data = bodies.get(id);
    if (!data) return response.writeHead(404).end();
    if (!data.chunked)
      return response
        .writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(data.body) })
        .end(data.body);
    response.writeHead(200, { "content-type": "application/json" });
    for (let i = 0; i < data.body.length; i += 64 * 1024) response.write(data.body.slice(i, i + 64 * 1024));
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

async function embedLoad(browser: Browser, url: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __kk?: unknown }).__kk !== undefined, null, {
      timeout: 180_000,
    });
    const kk = (await page.evaluate(() => (window as unknown as { __kk: unknown }).__kk)) as {
      ms: number;
      state: string;
      reason: string | null;
    };
    const { metrics } = await cdp.send("Performance.getMetrics");
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) / MiB;
    return { ...kk, heapUsedMb: metric("JSHeapUsedSize"), heapTotalMb: metric("JSHeapTotalSize") };
  } finally {
    await context.close();
  }
}

async function measureEmbed(runs: number): Promise<EmbedLimitRow[]> {
  const bodies = new Map(EMBED_INPUTS.map((i) => [i.id, { body: i.body(), chunked: i.chunked ?? false }]));
  const server = await serveEmbed(bodies);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await embedLoad(browser, `${server.origin}/page/avesta`); // warm-up
    const rows: EmbedLimitRow[] = [];
    for (const input of EMBED_INPUTS) {
      log(`limits: embed on ${input.id}`);
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await embedLoad(browser, `${server.origin}/page/${input.id}`));
      rows.push({
        id: input.id,
        label: input.label,
        bytes: Buffer.byteLength(bodies.get(input.id)!.body),
        contentLength: !input.chunked,
        ms: median(samples.map((s) => s.ms)),
        state: samples[0]!.state,
        reason: samples[0]!.reason,
        heapUsedMb: median(samples.map((s) => s.heapUsedMb)),
        heapTotalMb: Math.max(...samples.map((s) => s.heapTotalMb)),
        runs,
      });
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------- the part

/** The bounds, read from the built packages where they are exported. */
async function bounds() {
  const core = await import("@kommunkompassen/core");
  const im = await import("@kommunkompassen/import");
  return {
    maxFileBytes: core.DEFAULT_MAX_BYTES,
    maxDepth: core.MAX_DEPTH,
    maxIssues: core.MAX_ISSUES,
    maxFindingsPerCode: im.MAX_FINDINGS_PER_CODE,
    maxCsvColumns: im.MAX_COLUMNS,
  };
}

export async function runLimits(runs: number, embedRuns: number) {
  const t0 = performance.now();
  const files = writeInputs();
  try {
    const rows = measureAll(files, runs);
    const embed = await measureEmbed(embedRuns);
    return { runs, embedRuns, seconds: (performance.now() - t0) / 1000, bounds: await bounds(), rows, embed };
  } finally {
    rmSync(DIR, { recursive: true, force: true });
  }
}

export type LimitsResult = Awaited<ReturnType<typeof runLimits>>;

if (process.argv[1]?.endsWith("limits.js")) {
  const at = process.argv.indexOf("--child");
  if (at >= 0) await childMain(process.argv[at + 1] as Entry, process.argv[at + 2]!);
  else emit(await runLimits(Number(process.env.BENCH_LIMITS_RUNS ?? 3), Number(process.env.BENCH_LIMITS_LOADS ?? 3)));
}
