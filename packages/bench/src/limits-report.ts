// The limits part's tables: written into docs/limits.md between its `<!-- bench:limits:KEY -->`
// markers, and summarised in docs/benchmarks.md's "Limits" section.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { EmbedLimitRow, LimitRow, LimitsResult } from "./limits";
import { ROOT } from "./util";

/** The limits part's result as bench-results.json keeps it: when it ran and the load after it. */
export type SavedLimits = LimitsResult & { date: string; loadAfter: number[] };

const MiB = 1024 * 1024;
const num = (x: number) =>
  !Number.isFinite(x) ? "–" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3);
const size = (bytes: number) =>
  bytes >= 0.1 * MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${(bytes / 1000).toFixed(0)} kB`;

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

const HEAD = ["input", "size", "wall ms", "CPU ms", "MB/s", "peak RSS MB", "RSS per input MB", "result"];

function rowCells(r: LimitRow, entryColumn: boolean): string[] {
  const cells = [
    r.label,
    size(r.bytes),
    num(r.wallMs),
    num(r.cpuMs),
    num(r.mbPerS),
    num(r.peakRssMb),
    `${r.rssUpperBound ? "≤ " : ""}${num(r.rssPerInputMb)}`,
    r.outcome,
  ];
  return entryColumn ? [`\`${r.entry}\``, ...cells] : cells;
}

/** The rows of the given entry points as one table (with an entry column when there are several). */
function entryTable(l: SavedLimits, entries: string[]): string {
  const rows = l.rows.filter((r) => entries.includes(r.entry));
  const several = entries.length > 1;
  return table(
    several ? ["entry point", ...HEAD] : HEAD,
    rows.map((r) => rowCells(r, several)),
  );
}

function embedTable(rows: EmbedLimitRow[]): string {
  return table(
    ["input", "size", "time to `data-state`", "outcome", "JS heap used after", "JS heap total after"],
    rows.map((r) => [
      r.label,
      size(r.bytes),
      `${num(r.ms)} ms`,
      r.reason ? `${r.state} (\`${r.reason}\`)` : r.state,
      `${num(r.heapUsedMb)} MB`,
      `${num(r.heapTotalMb)} MB`,
    ]),
  );
}

function method(l: SavedLimits, machine: { cpu: string; cores: number; node: string }): string {
  const load = l.loadAfter.map((x) => x.toFixed(1)).join(", ");
  return `Measured by \`pnpm bench\` (the limits part alone: \`node packages/bench/src/run.mjs --only limits\`;
code in \`packages/bench/src/limits.ts\`) on ${l.date.slice(0, 10)}, on ${machine.cpu} (${machine.cores} cores),
Node ${machine.node}, in ${Math.round(l.seconds)} s; load average after it ${load} (the machine was
shared: times vary by 2–4× between runs, memory much less). Each figure is the median of
${l.runs} run${l.runs === 1 ? "" : "s"}, each a fresh Node process (\`NODE_ENV=production\`, the built
packages): the library rows read and prepare the input first (\`JSON.parse\` for the functions that
take an object, \`parseEvaluation\` for those that take a valid evaluation), then time the one
call; "CPU ms" is \`process.cpuUsage()\` over the call (Node's other threads, the garbage collector
among them, included, so it can exceed the wall time); "peak RSS" is the process's high-water mark
(\`process.resourceUsage().maxRSS\`) and "RSS per input MB" is that peak less the RSS at the call's
start, per MiB of input ("≤" where the process's peak came before the call, while the input was
read or parsed: then the call needed at most that much; for \`compareEvaluations\` and \`kompass diff\` the input is both files, the
same file twice). The \`kompass\` rows are whole processes (\`node packages/cli/dist/cli.js …\`,
start-up included), their CPU time and peak RSS read at exit by a preloaded module; their "RSS per
input MB" is the peak less that of the same command on Avesta 2014, per MiB. MB/s is MiB of input
per second of wall time. The embed's rows are ${l.embedRuns} page load${l.embedRuns === 1 ? "" : "s"} each in headless
Chromium (a fresh context each, the file served from 127.0.0.1): the time from the page's first
module to the element's \`data-state\` ("ready" or "error"), and the page's JS heap then
(\`Performance.getMetrics\` over CDP; the total is what V8 had grown the heap to, the closest to a
peak Chromium reports).`;
}

