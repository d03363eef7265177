// The types of core, its message catalogue, the importer and the server renderer, used as an
// application would; each `@ts-expect-error` proves a type is not `any`.
import {
  compareEvaluations,
  formatNumber,
  scoreEvaluation,
  type AreaScore,
  type Comparison,
  type EvaluationScore,
  type Issue,
  type Lang,
  type ValueSource,
} from "@kommunkompassen/core";
import {
  componentMessages,
  isLang,
  textIn,
  type ComponentMessages,
  type LangText,
} from "@kommunkompassen/core/messages";
import { importCsv, importReportText, type Finding, type ImportResult } from "@kommunkompassen/import";
import {
  planFolder,
  renderIndexDocument,
  renderReportDocument,
  renderReportFragment,
  type ReportFragment,
} from "@kommunkompassen/react/server";
import { evaluation } from "./data.mjs";

const score: EvaluationScore = scoreEvaluation(evaluation);
const total: number | null = score.total.value;
const source: ValueSource = score.total.source;
const firstArea: AreaScore | undefined = score.areas[0];
const comparison: Comparison = compareEvaluations(evaluation, evaluation);
const lang: Lang = isLang(process.env.LANG_CHOICE) ? process.env.LANG_CHOICE : "sv";
const messages: ComponentMessages = componentMessages[lang];
const label: LangText = textIn({ sv: "Totalt" }, "en");

const imported: ImportResult = importReportText("Avesta kommun 2014");
const finding: Finding | undefined = imported.findings[0];
const fromCsv: ImportResult = importCsv("area,question,achieved,max\n");
const html: string = renderReportDocument(evaluation, { lang: "en", theme: "dark", previous: evaluation });
const fragment: ReportFragment = renderReportFragment(evaluation, { headingLevel: 2, idPrefix: "avesta-" });
const pages = planFolder([{ file: "avesta.json", evaluation }]).pages;
const index: string = renderIndexDocument(
  pages.map((page) => ({ evaluation: page.evaluation, href: page.name })),
  { lang: "sv" },
);
const comparable: boolean = comparison.comparable;
const issues: readonly Issue[] = [];

// @ts-expect-error: scoring takes an evaluation, not a string
scoreEvaluation("avesta.json");
// @ts-expect-error: the catalogue has Swedish and English only
void componentMessages.de;
// @ts-expect-error: "de" is not a language of the report page
renderReportDocument(evaluation, { lang: "de" });
// @ts-expect-error: with exactOptionalPropertyTypes an optional option is left out, not undefined
renderReportDocument(evaluation, { theme: undefined });

export const summary = [
  formatNumber(total ?? 0, lang),
  source,
  firstArea?.id,
  messages,
  label.text,
  finding?.kind,
  fromCsv.evaluation,
  html.length,
  fragment.css.length,
  index.length,
  issues.length,
  comparable,
];
