import { mkdirSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { validateCollection, validateEvaluation, type Collection, type Evaluation } from "@kommunkompassen/core";
import { importMessages, type Lang } from "@kommunkompassen/core/messages";
import { checkMunicipality } from "@kommunkompassen/core/municipalities";
import {
  decodeInput,
  importCsv,
  importReportText,
  importResultsTable,
  looksLikeCsv,
  looksLikeResultsTable,
  SCHEMA_URL,
  wordFinding,
  type Evidence,
  type Finding,
  type ImportOptions,
} from "@kommunkompassen/import";
import { describeFsError, readFileBytes, type Output } from "../io";
import { writeFilesAtomic, WriteError } from "../render/files";
import { evaluationFileName } from "../names";
import { importPdf, isPdf } from "../pdf";
import { COLLECTION_SCHEMA_URL, modelCounts } from "./collect";

/** Options of `kompass import`. */
export interface ImportCommandOptions {
  /** Write the evaluation to this file (one input only). */
  output?: string;
  /** Write each evaluation to `<dir>/<basename>.json`. */
  dir?: string;
  /** The framework id (otherwise inferred). */
  framework?: string;
  /** The municipality code, which the reports do not print. */
  code?: string;
  /** The municipality's name (CSV). */
  municipality?: string;
  /** The evaluation year (CSV), as given on the command line. */
  year?: string;
  /** Print the JSON report instead of the findings. */
  json: boolean;
  /** The language of the findings (English unless given). */
  lang?: Lang;
  /** A results table's collection title (`-o`); the file's name unless given. */
  title?: string;
}

/** What a results table gave, in `kompass import --json` (issue 14). */
export interface ImportTableReport {
  /** How many evaluations (one per row that gives one). */
  evaluations: number;
  /** The rows (the header is row 1) that give no evaluation, each said in a finding. */
  leftOut: number[];
  /** The files written with `-d` (one per evaluation, `<municipality>-<year>.json`), or the collection with `-o`. */
  outputs: string[];
}

/** A finding as `kompass import --json` gives it: the importer's finding, worded, with the command's hint. */
export interface ImportJsonFinding extends Finding {
  /** The finding in the command's language. */
  text: string;
  /** What to do about it with this command's options, when there is something. */
  hint?: string;
  /** The same as `values` (the name of this field before findings had codes). */
  details: Finding["values"];
}

/** One input's entry in `kompass import --json`. */
export interface ImportFileReport {
  /** The input file, as given. */
  file: string;
  /** Where the evaluation was written; `null` when it was not written (printed, or nothing usable). */
  output: string | null;
  /** Whether a valid evaluation was imported. */
  valid: boolean;
  /** Everything inferred, missing, left out or inconsistent. */
  findings: ImportJsonFinding[];
  /** Set when the input could not be read at all (exit 2). */
  unreadable?: string;
  /** Why nothing was imported, when `valid` is false. */
  error?: string;
  /** The evaluation, when neither -o nor -d is given. */
  evaluation?: Evaluation;
  /** Set for a results table (one evaluation per row). */
  table?: ImportTableReport;
  /** A results table's collection, when neither -o nor -d is given. */
  collection?: Collection;
  /**
   * A report's evidence (text or PDF): where in the source each value was read, with the snippet,
   * the line around it and, for a PDF, the page.
   */
  evidence?: Evidence[];
  /** A PDF's number of pages. */
  pages?: number;
}

/** A report and what it would write (each path with its JSON value). */
interface Imported {
  report: ImportFileReport;
  code: number;
  writes: { path: string; value: unknown }[];
}

/** The shape of `kompass import --json`. */
export interface ImportJson {
  files: ImportFileReport[];
}

const FRAMEWORK_ID = /^[a-z0-9][a-z0-9._-]*$/;

function usage(io: Output, message: string): number {
  io.err(`kompass: ${message}`);
  io.err("Run 'kompass --help' for usage.");
  return 2;
}

/** A finding worded in `lang`, with the command's hint (which names its options) where it has one. */
export function asJsonFinding(finding: Finding, lang: Lang): ImportJsonFinding {
  const hint = importMessages[lang].cliHints[finding.code]?.(finding.values);
  return { ...finding, text: wordFinding(finding, lang), ...(hint ? { hint } : {}), details: finding.values };
}

/** `FILE: kind: /pointer: text; hint` (the pointer left out for the whole file). */
export function findingLine(file: string, finding: Finding, lang: Lang = "en"): string {
  const { text, hint } = asJsonFinding(finding, lang);
  return `${file}: ${finding.kind}: ${finding.path ? `${finding.path}: ` : ""}${text}${hint ? `; ${hint}` : ""}`;
}

function summary(evaluation: Evaluation, findings: readonly Finding[]): string {
  const scores = evaluation.areas.filter((a) => a.score !== undefined).length;
  const questions = evaluation.areas.reduce((n, a) => n + (a.questions?.length ?? 0), 0);
  const count = (kind: Finding["kind"]) => findings.filter((f) => f.kind === kind).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [
    `${plural(evaluation.areas.length, "area")} (${plural(scores, "score")}), ${plural(questions, "sub-question")}`,
    `${count("inferred")} inferred, ${count("missing")} missing, ${count("ignored")} ignored, ${plural(count("warning"), "warning")}`,
  ].join("; ");
}

/** Checks the arguments; the import options, or the exit code of a usage error. */
function importOptionsOf(files: readonly string[], options: ImportCommandOptions, io: Output): ImportOptions | number {
  if (files.length === 0) return usage(io, "import needs at least one FILE");
  if (options.output !== undefined && options.dir !== undefined) return usage(io, "-o and -d cannot be used together");
  if (options.output !== undefined && files.length > 1)
    return usage(io, `-o takes one FILE, got ${files.length}; use -d OUTDIR for several`);
  if (options.output === undefined && options.dir === undefined && files.length > 1 && !options.json)
    return usage(io, `several files need -d OUTDIR (or --json), got ${files.length}`);
  if (options.output === "" || options.dir === "") return usage(io, "-o and -d need a path");
  const importOptions: ImportOptions = {};
  if (options.framework !== undefined) {
    const id = /^2\.[01]$/.test(options.framework) ? `kommunkompassen-${options.framework}` : options.framework;
    if (!FRAMEWORK_ID.test(id) || id.length > 100)
      return usage(io, `--framework must be an id like kommunkompassen-2.0, not "${options.framework}"`);
    importOptions.framework = id;
  }
  if (options.code !== undefined) {
    if (!/^[0-9]{4}$/.test(options.code))
      return usage(io, `--code must be a four-digit municipality code, not "${options.code}"`);
    importOptions.code = options.code;
  }
  if (options.year !== undefined) {
    const year = Number(options.year);
    if (!/^[0-9]{4}$/.test(options.year) || year < 1990 || year > 2100)
      return usage(io, `--year must be a year from 1990 to 2100, not "${options.year}"`);
    importOptions.year = year;
  }
  if (options.municipality !== undefined) {
    const name = options.municipality.trim();
    if (name === "" || [...name].length > 200) return usage(io, "--municipality must be a name of 1 to 200 characters");
    importOptions.municipality = name;
  }
  return importOptions;
}

/** Where each input is written (`null`: printed), or the exit code when two would be written to one file. */
function targetsOf(files: readonly string[], options: ImportCommandOptions, io: Output): (string | null)[] | number {
  const targets = files.map((file) => {
    if (options.output !== undefined) return options.output;
    if (options.dir !== undefined) return join(options.dir, `${basename(file, extname(file))}.json`);
    return null;
  });
  const seen = new Map<string, string>();
  for (const [i, target] of targets.entries()) {
    if (target === null) continue;
    const other = seen.get(target);
    if (other !== undefined) return usage(io, `${other} and ${files[i]} would both be written to ${target}`);
    seen.set(target, files[i]!);
  }
  return targets;
}

/** Why nothing was imported: the last error finding (or the last about the whole file). */
function failureReason(findings: readonly ImportJsonFinding[]): string {
  const last = [...findings].reverse();
  return (
    (last.find((f) => f.severity === "error") ?? last.find((f) => f.path === "" && f.kind !== "ignored"))?.text ??
    "nothing usable found"
  );
}

/** The options that each row of a results table gives itself. */
const ROW_OPTIONS = ["framework", "code", "municipality", "year"] as const;

/**
 * A results table (one evaluation per row): the collection to `-o` (or stdout), or with `-d` one
 * file per row, named `<municipality>-<year>.json` (the registry's name where it knows the municipality).
 */
function importTable(
  file: string,
  bytes: Uint8Array,
  options: ImportCommandOptions,
  importOptions: ImportOptions,
  lang: Lang,
): Imported {
  const given = ROW_OPTIONS.find((o) => importOptions[o] !== undefined);
  const report: ImportFileReport = { file, output: null, valid: false, findings: [] };
  if (given) {
    report.error = `--${given} does not go with a results table: each row gives its own`;
    return { report, code: 2, writes: [] };
  }
  const result = importResultsTable(bytes, {
    file,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.title !== undefined ? { title: options.title } : {}),
  });
  report.findings = result.findings.map((f) => asJsonFinding(f, lang));
  const collection = result.collection;
  if (!collection) return { report: { ...report, error: failureReason(report.findings) }, code: 1, writes: [] };
  const check = validateCollection(collection, { checkMunicipality });
  if (!check.valid) {
    const first = check.errors[0]!;
    report.error = `internal error: the imported collection does not validate (${first.path || "/"}: ${first.message}); nothing was written (please report this)`;
    return { report, code: 3, writes: [] };
  }
  const writes: Imported["writes"] = [];
  if (options.dir !== undefined) {
    const taken = new Set<string>();
    for (const evaluation of collection.evaluations)
      writes.push({
        path: join(options.dir, evaluationFileName(evaluation, taken)),
        value: { $schema: SCHEMA_URL, ...evaluation },
      });
  } else if (options.output !== undefined)
    writes.push({ path: options.output, value: { $schema: COLLECTION_SCHEMA_URL, ...collection } });
  const table: ImportTableReport = {
    evaluations: collection.evaluations.length,
    leftOut: result.leftOut,
    outputs: writes.map((w) => w.path),
  };
  const output = options.dir ?? options.output ?? null;
  return { report: { ...report, output, valid: true, table, collection }, code: 0, writes };
}

