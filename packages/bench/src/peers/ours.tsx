// Our radar + grouped bar view: RadarProfile and AreaBarChart with three series
// (the evaluation, its previous evaluation, one other municipality), defaults otherwise.
import { AreaBarChart, RadarProfile } from "@kommunkompassen/react";
import type { ViewEvaluations } from "./data";

/**
 * The view with the components' defaults (each chart in both layouts, for CSS to pick by the
 * container's width), or with `oneLayout` in one fixed layout each, as Nivo and Recharts draw it.
 */
export function OursView({
  evaluation,
  previous,
  other,
  oneLayout = false,
}: ViewEvaluations & { oneLayout?: boolean }) {
  const common = { evaluation, previous, others: [other], references: false } as const;
  return (
    <>
      <RadarProfile {...common} layout={oneLayout ? "full" : "auto"} />
      <AreaBarChart {...common} orientation={oneLayout ? "vertical" : "auto"} />
    </>
  );
}
