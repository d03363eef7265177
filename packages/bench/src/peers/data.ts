// The data of the radar + grouped bar view that every library draws: 8 areas, 3 series.
// Our components take evaluations; Nivo and Recharts take rows of plain numbers, derived here
// from the same evaluations (an unpublished score is null: a gap, never a zero).
import { kommunkompassen20, type Evaluation } from "@kommunkompassen/core";

/** One row per area: the area's name and one number (or null) per series key. */
export type Row = { area: string } & Record<string, string | number | null>;

/** What the peer views get: the rows and the series keys in drawing order. */
export interface PeerData {
  rows: Row[];
  keys: string[];
}

/** The three evaluations of the view: Västerås 2014 (main), its 2012 evaluation, Avesta 2014. */
export interface ViewEvaluations {
  evaluation: Evaluation;
  previous: Evaluation;
  other: Evaluation;
}

/** The series label used by the peers ("Västerås stad 2014"). */
export function seriesLabel(e: Evaluation): string {
  return `${e.municipality.name} ${e.year}`;
}

/** Rows for the peers: the 8 areas of Kommunkompassen 2.0 by their Swedish names, in order. */
export function peerData({ evaluation, previous, other }: ViewEvaluations): PeerData {
  const list = [evaluation, previous, other];
  const keys = list.map(seriesLabel);
  const rows = kommunkompassen20.areas!.map((definition) => {
    const row: Row = { area: `${definition.id}. ${definition.name.sv}` };
    list.forEach((e, i) => {
      row[keys[i]!] = e.areas.find((a) => a.id === definition.id)?.score ?? null;
    });
    return row;
  });
  return { rows, keys };
}
