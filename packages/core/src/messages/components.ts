import type { ComparisonReasonKind } from "../compare/compare";
import { formatNumber, type Lang } from "../text/format";

/**
 * Every string the components show or announce. Pass `messages` to any component to override
 * some of them; functions receive the values to interpolate, already formatted where noted.
 */
export interface ComponentMessages {
  /** Language code for the `lang` attribute. */
  lang: Lang;
  /** "Område" / "Area": column header for area names. */
  area: string;
  /** Column header for scores ("Poäng" / "Score"). */
  score: string;
  /** "Max". */
  max: string;
  /** "Procent" / "Percent". */
  percent: string;
  /** "Uppnått" / "Achieved". */
  achieved: string;
  /** "Delfråga" / "Question". */
  question: string;
  /** Column header for question ids ("Nr" / "No."). */
  questionId: string;
  /** Total row label ("Totalt" / "Total"). */
  total: string;
  /** Area sum row label ("Summa" / "Sum"). */
  areaSum: string;
  /** Column header for changes ("Förändring" / "Change"). */
  change: string;
  /** Shown for an unknown value ("uppgift saknas" / "no data"). */
  noData: string;
  /** Under a table whose unknown values show as a dash (their words are for screen readers): "– uppgift saknas". */
  noDataKey: string;
  /** Shown for a change that cannot be computed across model versions or area sets ("ej jämförbar" / "not comparable"). */
  notComparable: string;
  /** Summary of the data table disclosure ("Visa diagrammets data som tabell"). */
  showTable: string;
  /** The legend's accessible name. */
  legend: string;
  /** Starts the name of a legend button that shows and hides a series ("Visa" / "Show"), read before the series' label. */
  showSeries: string;
  /** Said of a series the reader hid, after its label in the data table and the announcement ("dold i diagrammet"). */
  hiddenInChart: string;
  /** Announced after a series' label when the reader shows it again ("visas i diagrammet"). */
  shownInChart: string;
  /** Points with unit, e.g. "404 p" / "404 points". */
  points: (value: string) => string;
  /** "52 av 100" / "52 of 100". */
  outOf: (value: string, max: string) => string;
  /** Title of the bar chart: "Avesta kommun 2014 – 404 p". */
  barTitle: (municipality: string, year: number, total: string | null) => string;
  /** Title of the radar chart. */
  radarTitle: (municipality: string, year: number) => string;
  /** Opening of the radar summary: "Radar chart of 8 areas, 0–100." */
  radarIntro: (areas: number) => string;
  /** Opening of the bar summary. */
  barIntro: (areas: number) => string;
  /** "Strongest: …" */
  strongest: (list: string) => string;
  /** "Weakest: …" */
  weakest: (list: string) => string;
  /** "No data for: …" */
  missingAreas: (list: string) => string;
  /** "Compared with 2012: up in 7 areas, …" */
  comparedWith: (label: string, up: number, down: number, same: number, unknown: number) => string;
  /** Note that a series uses another framework version. */
  otherFramework: (label: string, framework: string) => string;
  /** Instructions for keyboard users of a chart. */
  keyboardHelp: string;
  /** Announcement for a focused data point: "Avesta kommun 2014, Offentlighet och demokrati: 52 av 100". */
  pointLabel: (series: string, area: string, value: string) => string;
  /** Heading of the error shown instead of a chart. */
  invalidData: string;
  /** Heading of the error shown instead of a table. */
  invalidTableData: string;
  /** "and 3 more problems". */
  moreProblems: (count: number) => string;
  /** A change in words: "ökning med 9 poäng" / "up 9 points". */
  deltaWords: (delta: number) => string;
  /** Caption of the delta table: "Förändring 2012–2014". */
  deltaTitle: (fromYear: number, toYear: number) => string;
  /** Notice shown when the framework changed between two evaluations (labels of the two models). */
  frameworkChanged: (from: string, to: string) => string;
  /**
   * Notice shown when two models' areas differ or are not known, so neither the areas nor the total
   * can be compared (labels of the two models; `unknown` when one side's areas are not known).
   */
  areasNotComparable: (from: string, to: string, unknown: boolean) => string;
  /** A model named by an id the library has no definition for: "x-modell (ingen inbyggd modell)". */
  unknownModel: (id: string) => string;
  /**
   * Said visibly and in a chart's text alternative for series it does not draw: their model's areas
   * are defined differently from the focal series' model (or are not known).
   */
  leftOutSeries: (labels: string, model: string, unknown: boolean) => string;
  /** Shown in place of a chart whose series have no known area score (an evaluation known only by its total). */
  noAreaScores: string;
  /** Shown in place of a radar chart of fewer than three areas (a source that gives only area 1), which has no shape to draw. */
  radarTooFewAreas: (areas: number) => string;
  /**
   * A group's band drawn as a reference (the core's `groupBand`), as the legend and the data table
   * name it: its label (its first letter made a capital), computed from `n` evaluations, not published.
   */
  bandLabel: (label: string, n: number) => string;
  /** Column header of a band's lower edge: "Nedre kvartil" (interquartile) or "Lägsta" (range). */
  bandLow: (kind: "interquartile" | "range") => string;
  /** Column header of a band's upper edge. */
  bandHigh: (kind: "interquartile" | "range") => string;
  /** The band in a chart's text alternative, with how many of the evaluation's areas are inside, above and below it. */
  bandSummary: (label: string, n: number, inside: number, above: number, below: number) => string;
  /** Reasons a comparison is not directly comparable, by kind. */
  reasons: Record<ComparisonReasonKind, string>;
  /** Caption of a sub-question table: "Område 1 Offentlighet och demokrati – delfrågor"; "Område 1 – delfrågor" for an area whose name is not known. */
  questionTableTitle: (areaId: number, name?: string) => string;
  /** Note under a sub-question table when the published area score differs from the sum of its questions. */
  sumMismatch: (published: string, sum: string) => string;
  /** Note for a published percent that cannot come from its points. */
  percentMismatch: (questionId: string) => string;
  /** Marks a value that was derived, not published ("beräknat" / "derived"). */
  derived: string;
  /** Title of the notes list under a table ("Anmärkningar" / "Notes"). */
  notes: string;
  /** One note, as read out before its number in a footnote link ("Anmärkning" / "Note"). */
  note: string;
  /** "Ingen delfrågetabell publicerad" / "No sub-question table published". */
  noQuestions: string;
  /** Report: the page title, "Kommunkompassen – Avesta kommun 2014". */
  reportTitle: (municipality: string, year: number) => string;
  /** Report: name of the table of contents. */
  contents: string;
  /** Report: label of the evaluation year. */
  evaluationYear: string;
  /** Report: label of the evaluation date. */
  evaluationDate: string;
  /** Report: label of the report's publication date. */
  publishedDate: string;
  /** Report: label of the evaluators. */
  evaluators: string;
  /** Report: label of the framework (model version). */
  framework: string;
  /** Report: label of the municipality code. */
  municipalityCode: string;
  /** Report: label of the source. */
  source: string;
  /** Report: heading of the summary section. */
  summaryHeading: string;
  /** Report: the total line, "404 av 800 poäng". */
  totalLine: (total: string, max: string) => string;
  /** Report: heading of the year-over-year section. */
  changeHeading: (fromYear: number) => string;
  /** Report: heading of an area section, "Område 1 Offentlighet och demokrati". */
  areaHeading: (id: number, name: string) => string;
  /** Report: an area's score line, "52 av 100 poäng". */
  areaScoreLine: (score: string, max: string) => string;
  /** Report: heading of the one table of area scores of an evaluation that published nothing else about its areas. */
  areaScoresHeading: string;
  /** Report: under that heading, what the source gives and what not. */
  areaScoresOnly: string;
  /** Report: "sedan 2012" / "since 2012", after a change. */
  since: (year: number) => string;
  /** Report: heading of an area's narrative headings (rubriker). */
  headingsTitle: string;
  /** Report: heading of the strengths list. */
  strengths: string;
  /** Report: heading of the improvement opportunities list. */
  improvements: string;
  /** Report: heading of the weaknesses list. */
  weaknesses: string;
  /** Report: shown for a published but empty list. */
  emptyList: string;
  /** Report: heading of the data quality section. */
  qualityHeading: string;
  /** Report: introduction of the data quality section. */
  qualityIntro: string;
  /** Report: shown when there is nothing to report about the data. */
  qualityNone: string;
  /** Report: heading of the data notes. */
  dataNotes: string;
  /** Report: a warning in words, by the core's warning kind and its details. */
  warning: (
    kind: string,
    details: Readonly<Record<string, string | number | boolean | null>>,
    fallback: string,
  ) => string;
}

