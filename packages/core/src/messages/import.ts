import { formatNumber, type Lang } from "../text/format";
import { issueText } from "./issues";

/**
 * Every finding code of `@kommunkompassen/import`. A code is stable: programs and translations key
 * on it; its wording may change. docs/import.md lists them with their values.
 */
export const IMPORT_FINDING_CODES = [
  "encoding-windows-1252",
  "encoding-invalid-utf8",
  "encoding-utf16",
  "not-text",
  "site-header-ignored",
  "site-list-after-transcript",
  "other-report-ignored",
  "site-list-ignored",
  "site-list-before-report",
  "page-furniture-ignored",
  "name-in-capitals",
  "evaluators-partly-read",
  "option-overrides",
  "framework-inferred",
  "framework-option-contradicts",
  "section-duplicate",
  "area-not-in-framework",
  "area-no-section",
  "area-score-missing",
  "area-score-conflict",
  "area-headings-missing",
  "area-lists-missing",
  "area-questions-paired-by-order",
  "area-questions-unpaired",
  "area-overview-text-ignored",
  "area-no-table",
  "area-not-in-text",
  "overview-missing",
  "report-cut",
  "question-in-wrong-table",
  "question-duplicate",
  "question-numbers-impossible",
  "questions-not-found",
  "totals-conflict",
  "total-not-stated",
  "code-missing",
  "date-missing",
  "evaluators-missing",
  "no-municipality-or-year",
  "no-area-score",
  "no-valid-area-score",
  "csv-comment-unknown",
  "csv-column-ignored",
  "csv-too-many-columns",
  "csv-no-header",
  "csv-no-question-column",
  "csv-year-invalid",
  "csv-total-invalid",
  "csv-row-fields",
  "csv-row-question-invalid",
  "csv-row-wrong-area",
  "csv-cell-not-number",
  "csv-row-duplicate",
  "csv-ids-from-parts",
  "csv-areas-by-name",
  "csv-area-name-unknown",
  "csv-area-no-rows",
  "csv-no-area-scores",
  "csv-total-not-given",
  "csv-incomplete",
  "csv-no-valid-row",
  "value-left-out",
  "value-cannot-be-imported",
  "not-made-valid",
  "validator-warning",
  "more-findings",
  "results-columns-missing",
  "results-column-ignored",
  "results-column-duplicate",
  "results-too-many-rows",
  "results-row-fields",
  "results-municipality-missing",
  "results-year-invalid",
  "results-row-duplicate",
  "results-code-invalid",
  "results-code-padded",
  "results-code-mismatch",
  "results-code-from-registry",
  "results-code-not-found",
  "results-framework-not-stated",
  "results-framework-from-year",
  "results-framework-unknown",
  "results-basis-missing",
  "results-basis-unknown",
  "results-cell-not-number",
  "results-no-score",
  "results-source-missing",
  "results-source-invalid",
  "results-no-valid-row",
  "pdf-broken",
  "pdf-encrypted",
  "pdf-no-text",
  "pdf-timeout",
  "pdf-unavailable",
  "pdf-pages-left-out",
  "pdf-pages-without-text",
  "pdf-furniture-ignored",
  "report-page",
  "page-value-missing",
  "page-value-derived",
  "page-value-unreadable",
  "page-no-figures",
] as const;

/** A stable finding code of the importer. */
export type ImportFindingCode = (typeof IMPORT_FINDING_CODES)[number];

/** The values a finding carries: flat, for programs and for the wording. */
export type FindingValues = Readonly<Record<string, string | number | boolean | null>>;

/** Words one finding from its values. */
export type FindingWording = (values: FindingValues) => string;

/** The importer's texts in one language. */
export interface ImportMessages {
  /** Each finding code's wording (no command-line option in it: a program's own hints go beside it). */
  findings: Readonly<Record<ImportFindingCode, FindingWording>>;
  /**
   * Hints the `kompass import` command adds after a finding (they name its options); `undefined`
   * when the finding needs none.
   */
  cliHints: Readonly<Partial<Record<ImportFindingCode, (values: FindingValues) => string | undefined>>>;
  /** The notes a results table's import writes into an evaluation (`notes`), saying how its model is known. */
  resultsNotes: ResultsNotes;
}

/**
 * The notes `importResultsTable` writes into an evaluation's `notes`: how the model is known (the
 * table's `framework_basis`), and what the importer filled in from the municipality registry.
 */
export interface ResultsNotes {
  /** `framework_basis: stated`: the source names the model (or its area names). */
  basisStated: string;
  /** `framework_basis: year`: only the year points to the model, which the source does not name. */
  basisYear: (label: string, year: number) => string;
  /** A `framework_basis` that is neither `stated` nor `year`, kept as the table gives it. */
  basisOther: (value: string) => string;
  /** A model given with no `framework_basis`. */
  basisMissing: string;
  /** No model given: the evaluation is recorded as "model not stated". */
  notStated: string;
  /** A model the table names that is not a built-in one, kept here as given. */
  frameworkText: (value: string, id: string | null) => string;
  /** The code looked up in the registry by name, since the table gives none. */
  codeFromRegistry: (code: string, name: string) => string;
  /** A three-digit code read with its leading zero. */
  codePadded: (value: string, code: string) => string;
}

type V = FindingValues;

/** The columns of a results table, for the findings that list them. */
const RESULTS_COLUMNS = "municipality, code, year, framework, framework_basis, total, area_1 … area_8, source_url";

/** A value as text: numbers in the language's format, the rest as they are. */
function val(value: V[string] | undefined, lang: Lang): string {
  return typeof value === "number" ? formatNumber(value, lang, 2) : String(value ?? "");
}

/** A whole number as digits (row numbers, counts, years): no grouping, so "row 1234" stays searchable. */
const int = (value: V[string] | undefined) => String(value ?? "");

/**
 * A validator issue carried in a finding's values (`check`: its kind, `issue`: its English text,
 * the rest its details), worded by the core's issue catalogue (English where a kind has no wording).
 */
function issueIn(v: V, lang: Lang): string {
  const { check, issue, ...details } = v;
  const message = int(issue);
  return issueText({ severity: "warning", kind: int(check), path: "", message, details }, lang).text || message;
}

/** A value on a report page, named for a finding: the total, an area's score, a question's achieved, max or percent. */
function pageValueEn(v: V): string {
  if (v.part === "total") return "the total";
  if (v.part === "score") return `area ${int(v.area)}'s score`;
  return `question ${int(v.question)}'s ${v.part === "achieved" ? "points" : int(v.part)}`;
}

function pageValueSv(v: V): string {
  if (v.part === "total") return "totalpoängen";
  if (v.part === "score") return `poängen för område ${int(v.area)}`;
  const part = v.part === "achieved" ? "uppnådda poäng" : v.part === "max" ? "maxpoäng" : "procentsats";
  return `${part} för delfråga ${int(v.question)}`;
}

const areaEn = (v: V) => `area ${int(v.area)}${v.title ? ` (${val(v.title, "en")})` : ""}`;
const areaSv = (v: V) => `område ${int(v.area)}${v.title ? ` (${val(v.title, "sv")})` : ""}`;

/**
 * How a finding names a model: its label (`label`, `otherLabel`, …, given by the importer), or the
 * id where there is no label (a model with no definition).
 */
