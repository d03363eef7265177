// The same view with Recharts: RadarChart and BarChart with fixed sizes (ResponsiveContainer
// measures in the browser), a legend, tooltips and a value label on every bar.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { PeerData } from "./data";

const COLORS = ["#1f5fa8", "#8a5a00", "#2e7d32"];

export function RechartsView({ rows, keys }: PeerData) {
  return (
    <>
      <RadarChart width={560} height={480} data={rows}>
        <PolarGrid />
        <PolarAngleAxis dataKey="area" />
        <PolarRadiusAxis domain={[0, 100]} />
        {keys.map((key, i) => (
          <Radar key={key} name={key} dataKey={key} stroke={COLORS[i]} fill={COLORS[i]} fillOpacity={0.1} />
        ))}
        <Legend />
        <Tooltip />
      </RadarChart>
      <BarChart width={720} height={400} data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="area" />
        <YAxis domain={[0, 100]} />
        {keys.map((key, i) => (
          <Bar key={key} dataKey={key} fill={COLORS[i]} label={{ position: "top" }} />
        ))}
        <Legend />
        <Tooltip />
      </BarChart>
    </>
  );
}
