// Our radar + grouped bar view: RadarProfile and AreaBarChart with three series
// (the evaluation, its previous evaluation, one other municipality), defaults otherwise.
import { AreaBarChart, RadarProfile } from "@kommunkompassen/react";
import type { ViewEvaluations } from "./data";

export function OursView({ evaluation, previous, other }: ViewEvaluations) {
  const common = { evaluation, previous, others: [other], references: false } as const;
  return (
    <>
      <RadarProfile {...common} />
      <AreaBarChart {...common} />
    </>
  );
}