const model = (v: V, prefix = "") =>
  prefix === ""
    ? int(v.label ?? v.framework)
    : int(v[`${prefix}Label`] ?? v[prefix === "other" ? "otherFramework" : prefix]);

/** What the input shows for one model (`prefix` "other": the values `otherNamedAreas`, …). */
function evidenceEn(v: V, prefix = ""): string[] {
  const at = (name: string) => v[prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name];
  const name = model(v, prefix);
  const reasons: string[] = [];
  if (at("namedAreas")) reasons.push(`the names of area(s) ${int(at("namedAreas"))} are those of ${name}`);
  if (at("question26")) reasons.push(`area 2 has a question 2.6${prefix ? `, as in ${name}` : ""}`);
  if (typeof at("max23") === "number")
    reasons.push(`question 2.3 has max ${val(at("max23"), "en")}${prefix ? `, as in ${name}` : ""}`);
  if (at("stated")) reasons.push(`the text says "${int(at("stated"))}"`);
  return reasons;
}

function evidenceSv(v: V, prefix = ""): string[] {
  const at = (name: string) => v[prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name];
  const name = model(v, prefix);
  const reasons: string[] = [];
  if (at("namedAreas")) reasons.push(`område ${int(at("namedAreas"))} har namnen i ${name}`);
  if (at("question26")) reasons.push(`område 2 har en delfråga 2.6${prefix ? `, som i ${name}` : ""}`);
  if (typeof at("max23") === "number")
    reasons.push(`delfråga 2.3 har max ${val(at("max23"), "sv")}${prefix ? `, som i ${name}` : ""}`);
  if (at("stated")) reasons.push(`texten säger "${int(at("stated"))}"`);
  return reasons;
}

/** The year rules of a decision (the `basis` values other than `evidence`), per language. */
const YEAR_RULE: Record<Lang, Record<string, (year: string) => string>> = {
  en: {
    "year-before-2010": (y) => `evaluations of ${y} used the original model (Kommunkompassen was revised in 2010)`,
    "year-before-2015": (y) => `evaluations of ${y} used 2.0 (2.1 came around 2015–2016)`,
    "year-2015-2016": (y) => `in ${y} both 2.0 and 2.1 were in use (2.1 came around 2015–2016), 2.0 is assumed`,
    "year-2017-on": (y) => `evaluations of ${y} used 2.1`,
    "year-2020-on": (y) =>
      `a guess from the year alone: evaluations from 2020 on use Kommunkompassen 2020, and ${y} is such a year`,
    none: () => "there is no year to go on; 2.0 is assumed",
  },
  sv: {
    "year-before-2010": (y) =>
      `utvärderingar ${y} gjordes med den ursprungliga modellen (Kommunkompassen reviderades 2010)`,
    "year-before-2015": (y) => `utvärderingar ${y} gjordes med 2.0 (2.1 kom omkring 2015–2016)`,
    "year-2015-2016": (y) => `${y} användes både 2.0 och 2.1 (2.1 kom omkring 2015–2016), 2.0 antas`,
    "year-2017-on": (y) => `utvärderingar ${y} gjordes med 2.1`,
    "year-2020-on": (y) =>
      `en gissning enbart från året: utvärderingar från 2020 och framåt görs med Kommunkompassen 2020, och ${y} är ett sådant år`,
    none: () => "det finns inget år att gå efter; 2.0 antas",
  },
};

const LEADS: Record<Lang, { versions: string; model: string; even: string; and: string; but: string }> = {
  en: {
    versions: "nothing in the text tells the versions apart",
    model: "nothing in the text tells the model",
    even: "the text's evidence is even",
    and: "and",
    but: "but",
  },
  sv: {
    versions: "inget i texten skiljer versionerna åt",
    model: "inget i texten anger modellen",
    even: "texten pekar lika mycket åt båda hållen",
    and: "och",
    but: "men",
  },
};

/**
 * Why a model was decided, in a language: the evidence for it, the evidence for another model
 * ("but …"), what else it fits, a model the year points to, and the year rule when the year decided.
 */
function frameworkReasons(v: V, lang: Lang): string {
  const own = lang === "sv" ? evidenceSv(v) : evidenceEn(v);
  const other = lang === "sv" ? evidenceSv(v, "other") : evidenceEn(v, "other");
  const words = LEADS[lang];
  const rule = YEAR_RULE[lang][int(v.basis)]?.(int(v.year));
  const reasons = [...own];
  // The year decided with evidence only against it (before 2010): the rule first, then the evidence.
  if (rule && own.length === 0 && other.length > 0) return `${rule}, ${words.but} ${other.join(", ")}`;
  if (other.length > 0) reasons.push(`${words.but} ${other.join(", ")}`);
  if (v.alsoFits)
    reasons.push(
      lang === "sv" ? `vilket stämmer med ${int(v.alsoFits)} också` : `which fits ${int(v.alsoFits)} as well`,
    );
  if (v.yearSuggests)
    reasons.push(
      lang === "sv"
        ? `men året ${int(v.year)} pekar på ${model(v, "yearSuggests")}, som inget i texten utesluter`
        : `but the year ${int(v.year)} points to ${model(v, "yearSuggests")}, which nothing in the text rules out`,
    );
  if (rule) {
    const versions = ["year-before-2015", "year-2015-2016", "year-2017-on"].includes(int(v.basis));
    const lead = reasons.length > 0 ? words.even : versions ? words.versions : words.model;
    reasons.push(v.basis === "none" ? `${lead}, ${words.and} ${rule}` : `${lead}; ${rule}`);
  }
  return reasons.join(", ");
}

const frameworkReasonsEn = (v: V) => frameworkReasons(v, "en");
const frameworkReasonsSv = (v: V) => frameworkReasons(v, "sv");

const SCORE_REASON: Record<Lang, (v: V) => string> = {
  en: (v) =>
    v.reason === "not-possible"
      ? `the number after "Rubriker" (${int(v.number)}) is not a possible area score`
      : v.reason === "no-number"
        ? 'no number in the "Rubriker … Poäng" block'
        : "no score",
  sv: (v) =>
    v.reason === "not-possible"
      ? `talet efter "Rubriker" (${int(v.number)}) är ingen möjlig poäng för ett område`
      : v.reason === "no-number"
        ? 'inget tal i blocket "Rubriker … Poäng"'
        : "ingen poäng",
};

const HEADINGS_REASON: Record<Lang, Record<string, string>> = {
  en: {
    "no-block": 'no "Rubriker" block',
    empty: 'the "Rubriker" block lists no headings',
    bullets: "the bulleted headings could not be read",
    "run-on":
      "the headings run together and not every part matches a known heading of the area, so they cannot be split",
  },
  sv: {
    "no-block": 'inget block "Rubriker"',
    empty: 'blocket "Rubriker" räknar inte upp några rubriker',
    bullets: "punktlistan med rubriker gick inte att läsa",
    "run-on":
      "rubrikerna har flutit ihop och alla delar är inte kända rubriker för området, så de går inte att dela upp",
  },
};

const LISTS_REASON: Record<Lang, (v: V) => string> = {
  en: (v) =>
    ({
      none: "no Styrkor / Förbättringsmöjligheter / Svagheter lists in the section",
      "run-on": "the lists survive only as run-on text whose item and column boundaries are lost",
      cells: `the list table has ${int(v.cells)} cell(s) instead of 3`,
      columns: "the three list columns cannot be told apart reliably",
    })[int(v.reason)] ?? "no lists",
  sv: (v) =>
    ({
      none: "avsnittet har inga listor Styrkor / Förbättringsmöjligheter / Svagheter",
      "run-on": "listorna finns bara som löptext där gränserna mellan punkter och kolumner har gått förlorade",
      cells: `listtabellen har ${int(v.cells)} cell(er) i stället för 3`,
      columns: "de tre listkolumnerna går inte att skilja åt säkert",
    })[int(v.reason)] ?? "inga listor",
};

