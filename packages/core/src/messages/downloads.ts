import type { Lang } from "../text/format";

/** The column headers and cell words of the CSV files (`@kommunkompassen/core/downloads`). */
export interface CsvWords {
  /** "Kommun" / "Municipality". */
  municipality: string;
  /** "Kommunkod" / "Municipality code". */
  code: string;
  /** "År" / "Year". */
  year: string;
  /** "Modell" / "Model": the model's id (`kommunkompassen-2.0`), as the importer reads it. */
  framework: string;
  /** "Modellens namn" / "Model name": the model's label. */
  frameworkLabel: string;
  /** "Nivå" / "Level": the total, an area or a sub-question. */
  level: string;
  /** "Område" / "Area": the area's number. */
  area: string;
  /** "Områdets namn" / "Area name". */
  areaName: string;
  /** "Delfråga" / "Question": the sub-question's id (`1.2`). */
  question: string;
  /** "Text" / "Text": the sub-question's wording as published. */
  text: string;
  /** "Poäng" / "Score": the score or the achieved points. */
  score: string;
  /** "Max" / "Max". */
  max: string;
  /** "Procent" / "Percent". */
  percent: string;
  /** "Ursprung" / "Origin": whether the number is published or derived. */
  origin: string;
  /** "Serie" / "Series": the legend label of a chart's series. */
  series: string;
  /** "Seriens typ" / "Series kind". */
  seriesKind: string;
  /** "Totalt" / "Total": the total column of a collection, and the level of a total row. */
  total: string;
  /** "Område N" / "Area N": the header of an area's column in a collection's table. */
  areaColumn: (id: number) => string;
  /** "Källa" / "Source": the address of the source (as the importer reads it). */
  source: string;
  /** "Källans titel" / "Source title": its title and publisher. */
  sourceTitle: string;
  /** The level of an area row ("Område" / "Area"). */
  levelArea: string;
  /** The level of a sub-question row ("Delfråga" / "Question"). */
  levelQuestion: string;
  /** Origin: "publicerat" / "published". */
  published: string;
  /** Origin: "beräknat" / "derived". */
  derived: string;
  /** Kinds of a chart's series, by the core's `SeriesKind`. */
  /** A change table's column of the change: "Förändring". */
  change: string;
  /** A change table's column of whether the change is read as one: "Jämförbar". */
  comparable: string;
  /** "ja" in the column of {@link CsvWords.comparable}. */
  yes: string;
  /** "nej" in the column of {@link CsvWords.comparable}. */
  no: string;
  /** A change table's column of one side's score: "Poäng 2014". */
  scoreIn: (year: number) => string;
  /** A change table's column of one side's model: "Modell 2014". */
  frameworkIn: (year: number) => string;
  /** A change table's column of one side's source: "Källa 2014". */
  sourceIn: (year: number) => string;
  kinds: Record<"evaluation" | "previous" | "average" | "peer" | "other", string>;
}

/**
 * The texts of the download menus (`DownloadMenu` in `@kommunkompassen/react`, the embed's) and of
 * the pictures (`renderChartSvg`, `renderCardSvg`, `kompass render --format`). Every item names its format,
 * so that a screen reader user knows what a link gives before choosing it.
 */
