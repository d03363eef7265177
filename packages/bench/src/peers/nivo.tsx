// The same view with Nivo: the non-responsive Radar and Bar (the Responsive* wrappers measure
// their container and render nothing on the server), with a legend, labels and tooltips as
// Nivo draws them by default. Animation is off (nothing animates on the server anyway).
import { Bar, type BarDatum } from "@nivo/bar";
import { Radar } from "@nivo/radar";
import type { PeerData } from "./data";

export function NivoView({ rows, keys }: PeerData) {
  return (
    <>
      <Radar
        width={560}
        height={480}
        data={rows}
        keys={keys}
        indexBy="area"
        maxValue={100}
        margin={{ top: 60, right: 120, bottom: 60, left: 120 }}
        animate={false}
        legends={[
          {
            anchor: "top-left",
            direction: "column",
            translateX: -100,
            translateY: -40,
            itemWidth: 160,
            itemHeight: 18,
          },
        ]}
      />
      <Bar
        width={720}
        height={400}
        // An unpublished score is null (Nivo skips it); BarDatum's type does not admit null.
        data={rows as BarDatum[]}
        keys={keys}
        indexBy="area"
        groupMode="grouped"
        valueScale={{ type: "linear", min: 0, max: 100 }}
        margin={{ top: 20, right: 180, bottom: 60, left: 50 }}
        animate={false}
        legends={[
          { dataFrom: "keys", anchor: "right", direction: "column", translateX: 170, itemWidth: 160, itemHeight: 18 },
        ]}
      />
    </>
  );
}
