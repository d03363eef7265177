// pnpm bench: runs every part in its own Node process (NODE_ENV=production), then writes
// bench-results.json (every number) and docs/benchmarks.md (the tables) at the repository root.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import type { BrowserResult } from "./browser";
import type { LimitsResult } from "./limits";
import type { NationalResult } from "./national";
import type { ProfileResult } from "./profile";
import type { ScaleResult } from "./scale";
import type { SizeResult } from "./size";
import type { SsrResult } from "./ssr";
import { writeReport, type Results, type Target } from "./report";
import { BENCH, installedVersion, log, ROOT, runEmitting } from "./util";

const QUICK = process.env.BENCH_QUICK === "1";
const BUILT = [
  "packages/core/dist/index.js",
  "packages/react/dist/index.js",
  "packages/cli/dist/cli.js",
  "packages/cli/dist/index.js",
  "packages/embed/dist/kommunkompass.js",
];

/** The newest modification time of the files in the packages' dist/ folders (0 when there are none). */
function newestBuild(): number {
  let newest = 0;
  for (const pkg of ["core", "react", "cli", "embed", "import"]) {
    const dir = `${ROOT}packages/${pkg}/dist/`;
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      try {
        newest = Math.max(newest, statSync(dir + name).mtimeMs);
      } catch {
        newest = Date.now(); // removed while we looked: a build is running
      }
    }
  }
  return newest;
}

/**
 * Other builds may be running in this tree (tsup cleans dist/ first, then writes its chunks one by
 * one): wait until the packages are there and no dist/ file has changed for 10 s.
 */