const IMPOSSIBLE: Record<Lang, (v: V) => string> = {
  en: (v) =>
    v.reason === "max-not-positive"
      ? `max ${val(v.max, "en")} is not a maximum`
      : v.reason === "max-contradicts"
        ? `max ${val(v.max, "en")} contradicts ${model(v)} (max ${val(v.frameworkMax, "en")})`
        : v.reason === "achieved-over-max"
          ? `${val(v.achieved, "en")} achieved is more than the max ${val(v.max, "en")}`
          : `${val(v.percent, "en")} % is more than 100 %`,
  sv: (v) =>
    v.reason === "max-not-positive"
      ? `max ${val(v.max, "sv")} är inget maximum`
      : v.reason === "max-contradicts"
        ? `max ${val(v.max, "sv")} motsäger ${model(v)} (max ${val(v.frameworkMax, "sv")})`
        : v.reason === "achieved-over-max"
          ? `uppnått ${val(v.achieved, "sv")} är mer än max ${val(v.max, "sv")}`
          : `${val(v.percent, "sv")} % är mer än 100 %`,
};

const OPTION_SV: Record<string, string> = {
  municipality: "kommunen",
  year: "året",
  code: "kommunkoden",
  framework: "modellen",
};

const NOT_TEXT: Record<Lang, Record<string, string>> = {
  en: { pdf: "a PDF", zip: "a zip archive (a Word or OpenDocument file?)" },
  sv: { pdf: "en PDF", zip: "ett zip-arkiv (en Word- eller OpenDocument-fil?)" },
};