/** Imports one input; the report, the exit code it stands for (0, 1, 2 or 3) and what it would write. */
function importOne(
  file: string,
  target: string | null,
  options: ImportCommandOptions,
  importOptions: ImportOptions,
  lang: Lang,
): Imported {
  const read = readFileBytes(file);
  if (!read.ok)
    return {
      report: { file, output: null, valid: false, findings: [], unreadable: read.message },
      code: 2,
      writes: [],
    };
  // A PDF by its magic bytes, whatever its name.
  const pdf = isPdf(read.bytes);
  const head = pdf ? "" : decodeInput(read.bytes.subarray(0, 4096)).text;
  if (!pdf && looksLikeResultsTable(head)) return importTable(file, read.bytes, options, importOptions, lang);
  const ext = extname(file).toLowerCase();
  const csv = !pdf && (ext === ".csv" || ext === ".tsv" || (ext !== ".txt" && looksLikeCsv(head)));
  const result = pdf
    ? importPdf(read.bytes, { ...importOptions, file })
    : (csv ? importCsv : importReportText)(read.bytes, { ...importOptions, file });
  const findings = result.findings.map((f) => asJsonFinding(f, lang));
  const pages = "pages" in result && typeof result.pages === "number" ? { pages: result.pages } : {};
  if (!result.evaluation)
    return {
      report: { file, output: null, valid: false, findings, error: failureReason(findings), ...pages },
      code: 1,
      writes: [],
    };
  const check = validateEvaluation(result.evaluation);
  if (!check.valid) {
    const first = check.errors[0]!;
    const error = `internal error: the imported evaluation does not validate (${first.path || "/"}: ${first.message}); nothing was written (please report this)`;
    return { report: { file, output: null, valid: false, findings, error }, code: 3, writes: [] };
  }
  const report: ImportFileReport = {
    file,
    output: target,
    valid: true,
    findings,
    evaluation: result.evaluation,
    ...(result.evidence ? { evidence: result.evidence } : {}),
    ...pages,
  };
  return { report, code: 0, writes: target === null ? [] : [{ path: target, value: result.evaluation }] };
}

