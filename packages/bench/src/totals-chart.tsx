// A bench-only bar chart of N municipalities' totals, built like AreaBarChart: @visx/shape's Bar
// (the same component our charts draw bars with) placed by our linearScale and bandScale.
// Each bar is a <rect> with a <title> ("Genererad kommun 17 2014: 412 p"); a y axis with 5 ticks.
import { Bar } from "@visx/shape";
import { bandScale, linearScale } from "@kommunkompassen/react";

export interface TotalItem {
  label: string;
  total: number;
}

const WIDTH = 960;
const HEIGHT = 400;
const TICKS = [0, 200, 400, 600, 800];

export function TotalsBarChart({ items }: { items: readonly TotalItem[] }) {
  const x = bandScale(items.length, [48, WIDTH - 8], 0.1, 0.05);
  const y = linearScale([0, 800], [HEIGHT - 24, 8]);
  return (
    <figure className="kk kk-chart">
      <figcaption id="totals-title">Totalpoäng för {items.length} kommuner</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="totals-title">
        <g className="kk-axis">
          {TICKS.map((t) => (
            <g key={t}>
              <line x1={44} x2={WIDTH - 8} y1={y(t)} y2={y(t)} className="kk-grid" />
              <text x={40} y={y(t)} textAnchor="end" dominantBaseline="middle">
                {t}
              </text>
            </g>
          ))}
        </g>
        <g className="kk-series kk-series--evaluation">
          {items.map((item, i) => (
            <Bar
              key={i}
              x={x(i)}
              y={y(item.total)}
              width={x.bandwidth}
              height={y(0) - y(item.total)}
              className="kk-series__bar"
            >
              <title>{`${item.label}: ${item.total} p`}</title>
            </Bar>
          ))}
        </g>
      </svg>
    </figure>
  );
}
