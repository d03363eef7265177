// A CommonJS module of the same project: its imports compile to require(), so TypeScript resolves the
// "require" condition of the exports and reads the .d.cts declarations (node16 only).
import { scoreEvaluation, type Evaluation, type EvaluationScore } from "@kommunkompassen/core";
import { componentMessages } from "@kommunkompassen/core/messages";
import { importReportText } from "@kommunkompassen/import";
import { renderReportDocument } from "@kommunkompassen/react/server";
import { EvaluationReport } from "@kommunkompassen/react";

/** The total and the report page of an evaluation, from CommonJS. */
export function totalAndPage(evaluation: Evaluation): { score: EvaluationScore; page: string } {
  // @ts-expect-error: the CommonJS declarations are as strict as the ES module ones
  importReportText(42);
  void EvaluationReport;
  void componentMessages.sv;
  return { score: scoreEvaluation(evaluation), page: renderReportDocument(evaluation) };
}