/** Two inputs (or two rows) that would write one file: the message, or `undefined`. */
function collision(imported: readonly Imported[]): string | undefined {
  const seen = new Map<string, string>();
  for (const { report, writes } of imported)
    for (const { path } of writes) {
      const other = seen.get(path);
      if (other !== undefined) return `${other} and ${report.file} would both be written to ${path}`;
      seen.set(path, report.file);
    }
  return undefined;
}

/**
 * Writes every output, all or nothing (each to a temporary file first, renamed only when all are
 * written); the exit code (2 when a file cannot be written, with the reason on its report).
 */
function writeAll(imported: readonly Imported[], dir: string | undefined): number {
  const writes = imported.flatMap(({ report, writes }) => writes.map((w) => ({ ...w, report })));
  if (writes.length === 0) return 0;
  const nothing = () => {
    for (const { report } of imported) {
      report.output = null;
      if (report.table) report.table.outputs = [];
    }
  };
  try {
    if (dir !== undefined) mkdirSync(dir, { recursive: true });
  } catch (error) {
    writes[0]!.report.error = `cannot write ${dir}: ${describeFsError(error)}`;
    nothing();
    return 2;
  }
  try {
    writeFilesAtomic(writes.map((w) => ({ path: w.path, content: `${JSON.stringify(w.value, null, 2)}\n` })));
    return 0;
  } catch (error) {
    const failed = error instanceof WriteError ? writes.find((w) => w.path === error.path) : undefined;
    (failed ?? writes[0]!).report.error =
      error instanceof Error ? error.message : `cannot write ${writes[0]!.path}: ${String(error)}`;
    nothing();
    return 2;
  }
}

