import { formatNumber, type Lang } from "../text/format";

/** The kinds of file the import studio reads. */
export type StudioSourceKind = "pdf" | "text" | "csv";

/** The fields of the studio's form, by what they hold. */
export type StudioField = "name" | "code" | "year" | "date" | "total";

/** What a sub-question's value is: the points achieved, its maximum, or the percent. */
export type StudioQuestionField = "achieved" | "max" | "percent";

/**
 * The texts of the import studio (packages/studio, served by the demo at `/studio/` and buildable as
 * a static folder): its page, the import's outcome, the form, the preview and the downloads.
 */
export interface StudioMessages {
  /** The document's title. */
  title: string;
  /** The page's heading. */
  heading: string;
  /** What the studio does, and that the file never leaves the browser. */
  intro: string;
  /** Shown where scripts do not run. */
  noScript: string;
  /** The switch to this language, written in it ("På svenska"), shown on the other language's page. */
  thisLanguage: string;
  /** The colour theme select's label. */
  theme: string;
  /** The colour themes, named. */
  themes: Readonly<Record<"auto" | "light" | "dark", string>>;
  /** The page's settings (language and theme), as a landmark's name. */
  settings: string;
  /** Step 1: the file. */
  fileHeading: string;
  /** The file input's label. */
  fileLabel: string;
  /** Under the file input: dropping works too, and the file stays in the browser. */
  fileHint: string;
  /** Shown over the drop zone while a file is dragged over it. */
  dropHere: string;
  /** The live region while a file is read. */
  reading: (file: string) => string;
  /** The live region after an import that gave an evaluation. */
  imported: (file: string, summary: string) => string;
  /** The live region after an import that gave none. */
  notImported: (file: string, reason: string) => string;
  /** A file that could not be read at all (the browser's own error). */
  unreadable: (reason: string) => string;
  /** A results table of many evaluations, which the studio does not take. */
  resultsTable: string;
  /** PDF.js's worker did not start: PDF files cannot be read here. */
  pdfUnavailable: string;
  /** Step 2: what was read. */
  outcomeHeading: string;
  /** What kind of file it was. */
  sourceKind: (kind: StudioSourceKind, pages: number) => string;
  /** The import's summary: the evaluation, its model, how many area scores and values with evidence. */
  summary: (evaluation: string, model: string, scores: number, areas: number, evidence: number) => string;
  /** The import gave no evaluation. */
  nothingImported: string;
  /** The findings' heading, with their number. */
  findingsHeading: (count: number) => string;
  /** What a finding says of the file, before its words (`Fel`, `Varning`, `Upplysning`). */
  severity: Readonly<Record<"error" | "warning" | "info", string>>;
  /** Where in the evaluation a finding points. */
  findingAt: string;
  /** The form that gives the import the municipality and year a file lacks. */
  optionsHeading: string;
  /** What the form is for. */
  optionsIntro: string;
  /** The municipality's field in that form. */
  optionsMunicipality: string;
  /** The year's field in that form. */
  optionsYear: string;
  /** The year typed is not one. */
  optionsYearInvalid: string;
  /** The form's button. */
  importAgain: string;
  /** Step 3: the form. */
  formHeading: string;
  /** What the form does. */
  formIntro: string;
  /** The fields' labels. */
  fields: Readonly<Record<StudioField, string>>;
  /** The legend of the evaluation's own fields (municipality, year, date, total). */
  evaluationLegend: string;
  /** The legend of the area scores. */
  areasLegend: string;
  /** An area's maximum, in the list of its values. */
  areaMax: (id: number) => string;
  /** An area score's label. */
  areaScore: (id: number, name: string) => string;
  /** The group of an area's other values with evidence: its maximum and its sub-questions' values. */
  questionsSummary: (id: number, count: number) => string;
  /** A sub-question value's label (`Delfråga 1.2, uppnått`). */
  questionValue: (id: string, field: StudioQuestionField) => string;
  /** Before the evidence of a value: where it was read. */
  evidence: string;
  /** The page of the evidence. */
  page: (page: number) => string;
  /** A value given to the import, not read from the file. */
  given: string;
  /** A value that is not in the file. */
  missing: string;
  /** Why a value is missing: the import's finding for it. */
  why: string;
  /** Before an error of the validator. */
  error: string;
  /** Before a warning of the validator. */
  warning: string;
  /** The validator's errors for values the form has no field for. */
  otherErrors: string;
  /** The evaluation is not valid yet: nothing to preview or download. */
  invalid: string;
  /** Step 4: the preview. */
  previewHeading: string;
  /** What the preview shows. */
  previewIntro: string;
  /** The position section's heading. */
  positionHeading: string;
  /** Where the evaluations the position compares with come from. */
  positionNote: (count: number, title: string) => string;
  /** Step 5: the downloads. */
  downloadsHeading: string;
  /** The evaluation's download link. */
  downloadEvaluation: (file: string) => string;
  /** Where the evaluation file goes. */
  evaluationNote: string;
  /** The snippet's heading. */
  snippetHeading: string;
  /** The select of the embed's view. */
  snippetView: string;
  /** The snippet's download link. */
  downloadSnippet: (file: string) => string;
  /** The fallback's heading. */
  fragmentHeading: string;
  /** What the fallback is for and where it goes. */
  fragmentNote: string;
  /** The fallback's download link. */
  downloadFragment: (file: string) => string;
  /** The fallback's stylesheet's download link. */
  downloadFragmentCss: (file: string) => string;
}

