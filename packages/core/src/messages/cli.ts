import { formatNumber, type Lang } from "../text/format";

/** Why an input file could not be read at all (the CLI's exit code 2). */
export type ReadProblem =
  | { kind: "missing" }
  | { kind: "directory" }
  | { kind: "too-large"; maxBytes: number; bytes?: number }
  | { kind: "fs"; detail: string };

/** Why an output path cannot be written. */
export type WriteProblem =
  | { kind: "directory" }
  | { kind: "symlink" }
  | { kind: "special" }
  | { kind: "changed" }
  | { kind: "missing-directory"; dir: string }
  | { kind: "not-a-directory"; dir: string }
  | { kind: "fs"; detail: string };

/**
 * The `kompass` command's texts (usage and usage errors aside, which stay English). Numbers are
 * formatted with core's `formatNumber` in the language of the texts; names and paths arrive as given.
 */
export interface CliMessages {
  /** "Område" / "Area": column header. */
  area: string;
  /** "Poäng" / "Score": column header. */
  score: string;
  /** "Max": column header. */
  max: string;
  /** "%": column header. */
  percent: string;
  /** "Totalt" / "Total": the total row. */
  total: string;
  /** "Förändring" / "Change": column header of `diff`. */
  change: string;
  /** A change that cannot be computed ("okänd" / "unknown"). */
  unknownChange: string;
  /** Heading of `score`: "Avesta kommun 2014, Kommunkompassen 2.0", the model named by its label. */
  scoreHeading: (municipality: string, year: number, framework: string) => string;
  /** Note for the `*` mark of derived values. */
  derivedNote: string;
  /** Note for unknown areas: "– not known: area 8; so the total is unknown". */
  notKnown: (areas: readonly number[], totalUnknown: boolean) => string;
  /** Note that percentages are derived. */
  percentNote: string;
  /**
   * Heading of `diff`: "Västerås stad 2012 → 2014, Kommunkompassen 2.0" (or "…, Kommunkompassen 2.1 →
   * Kommunkompassen 2020"), the models named by their labels.
   */
  diffHeading: (municipality: string, fromYear: number, toYear: number, frameworks: string) => string;
  /** Heading of `diff` between two municipalities: "Ängelholms kommun 2016 → Exempelkommun 2021, …". */
  diffHeadingTwo: (from: string, fromYear: number, to: string, toYear: number, frameworks: string) => string;
  /** "Comparable: yes" / "Comparable: no". */
  comparable: (yes: boolean) => string;
  /** A file that was written. */
  wrote: (path: string) => string;
  /** A page of folder mode, with the evaluation it shows and the one it is compared with. */
  wrotePage: (path: string, municipality: string, year: number, previous?: { year: number; file: string }) => string;
  /** The index of folder mode. */
  wroteIndex: (path: string, count: number) => string;
  /** Folder mode refused: nothing was written. */
  nothingWritten: (outDir: string) => string;
  /** The label of the link back to the index ("Alla utvärderingar"). */
  allEvaluations: string;
  /** A folder without evaluation files. */
  noJsonFiles: string;
  /** The summary of an invalid file: "invalid (2 errors)". */
  invalid: (errors: number) => string;
  /** The summary line of `validate`: "valid (0 errors, 1 warning)". */
  validated: (valid: boolean, errors: number, warnings: number) => string;
  /** An issue's severity in `validate`'s lines: "error", "warning". */
  severity: Readonly<Record<"error" | "warning", string>>;
  /** Why an input could not be read. */
  readProblem: (problem: ReadProblem) => string;
  /** Why an output cannot be written: "cannot write out.html: it is a symbolic link; …". */
  cannotWrite: (path: string, problem: WriteProblem) => string;
  /** A JSON syntax error, where it is and what was expected there, without quoting the file. */
  jsonSyntax: (expected: string, line: number, column: number, byte: number) => string;
  /** Standard input, in messages about `-`. */
  stdin: string;
  /** The change of a total across models whose areas differ or are not known ("ej jämförbar" / "not comparable"). */
  notComparableChange: string;
  /**
   * Note of `score` for a model whose areas are not known (the original model, a model not stated):
   * no total maximum, no percent, no total derived from area scores.
   */
  areasUnknownNote: (model: string) => string;
  /** A side of a cross-model `diff` that gives no area score ("inga områdespoäng angivna"). */
  noAreaScores: string;
  /** What a file of `--frameworks` holds, for its `validate` summary: "3 definitions: Region X, …". */
  definitionsLoaded: (labels: readonly string[]) => string;
  /** `validate` with a `--frameworks` file that cannot be used: the evaluations were not checked. */
  evaluationsNotChecked: string;
  /** `kompass stats` and `kompass collect` (issue 14). */
  stats: StatsMessages;
}