/** The marked parts of docs/limits.md, each replaced by its table. */
export function limitsSections(
  l: SavedLimits,
  machine: { cpu: string; cores: number; node: string },
): Record<string, string> {
  return {
    method: method(l, machine),
    core: entryTable(l, ["parse", "validate"])
      .replace(/\| `parse` \|/g, "| `parseEvaluation` |")
      .replace(/\| `validate` \|/g, "| `validateEvaluation` |"),
    score: entryTable(l, ["score", "diff"])
      .replace(/\| `score` \|/g, "| `scoreEvaluation` |")
      .replace(/\| `diff` \|/g, "| `compareEvaluations` |"),
    render: entryTable(l, ["render"]),
    import: entryTable(l, ["importText", "importCsv"])
      .replace(/\| `importText` \|/g, "| `importReportText` |")
      .replace(/\| `importCsv` \|/g, "| `importCsv` |"),
    cli: entryTable(
      l,
      ["validate", "score", "diff", "render", "import"].map((c) => `kompass ${c}`),
    ),
    embed: embedTable(l.embed),
  };
}

/** Replaces each `<!-- bench:limits:KEY -->…<!-- /bench:limits:KEY -->` in docs/limits.md; false when a marker is missing. */
export function writeLimitsDoc(l: SavedLimits, machine: { cpu: string; cores: number; node: string }): boolean {
  const path = `${ROOT}docs/limits.md`;
  if (!existsSync(path)) return false;
  let text = readFileSync(path, "utf8");
  let all = true;
  for (const [key, body] of Object.entries(limitsSections(l, machine))) {
    const pattern = new RegExp(`(<!-- bench:limits:${key} -->)[\\s\\S]*?(<!-- /bench:limits:${key} -->)`);
    if (!pattern.test(text)) all = false;
    text = text.replace(pattern, (_, open: string, close: string) => `${open}\n${body}\n${close}`);
  }
  writeFileSync(path, text);
  return all;
}

/** docs/benchmarks.md's "Limits" section: the slowest and the hungriest rows, and where the rest is. */
export function limitsSummary(l: SavedLimits | undefined): string {
  if (!l) return "## Limits\n\nNot measured in this run; see [limits.md](limits.md).\n";
  const big = l.rows.filter((r) => r.bytes >= 5 * MiB);
  const slowest = big.reduce((a, b) => (b.mbPerS < a.mbPerS ? b : a));
  const hungriest = big.reduce((a, b) => (b.rssPerInputMb > a.rssPerInputMb ? b : a));
  const near = l.embed.find((e) => e.id === "validNear");
  return `## Limits

Every entry point (validate, score, diff, render, import, the CLI and the embed) bounds its work per
input; the bounds and what each costs on generated inputs of 1 and 9.5 MiB (and the embed's near
its 2 MiB limit) are in [limits.md](limits.md), measured by this benchmark's limits part on
${l.date.slice(0, 10)} (figures under \`limits\` in \`bench-results.json\`). At about 10 MiB the
slowest was \`${slowest.entry}\` on ${slowest.label} (${num(slowest.mbPerS)} MB/s, ${num(slowest.wallMs / 1000)} s) and the
most memory per input MB \`${hungriest.entry}\` on ${hungriest.label} (${num(hungriest.rssPerInputMb)} MB per MB, peak
${num(hungriest.peakRssMb)} MB)${near ? `; the embed on a valid file just under its limit reached \`data-state="${near.state}"\` in ${num(near.ms)} ms` : ""}.
`;
}