const en: ImportMessages = {
  findings: {
    "encoding-windows-1252": () =>
      "the text is not UTF-8 (it has no UTF-8 sequence of two or more bytes and some bytes that UTF-8 does not allow); it was read as Windows-1252",
    "encoding-invalid-utf8": (v) =>
      `the text is not valid UTF-8: ${int(v.count)} invalid byte(s) (first at byte offset(s) ${int(v.offsets)}) were replaced by "\ufffd"; the rest was read as UTF-8`,
    "encoding-utf16": (v) =>
      `the text was read as ${int(v.encoding).toUpperCase()} (it starts with that byte order mark)`,
    "not-text": (v) =>
      `nothing usable: the file is ${NOT_TEXT.en[int(v.format)] ?? int(v.format)}, not text; extract the text first (with pdftotext, for example)`,
    "site-header-ignored": (v) =>
      `${int(v.lines)} line(s) before "${int(v.marker)}" are a document-sharing site's page header, not the report`,
    "site-list-after-transcript": (v) =>
      `${int(v.lines)} line(s) after the transcript's last page (${int(v.lastPage)}) are the site's list of other documents, not the report (first: "${int(v.first)}")`,
    "other-report-ignored": (v) =>
      `the text from another report's title ("${int(v.title)}") on is not this report (${int(v.lines)} line(s))`,
    "site-list-ignored": (v) =>
      `the text from "${int(v.marker)}" on is a site's list of other documents, not the report (${int(v.lines)} line(s))`,
    "site-list-before-report": (v) =>
      `${int(v.lines)} line(s) before the report's own title are a list of other documents (first: "${int(v.first)}"), not the report`,
    "page-furniture-ignored": (v) => `${int(v.count)} page header(s)/footer(s) in the text were left out`,
    "name-in-capitals": (v) =>
      `the name is printed only in capitals ("${int(v.printed)}"); written as "${int(v.written)}"`,
    "evaluators-partly-read": (v) => `parts of the evaluator line were not read as names: ${int(v.parts)}`,
    "option-overrides": (v) =>
      `the ${int(v.option)} given (${int(v.given)}) replaces ${int(v.found)} from the ${v.source === "file" ? "file" : "text"}`,
    "framework-inferred": (v) =>
      `${model(v)}: ${frameworkReasonsEn(v)}${v.uncertain ? "; check it, or give the framework" : ""}`,
    "framework-option-contradicts": (v) =>
      `${model(v)} is used as given, but the text looks like ${model(v, "inferred")} (${frameworkReasonsEn({ ...v, framework: v.inferred ?? null, label: v.inferredLabel ?? null })})`,
    "section-duplicate": (v) => `a second section headed "Område ${int(v.area)}" was ignored`,
    "area-not-in-framework": (v) => `"Område ${int(v.area)}" is not an area of ${model(v)}; left out`,
    "area-no-section": (v) =>
      `${areaEn(v)} has no section in the text (only ${v.hasTable ? "its title and its table in the points overview" : "its title, from the table of contents"}): its ${v.scoreMissing ? "score, " : ""}headings and lists are missing; they come from its section "Område ${int(v.area)} …" (the "Rubriker … Poäng" block and the Styrkor / Förbättringsmöjligheter / Svagheter lists)`,
    "area-score-missing": (v) =>
      `${areaEn(v)}: ${SCORE_REASON.en(v)}${typeof v.tableSum === "number" ? `; the score is the sum row of the points overview (${val(v.tableSum, "en")})` : ""}`,
    "area-score-conflict": (v) =>
      `${areaEn(v)} is published as ${val(v.heading, "en")} in its heading but as ${val(v.table, "en")} in the sum row of the points overview; the heading's ${val(v.heading, "en")} is kept`,
    "area-headings-missing": (v) =>
      `${areaEn(v)}: ${HEADINGS_REASON.en[int(v.reason)] ?? int(v.reason)}; headings left out`,
    "area-lists-missing": (v) =>
      `${areaEn(v)}: ${LISTS_REASON.en(v)}; strengths, improvement opportunities and weaknesses left out`,
    "area-questions-paired-by-order": (v) =>
      `${areaEn(v)}: the question texts and the numbers are not side by side in the text; they were paired in order`,
    "area-questions-unpaired": (v) =>
      `${areaEn(v)}: ${v.rows === 0 ? "the table has question texts but no numbers" : `the table's ${int(v.questions)} question(s) and ${int(v.rows)} number row(s) cannot be paired`}; the numbers are left out`,
    "area-overview-text-ignored": (v) =>
      `${areaEn(v)}: text in the points overview that is not part of a question was left out: "${int(v.text)}"`,
    "area-no-table": (v) =>
      `${areaEn(v)}: no table in the points overview; its sub-questions' numbers come from the table "${int(v.area)}. … Uppnått Max Procent" in "Översikt av poängfördelning"`,
    "area-not-in-text": (v) =>
      `area ${int(v.area)} (${int(v.name)}) is not in the text: neither its section "Område ${int(v.area)} …" (score, headings, lists) nor its table in the points overview (sub-questions)`,
    "report-cut": (v) =>
      `the text ends in or after ${v.part === "overview" ? `area ${int(v.afterArea)}'s table in the points overview` : `area ${int(v.afterArea)}'s section`}: it is cut off, and ${v.part === "overview" ? `the tables of area(s) ${int(v.areas)} (their sub-questions)` : `the sections of area(s) ${int(v.areas)} (their scores, headings and lists)${v.overview ? ' and the points overview ("Översikt av poängfördelning", every sub-question)' : ""}`} are not in it`,
    "overview-missing": () =>
      'the points overview ("Översikt av poängfördelning") with the sub-question tables is not in the text; no sub-questions imported',
    "question-in-wrong-table": (v) =>
      `question ${int(v.question)} appears in the table of area ${int(v.area)}; left out`,
    "question-duplicate": (v) =>
      `question ${int(v.question)} appears twice in the points overview; the first row is kept`,
    "question-numbers-impossible": (v) =>
      `question ${int(v.question)}: ${IMPOSSIBLE.en(v)}, so the row's numbers cannot be right; they are left out`,
    "questions-not-found": (v) =>
      `area ${int(v.area)}: question(s) ${int(v.questions)} not found in the points overview`,
    "totals-conflict": (v) => `the text states different totals (${int(v.totals)}); none is used`,
    "total-not-stated": () =>
      'the text does not state the total; left out (the core derives it when all eight area scores are known). It comes from a statement such as "Totalpoängen blev 404" or "Totalt 404 poäng", or a bar chart\'s title ("Avesta kommun 2014 – 404 p"), which is often an image',
    "code-missing": (v) =>
      v.source === "csv"
        ? 'no municipality code (a "# code: NNNN" line gives it)'
        : "the municipality code is not in the report",
    "date-missing": () => 'no evaluation date found ("Utvärderingen av … genomfördes i <month> <year>")',
    "evaluators-missing": () =>
      'the text does not name the evaluators (they come from the line after the title: "Ewa Luvö, Karolina Dahlbom, SKL …")',
    "no-municipality-or-year": (v) =>
      `nothing usable: no ${v.municipality && v.year ? "municipality and year" : v.municipality ? "municipality" : "year"} found (expected "ANALYS AV <NAME> <YEAR>" or "Utvärderingen av <name> genomfördes i <month> <year>")`,
    "no-area-score": () =>
      'nothing usable: no area score found (expected "Område N <name> Rubriker … Poäng N" or a points overview)',
    "no-valid-area-score": () => "nothing usable: no valid area score is left",
    "csv-comment-unknown": (v) => `comment line ${int(v.line)} is not a known "# key: value" line: "${int(v.text)}"`,
    "csv-column-ignored": (v) =>
      `column "${int(v.column)}" is not one of area, question, text, achieved, max, percent; ignored`,
    "csv-too-many-columns": (v) =>
      `the header row has ${int(v.columns)} columns; only the first ${int(v.read)} are read (the format has six)`,
    "csv-no-header": () => "nothing usable: the file has no header row (area;question;text;achieved;max;percent)",
    "csv-no-question-column": (v) =>
      `nothing usable: the header row has no "question" (fråga) column; expected area;question;text;achieved;max;percent (separator "${int(v.separator)}")`,
    "csv-year-invalid": (v) => `"# year: ${int(v.value)}" is not a year; ignored`,
    "csv-total-invalid": (v) => `"# total: ${int(v.value)}" is not a number; ignored`,
    "csv-row-fields": (v) =>
      `row ${int(v.row)} has ${int(v.fields)} fields, the header ${int(v.header)}${v.commaSeparated ? ' (decimal commas in a ","-separated file? use ";" as the separator)' : ""}; row left out`,
    "csv-row-question-invalid": (v) =>
      `row ${int(v.row)}: "${int(v.value)}" is not a question number like 1.1; row left out`,
    "csv-row-wrong-area": (v) =>
      `row ${int(v.row)}: question ${int(v.question)} does not belong to area ${int(v.area)}; row left out`,
    "csv-cell-not-number": (v) => `row ${int(v.row)}: ${int(v.column)} "${int(v.value)}" is not a number; left out`,
    "csv-row-duplicate": (v) => `row ${int(v.row)}: question ${int(v.question)} appears twice; the first row is kept`,
    "csv-ids-from-parts": () => 'question numbers were given without the area ("1"); written as "<area>.<n>"',
    "csv-areas-by-name": () => "areas were given by name; their numbers were looked up in the framework",
    "csv-area-name-unknown": (v) =>
      `row ${int(v.row)}: "${int(v.value)}" is not ${v.framework ? `an area name of ${model(v)}` : "an area name of a built-in model (or it names different areas in different models)"}${v.matches ? ` (it is the ${int(v.matches)} name${v.matchesArea ? ` of area ${int(v.matchesArea)}` : ""})` : ""}; the area is taken from the question number where it has one`,
    "csv-area-no-rows": (v) => `no rows for area ${int(v.area)} (${int(v.name)})`,
    "csv-no-area-scores": () =>
      "the CSV has no area scores; the core derives an area's score from its sub-questions (marked as derived) when all of them have points",
    "csv-total-not-given": () =>
      'no total given (add "# total: N" when the report states it); the core derives it when all area scores are known',
    "csv-incomplete": (v) =>
      `nothing usable: ${[
        v.municipality ? 'no municipality (a "# municipality: …" line gives it)' : "",
        v.year ? 'no year (a "# year: …" line gives it)' : "",
        v.rows ? "no sub-question row with points" : "",
      ]
        .filter(Boolean)
        .join("; ")}`,
    "csv-no-valid-row": () => "nothing usable: no valid sub-question row with points is left",
    "value-left-out": (v) => `left out: ${issueIn(v, "en")}`,
    "value-cannot-be-imported": (v) => `cannot be imported: ${issueIn(v, "en")}`,
    "not-made-valid": () => "the imported data could not be made valid",
    "validator-warning": (v) => issueIn(v, "en") || "the validator warns about this value",
    "more-findings": (v) => `${int(v.count)} more finding(s) like "${firstOf(v, "en")}" are not listed`,
    "results-columns-missing": (v) =>
      `nothing usable: the header row has no ${[v.municipality ? "municipality" : "", v.year ? "year" : "", v.scores ? "total or area score (area_1 … area_8)" : ""].filter(Boolean).join(", ") || "known"} column (a results table has the columns ${RESULTS_COLUMNS}; separator "${int(v.separator)}")`,
    "results-column-ignored": (v) => `column "${int(v.column)}" is not one of ${RESULTS_COLUMNS}; ignored`,
    "results-column-duplicate": (v) =>
      `column "${int(v.column)}" appears a second time (column ${int(v.index)}); only the first is read`,
    "results-too-many-rows": (v) => `the table has more than ${int(v.max)} rows; the rest are not read`,
    "results-row-fields": (v) =>
      `row ${int(v.row)} has ${int(v.fields)} fields, the header ${int(v.header)}${v.commaSeparated ? ' (decimal commas in a ","-separated file? use ";" as the separator, or quote the numbers)' : ""}; row left out`,
    "results-municipality-missing": (v) => `row ${int(v.row)}: no municipality; row left out`,
    "results-year-invalid": (v) =>
      `row ${int(v.row)}: ${v.value ? `"${int(v.value)}" is not a year from 1990 to 2100` : "no year"}; row left out`,
    "results-row-duplicate": (v) =>
      `row ${int(v.row)}: ${int(v.municipality)} ${int(v.year)} is already at row ${int(v.firstRow)}${v.same === true ? ", with the same figures" : v.same === false ? ", with other figures" : ""}; this row is left out`,
    "results-code-invalid": (v) =>
      `row ${int(v.row)}: "${int(v.value)}" is not a four-digit municipality code; left out`,
    "results-code-padded": (v) =>
      `row ${int(v.row)}: the code "${int(v.value)}" has lost its leading zero (as spreadsheets drop it); read as ${int(v.code)}, the registry's code for ${int(v.registryName)}`,
    "results-code-mismatch": (v) =>
      v.expected
        ? `row ${int(v.row)}: ${int(v.code)} is the code of ${int(v.expected)} in the registry, not of "${int(v.name)}"; kept as the table gives it`
        : `row ${int(v.row)}: ${int(v.code)} is not a municipality code in the registry (the row names "${int(v.name)}"); kept as the table gives it`,
    "results-code-from-registry": (v) =>
      `row ${int(v.row)}: no code given; ${int(v.code)} is the registry's code for ${int(v.registryName)}, looked up by the name "${int(v.name)}" (and said so in the evaluation's notes)`,
    "results-code-not-found": (v) =>
      `row ${int(v.row)}: no code given, and the registry has ${typeof v.candidates === "number" && v.candidates > 1 ? `${int(v.candidates)} municipalities` : "no municipality"} that "${int(v.name)}" can mean; left without a code`,
    "results-framework-not-stated": (v) =>
      `row ${int(v.row)}: no model given${v.basis ? ` (yet framework_basis "${int(v.basis)}")` : ""}; recorded as Kommunkompassen (model not stated), which is never ranked or compared with a model`,
    "results-framework-from-year": (v) =>
      `row ${int(v.row)}: only the year ${int(v.year)} points to ${model(v)} (framework_basis "year"): the source does not name the model; kept as the table gives it, with a note saying so`,
    "results-framework-unknown": (v) =>
      `row ${int(v.row)}: "${int(v.value)}" is not a built-in model; ${v.framework ? `kept as the id ${int(v.framework)}, which needs its own definition` : "recorded as Kommunkompassen (model not stated), the text kept in a note"}`,
    "results-basis-missing": (v) =>
      `row ${int(v.row)}: ${model(v)} is given without a framework_basis: the table does not say whether the source names the model or only the year points to it`,
    "results-basis-unknown": (v) =>
      `row ${int(v.row)}: framework_basis "${int(v.value)}" is neither "stated" nor "year"; kept in a note as the table gives it`,
    "results-cell-not-number": (v) =>
      `row ${int(v.row)}: ${int(v.column)} "${int(v.value)}" is not a number; left out (unknown, not 0)`,
    "results-no-score": (v) =>
      `row ${int(v.row)}: neither a total nor an area score; the evaluation is kept, with no figures`,
    "results-source-missing": (v) => `row ${int(v.row)}: no source_url; the figures have no source`,
    "results-source-invalid": (v) =>
      `row ${int(v.row)}: source_url "${int(v.value)}" is not an http(s) address; left out`,
    "results-no-valid-row": () => "nothing usable: no row of the table gives an evaluation",
    "pdf-broken": (v) =>
      `nothing usable: the file cannot be read as a PDF (${int(v.reason) || "it is damaged"}); save or export it again from the program that made it`,
    "pdf-encrypted": () =>
      "nothing usable: the PDF is encrypted and needs a password to open; save a copy without the password first",
    "pdf-no-text": (v) =>
      `nothing usable: none of the PDF's ${int(v.pages)} page(s) has any text (a scanned report is only images); run text recognition (OCR) on it first, or type the figures in`,
    "pdf-timeout": (v) => `nothing usable: reading the PDF took longer than ${int(v.seconds)} s and was stopped`,
    "pdf-unavailable": (v) =>
      `nothing usable: the PDF reader (pdfjs-dist) could not be loaded${v.reason ? ` (${int(v.reason)})` : ""}`,
    "pdf-pages-left-out": (v) =>
      `only the first ${int(v.read)} of the PDF's ${int(v.pages)} pages were read (at most ${int(v.max)} pages, or the text limit)`,
    "pdf-pages-without-text": (v) =>
      `page(s) ${int(v.pages)} of the PDF have no text (charts and pictures are images): what is only there is not imported`,
    "pdf-furniture-ignored": (v) =>
      `${int(v.count)} page header and footer line(s) on ${int(v.pages)} page(s) were left out (lines in the margins that repeat from page to page, and page numbers)`,
    "report-page": (v) =>
      `the text is a report page written by Kommunkompassen UI (kompass render, @kommunkompassen/react/server), in ${v.lang === "en" ? "English" : "Swedish"}: its facts and figures are read by the labels it prints; its headings, lists, notes and source are not imported`,
    "page-value-missing": (v) =>
      `${pageValueEn(v)} is not known on the page ("${v.lang === "en" ? "no data" : "uppgift saknas"}")`,
    "page-value-derived": (v) =>
      `${pageValueEn(v)} (${val(v.value, "en")}) is marked derived on the page: computed from other figures, not published; left out`,
    "page-value-unreadable": (v) =>
      `the page's "${int(v.label)}" could not be read ("${int(v.text)}"); left out${v.fallback ? `, the model written as ${int(v.fallback)}` : ""}`,
    "page-no-figures": () => "nothing usable: the report page shows no total and no area score",
  },
  cliHints: {
    "not-text": (v) =>
      v.format === "pdf" ? "pdftotext -layout report.pdf report.txt, then import report.txt" : undefined,
    "code-missing": () => "add it with --code NNNN",
    "framework-inferred": (v) => (v.uncertain ? "pass --framework to decide" : undefined),
    "csv-incomplete": (v) =>
      [v.municipality ? "pass --municipality NAME" : "", v.year ? "pass --year YYYY" : ""].filter(Boolean).join(", ") ||
      undefined,
  },
  resultsNotes: {
    basisStated: "framework_basis: stated. The source names the model (or its area names).",
    basisYear: (label, year) =>
      `framework_basis: year. Only the year points to the model: the source does not name it, and ${label} is what evaluations of ${year} are taken to have used.`,
    basisOther: (value) => `framework_basis: "${value}" (as the table gives it).`,
    basisMissing: "The table does not say how the model is known (no framework_basis).",
    notStated:
      "The source does not say which model was used: recorded as Kommunkompassen (model not stated), which is never ranked or compared with a model.",
    frameworkText: (value, id) =>
      `The table gives the model as "${value}", which is not a built-in model${id ? "" : ", so it is recorded as not stated"}.`,
    codeFromRegistry: (code, name) =>
      `The municipality code ${code} is not in the source: it was looked up by name in the municipality registry (${name}).`,
    codePadded: (value, code) => `The table gives the code as "${value}" (its leading zero lost); read as ${code}.`,
  },
};