/** A results table's summary: how many evaluations of which models, rows left out, the findings by kind. */
function tableSummary(report: ImportFileReport): string {
  const { table, collection, findings } = report;
  const count = (kind: Finding["kind"]) => findings.filter((f) => f.kind === kind).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const what = report.output
    ? report.table!.outputs.length === 1 && report.table!.outputs[0] === report.output
      ? `wrote ${report.output}: a collection of ${plural(table!.evaluations, "evaluation")}`
      : `wrote ${plural(table!.outputs.length, "evaluation file")} to ${report.output}`
    : `imported ${plural(table!.evaluations, "evaluation")}`;
  return [
    `${what} (${modelCounts(collection!.evaluations, [])})`,
    `${plural(table!.leftOut.length, "row")} left out`,
    `${count("inferred")} inferred, ${count("missing")} missing, ${count("ignored")} ignored, ${plural(count("warning"), "warning")}`,
  ].join("; ");
}

function printReports(reports: readonly ImportFileReport[], exitCode: number, io: Output): void {
  for (const report of reports) {
    if (report.unreadable) {
      io.err(`${report.file}: ${report.unreadable}`);
      continue;
    }
    for (const finding of report.findings) {
      const { kind, path, text, hint } = finding;
      io.err(`${report.file}: ${kind}: ${path ? `${path}: ` : ""}${text}${hint ? `; ${hint}` : ""}`);
    }
    if (report.error) io.err(`${report.file}: ${report.error}`);
    else if (report.table && exitCode === 0) io.err(`${report.file}: ${tableSummary(report)}`);
    else if (report.evaluation && exitCode === 0) {
      io.err(
        `${report.file}: ${report.output ? `wrote ${report.output}` : "imported"}: ${summary(report.evaluation, report.findings)}`,
      );
    }
  }
}

/**
 * `kompass import FILE…`: report text, CSV or a results table → evaluation JSON (a table: one
 * collection, or one evaluation file per row with `-d`), with the findings (in `lang`, English
 * unless given, with the command's hints). Writes nothing unless every input gives a valid
 * evaluation, and then writes all of them or none. Exit 0 on success, 1 when an input has nothing
 * usable, 2 for usage errors and unreadable inputs or outputs, 3 when an output would not validate
 * (a bug in the importer).
 */
export function importCommand(files: readonly string[], options: ImportCommandOptions, io: Output): number {
  const importOptions = importOptionsOf(files, options, io);
  if (typeof importOptions === "number") return importOptions;
  const targets = targetsOf(files, options, io);
  if (typeof targets === "number") return targets;
  const lang = options.lang ?? "en";

  // Import everything first: nothing is written unless every input gives a valid evaluation.
  const imported = files.map((file, index) => importOne(file, targets[index] ?? null, options, importOptions, lang));
  const reports = imported.map((i) => i.report);
  let exitCode = imported.reduce((worst, { code }) => (worst === 3 || code === 3 ? 3 : Math.max(worst, code)), 0);
  const clash = exitCode === 0 ? collision(imported) : undefined;
  if (clash) return usage(io, clash);
  if (exitCode !== 0)
    for (const report of reports) {
      report.output = null;
      if (report.table) report.table.outputs = [];
    }
  else exitCode = writeAll(imported, options.dir);

  if (options.json) {
    const toWrite = options.output === undefined && options.dir === undefined;
    const files: ImportFileReport[] = reports.map(({ evaluation, collection, ...rest }) => ({
      ...rest,
      ...(toWrite && evaluation ? { evaluation } : {}),
      ...(toWrite && collection ? { collection } : {}),
    }));
    io.out(JSON.stringify({ files } satisfies ImportJson, null, 2));
    return exitCode;
  }
  printReports(reports, exitCode, io);
  // Say so where a reader might expect output: not for a single file that could not even be read.
  const wanted = options.output !== undefined || options.dir !== undefined;
  if (wanted && exitCode !== 0 && (exitCode !== 2 || reports.some((r) => r.valid)))
    io.err("kompass: nothing was written");
  if (exitCode === 0 && !wanted)
    io.out(
      JSON.stringify(
        reports[0]!.collection ? { $schema: COLLECTION_SCHEMA_URL, ...reports[0]!.collection } : reports[0]!.evaluation,
        null,
        2,
      ),
    );
  return exitCode;
}