/**
 * The Swedish texts of the report page alone (EvaluationReport's), a block of their own: the embed
 * brings them with its report view instead of its script (packages/embed/build-options.mjs,
 * textsOnDemand). The English block has them too.
 */
const svReport = {
  reportTitle: (mu, y) => `Kommunkompassen – ${mu} ${y}`,
  contents: "Innehåll",
  evaluationYear: "Utvärderingsår",
  evaluationDate: "Utvärderingen genomfördes",
  publishedDate: "Rapportens datum",
  evaluators: "Utvärderare",
  municipalityCode: "Kommunkod",
  source: "Källa",
  summaryHeading: "Sammanfattning av resultat",
  changeHeading: (y) => `Förändring sedan ${y}`,
  areaScoreLine: (sc, mx) => `${sc} av ${mx} poäng`,
  areaScoresHeading: "Poäng per område",
  areaScoresOnly: "Källan anger bara områdenas poäng: inga delfrågor, rubriker, styrkor eller svagheter.",
  since: (y) => `sedan ${y}`,
  headingsTitle: "Rubriker",
  strengths: "Styrkor",
  improvements: "Förbättringsmöjligheter",
  weaknesses: "Svagheter",
  emptyList: "Inga angivna.",
  qualityHeading: "Om uppgifterna",
  qualityIntro:
    "Siffrorna visas som de publicerades. Här anges var de publicerade siffrorna inte stämmer med varandra och vad som saknas.",
  qualityNone: "De publicerade siffrorna stämmer med varandra.",
  dataNotes: "Anteckningar om källan",
  warning: (kind, d, fallback) => {
    switch (kind) {
      case "area-sum-mismatch":
        return `Område ${d.area}: poängen är publicerad som ${d.published}, men delfrågornas poäng summerar till ${d.sum}.`;
      case "percent-mismatch":
        return `Delfråga ${d.question}: ${d.percent} % kan inte komma från ${d.achieved} av ${d.max} poäng, ens med avrundning.`;
      case "total-mismatch":
        return `Totalen är publicerad som ${d.published}, men områdenas poäng summerar till ${d.sum}.`;
      case "area-name-mismatch":
        return `Område ${d.area}: namnet ”${d.published}” skiljer sig från namnet i ${d.framework}, ”${d.expected}”${d.matches ? ` (det är namnet ${d.matchesArea ? `på område ${d.matchesArea} ` : ""}i ${d.matches})` : ""}.`;
      case "date-year-mismatch":
        return `Utvärderingsdatumet ${d.date} ligger inte i utvärderingsåret ${d.year}.`;
      case "unknown-framework":
        return `Modellen ${d.framework} är okänd; områden och delfrågor har inte kontrollerats mot någon modell.`;
      default:
        return fallback;
    }
  },
} satisfies Partial<ComponentMessages>;