/** How `kompass stats` groups, for its texts: by county (län) or by SKR's municipality group. */
export type StatsGroupKind = "county" | "kommungrupp" | "kommungrupp2017";

/** A place in a ranking, for the texts of `kompass stats`. */
export interface StatsPlace {
  position: number;
  of: number;
  /** Another evaluation shares the place. */
  tied: boolean;
}

/** What a ranking is among: the model's label, the group and whether every evaluation is ranked. */
export interface StatsContext {
  model: string;
  group?: { kind: StatsGroupKind; label: string };
  all: boolean;
}

/** The texts of `kompass stats` and `kompass collect`. */
export interface StatsMessages {
  /** A model's heading: "Kommunkompassen 2.0: 6 kommuner, den senaste utvärderingen av varje". */
  heading: (context: StatsContext, n: number) => string;
  /** The summary table's column headers after the row label: n, mean, median, q1, q3, min, max. */
  columns: readonly string[];
  /** The row label of an area: "Område 3". */
  areaRow: (id: number) => string;
  /** Areas with no known score in the model's population. */
  noKnownScores: (areas: readonly number[], all: boolean) => string;
  /** The note under every table: quartiles and n. */
  legend: string;
  /** Where an evaluation's total stands: "plats 11 av 12 bland kommuner utvärderade med Kommunkompassen 2.0". */
  place: (place: StatsPlace, context: StatsContext) => string;
  /** Where an area score stands: "område 1: plats 2 av 9". */
  areaPlace: (id: number, place: StatsPlace) => string;
  /** An evaluation ranked on its areas only. */
  totalUnknown: string;
  /** Why an evaluation is not ranked. */
  unranked: (reason: string, details: { laterYear?: number; groupKind?: StatsGroupKind }) => string;
  /** The heading over evaluations whose model is not stated. */
  notStatedHeading: (model: string, n: number) => string;
  /** The heading over evaluations in no group. */
  noGroupHeading: (kind: StatsGroupKind, n: number) => string;
  /** No evaluation in the inputs. */
  noEvaluations: string;
  /** A folder given as PATH with no `.json` file in it (or below it). */
  noJsonFound: string;
  /** The same municipality and year in two inputs: "Avesta kommun 2014 is already in a.json". */
  duplicate: (municipality: string, year: number, where: string) => string;
  /** `collect` given a collection: it assembles evaluation files. */
  collectionNotEvaluation: string;
  /** `collect`'s summary: what was written (or printed), from how many files, per model. */
  collected: (output: string | null, count: number, files: number, models: string) => string;
}

const plural = (n: number, one: string, many: string, lang: Lang) => `${formatNumber(n, lang)} ${n === 1 ? one : many}`;

/** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st, 111th (grouped from 1,000). */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${formatNumber(n, "en")}${suffix}`;
}

const sv: CliMessages = {
  area: "Område",
  score: "Poäng",
  max: "Max",
  percent: "%",
  total: "Totalt",
  change: "Förändring",
  unknownChange: "okänd",
  scoreHeading: (m, year, framework) => `${m} ${year}, ${framework}`,
  derivedNote: "* härlett ur publicerade värden, inte publicerat självt",
  notKnown: (areas, totalUnknown) =>
    `– uppgift saknas: område ${areas.join(", ")}${totalUnknown ? "; därför är totalen okänd" : ""}`,
  percentNote: "procentsatserna är härledda (avrundade med 5 uppåt)",
  diffHeading: (m, from, to, frameworks) => `${m} ${from} → ${to}, ${frameworks}`,
  diffHeadingTwo: (a, from, b, to, frameworks) => `${a} ${from} → ${b} ${to}, ${frameworks}`,
  comparable: (yes) => `Jämförbara: ${yes ? "ja" : "nej"}`,
  wrote: (path) => `skrev ${path}`,
  wrotePage: (path, m, year, previous) =>
    `skrev ${path}: ${m} ${year}${previous ? `, jämförd med ${previous.year} (${previous.file})` : ""}`,
  wroteIndex: (path, count) => `skrev ${path}: ${plural(count, "utvärdering", "utvärderingar", "sv")}`,
  nothingWritten: (outDir) => `kompass: ingenting skrevs till ${outDir}`,
  allEvaluations: "Alla utvärderingar",
  noJsonFiles: "inga .json-filer att göra sidor av",
  invalid: (errors) => `ogiltig (${formatNumber(errors, "sv")} fel)`,
  validated: (valid, errors, warnings) =>
    `${valid ? "giltig" : "ogiltig"} (${formatNumber(errors, "sv")} fel, ${plural(warnings, "varning", "varningar", "sv")})`,
  severity: { error: "fel", warning: "varning" },
  readProblem: (p) => {
    switch (p.kind) {
      case "missing":
        return "filen finns inte";
      case "directory":
        return "är en mapp, inte en fil";
      case "too-large":
        return `${p.bytes === undefined ? "är större än" : `är ${formatNumber(p.bytes, "sv")} byte; kompass läser filer på högst`} ${formatNumber(p.maxBytes, "sv")} byte (10 MB)`;
      case "fs":
        return p.detail;
    }
  },
  cannotWrite: (path, p) => {
    switch (p.kind) {
      case "directory":
        return `kompass: kan inte skriva ${path}: det är en mapp`;
      case "symlink":
        return `kompass: kan inte skriva ${path}: det är en symbolisk länk, och kompass skriver aldrig genom en länk`;
      case "special":
        return `kompass: kan inte skriva ${path}: det är ingen vanlig fil (en enhet, FIFO eller socket), och kompass skriver bara vanliga filer`;
      case "changed":
        return `kompass: kan inte skriva ${path}: den ändrades under skrivningen; ingenting skrevs`;
      case "missing-directory":
        return `kompass: kan inte skriva ${path}: mappen ${p.dir} finns inte`;
      case "not-a-directory":
        return `kompass: kan inte skriva ${path}: ${p.dir} är ingen mapp`;
      case "fs":
        return `kompass: kan inte skriva ${path}: ${p.detail}`;
    }
  },
  jsonSyntax: (expected, line, column, byte) =>
    `inte giltig JSON: väntade ${expected} på rad ${formatNumber(line, "sv")}, kolumn ${formatNumber(column, "sv")} (byte ${formatNumber(byte, "sv")})`,
  stdin: "standard in",
  notComparableChange: "ej jämförbar",
  areasUnknownNote: (model) =>
    `områdena i ${model} är inte kända: ingen maxpoäng, ingen procentsats och ingen total härledd ur områdenas poäng`,
  noAreaScores: "inga områdespoäng angivna",
  definitionsLoaded: (labels) =>
    `${plural(labels.length, "definition", "definitioner", "sv")}${labels.length > 0 ? `: ${labels.join(", ")}` : ""}`,
  evaluationsNotChecked:
    "kompass: ingen utvärdering kontrollerades, eftersom en fil med --frameworks inte kan användas",
  stats: {
    heading: (c, n) =>
      `${c.model}${c.group ? `, ${c.group.label}` : ""}: ${
        c.all
          ? plural(n, "utvärdering", "utvärderingar", "sv")
          : `${plural(n, "kommun", "kommuner", "sv")}, den senaste utvärderingen av varje`
      }`,
    columns: ["n", "medel", "median", "q1", "q3", "min", "max"],
    areaRow: (id) => `Område ${id}`,
    noKnownScores: (areas, all) => (all ? "inga kända områdespoäng" : `inga kända poäng: område ${areas.join(", ")}`),
    legend: "q1, q3: kvartiler (linjär interpolation); n räknar bara kända värden, aldrig okända som 0",
    place: (p, c) =>
      `${p.tied ? "delad plats" : "plats"} ${formatNumber(p.position, "sv")} av ${formatNumber(p.of, "sv")} bland ${
        c.all ? "alla utvärderingar" : "kommuner"
      }${c.group ? (c.group.kind === "county" ? ` i ${c.group.label}` : ` i kommungruppen ${c.group.label}`) : ""} ${
        c.all ? "med" : "utvärderade med"
      } ${c.model}`,
    areaPlace: (id, p) =>
      `område ${id}: ${p.tied ? "delad plats" : "plats"} ${formatNumber(p.position, "sv")} av ${formatNumber(p.of, "sv")}`,
    totalUnknown: "totalen okänd",
    unranked: (reason, d) => {
      switch (reason) {
        case "model-not-stated":
          return "inte rankad: modellen är inte angiven, och en utvärdering rankas bara bland dem med samma modell";
        case "older-evaluation":
          return `inte rankad: kommunens senare utvärdering med samma modell${d.laterYear ? ` (${d.laterYear})` : ""} räknas; --all rankar alla`;
        case "no-group":
          return `inte rankad: kommunen finns inte i kommunregistret, så den hör inte till ${d.groupKind === "county" ? "något län" : "någon kommungrupp"}`;
        default:
          return "inte rankad";
      }
    },
    notStatedHeading: (model, n) =>
      `${model}: ${plural(n, "utvärdering", "utvärderingar", "sv")}, aldrig ${n === 1 ? "rankad" : "rankade"} med en modell`,
    noGroupHeading: (kind, n) =>
      `Utan ${kind === "county" ? "län" : "kommungrupp"}: ${plural(n, "utvärdering", "utvärderingar", "sv")}`,
    noEvaluations: "inga utvärderingar",
    noJsonFound: "inga .json-filer",
    duplicate: (m, year, where) => `${m} ${year} finns redan i ${where}`,
    collectionNotEvaluation:
      "är en samling, ingen utvärdering: collect sätter ihop utvärderingsfiler (kompass stats läser samlingar också)",
    collected: (output, count, files, models) =>
      `${output ? `skrev ${output}` : "samlade"}: ${plural(count, "utvärdering", "utvärderingar", "sv")} ur ${plural(files, "fil", "filer", "sv")}${models ? ` (${models})` : ""}`,
  },
};

const en: CliMessages = {
  area: "Area",
  score: "Score",
  max: "Max",
  percent: "%",
  total: "Total",
  change: "Change",
  unknownChange: "unknown",
  scoreHeading: (m, year, framework) => `${m} ${year}, ${framework}`,
  derivedNote: "* derived from published values, not published itself",
  notKnown: (areas, totalUnknown) =>
    `– not known: area ${areas.join(", ")}${totalUnknown ? "; so the total is unknown" : ""}`,
  percentNote: "percentages are derived (rounded half up)",
  diffHeading: (m, from, to, frameworks) => `${m} ${from} → ${to}, ${frameworks}`,
  diffHeadingTwo: (a, from, b, to, frameworks) => `${a} ${from} → ${b} ${to}, ${frameworks}`,
  comparable: (yes) => `Comparable: ${yes ? "yes" : "no"}`,
  wrote: (path) => `wrote ${path}`,
  wrotePage: (path, m, year, previous) =>
    `wrote ${path}: ${m} ${year}${previous ? `, compared with ${previous.year} (${previous.file})` : ""}`,
  wroteIndex: (path, count) => `wrote ${path}: ${plural(count, "evaluation", "evaluations", "en")}`,
  nothingWritten: (outDir) => `kompass: nothing written to ${outDir}`,
  allEvaluations: "All evaluations",
  noJsonFiles: "no .json files to render",
  invalid: (errors) => `invalid (${plural(errors, "error", "errors", "en")})`,
  validated: (valid, errors, warnings) =>
    `${valid ? "valid" : "invalid"} (${plural(errors, "error", "errors", "en")}, ${plural(warnings, "warning", "warnings", "en")})`,
  severity: { error: "error", warning: "warning" },
  readProblem: (p) => {
    switch (p.kind) {
      case "missing":
        return "no such file";
      case "directory":
        return "is a directory, not a file";
      case "too-large":
        return `${p.bytes === undefined ? "is larger than" : `is ${formatNumber(p.bytes, "en")} bytes; kompass reads files of at most`} ${formatNumber(p.maxBytes, "en")} bytes (10 MB)`;
      case "fs":
        return p.detail;
    }
  },
  cannotWrite: (path, p) => {
    switch (p.kind) {
      case "directory":
        return `kompass: cannot write ${path}: it is a directory`;
      case "symlink":
        return `kompass: cannot write ${path}: it is a symbolic link, and kompass never writes through a link`;
      case "special":
        return `kompass: cannot write ${path}: it is not a regular file (a device, FIFO or socket), and kompass writes only regular files`;
      case "changed":
        return `kompass: cannot write ${path}: it changed while kompass was writing; nothing was written`;
      case "missing-directory":
        return `kompass: cannot write ${path}: the directory ${p.dir} does not exist`;
      case "not-a-directory":
        return `kompass: cannot write ${path}: ${p.dir} is not a directory`;
      case "fs":
        return `kompass: cannot write ${path}: ${p.detail}`;
    }
  },
  jsonSyntax: (expected, line, column, byte) =>
    `not valid JSON: expected ${expected} at line ${formatNumber(line, "en")}, column ${formatNumber(column, "en")} (byte ${formatNumber(byte, "en")})`,
  stdin: "standard input",
  notComparableChange: "not comparable",
  areasUnknownNote: (model) =>
    `the areas of ${model} are not known: no maximum, no percent and no total derived from area scores`,
  noAreaScores: "no area scores given",
  definitionsLoaded: (labels) =>
    `${plural(labels.length, "definition", "definitions", "en")}${labels.length > 0 ? `: ${labels.join(", ")}` : ""}`,
  evaluationsNotChecked: "kompass: no evaluation was checked, since a --frameworks file cannot be used",
  stats: {
    heading: (c, n) =>
      `${c.model}${c.group ? `, ${c.group.label}` : ""}: ${
        c.all
          ? plural(n, "evaluation", "evaluations", "en")
          : `${plural(n, "municipality", "municipalities", "en")}, the latest evaluation of each`
      }`,
    columns: ["n", "mean", "median", "q1", "q3", "min", "max"],
    areaRow: (id) => `Area ${id}`,
    noKnownScores: (areas, all) => (all ? "no area score known" : `no score known: area ${areas.join(", ")}`),
    legend: "q1, q3: quartiles (linear interpolation); n counts known values only, never unknown ones as 0",
    place: (p, c) =>
      `${p.tied ? "joint " : ""}${ordinal(p.position)} of ${formatNumber(p.of, "en")} among ${
        c.all ? "all evaluations" : "municipalities"
      }${c.group ? (c.group.kind === "county" ? ` in ${c.group.label}` : ` in the municipality group ${c.group.label}`) : ""} ${
        c.all ? "with" : "evaluated with"
      } ${c.model}`,
    areaPlace: (id, p) => `area ${id}: ${p.tied ? "joint " : ""}${ordinal(p.position)} of ${formatNumber(p.of, "en")}`,
    totalUnknown: "total not known",
    unranked: (reason, d) => {
      switch (reason) {
        case "model-not-stated":
          return "not ranked: the model is not stated, and an evaluation is ranked only among those of the same model";
        case "older-evaluation":
          return `not ranked: the municipality's later evaluation with the same model${d.laterYear ? ` (${d.laterYear})` : ""} counts; --all ranks every one`;
        case "no-group":
          return `not ranked: the municipality is not in the municipality registry, so it is in no ${d.groupKind === "county" ? "county" : "municipality group"}`;
        default:
          return "not ranked";
      }
    },
    notStatedHeading: (model, n) =>
      `${model}: ${plural(n, "evaluation", "evaluations", "en")}, never ranked with a model`,
    noGroupHeading: (kind, n) =>
      `In no ${kind === "county" ? "county" : "municipality group"}: ${plural(n, "evaluation", "evaluations", "en")}`,
    noEvaluations: "no evaluations",
    noJsonFound: "no .json files",
    duplicate: (m, year, where) => `${m} ${year} is already in ${where}`,
    collectionNotEvaluation:
      "is a collection, not an evaluation: collect assembles evaluation files (kompass stats reads collections too)",
    collected: (output, count, files, models) =>
      `${output ? `wrote ${output}` : "collected"}: ${plural(count, "evaluation", "evaluations", "en")} from ${plural(files, "file", "files", "en")}${models ? ` (${models})` : ""}`,
  },
};

/** The `kompass` command's texts, per language. */
export const cliMessages: Readonly<Record<Lang, CliMessages>> = { sv, en };