export interface DownloadMessages {
  /** Language code for the `lang` attribute. */
  lang: Lang;
  /** The menu's button: "Ladda ner" / "Download". */
  menu: string;
  /** The menu button's accessible name, with what it downloads: "Ladda ner: Avesta kommun 2014 – 404 p". */
  menuFor: (what: string) => string;
  /** Heading of the items for what is shown: "Det här diagrammet" / "This chart". */
  thisChart: string;
  /** Heading of the items for what a table shows: "Den här tabellen" / "This table". */
  thisTable: string;
  /** Heading of the items for the filtered rows of a table of many: "Den här vyn (12 av 19)" / "This view (12 of 19)". */
  thisView: (shown: number, all: number) => string;
  /** Heading of the items for the whole evaluation: "Hela utvärderingen" / "The whole evaluation". */
  everything: string;
  /** Heading of the items for a whole collection: "Alla 19 utvärderingar" / "All 19 evaluations". */
  everyEvaluation: (count: number) => string;
  /** "Data, CSV för Excel (semikolon, decimalkomma)". */
  csvExcel: string;
  /** "Data, CSV (komma, decimalpunkt)". */
  csvPlain: string;
  /** "Data, JSON (utvärderingen med källa och modell)". */
  json: string;
  /** "Data, JSON (samlingen)". */
  jsonCollection: string;
  /** "Bild, SVG". */
  svg: string;
  /** "Bild, PNG (1×)"; "Bild, PNG (2×, för tryck)". */
  png: (scale: number) => string;
  /** "Delningsbild, PNG 1200 × 630 (kommun, år, totalpoäng och spindeldiagrammet)". */
  card: string;
  /** Announced while a file is being made. */
  preparing: string;
  /** Announced when a file is ready: "avesta-2014.csv laddas ner." */
  ready: (file: string) => string;
  /** Announced when a file cannot be made (a browser without canvas, a chart not on the page). */
  failed: string;
  /** The card's line at the bottom: "Kommunkompassen 2.0. Källa: Kommunkompassen Avesta kommun 2014, SKL". */
  cardSource: (model: string, source: string | null) => string;
  /** The card's line above the municipality: "Kommunkompassen". */
  cardKicker: string;
  /** After the card's total: "av 800 poäng" / "of 800 points"; without a known maximum, "poäng" / "points". */
  cardOutOf: (max: string | null) => string;
  /** The card's text alternative: "Avesta kommun 2014: 404 av 800 poäng i Kommunkompassen 2.0." */
  cardDescription: (municipality: string, year: number, total: string, model: string) => string;
  /** A picture's source line: "Källa: …". */
  pictureSource: (source: string) => string;
  /** `kompass render --format svg|png|card` of a chart with nothing to draw (no area score known). */
  nothingToDraw: (file: string, chart: "radar" | "bars") => string;
}

const sv: DownloadMessages = {
  lang: "sv",
  menu: "Ladda ner",
  menuFor: (what) => `Ladda ner: ${what}`,
  thisChart: "Det här diagrammet",
  thisTable: "Den här tabellen",
  thisView: (shown, all) => `Den här vyn (${shown} av ${all})`,
  everything: "Hela utvärderingen",
  everyEvaluation: (count) => `Alla ${count} utvärderingar`,
  csvExcel: "Data, CSV för Excel (semikolon, decimalkomma)",
  csvPlain: "Data, CSV (komma, decimalpunkt)",
  json: "Data, JSON (utvärderingen med källa och modell)",
  jsonCollection: "Data, JSON (samlingen med källor och modeller)",
  svg: "Bild, SVG",
  png: (scale) => (scale === 1 ? "Bild, PNG (1×)" : `Bild, PNG (${scale}×, för tryck)`),
  card: "Delningsbild, PNG 1200 × 630 (kommun, år, totalpoäng och spindeldiagrammet)",
  preparing: "Filen skapas …",
  ready: (file) => `${file} laddas ner.`,
  failed: "Filen kunde inte skapas i den här webbläsaren.",
  cardSource: (model, source) => (source ? `${model}. Källa: ${source}` : model),
  cardKicker: "Kommunkompassen",
  cardOutOf: (max) => (max === null ? "poäng" : `av ${max} poäng`),
  cardDescription: (municipality, year, total, model) => `${municipality} ${year}: ${total} i ${model}.`,
  pictureSource: (source) => `Källa: ${source}`,
  nothingToDraw: (file, chart) =>
    `${file}: ${chart === "radar" ? "spindeldiagrammet" : "stapeldiagrammet"} har inget att rita (ingen områdespoäng är känd); inget skrevs`,
};