const sv: ComponentMessages = {
  lang: "sv",
  area: "Område",
  score: "Poäng",
  max: "Max",
  percent: "Procent",
  achieved: "Uppnått",
  question: "Delfråga",
  questionId: "Nr",
  total: "Totalt",
  areaSum: "Summa",
  change: "Förändring",
  noData: "uppgift saknas",
  noDataKey: "–\u00a0uppgift saknas",
  notComparable: "ej jämförbar",
  showTable: "Visa diagrammets data som tabell",
  legend: "Serier",
  showSeries: "Visa",
  hiddenInChart: "dold i diagrammet",
  shownInChart: "visas i diagrammet",
  points: (v) => `${v}\u00a0p`,
  outOf: (v, m) => `${v} av ${m}`,
  barTitle: (m, y, t) => (t === null ? `${m} ${y}` : `${m} ${y} – ${t}\u00a0p`),
  radarTitle: (m, y) => `Profil för ${m} ${y}`,
  radarIntro: (n) => `Spindeldiagram över ${n} område${n === 1 ? "" : "n"}, skala 0–100.`,
  barIntro: (n) => `Stapeldiagram över ${n} område${n === 1 ? "" : "n"}, skala 0–100.`,
  strongest: (l) => `Starkast: ${l}.`,
  weakest: (l) => `Svagast: ${l}.`,
  missingAreas: (l) => `Uppgift saknas för: ${l}.`,
  comparedWith: (label, up, down, same, unknown) =>
    `Jämfört med ${label}: högre i ${up}, lägre i ${down}, oförändrat i ${same} område${same === 1 ? "" : "n"}${unknown ? `, ej jämförbart i ${unknown}` : ""}.`,
  otherFramework: (label, f) => `${label} är mätt med ${f} och är inte direkt jämförbar.`,
  keyboardHelp: "Använd piltangenterna för att gå mellan värdena och Esc för att stänga informationsrutan.",
  pointLabel: (s, a, v) => `${s}, ${a}: ${v}`,
  invalidData: "Diagrammet kan inte visas eftersom uppgifterna är felaktiga",
  invalidTableData: "Tabellen kan inte visas eftersom uppgifterna är felaktiga",
  moreProblems: (n) => `och ${n} fel till`,
  deltaWords: (d) =>
    d === 0
      ? "oförändrat"
      : d > 0
        ? `ökning med ${formatNumber(d, "sv")} poäng`
        : `minskning med ${formatNumber(-d, "sv")} poäng`,
  deltaTitle: (a, b) => `Förändring ${a}–${b}`,
  frameworkChanged: (a, b) =>
    `Modellen ändrades mellan utvärderingarna (${a} → ${b}). Poängen är inte direkt jämförbara.`,
  areasNotComparable: (a, b, unknown) =>
    unknown
      ? `Områdena i ${a === b ? a : `${a} eller ${b}`} är inte kända, så varken områden eller totalpoäng kan jämföras. Poängen visas bredvid varandra.`
      : `Områdena är definierade på olika sätt i ${a} och ${b}, så varken områden eller totalpoäng kan jämföras. Poängen visas bredvid varandra.`,
  unknownModel: (id) => `${id} (ingen inbyggd modell)`,
  leftOutSeries: (labels, model, unknown) =>
    unknown
      ? `${labels} visas inte i diagrammet: områdena i ${model} är inte kända.`
      : `${labels} visas inte i diagrammet: områdena i ${model} är definierade på ett annat sätt.`,
  noAreaScores: "Diagrammet har inget att visa: inga områdespoäng är kända för utvärderingen.",
  radarTooFewAreas: (n) =>
    `Spindeldiagrammet ritas inte: det behöver minst tre områden, och uppgifterna har ${n === 1 ? "ett" : "två"}. Poängen finns i tabellen nedan.`,
  bandLabel: (label, n) =>
    `${label.charAt(0).toUpperCase()}${label.slice(1)}: beräknat ur ${n} utvärdering${n === 1 ? "" : "ar"}, inte publicerat`,
  bandLow: (kind) => (kind === "interquartile" ? "Nedre kvartil" : "Lägsta"),
  bandHigh: (kind) => (kind === "interquartile" ? "Övre kvartil" : "Högsta"),
  bandSummary: (label, n, inside, above, below) =>
    `Bandet visar ${label}, beräknat ur ${n} utvärdering${n === 1 ? "" : "ar"}, inte publicerat. Utvärderingen ligger inom bandet i ${inside}, över i ${above} och under i ${below} område${below === 1 ? "" : "n"}.`,
  reasons: {
    "framework-changed": "Modellen ändrades mellan utvärderingarna.",
    "areas-differ": "Modellernas områden är definierade på olika sätt; varken områden eller totalpoäng kan jämföras.",
    "areas-unknown": "Områdena i någon av modellerna är inte kända; varken områden eller totalpoäng kan jämföras.",
    "question-set-changed": "Delfrågorna skiljer sig mellan utvärderingarna.",
    "missing-values": "Uppgifter saknas för någon av utvärderingarna.",
    "different-municipality": "Utvärderingarna gäller olika kommuner.",
    "not-chronological": "Den första utvärderingen är inte äldre än den andra.",
  },
  questionTableTitle: (id, name) => (name ? `Område ${id} ${name} – delfrågor` : `Område ${id} – delfrågor`),
  sumMismatch: (p, s) => `Områdets poäng är publicerad som ${p}, men delfrågornas poäng summerar till ${s}.`,
  percentMismatch: (q) => `Procentsatsen för ${q} kan inte komma från poängen, ens med avrundning.`,
  derived: "beräknat",
  notes: "Anmärkningar",
  note: "Anmärkning",
  noQuestions: "Ingen delfrågetabell publicerad.",
  framework: "Modell",
  totalLine: (t, mx) => `${t} av ${mx} poäng`,
  areaHeading: (id, name) => `Område ${id} ${name}`,
  ...svReport,
};

