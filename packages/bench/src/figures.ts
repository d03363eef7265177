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
}

/** A row of the growth table: its growth is the cost per item at 3000 over that at 300. */
export const growthRow = (what: string, unit: string, per: [number, number, number], judged = true): Growth => ({
  what,
  unit,
  per,
  growth: per[2] / per[1],
  judged,
});
