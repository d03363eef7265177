// A Server Component (no "use client"): reads and validates the evaluations on the server and
// renders the whole report, whose charts become client components; the profile below is a Client
// Component of the app's own.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { formatIssue, parseEvaluation, type Evaluation } from "@kommunkompassen/core";
import { EvaluationReport } from "@kommunkompassen/react";
import { ProfileChart } from "./ProfileChart";

async function load(file: string): Promise<Evaluation> {
  const result = parseEvaluation(await readFile(join(process.cwd(), "data", file), "utf8"));
  if (!result.valid) throw new Error(`${file}:\n${result.errors.map(formatIssue).join("\n")}`);
  return result.evaluation;
}

export default async function Page() {
  const [avesta, vasteras2012, vasteras2014] = await Promise.all([
    load("avesta.json"),
    load("vasteras-2012.json"),
    load("vasteras-2014.json"),
  ]);
  return (
    <main>
      <section id="server-report">
        <EvaluationReport evaluation={avesta} />
      </section>
      <section id="client-profile">
        <ProfileChart evaluation={vasteras2014} previous={vasteras2012} />
      </section>
    </main>
  );
}