const en: ComponentMessages = {
  lang: "en",
  area: "Area",
  score: "Score",
  max: "Max",
  percent: "Percent",
  achieved: "Achieved",
  question: "Question",
  questionId: "No.",
  total: "Total",
  areaSum: "Sum",
  change: "Change",
  noData: "no data",
  noDataKey: "–\u00a0no data",
  notComparable: "not comparable",
  showTable: "Show the chart's data as a table",
  legend: "Series",
  showSeries: "Show",
  hiddenInChart: "hidden from the chart",
  shownInChart: "shown in the chart",
  points: (v) => `${v} points`,
  outOf: (v, m) => `${v} of ${m}`,
  barTitle: (m, y, t) => (t === null ? `${m} ${y}` : `${m} ${y} – ${t} points`),
  radarTitle: (m, y) => `Profile of ${m} ${y}`,
  radarIntro: (n) => `Radar chart of ${n} area${n === 1 ? "" : "s"}, 0–100.`,
  barIntro: (n) => `Bar chart of ${n} area${n === 1 ? "" : "s"}, 0–100.`,
  strongest: (l) => `Strongest: ${l}.`,
  weakest: (l) => `Weakest: ${l}.`,
  missingAreas: (l) => `No data for: ${l}.`,
  comparedWith: (label, up, down, same, unknown) =>
    `Compared with ${label}: higher in ${up}, lower in ${down}, unchanged in ${same} area${same === 1 ? "" : "s"}${unknown ? `, not comparable in ${unknown}` : ""}.`,
  otherFramework: (label, f) => `${label} was measured with ${f} and is not directly comparable.`,
  keyboardHelp: "Use the arrow keys to move between values and Escape to close the tooltip.",
  pointLabel: (s, a, v) => `${s}, ${a}: ${v}`,
  invalidData: "The chart cannot be shown because the data is invalid",
  invalidTableData: "The table cannot be shown because the data is invalid",
  moreProblems: (n) => `and ${n} more problem${n === 1 ? "" : "s"}`,
  deltaWords: (d) =>
    d === 0 ? "unchanged" : d > 0 ? `up ${formatNumber(d, "en")} points` : `down ${formatNumber(-d, "en")} points`,
  deltaTitle: (a, b) => `Change ${a}–${b}`,
  frameworkChanged: (a, b) =>
    `The model changed between the evaluations (${a} → ${b}). Scores are not directly comparable.`,
  areasNotComparable: (a, b, unknown) =>
    unknown
      ? `The areas of ${a === b ? a : `${a} or ${b}`} are not known, so neither the areas nor the total can be compared. The scores are shown side by side.`
      : `The areas are defined differently in ${a} and ${b}, so neither the areas nor the total can be compared. The scores are shown side by side.`,
  unknownModel: (id) => `${id} (not a built-in model)`,
  leftOutSeries: (labels, model, unknown) =>
    unknown
      ? `${labels} is not drawn in the chart: the areas of ${model} are not known.`
      : `${labels} is not drawn in the chart: the areas of ${model} are defined differently.`,
  noAreaScores: "The chart has nothing to show: no area scores of the evaluation are known.",
  radarTooFewAreas: (n) =>
    `The radar chart is not drawn: it needs at least three areas, and the data has ${n === 1 ? "one" : "two"}. The scores are in the table below.`,
  bandLabel: (label, n) =>
    `${label.charAt(0).toUpperCase()}${label.slice(1)}: computed from ${n} evaluation${n === 1 ? "" : "s"}, not published`,
  bandLow: (kind) => (kind === "interquartile" ? "Lower quartile" : "Lowest"),
  bandHigh: (kind) => (kind === "interquartile" ? "Upper quartile" : "Highest"),
  bandSummary: (label, n, inside, above, below) =>
    `The band shows ${label}, computed from ${n} evaluation${n === 1 ? "" : "s"}, not published. The evaluation is inside the band in ${inside}, above it in ${above} and below it in ${below} area${below === 1 ? "" : "s"}.`,
  reasons: {
    "framework-changed": "The model changed between the evaluations.",
    "areas-differ": "The models define their areas differently; neither the areas nor the total can be compared.",
    "areas-unknown": "The areas of one of the models are not known; neither the areas nor the total can be compared.",
    "question-set-changed": "The sub-questions differ between the evaluations.",
    "missing-values": "Values are missing in one of the evaluations.",
    "different-municipality": "The evaluations are of different municipalities.",
    "not-chronological": "The first evaluation is not older than the second.",
  },
  questionTableTitle: (id, name) => (name ? `Area ${id} ${name} – sub-questions` : `Area ${id} – sub-questions`),
  sumMismatch: (p, s) => `The area score is published as ${p}, but the sub-question points add up to ${s}.`,
  percentMismatch: (q) => `The percent of ${q} cannot come from its points, even allowing for rounding.`,
  derived: "derived",
  notes: "Notes",
  note: "Note",
  noQuestions: "No sub-question table published.",
  reportTitle: (mu, y) => `Kommunkompassen – ${mu} ${y}`,
  contents: "Contents",
  evaluationYear: "Year of evaluation",
  evaluationDate: "Evaluation carried out",
  publishedDate: "Report date",
  evaluators: "Evaluators",
  framework: "Model",
  municipalityCode: "Municipality code",
  source: "Source",
  summaryHeading: "Summary of results",
  totalLine: (t, mx) => `${t} of ${mx} points`,
  changeHeading: (y) => `Change since ${y}`,
  areaHeading: (id, name) => `Area ${id} ${name}`,
  areaScoreLine: (sc, mx) => `${sc} of ${mx} points`,
  areaScoresHeading: "Score per area",
  areaScoresOnly: "The source gives the areas' scores only: no sub-questions, headings, strengths or weaknesses.",
  since: (y) => `since ${y}`,
  headingsTitle: "Headings",
  strengths: "Strengths",
  improvements: "Improvement opportunities",
  weaknesses: "Weaknesses",
  emptyList: "None given.",
  qualityHeading: "About the data",
  qualityIntro:
    "Figures are shown as published. Listed here: where the published figures disagree with each other, and what is missing.",
  qualityNone: "The published figures agree with each other.",
  dataNotes: "Notes on the source",
  warning: (kind, d, fallback) => {
    switch (kind) {
      case "area-sum-mismatch":
        return `Area ${d.area}: the score is published as ${d.published}, but its sub-question points add up to ${d.sum}.`;
      case "percent-mismatch":
        return `Question ${d.question}: ${d.percent}% cannot come from ${d.achieved} of ${d.max} points, even allowing for rounding.`;
      case "total-mismatch":
        return `The total is published as ${d.published}, but the area scores add up to ${d.sum}.`;
      case "area-name-mismatch":
        return `Area ${d.area}: the name “${d.published}” differs from the ${d.framework} name “${d.expected}”${d.matches ? ` (it is the ${d.matches} name${d.matchesArea ? ` of area ${d.matchesArea}` : ""})` : ""}.`;
      case "date-year-mismatch":
        return `The evaluation date ${d.date} is not in the evaluation year ${d.year}.`;
      case "unknown-framework":
        return `The model ${d.framework} is unknown; areas and questions were not checked against a model.`;
      default:
        return fallback;
    }
  },
};

/** The built-in messages. */
/** The components' texts in every language they ship with. */
export const componentMessages: Readonly<Record<Lang, ComponentMessages>> = { sv, en };