const sv: StudioMessages = {
  title: "Importstudio – Kommunkompassen",
  heading: "Importstudio för Kommunkompassen",
  intro:
    "Välj en rapport från Kommunkompassen (en PDF, en textfil eller ett kalkylark i CSV) så visas utvärderingen som den kommer att publiceras, med belägg för varje siffra. Allt sker i webbläsaren: filen skickas ingenstans.",
  noScript: "Importstudion behöver JavaScript. Utan det gör kommandot kompass import samma sak (se docs/import.md).",
  thisLanguage: "På svenska",
  theme: "Färgtema",
  themes: { auto: "som systemet", light: "ljust", dark: "mörkt" },
  settings: "Inställningar",
  fileHeading: "1. Välj rapporten",
  fileLabel: "Rapport eller kalkylark (PDF, .txt eller .csv)",
  fileHint: "Du kan också släppa filen här. Den läses i webbläsaren och lämnar den inte.",
  dropHere: "Släpp filen för att läsa den",
  reading: (file) => `Läser ${file} …`,
  imported: (file, summary) => `${file} är läst. ${summary}`,
  notImported: (file, reason) => `Ingen utvärdering kunde läsas ur ${file}: ${reason}`,
  unreadable: (reason) => `Filen kunde inte läsas (${reason}).`,
  resultsTable:
    "Filen är en tabell med resultaten för flera utvärderingar. Studion läser en rapport åt gången; en resultattabell läses med kompass import (se docs/import.md).",
  pdfUnavailable: "PDF-läsaren kunde inte startas, så PDF-filer kan inte läsas här. Textfiler och CSV går bra.",
  outcomeHeading: "2. Vad som lästes",
  sourceKind: (kind, pages) =>
    kind === "pdf"
      ? `PDF, ${formatNumber(pages, "sv")} ${pages === 1 ? "sida" : "sidor"}`
      : kind === "csv"
        ? "kalkylark (CSV)"
        : "text",
  summary: (evaluation, model, scores, areas, evidence) =>
    `${evaluation}, ${model}: ${formatNumber(scores, "sv")} av ${formatNumber(areas, "sv")} områdespoäng, ${formatNumber(evidence, "sv")} värden med belägg i källan.`,
  nothingImported: "Ingen utvärdering kunde läsas ur filen.",
  findingsHeading: (count) => `Vad importen noterade (${formatNumber(count, "sv")})`,
  severity: { error: "Fel", warning: "Varning", info: "Upplysning" },
  findingAt: "gäller",
  optionsHeading: "Kommun och år saknas i filen",
  optionsIntro: "Ange dem så läses filen igen med dem.",
  optionsMunicipality: "Kommun",
  optionsYear: "År",
  optionsYearInvalid: "Ange året med fyra siffror, till exempel 2014.",
  importAgain: "Läs filen igen",
  formHeading: "3. Granska och fyll i",
  formIntro:
    "Varje värde som lästes ur filen visas med sitt belägg: raden där det står, med siffran markerad. Fyll i det som saknas. Medan du skriver kontrolleras utvärderingen av samma validering som när den publiceras.",
  fields: {
    name: "Kommunens namn",
    code: "Kommunkod (fyra siffror)",
    year: "År",
    date: "Datum (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)",
    total: "Totalpoäng",
  },
  evaluationLegend: "Utvärderingen",
  areasLegend: "Poäng per område",
  areaMax: (id) => `Område ${id}, max`,
  areaScore: (id, name) => `Område ${id} ${name}: poäng`,
  questionsSummary: (id, count) => `Område ${id}: max och delfrågor (${formatNumber(count, "sv")} värden med belägg)`,
  questionValue: (id, field) =>
    `Delfråga ${id}, ${field === "achieved" ? "uppnått" : field === "max" ? "max" : "procent"}`,
  evidence: "Ur källan:",
  page: (page) => `sidan ${formatNumber(page, "sv")}`,
  given: "Angivet vid importen, inte läst ur filen.",
  missing: "Saknas i filen.",
  why: "Varför:",
  error: "Fel:",
  warning: "Varning:",
  otherErrors: "Fel i andra delar av utvärderingen",
  invalid: "Utvärderingen är inte giltig än. Rätta felen ovan, så visas förhandsvisningen och nedladdningarna.",
  previewHeading: "4. Förhandsvisning",
  previewIntro: "Utvärderingen som den publiceras: rapporten med diagram och tabeller, och dess placering.",
  positionHeading: "Placering bland publicerade resultat",
  positionNote: (count, title) =>
    `Jämförd med de ${formatNumber(count, "sv")} publicerade resultaten som följer med studion (${title}), var och en med sin källa.`,
  downloadsHeading: "5. Ladda ner",
  downloadEvaluation: (file) => `Utvärderingen som JSON (${file})`,
  evaluationNote:
    "Lägg filen på kommunens webbplats, till exempel i mappen /kommunkompassen/ bredvid inbäddningens filer.",
  snippetHeading: "Kod att klistra in",
  snippetView: "Vy i koden",
  downloadSnippet: (file) => `Koden som fil (${file})`,
  fragmentHeading: "Reservinnehåll utan JavaScript",
  fragmentNote:
    "Rapporten som färdig HTML: klistra in den mellan <kommunkompass-profil> och </kommunkompass-profil>, så syns den där skript inte körs. Stilmallen behövs bara om sidan inte redan länkar kommunkompass.css.",
  downloadFragment: (file) => `Reservinnehållet (${file})`,
  downloadFragmentCss: (file) => `Reservinnehållets stilmall (${file})`,
};

