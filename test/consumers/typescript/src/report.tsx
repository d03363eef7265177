// The components in JSX with their prop types: the report (a server-safe component) and the two
// client charts, a ref on the report, and props that must not type-check.
import { createRef } from "react";
import { renderToString } from "react-dom/server";
import {
  AreaBarChart,
  DeltaBadge,
  DeltaTable,
  EvaluationReport,
  RadarProfile,
  SubQuestionTable,
  delta,
  type EvaluationReportProps,
  type Messages,
  type RadarProfileProps,
  type ReportSection,
} from "@kommunkompassen/react";
import { evaluation } from "./data.mjs";

const sections: readonly ReportSection[] = ["summary", "areas"];
const reportProps: EvaluationReportProps = { evaluation, sections, lang: "en", theme: "dark" };
const radarProps: RadarProfileProps = { evaluation, layout: "compact", references: ["average"] };
const messages: Partial<Messages> = {};
const ref = createRef<HTMLElement>();
const area = evaluation.areas[0];

export const markup: string = renderToString(
  <>
    <EvaluationReport {...reportProps} ref={ref} messages={messages} headingLevel={2} />
    <RadarProfile {...radarProps} />
    <AreaBarChart evaluation={evaluation} previous={evaluation} lang="sv" />
    {area ? <SubQuestionTable evaluation={evaluation} areaId={area.id} /> : null}
    <DeltaTable from={evaluation} to={evaluation} />
    <DeltaBadge delta={delta(48, 52).delta} showWords />
  </>,
);

// @ts-expect-error: the report needs an evaluation
export const missing = <EvaluationReport />;
// @ts-expect-error: "de" is not a language of the components
export const german = <RadarProfile evaluation={evaluation} lang="de" />;
// @ts-expect-error: "huge" is not a layout of the radar
export const huge = <RadarProfile evaluation={evaluation} layout="huge" />;