const sv: ImportMessages = {
  findings: {
    "encoding-windows-1252": () =>
      "texten är inte UTF-8 (den har ingen UTF-8-sekvens av två eller fler byte och några byte som UTF-8 inte tillåter); den lästes som Windows-1252",
    "encoding-invalid-utf8": (v) =>
      `texten är inte giltig UTF-8: ${int(v.count)} ogiltiga byte (den första vid byteposition ${int(v.offsets)}) ersattes med "\ufffd"; resten lästes som UTF-8`,
    "encoding-utf16": (v) =>
      `texten lästes som ${int(v.encoding).toUpperCase()} (den börjar med den byteordningsmarkeringen)`,
    "not-text": (v) =>
      `inget användbart: filen är ${NOT_TEXT.sv[int(v.format)] ?? int(v.format)}, inte text; ta ut texten först (till exempel med pdftotext)`,
    "site-header-ignored": (v) =>
      `${int(v.lines)} rad(er) före "${int(v.marker)}" är en dokumentdelningssajts sidhuvud, inte rapporten`,
    "site-list-after-transcript": (v) =>
      `${int(v.lines)} rad(er) efter transkriptets sista sida (${int(v.lastPage)}) är sajtens lista över andra dokument, inte rapporten (första: "${int(v.first)}")`,
    "other-report-ignored": (v) =>
      `texten från en annan rapports titel ("${int(v.title)}") och framåt hör inte till rapporten (${int(v.lines)} rad(er))`,
    "site-list-ignored": (v) =>
      `texten från "${int(v.marker)}" och framåt är en sajts lista över andra dokument, inte rapporten (${int(v.lines)} rad(er))`,
    "site-list-before-report": (v) =>
      `${int(v.lines)} rad(er) före rapportens egen titel är en lista över andra dokument (första: "${int(v.first)}"), inte rapporten`,
    "page-furniture-ignored": (v) => `${int(v.count)} sidhuvud/sidfötter i texten utelämnades`,
    "name-in-capitals": (v) =>
      `namnet finns bara med versaler ("${int(v.printed)}"); det skrevs som "${int(v.written)}"`,
    "evaluators-partly-read": (v) => `delar av utvärderarraden lästes inte som namn: ${int(v.parts)}`,
    "option-overrides": (v) =>
      `${OPTION_SV[int(v.option)] ?? int(v.option)} som angavs (${int(v.given)}) ersätter ${int(v.found)} från ${v.source === "file" ? "filen" : "texten"}`,
    "framework-inferred": (v) =>
      `${model(v)}: ${frameworkReasonsSv(v)}${v.uncertain ? "; kontrollera det, eller ange modellen" : ""}`,
    "framework-option-contradicts": (v) =>
      `${model(v)} används som angivet, men texten ser ut som ${model(v, "inferred")} (${frameworkReasonsSv({ ...v, framework: v.inferred ?? null, label: v.inferredLabel ?? null })})`,
    "section-duplicate": (v) => `ett andra avsnitt med rubriken "Område ${int(v.area)}" hoppades över`,
    "area-not-in-framework": (v) => `"Område ${int(v.area)}" är inget område i ${model(v)}; utelämnat`,
    "area-no-section": (v) =>
      `${areaSv(v)} har inget avsnitt i texten (bara ${v.hasTable ? "sin titel och sin tabell i poängöversikten" : "sin titel, från innehållsförteckningen"}): dess ${v.scoreMissing ? "poäng, " : ""}rubriker och listor saknas; de kommer från dess avsnitt "Område ${int(v.area)} …" (blocket "Rubriker … Poäng" och listorna Styrkor / Förbättringsmöjligheter / Svagheter)`,
    "area-score-missing": (v) =>
      `${areaSv(v)}: ${SCORE_REASON.sv(v)}${typeof v.tableSum === "number" ? `; poängen är summaraden i poängöversikten (${val(v.tableSum, "sv")})` : ""}`,
    "area-score-conflict": (v) =>
      `${areaSv(v)} har ${val(v.heading, "sv")} poäng i sin rubrik men ${val(v.table, "sv")} i summaraden i poängöversikten; rubrikens ${val(v.heading, "sv")} behålls`,
    "area-headings-missing": (v) =>
      `${areaSv(v)}: ${HEADINGS_REASON.sv[int(v.reason)] ?? int(v.reason)}; rubrikerna utelämnades`,
    "area-lists-missing": (v) =>
      `${areaSv(v)}: ${LISTS_REASON.sv(v)}; styrkor, förbättringsmöjligheter och svagheter utelämnades`,
    "area-questions-paired-by-order": (v) =>
      `${areaSv(v)}: frågetexterna och talen står inte bredvid varandra i texten; de parades ihop i ordning`,
    "area-questions-unpaired": (v) =>
      `${areaSv(v)}: ${v.rows === 0 ? "tabellen har frågetexter men inga tal" : `tabellens ${int(v.questions)} delfråga/delfrågor och ${int(v.rows)} rad(er) med tal går inte att para ihop`}; talen utelämnades`,
    "area-overview-text-ignored": (v) =>
      `${areaSv(v)}: text i poängöversikten som inte hör till någon delfråga utelämnades: "${int(v.text)}"`,
    "area-no-table": (v) =>
      `${areaSv(v)}: ingen tabell i poängöversikten; delfrågornas siffror kommer från tabellen "${int(v.area)}. … Uppnått Max Procent" i "Översikt av poängfördelning"`,
    "area-not-in-text": (v) =>
      `område ${int(v.area)} (${int(v.name)}) finns inte i texten: varken dess avsnitt "Område ${int(v.area)} …" (poäng, rubriker, listor) eller dess tabell i poängöversikten (delfrågor)`,
    "report-cut": (v) =>
      `texten slutar i eller efter ${v.part === "overview" ? `tabellen för område ${int(v.afterArea)} i poängöversikten` : `avsnittet för område ${int(v.afterArea)}`}: den är avskuren, och ${v.part === "overview" ? `tabellerna för område ${int(v.areas)} (deras delfrågor)` : `avsnitten för område ${int(v.areas)} (deras poäng, rubriker och listor)${v.overview ? ' och poängöversikten ("Översikt av poängfördelning", alla delfrågor)' : ""}`} finns inte i den`,
    "overview-missing": () =>
      'poängöversikten ("Översikt av poängfördelning") med delfrågornas tabeller finns inte i texten; inga delfrågor importerades',
    "question-in-wrong-table": (v) =>
      `delfråga ${int(v.question)} står i tabellen för område ${int(v.area)}; utelämnad`,
    "question-duplicate": (v) =>
      `delfråga ${int(v.question)} förekommer två gånger i poängöversikten; den första raden behålls`,
    "question-numbers-impossible": (v) =>
      `delfråga ${int(v.question)}: ${IMPOSSIBLE.sv(v)}, så radens tal kan inte stämma; de utelämnades`,
    "questions-not-found": (v) =>
      `område ${int(v.area)}: delfråga/delfrågor ${int(v.questions)} finns inte i poängöversikten`,
    "totals-conflict": (v) => `texten anger olika totalpoäng (${int(v.totals)}); ingen används`,
    "total-not-stated": () =>
      'texten anger inte totalpoängen; utelämnad (kärnan räknar ut den när alla åtta områdens poäng är kända). Den kommer från en mening som "Totalpoängen blev 404" eller "Totalt 404 poäng", eller ett stapeldiagrams rubrik ("Avesta kommun 2014 – 404 p"), som ofta är en bild',
    "code-missing": (v) =>
      v.source === "csv" ? 'ingen kommunkod (en rad "# code: NNNN" anger den)' : "kommunkoden står inte i rapporten",
    "date-missing": () => 'inget utvärderingsdatum hittades ("Utvärderingen av … genomfördes i <månad> <år>")',
    "evaluators-missing": () =>
      'texten nämner inte utvärderarna (de står på raden efter titeln: "Ewa Luvö, Karolina Dahlbom, SKL …")',
    "no-municipality-or-year": (v) =>
      `inget användbart: ${v.municipality && v.year ? "ingen kommun och inget år" : v.municipality ? "ingen kommun" : "inget år"} hittades (väntade "ANALYS AV <NAMN> <ÅR>" eller "Utvärderingen av <namn> genomfördes i <månad> <år>")`,
    "no-area-score": () =>
      'inget användbart: ingen poäng för något område hittades (väntade "Område N <namn> Rubriker … Poäng N" eller en poängöversikt)',
    "no-valid-area-score": () => "inget användbart: ingen giltig områdespoäng finns kvar",
    "csv-comment-unknown": (v) => `kommentarrad ${int(v.line)} är ingen känd rad "# nyckel: värde": "${int(v.text)}"`,
    "csv-column-ignored": (v) =>
      `kolumnen "${int(v.column)}" är inte någon av area, question, text, achieved, max, percent; hoppades över`,
    "csv-too-many-columns": (v) =>
      `rubrikraden har ${int(v.columns)} kolumner; bara de första ${int(v.read)} läses (formatet har sex)`,
    "csv-no-header": () => "inget användbart: filen har ingen rubrikrad (area;question;text;achieved;max;percent)",
    "csv-no-question-column": (v) =>
      `inget användbart: rubrikraden har ingen kolumn "question" (fråga); väntade area;question;text;achieved;max;percent (avgränsare "${int(v.separator)}")`,
    "csv-year-invalid": (v) => `"# year: ${int(v.value)}" är inget år; hoppades över`,
    "csv-total-invalid": (v) => `"# total: ${int(v.value)}" är inget tal; hoppades över`,
    "csv-row-fields": (v) =>
      `rad ${int(v.row)} har ${int(v.fields)} fält, rubrikraden ${int(v.header)}${v.commaSeparated ? ' (decimalkomma i en fil med avgränsaren ","? använd ";" som avgränsare)' : ""}; raden utelämnades`,
    "csv-row-question-invalid": (v) =>
      `rad ${int(v.row)}: "${int(v.value)}" är inget delfrågenummer som 1.1; raden utelämnades`,
    "csv-row-wrong-area": (v) =>
      `rad ${int(v.row)}: delfråga ${int(v.question)} hör inte till område ${int(v.area)}; raden utelämnades`,
    "csv-cell-not-number": (v) => `rad ${int(v.row)}: ${int(v.column)} "${int(v.value)}" är inget tal; utelämnat`,
    "csv-row-duplicate": (v) =>
      `rad ${int(v.row)}: delfråga ${int(v.question)} förekommer två gånger; den första raden behålls`,
    "csv-ids-from-parts": () => 'delfrågenumren angavs utan område ("1"); de skrevs som "<område>.<n>"',
    "csv-areas-by-name": () => "områdena angavs med namn; deras nummer slogs upp i modellen",
    "csv-area-name-unknown": (v) =>
      `rad ${int(v.row)}: "${int(v.value)}" är ${v.framework ? `inget områdesnamn i ${model(v)}` : "inget områdesnamn i en inbyggd modell (eller namnet avser olika områden i olika modeller)"}${v.matches ? ` (det är namnet i ${int(v.matches)}${v.matchesArea ? ` på område ${int(v.matchesArea)}` : ""})` : ""}; området tas från delfrågans nummer där det finns`,
    "csv-area-no-rows": (v) => `inga rader för område ${int(v.area)} (${int(v.name)})`,
    "csv-no-area-scores": () =>
      "CSV-filen har inga områdespoäng; kärnan räknar ut ett områdes poäng från dess delfrågor (markerad som härledd) när alla har poäng",
    "csv-total-not-given": () =>
      'ingen totalpoäng angavs (lägg till "# total: N" när rapporten anger den); kärnan räknar ut den när alla områdens poäng är kända',
    "csv-incomplete": (v) =>
      `inget användbart: ${[
        v.municipality ? 'ingen kommun (en rad "# municipality: …" anger den)' : "",
        v.year ? 'inget år (en rad "# year: …" anger det)' : "",
        v.rows ? "ingen delfrågerad med poäng" : "",
      ]
        .filter(Boolean)
        .join("; ")}`,
    "csv-no-valid-row": () => "inget användbart: ingen giltig delfrågerad med poäng finns kvar",
    "value-left-out": (v) => `utelämnat: ${issueIn(v, "sv")}`,
    "value-cannot-be-imported": (v) => `kan inte importeras: ${issueIn(v, "sv")}`,
    "not-made-valid": () => "de importerade uppgifterna gick inte att göra giltiga",
    "validator-warning": (v) => issueIn(v, "sv") || "valideraren varnar för det här värdet",
    "more-findings": (v) => `ytterligare ${int(v.count)} anmärkning(ar) som "${firstOf(v, "sv")}" visas inte`,
    "results-columns-missing": (v) =>
      `inget användbart: rubrikraden har ingen kolumn ${[v.municipality ? "municipality (kommun)" : "", v.year ? "year (år)" : "", v.scores ? "total eller områdespoäng (area_1 … area_8)" : ""].filter(Boolean).join(", ") || "som är känd"} (en resultattabell har kolumnerna ${RESULTS_COLUMNS}; avgränsare "${int(v.separator)}")`,
    "results-column-ignored": (v) => `kolumnen "${int(v.column)}" är inte någon av ${RESULTS_COLUMNS}; hoppades över`,
    "results-column-duplicate": (v) =>
      `kolumnen "${int(v.column)}" förekommer en andra gång (kolumn ${int(v.index)}); bara den första läses`,
    "results-too-many-rows": (v) => `tabellen har fler än ${int(v.max)} rader; resten läses inte`,
    "results-row-fields": (v) =>
      `rad ${int(v.row)} har ${int(v.fields)} fält, rubrikraden ${int(v.header)}${v.commaSeparated ? ' (decimalkomma i en fil med avgränsaren ","? använd ";" som avgränsare, eller citattecken kring talen)' : ""}; raden utelämnades`,
    "results-municipality-missing": (v) => `rad ${int(v.row)}: ingen kommun; raden utelämnades`,
    "results-year-invalid": (v) =>
      `rad ${int(v.row)}: ${v.value ? `"${int(v.value)}" är inget år från 1990 till 2100` : "inget år"}; raden utelämnades`,
    "results-row-duplicate": (v) =>
      `rad ${int(v.row)}: ${int(v.municipality)} ${int(v.year)} finns redan på rad ${int(v.firstRow)}${v.same === true ? ", med samma siffror" : v.same === false ? ", med andra siffror" : ""}; den här raden utelämnades`,
    "results-code-invalid": (v) => `rad ${int(v.row)}: "${int(v.value)}" är ingen fyrsiffrig kommunkod; utelämnad`,
    "results-code-padded": (v) =>
      `rad ${int(v.row)}: koden "${int(v.value)}" har tappat sin inledande nolla (som kalkylprogram gör); läst som ${int(v.code)}, registrets kod för ${int(v.registryName)}`,
    "results-code-mismatch": (v) =>
      v.expected
        ? `rad ${int(v.row)}: ${int(v.code)} är koden för ${int(v.expected)} i registret, inte för "${int(v.name)}"; behålls som tabellen anger den`
        : `rad ${int(v.row)}: ${int(v.code)} är ingen kommunkod i registret (raden anger "${int(v.name)}"); behålls som tabellen anger den`,
    "results-code-from-registry": (v) =>
      `rad ${int(v.row)}: ingen kod angiven; ${int(v.code)} är registrets kod för ${int(v.registryName)}, uppslagen på namnet "${int(v.name)}" (och det står i utvärderingens anteckningar)`,
    "results-code-not-found": (v) =>
      `rad ${int(v.row)}: ingen kod angiven, och registret har ${typeof v.candidates === "number" && v.candidates > 1 ? `${int(v.candidates)} kommuner` : "ingen kommun"} som "${int(v.name)}" kan avse; lämnas utan kod`,
    "results-framework-not-stated": (v) =>
      `rad ${int(v.row)}: ingen modell angiven${v.basis ? ` (men framework_basis "${int(v.basis)}")` : ""}; registrerad som Kommunkompassen (modell ej angiven), som aldrig rankas eller jämförs med en modell`,
    "results-framework-from-year": (v) =>
      `rad ${int(v.row)}: endast året ${int(v.year)} pekar på ${model(v)} (framework_basis "year"): källan anger inte modellen; behålls som tabellen anger den, med en anteckning som säger det`,
    "results-framework-unknown": (v) =>
      `rad ${int(v.row)}: "${int(v.value)}" är ingen inbyggd modell; ${v.framework ? `behålls som id:t ${int(v.framework)}, som behöver en egen definition` : "registrerad som Kommunkompassen (modell ej angiven), texten sparad i en anteckning"}`,
    "results-basis-missing": (v) =>
      `rad ${int(v.row)}: ${model(v)} anges utan framework_basis: tabellen säger inte om källan anger modellen eller om bara året pekar på den`,
    "results-basis-unknown": (v) =>
      `rad ${int(v.row)}: framework_basis "${int(v.value)}" är varken "stated" eller "year"; sparas i en anteckning som tabellen anger den`,
    "results-cell-not-number": (v) =>
      `rad ${int(v.row)}: ${int(v.column)} "${int(v.value)}" är inget tal; utelämnat (okänt, inte 0)`,
    "results-no-score": (v) =>
      `rad ${int(v.row)}: varken totalpoäng eller områdespoäng; utvärderingen behålls, utan siffror`,
    "results-source-missing": (v) => `rad ${int(v.row)}: ingen source_url; siffrorna saknar källa`,
    "results-source-invalid": (v) =>
      `rad ${int(v.row)}: source_url "${int(v.value)}" är ingen http(s)-adress; utelämnad`,
    "results-no-valid-row": () => "inget användbart: ingen rad i tabellen ger en utvärdering",
    "pdf-broken": (v) =>
      `inget användbart: filen går inte att läsa som PDF (${int(v.reason) || "den är skadad"}); spara eller exportera den igen från programmet som gjorde den`,
    "pdf-encrypted": () =>
      "inget användbart: PDF-filen är krypterad och kräver ett lösenord; spara först en kopia utan lösenord",
    "pdf-no-text": (v) =>
      `inget användbart: ingen av PDF-filens ${int(v.pages)} sida(or) har någon text (en inskannad rapport är bara bilder); kör textigenkänning (OCR) på den först, eller skriv in siffrorna`,
    "pdf-timeout": (v) => `inget användbart: läsningen av PDF-filen tog mer än ${int(v.seconds)} s och avbröts`,
    "pdf-unavailable": (v) =>
      `inget användbart: PDF-läsaren (pdfjs-dist) gick inte att läsa in${v.reason ? ` (${int(v.reason)})` : ""}`,
    "pdf-pages-left-out": (v) =>
      `bara de första ${int(v.read)} av PDF-filens ${int(v.pages)} sidor lästes (högst ${int(v.max)} sidor, eller textgränsen)`,
    "pdf-pages-without-text": (v) =>
      `sida(or) ${int(v.pages)} i PDF-filen har ingen text (diagram och bilder är bilder): det som bara finns där importeras inte`,
    "pdf-furniture-ignored": (v) =>
      `${int(v.count)} rad(er) med sidhuvud och sidfot på ${int(v.pages)} sida(or) utelämnades (rader i marginalerna som upprepas från sida till sida, och sidnummer)`,
    "report-page": (v) =>
      `texten är en rapportsida som Kommunkompassen UI skrivit (kompass render, @kommunkompassen/react/server), på ${v.lang === "en" ? "engelska" : "svenska"}: dess uppgifter och siffror läses efter de etiketter sidan skriver ut; rubriker, listor, anteckningar och källa importeras inte`,
    "page-value-missing": (v) =>
      `${pageValueSv(v)} är okänd på sidan ("${v.lang === "en" ? "no data" : "uppgift saknas"}")`,
    "page-value-derived": (v) =>
      `${pageValueSv(v)} (${val(v.value, "sv")}) är markerad som beräknad på sidan: räknad ur andra siffror, inte publicerad; utelämnad`,
    "page-value-unreadable": (v) =>
      `sidans "${int(v.label)}" gick inte att läsa ("${int(v.text)}"); utelämnad${v.fallback ? `, modellen skrivs som ${int(v.fallback)}` : ""}`,
    "page-no-figures": () => "inget användbart: rapportsidan visar varken totalpoäng eller någon områdespoäng",
  },
  cliHints: {
    "not-text": (v) =>
      v.format === "pdf" ? "pdftotext -layout rapport.pdf rapport.txt, importera sedan rapport.txt" : undefined,
    "code-missing": () => "lägg till den med --code NNNN",
    "framework-inferred": (v) => (v.uncertain ? "ange --framework för att avgöra" : undefined),
    "csv-incomplete": (v) =>
      [v.municipality ? "ange --municipality NAMN" : "", v.year ? "ange --year ÅÅÅÅ" : ""].filter(Boolean).join(", ") ||
      undefined,
  },
  resultsNotes: {
    basisStated: "framework_basis: stated. Källan anger modellen (eller dess områdesnamn).",
    basisYear: (label, year) =>
      `framework_basis: year. Endast året pekar ut modellen: källan anger den inte, och ${label} är vad utvärderingar ${year} antas ha använt.`,
    basisOther: (value) => `framework_basis: "${value}" (som tabellen anger den).`,
    basisMissing: "Tabellen anger inte hur modellen är känd (ingen framework_basis).",
    notStated:
      "Källan anger inte vilken modell som användes: registrerad som Kommunkompassen (modell ej angiven), som aldrig rankas eller jämförs med en modell.",
    frameworkText: (value, id) =>
      `Tabellen anger modellen som "${value}", som inte är någon inbyggd modell${id ? "" : ", så den registreras som ej angiven"}.`,
    codeFromRegistry: (code, name) =>
      `Kommunkoden ${code} står inte i källan: den slogs upp på namnet i kommunregistret (${name}).`,
    codePadded: (value, code) => `Tabellen anger koden som "${value}" (utan sin inledande nolla); läst som ${code}.`,
  },
};

/**
 * The first finding left out, worded (cut to 80 characters): a `more-findings` finding carries its
 * `code` and its values as `first.<name>`.
 */
function firstOf(v: V, lang: Lang): string {
  const code = v.code as ImportFindingCode;
  const wording = importMessages[lang].findings[code];
  if (code === "more-findings" || wording === undefined) return int(code);
  const values: Record<string, V[string]> = {};
  for (const [key, value] of Object.entries(v)) if (key.startsWith("first.")) values[key.slice(6)] = value;
  const text = wording(values);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The importer's findings and the CLI's hints for them, in Swedish and English. */
export const importMessages: Readonly<Record<Lang, ImportMessages>> = { sv, en };
