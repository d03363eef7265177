// Server rendering: renderToString of the radar + grouped bar view (3 series, 8 areas) with our
// components, Nivo and Recharts, alternated in one process; then the full EvaluationReport of
// Avesta 2014 on its own. Run with NODE_ENV=production (React's production build).
import { performance } from "node:perf_hooks";
import type { ReactElement } from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { EvaluationReport } from "@kommunkompassen/react";
import { viewEvaluations } from "./inputs";
import { peerData } from "./peers/data";
import { NivoView } from "./peers/nivo";
import { OursView } from "./peers/ours";
import { RechartsView } from "./peers/recharts";
import { emit, fixture, log, stats, type Stats } from "./util";

/** What a rendered view contains: bytes, and how many SVG elements of each kind. */
export interface Output {
  bytes: number;
  svg: number;
  path: number;
  rect: number;
  circle: number;
  polygon: number;
  line: number;
  text: number;
  table: number;
  /** text alternatives: <title>, <desc>, aria-label attributes */
  title: number;
  desc: number;
  ariaLabel: number;
  /** style="…" attributes (a Content-Security-Policy without 'unsafe-inline' blocks them) */
  styleAttr: number;
  /** path + rect + circle + polygon: the marks that draw data or grid. */
  marks: number;
}

export function countOutput(html: string): Output {
  const count = (tag: string) => (html.match(new RegExp(`<${tag}[\\s/>]`, "g")) ?? []).length;
  const o = {
    bytes: Buffer.byteLength(html),
    svg: count("svg"),
    path: count("path"),
    rect: count("rect"),
    circle: count("circle"),
    polygon: count("polygon"),
    line: count("line"),
    text: count("text"),
    table: count("table"),
    title: count("title"),
    desc: count("desc"),
    ariaLabel: (html.match(/ aria-label="/g) ?? []).length,
    styleAttr: (html.match(/ style="/g) ?? []).length,
  };
  return { ...o, marks: o.path + o.rect + o.circle + o.polygon };
}

export interface SsrResult {
  rounds: number;
  warmup: number;
  view: Record<
    "ours" | "oursOneLayout" | "nivo" | "recharts",
    { stats: Stats; ratioToOurs: number; output: Output; rendered: boolean; sample: string }
  >;
  report: { stats: Stats; staticMarkup: Stats; output: Output; rounds: number };
  /** The first warm-up render of each, in ms (cold: module-level work and JIT). */
  firstRender: Record<string, number>;
}

function time(render: () => string): [number, string] {
  const t0 = performance.now();
  const html = render();
  return [performance.now() - t0, html];
}

export function runSsr(rounds: number, warmup: number): SsrResult {
  const data = viewEvaluations();
  const rows = peerData(data);
  const views: Record<"ours" | "oursOneLayout" | "nivo" | "recharts", () => ReactElement> = {
    ours: () => <OursView {...data} />,
    oursOneLayout: () => <OursView {...data} oneLayout />,
    nivo: () => <NivoView {...rows} />,
    recharts: () => <RechartsView {...rows} />,
  };
  const names = Object.keys(views) as (keyof typeof views)[];
  const firstRender: Record<string, number> = {};
  const outputs: Record<string, string> = {};
  for (const name of names) {
    const [ms, html] = time(() => renderToString(views[name]()));
    firstRender[name] = ms;
    outputs[name] = html;
  }
  // Warm-up, then rounds in rotating order (ours, ours in one layout, nivo, recharts; …) so that
  // no library always runs right after the same one (GC and caches are shared).
  const times: Record<string, number[]> = { ours: [], oursOneLayout: [], nivo: [], recharts: [] };
  for (let round = -warmup; round < rounds; round++) {
    const offset = ((round % names.length) + names.length) % names.length;
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + offset) % names.length]!;
      const [ms] = time(() => renderToString(views[name]()));
      if (round >= 0) times[name]!.push(ms);
    }
  }
  const ours = stats(times.ours!);
  const view = Object.fromEntries(
    names.map((name) => {
      const s = stats(times[name]!);
      const output = countOutput(outputs[name]!);
      return [
        name,
        {
          stats: s,
          ratioToOurs: s.median / ours.median,
          output,
          rendered: output.marks > 0,
          sample: outputs[name]!.slice(0, 400),
        },
      ];
    }),
  ) as SsrResult["view"];

  // The full report page of Avesta 2014 on its own.
  const avesta = fixture("avesta-2014");
  const reportRounds = rounds;
  const report: number[] = [];
  const staticMarkup: number[] = [];
  let html = "";
  for (let round = -warmup; round < reportRounds; round++) {
    const [a, out] = time(() => renderToString(<EvaluationReport evaluation={avesta} />));
    const [b] = time(() => renderToStaticMarkup(<EvaluationReport evaluation={avesta} />));
    html = out;
    if (round >= 0) {
      report.push(a);
      staticMarkup.push(b);
    }
  }
  return {
    rounds,
    warmup,
    view,
    report: {
      stats: stats(report),
      staticMarkup: stats(staticMarkup),
      output: countOutput(html),
      rounds: reportRounds,
    },
    firstRender,
  };
}

if (process.argv[1]?.endsWith("ssr.js")) {
  const rounds = Number(process.env.BENCH_SSR_ROUNDS ?? 300);
  log(`server rendering: ${rounds} rounds of ours, Nivo and Recharts alternated, NODE_ENV=${process.env.NODE_ENV}`);
  emit(runSsr(rounds, 50));
}
