// The workloads profiled with node --cpu-prof by profile.tsx (a small entry, so that module
// loading stays a small part of the profile): `node dist/workload.js view|report|validate|chart300|chart3000`.
import { renderToString } from "react-dom/server";
import { EvaluationReport, validateEvaluation } from "@kommunkompassen/react";
import { generate, viewEvaluations } from "./inputs";
import { OursView } from "./peers/ours";
import { TotalsBarChart } from "./totals-chart";
import { fixture } from "./util";

const name = process.argv[2];
if (name === "view") {
  const data = viewEvaluations();
  for (let i = 0; i < 300; i++) renderToString(<OursView {...data} />);
} else if (name === "report") {
  const avesta = fixture("avesta-2014");
  for (let i = 0; i < 150; i++) renderToString(<EvaluationReport evaluation={avesta} />);
} else if (name === "validate") {
  const evaluations = generate(300);
  for (let i = 0; i < 10; i++) for (const e of evaluations) validateEvaluation(e);
} else if (name === "chart300" || name === "chart3000") {
  const n = name === "chart300" ? 300 : 3000;
  const items = generate(3000).map((e, i) => ({ label: `${e.municipality.name} ${e.year}`, total: (i * 37) % 800 }));
  for (let i = 0; i < 300_000 / n; i++) renderToString(<TotalsBarChart items={items.slice(0, n)} />);
} else {
  throw new Error(`unknown workload ${name}`);
}
