// The report page that the hydration benchmark renders on the server and hydrates in the browser:
// the full EvaluationReport of Avesta 2014, and a marker component whose layout effect runs once
// the whole tree is hydrated (it renders nothing, so the markup is the report's alone).
import { useLayoutEffect } from "react";
import { EvaluationReport, type Evaluation } from "@kommunkompassen/react";

export function Hydrated({ onDone }: { onDone?: () => void }) {
  useLayoutEffect(() => onDone?.(), [onDone]);
  return null;
}

export function ReportApp({ evaluation, onDone }: { evaluation: Evaluation; onDone?: () => void }) {
  return (
    <>
      <EvaluationReport evaluation={evaluation} />
      <Hydrated onDone={onDone} />
    </>
  );
}