async function waitForBuild(): Promise<void> {
  for (
    let waited = 0;
    BUILT.some((f) => !existsSync(ROOT + f)) || Date.now() - newestBuild() < 10_000;
    waited += 1000
  ) {
    if (waited > 120_000)
      throw new Error(
        `the packages are not built (pnpm build): ${BUILT.filter((f) => !existsSync(ROOT + f)).join(", ")}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/**
 * Runs one part in its own process. Other builds may be running in this tree and clean a package's
 * dist/ while a part runs: a part that fails is run once more when the packages are there again.
 */
async function part<T>(file: string, env: Record<string, string> = {}): Promise<{ result: T; seconds: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await partOnce<T>(file, env);
    } catch (error) {
      if (attempt >= 3) throw error;
      log(`${file} failed (${error instanceof Error ? error.message : String(error)}); again when the build is quiet`);
    }
  }
}

async function partOnce<T>(file: string, env: Record<string, string>): Promise<{ result: T; seconds: number }> {
  await waitForBuild();
  const t0 = performance.now();
  const result = await runEmitting<T>(`${BENCH}dist/${file}`, env);
  return { result, seconds: (performance.now() - t0) / 1000 };
}

/** size-limit's own figures for the budgets in package.json, as a cross-check of ours. */
function sizeLimit(): { name: string; size: number; sizeLimit: number; passed: boolean }[] | null {
  const bin = `${ROOT}node_modules/.bin/size-limit`;
  if (!existsSync(bin)) return null;
  const run = spawnSync(bin, ["--json"], { cwd: ROOT, encoding: "utf8" });
  const start = run.stdout.indexOf("[");
  try {
    return JSON.parse(run.stdout.slice(start)) as { name: string; size: number; sizeLimit: number; passed: boolean }[];
  } catch {
    return null;
  }
}

function git(args: string[]): string | null {
  const run = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
  return run.status === 0 ? run.stdout.trim() : null;
}

function osName(): string {
  try {
    return readFileSync("/etc/os-release", "utf8").match(/^PRETTY_NAME="?([^"\n]*)"?/m)?.[1] ?? process.platform;
  } catch {
    return process.platform;
  }
}

if (process.argv.includes("--report")) {
  // Rewrites docs/benchmarks.md from the bench-results.json of the last run (no measuring).
  const saved = JSON.parse(readFileSync(`${ROOT}bench-results.json`, "utf8")) as Results;
  writeReport(saved);
  log("docs/benchmarks.md rewritten from bench-results.json");
  process.exit(0);
}

const LIMITS_ENV = { BENCH_LIMITS_RUNS: QUICK ? "1" : "3", BENCH_LIMITS_LOADS: QUICK ? "1" : "3" };
/** The parts that can run alone (`--only PART[,PART…]`), merged into the bench-results.json of the last run. */
const ALONE = ["size", "ssr", "scale", "browser", "profiles", "national", "limits"] as const;
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
if (only !== undefined) {
  const parts = only.split(",");
  const unknown = parts.filter((p) => !(ALONE as readonly string[]).includes(p));
  if (unknown.length > 0 || parts.length === 0)
    throw new Error(`pnpm bench --only: the parts that can run alone are ${ALONE.join(", ")} (got ${only})`);
  const saved = JSON.parse(readFileSync(`${ROOT}bench-results.json`, "utf8")) as Results;
  const env: Record<string, Record<string, string>> = {
    ssr: { BENCH_SSR_ROUNDS: QUICK ? "30" : "200" },
    scale: { BENCH_QUICK: QUICK ? "1" : "0" },
    browser: { BENCH_LOADS: process.env.BENCH_LOADS ?? (QUICK ? "3" : "8") },
    national: { BENCH_QUICK: QUICK ? "1" : "0" },
    limits: LIMITS_ENV,
  };
  for (const name of ALONE.filter((p) => parts.includes(p))) {
    log(`${name} (alone; merged into bench-results.json)`);
    const run = await part<unknown>(`${name === "profiles" ? "profile" : name}.js`, env[name] ?? {});
    const result =
      name === "limits"
        ? { ...(run.result as object), date: new Date().toISOString(), loadAfter: loadavg() }
        : run.result;
    (saved as unknown as Record<string, unknown>)[name] = result;
    if (name === "size") saved.sizeLimit = sizeLimit();
    saved.partSeconds = { ...saved.partSeconds, [name]: run.seconds };
  }
  const at = `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(", ");
  const commit = git(["rev-parse", "--short", "HEAD"]);
  saved.merged = [...(saved.merged ?? []), `${parts.join(", ")} on ${at} at commit ${commit} (load ${load} after)`];
  writeReport(saved);
  log(`bench-results.json (${parts.join(", ")}), docs/benchmarks.md and docs/limits.md written`);
  process.exit(0);
}

const started = new Date();
const t0 = performance.now();
const loadBefore = loadavg();
log(`pnpm bench${QUICK ? " (quick)" : ""}: sizes`);
const size = await part<SizeResult>("size.js");
const limit = sizeLimit();
log("server rendering");
const ssr = await part<SsrResult>("ssr.js", { BENCH_SSR_ROUNDS: QUICK ? "30" : "200" });
log("scale");
const scale = await part<ScaleResult>("scale.js", { BENCH_QUICK: QUICK ? "1" : "0" });
log("browser");
const browser = await part<BrowserResult>("browser.js", { BENCH_LOADS: QUICK ? "3" : "8" });
log("profiles");
const profiles = await part<ProfileResult>("profile.js");
log("national view");
const national = await part<NationalResult>("national.js", { BENCH_QUICK: QUICK ? "1" : "0" });
log("limits");
const limits = await part<LimitsResult>("limits.js", LIMITS_ENV);
const loadAfter = loadavg();

const pnpmVersion =
  process.env.npm_config_user_agent?.match(/pnpm\/([\d.]+)/)?.[1] ??
  (JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { packageManager?: string }).packageManager?.replace(
    "pnpm@",
    "",
  ) ??
  "?";
const commit = git(["rev-parse", "--short", "HEAD"]);
const dirty = git(["status", "--porcelain"]);

const results: Results = {
  date: started.toISOString(),
  seconds: (performance.now() - t0) / 1000,
  quick: QUICK,
  machine: {
    cpu: cpus()[0]?.model ?? "?",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    pnpm: pnpmVersion,
    chromium: browser.result.chromium,
    loadBefore,
    loadAfter,
    commit: commit ? `${commit}${dirty ? " with uncommitted changes" : ""}` : null,
  },
  versions: Object.fromEntries(
    [
      "react",
      "react-dom",
      "@nivo/radar",
      "@nivo/bar",
      "recharts",
      "@visx/shape",
      "@visx/scale",
      "esbuild",
      "fast-check",
      "playwright-core",
      "size-limit",
      "preact",
    ].map((name) => [
      name,
      name === "preact" ? versionIn(`${ROOT}packages/embed/node_modules/preact/package.json`) : installedVersion(name),
    ]),
  ),
  partSeconds: {
    size: size.seconds,
    ssr: ssr.seconds,
    scale: scale.seconds,
    browser: browser.seconds,
    profiles: profiles.seconds,
    national: national.seconds,
    limits: limits.seconds,
  },
  size: size.result,
  sizeLimit: limit,
  ssr: ssr.result,
  scale: scale.result,
  browser: browser.result,
  profiles: profiles.result,
  national: national.result,
  limits: { ...limits.result, date: new Date().toISOString(), loadAfter },
  targets: [] as Target[],
};

function versionIn(path: string): string {
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

writeReport(results);
log(`done in ${results.seconds.toFixed(0)} s: bench-results.json and docs/benchmarks.md`);
for (const t of results.targets) log(`${t.met ? "met   " : "MISSED"} ${t.target}: ${t.measured}`);
