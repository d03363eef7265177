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
}

const plural = (n: number, one: string, many: string, lang: Lang) => `${formatNumber(n, lang)} ${n === 1 ? one : many}`;

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
};

/** The `kompass` command's texts, per language. */
export const cliMessages: Readonly<Record<Lang, CliMessages>> = { sv, en };
