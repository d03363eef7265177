// How docs/benchmarks.md writes its figures, shared by report.ts and national-report.ts (which
// report.ts imports, so the helpers live here rather than in report.ts): the markdown table, the
// number formats, and a row of the growth table.

/** Milliseconds with three significant figures or so ("–" for a figure not measured). */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return "–";
  return x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0);
}
export const us = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
export const times = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)}×`;
/** A whole number with a space between thousands. */
export const int = (x: number) => Math.round(x).toLocaleString("en-US").replace(/,/g, " ");

export function table(head: string[], rows: (string | number)[][]): string {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

/** One figure's cost per item at N = 30, 300, 3000: a row of the growth table. */
export interface Growth {
  what: string;
  unit: string;
  per: [number, number, number];
  growth: number;
  /** Whether the linearity target judges it (the bar chart of all units is replaced by the strip). */
  judged: boolean;
  /** Why a figure is not judged, in the table's words ("no: …"). */
  reason?: string;
}

/**
 * A row of the growth table: its growth is the cost per item at 3000 over that at 300. `judged` is
 * true, or the reason it is not.
 */
export const growthRow = (
  what: string,
  unit: string,
  per: [number, number, number],
  judged: boolean | string = true,
): Growth => {
  const measured = Number.isFinite(per[1]) && Number.isFinite(per[2]);
  const reason =
    typeof judged === "string" ? judged : judged && !measured ? "not measured in these results" : undefined;
  return {
    what,
    unit,
    per,
    growth: per[2] / per[1],
    judged: judged === true && measured,
    ...(reason ? { reason } : {}),
  };
};

/**
 * The CPU time per item of a row (this process, the garbage collector's threads included), or its
 * wall time in results measured before CPU time was: on a shared machine the wall time of a pass
 * also holds the time other processes had the cores.
 */
export const cpuOf = (x: { perItemUs: number; cpuPerItemUs?: number }) => x.cpuPerItemUs ?? x.perItemUs;

/** The unit of a row measured by {@link cpuOf}: "µs CPU per evaluation", or without "CPU" for older results. */
export const cpuUnit = (rows: readonly { cpuPerItemUs?: number }[], unit: string, per: string) =>
  rows.every((x) => x.cpuPerItemUs !== undefined) ? `${unit} CPU ${per}` : `${unit} ${per}`;