const en: StudioMessages = {
  title: "Import studio – Kommunkompassen",
  heading: "Import studio for Kommunkompassen",
  intro:
    "Choose a Kommunkompassen report (a PDF, a text file or a CSV spreadsheet) to see the evaluation as it will be published, with the evidence of every number. Everything happens in the browser: the file is sent nowhere.",
  noScript:
    "The import studio needs JavaScript. Without it, the kompass import command does the same (see docs/import.md).",
  thisLanguage: "In English",
  theme: "Colour theme",
  themes: { auto: "as the system", light: "light", dark: "dark" },
  settings: "Settings",
  fileHeading: "1. Choose the report",
  fileLabel: "Report or spreadsheet (PDF, .txt or .csv)",
  fileHint: "You can also drop the file here. It is read in the browser and never leaves it.",
  dropHere: "Drop the file to read it",
  reading: (file) => `Reading ${file} …`,
  imported: (file, summary) => `${file} has been read. ${summary}`,
  notImported: (file, reason) => `No evaluation could be read from ${file}: ${reason}`,
  unreadable: (reason) => `The file could not be read (${reason}).`,
  resultsTable:
    "The file is a table of the results of several evaluations. The studio reads one report at a time; a results table is read with kompass import (see docs/import.md).",
  pdfUnavailable: "The PDF reader could not be started, so PDF files cannot be read here. Text files and CSV work.",
  outcomeHeading: "2. What was read",
  sourceKind: (kind, pages) =>
    kind === "pdf"
      ? `PDF, ${formatNumber(pages, "en")} ${pages === 1 ? "page" : "pages"}`
      : kind === "csv"
        ? "spreadsheet (CSV)"
        : "text",
  summary: (evaluation, model, scores, areas, evidence) =>
    `${evaluation}, ${model}: ${formatNumber(scores, "en")} of ${formatNumber(areas, "en")} area scores, ${formatNumber(evidence, "en")} values with evidence in the source.`,
  nothingImported: "No evaluation could be read from the file.",
  findingsHeading: (count) => `What the import noted (${formatNumber(count, "en")})`,
  severity: { error: "Error", warning: "Warning", info: "Note" },
  findingAt: "concerns",
  optionsHeading: "The file does not give the municipality and year",
  optionsIntro: "Give them and the file is read again with them.",
  optionsMunicipality: "Municipality",
  optionsYear: "Year",
  optionsYearInvalid: "Give the year in four digits, for example 2014.",
  importAgain: "Read the file again",
  formHeading: "3. Check and complete",
  formIntro:
    "Every value read from the file is shown with its evidence: the line where it is printed, the number marked. Fill in what is missing. As you type, the evaluation is checked by the same validation as when it is published.",
  fields: {
    name: "Municipality's name",
    code: "Municipality code (four digits)",
    year: "Year",
    date: "Date (YYYY, YYYY-MM or YYYY-MM-DD)",
    total: "Total score",
  },
  evaluationLegend: "The evaluation",
  areasLegend: "Score of each area",
  areaMax: (id) => `Area ${id}, max`,
  areaScore: (id, name) => `Area ${id} ${name}: score`,
  questionsSummary: (id, count) =>
    `Area ${id}: max and sub-questions (${formatNumber(count, "en")} values with evidence)`,
  questionValue: (id, field) =>
    `Sub-question ${id}, ${field === "achieved" ? "achieved" : field === "max" ? "max" : "percent"}`,
  evidence: "From the source:",
  page: (page) => `page ${formatNumber(page, "en")}`,
  given: "Given to the import, not read from the file.",
  missing: "Not in the file.",
  why: "Why:",
  error: "Error:",
  warning: "Warning:",
  otherErrors: "Errors in other parts of the evaluation",
  invalid: "The evaluation is not valid yet. Correct the errors above to see the preview and the downloads.",
  previewHeading: "4. Preview",
  previewIntro: "The evaluation as it will be published: the report with its charts and tables, and its position.",
  positionHeading: "Position among published results",
  positionNote: (count, title) =>
    `Compared with the ${formatNumber(count, "en")} published results that come with the studio (${title}), each with its source.`,
  downloadsHeading: "5. Download",
  downloadEvaluation: (file) => `The evaluation as JSON (${file})`,
  evaluationNote:
    "Put the file on the municipality's website, for example in the folder /kommunkompassen/ beside the embed's files.",
  snippetHeading: "Snippet to paste",
  snippetView: "View in the snippet",
  downloadSnippet: (file) => `The snippet as a file (${file})`,
  fragmentHeading: "Fallback without JavaScript",
  fragmentNote:
    "The report as finished HTML: paste it between <kommunkompass-profil> and </kommunkompass-profil> and it shows where scripts do not run. The stylesheet is needed only where the page does not link kommunkompass.css already.",
  downloadFragment: (file) => `The fallback (${file})`,
  downloadFragmentCss: (file) => `The fallback's stylesheet (${file})`,
};

/** The import studio's texts, by language. */
export const studioMessages: Readonly<Record<Lang, StudioMessages>> = { sv, en };