const en: DownloadMessages = {
  lang: "en",
  menu: "Download",
  menuFor: (what) => `Download: ${what}`,
  thisChart: "This chart",
  thisTable: "This table",
  thisView: (shown, all) => `This view (${shown} of ${all})`,
  everything: "The whole evaluation",
  everyEvaluation: (count) => `All ${count} evaluations`,
  csvExcel: "Data, CSV for Excel (semicolon, decimal comma)",
  csvPlain: "Data, CSV (comma, decimal point)",
  json: "Data, JSON (the evaluation with its source and model)",
  jsonCollection: "Data, JSON (the collection with its sources and models)",
  svg: "Image, SVG",
  png: (scale) => (scale === 1 ? "Image, PNG (1×)" : `Image, PNG (${scale}×, for print)`),
  card: "Sharing image, PNG 1200 × 630 (municipality, year, total and the radar chart)",
  preparing: "Making the file …",
  ready: (file) => `${file} is downloading.`,
  failed: "The file could not be made in this browser.",
  cardSource: (model, source) => (source ? `${model}. Source: ${source}` : model),
  cardKicker: "Kommunkompassen",
  cardOutOf: (max) => (max === null ? "points" : `of ${max} points`),
  cardDescription: (municipality, year, total, model) => `${municipality} ${year}: ${total} in ${model}.`,
  pictureSource: (source) => `Source: ${source}`,
  nothingToDraw: (file, chart) =>
    `${file}: the ${chart === "radar" ? "radar" : "bar"} chart has nothing to draw (no area score is known); nothing written`,
};

/** The download menus' texts, by language. */
export const downloadMessages: Readonly<Record<Lang, DownloadMessages>> = { sv, en };

/** The CSV files' column headers and words, by language (kept apart from the menus' texts, which a page loads first). */
export const csvWords: Readonly<Record<Lang, CsvWords>> = {
  sv: {
    municipality: "Kommun",
    code: "Kommunkod",
    year: "År",
    framework: "Modell",
    frameworkLabel: "Modellens namn",
    level: "Nivå",
    area: "Område",
    areaName: "Områdets namn",
    question: "Delfråga",
    text: "Text",
    score: "Poäng",
    max: "Max",
    percent: "Procent",
    origin: "Ursprung",
    series: "Serie",
    seriesKind: "Seriens typ",
    total: "Totalt",
    areaColumn: (id) => `Område ${id}`,
    source: "Källa",
    sourceTitle: "Källans titel",
    levelArea: "Område",
    levelQuestion: "Delfråga",
    published: "publicerat",
    derived: "beräknat",
    change: "Förändring",
    comparable: "Jämförbar",
    yes: "ja",
    no: "nej",
    scoreIn: (year) => `Poäng ${year}`,
    frameworkIn: (year) => `Modell ${year}`,
    sourceIn: (year) => `Källa ${year}`,
    kinds: {
      evaluation: "utvärdering",
      previous: "föregående",
      average: "genomsnitt",
      peer: "jämförelse",
      other: "annan",
    },
  },
  en: {
    municipality: "Municipality",
    code: "Municipality code",
    year: "Year",
    framework: "Model",
    frameworkLabel: "Model name",
    level: "Level",
    area: "Area",
    areaName: "Area name",
    question: "Question",
    text: "Text",
    score: "Score",
    max: "Max",
    percent: "Percent",
    origin: "Origin",
    series: "Series",
    seriesKind: "Series kind",
    total: "Total",
    areaColumn: (id) => `Area ${id}`,
    source: "Source",
    sourceTitle: "Source title",
    levelArea: "Area",
    levelQuestion: "Question",
    published: "published",
    derived: "derived",
    change: "Change",
    comparable: "Comparable",
    yes: "yes",
    no: "no",
    scoreIn: (year) => `Score ${year}`,
    frameworkIn: (year) => `Model ${year}`,
    sourceIn: (year) => `Source ${year}`,
    kinds: {
      evaluation: "evaluation",
      previous: "previous",
      average: "average",
      peer: "peer",
      other: "other",
    },
  },
};
