import { mkdirSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { validateEvaluation, type Evaluation } from "@kommunkompassen/core";
import {
  decodeInput,
  importCsv,
  importReportText,
  looksLikeCsv,
  type Finding,
  type ImportOptions,
} from "@kommunkompassen/import";
import { readFileBytes, type Output } from "../io";

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
  findings: Finding[];
  /** Set when the input could not be read at all (exit 2). */
  unreadable?: string;
  /** Why nothing was imported, when `valid` is false. */
  error?: string;
  /** The evaluation, when neither -o nor -d is given. */
  evaluation?: Evaluation;
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

/** `FILE: kind: /pointer: message` (the pointer left out for the whole file). */
export function findingLine(file: string, finding: Finding): string {
  return `${file}: ${finding.kind}: ${finding.path ? `${finding.path}: ` : ""}${finding.message}`;
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

/**
 * `kompass import FILE…`: report text or CSV → evaluation JSON, with the findings. Writes nothing
 * unless every input gives a valid evaluation. Exit 0 on success, 1 when an input has nothing
 * usable, 2 for usage errors and unreadable inputs or outputs, 3 when an output would not validate
 * (a bug in the importer).
 */
export function importCommand(files: readonly string[], options: ImportCommandOptions, io: Output): number {
  if (files.length === 0) return usage(io, "import needs at least one FILE");
  if (options.output !== undefined && options.dir !== undefined) return usage(io, "-o and -d cannot be used together");
  if (options.output !== undefined && files.length > 1)
    return usage(io, `-o takes one FILE, got ${files.length}; use -d OUTDIR for several`);
  if (options.output === undefined && options.dir === undefined && files.length > 1 && !options.json) {
    return usage(io, `several files need -d OUTDIR (or --json), got ${files.length}`);
  }
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

  // Import everything first: nothing is written unless every input gives a valid evaluation.
  const reports: ImportFileReport[] = [];
  let exitCode = 0;
  files.forEach((file, index) => {
    const read = readFileBytes(file);
    if (!read.ok) {
      reports.push({ file, output: null, valid: false, findings: [], unreadable: read.message });
      exitCode = Math.max(exitCode, 2);
      return;
    }
    const ext = extname(file).toLowerCase();
    const csv =
      ext === ".csv" ||
      ext === ".tsv" ||
      (ext !== ".txt" && looksLikeCsv(decodeInput(read.bytes.subarray(0, 4096)).text));
    const result = (csv ? importCsv : importReportText)(read.bytes, { ...importOptions, file });
    if (!result.evaluation) {
      const reason =
        [...result.findings].reverse().find((f) => f.path === "" && (f.kind === "missing" || f.kind === "warning"))
          ?.message ?? "nothing usable found";
      reports.push({ file, output: null, valid: false, findings: result.findings, error: reason });
      exitCode = Math.max(exitCode, 1);
      return;
    }
    const check = validateEvaluation(result.evaluation);
    if (!check.valid) {
      const first = check.errors[0]!;
      reports.push({
        file,
        output: null,
        valid: false,
        findings: result.findings,
        error: `internal error: the imported evaluation does not validate (${first.path || "/"}: ${first.message}); nothing was written (please report this)`,
      });
      exitCode = 3;
      return;
    }
    reports.push({
      file,
      output: targets[index] ?? null,
      valid: true,
      findings: result.findings,
      evaluation: result.evaluation,
    });
  });

  const importFailed = exitCode !== 0;
  if (!importFailed) {
    for (const report of reports) {
      if (report.output === null) continue;
      try {
        if (options.dir !== undefined) mkdirSync(options.dir, { recursive: true });
        writeFileSync(report.output, `${JSON.stringify(report.evaluation, null, 2)}\n`);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException | undefined)?.code;
        report.error = `cannot write ${report.output}: ${code === "ENOENT" ? "no such directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory" : error instanceof Error ? error.message : String(error)}`;
        report.output = null;
        exitCode = 2;
        break;
      }
    }
  } else {
    for (const report of reports) report.output = null;
  }

  if (options.json) {
    const toWrite = options.output === undefined && options.dir === undefined;
    const files: ImportFileReport[] = reports.map(({ evaluation, ...rest }) => ({
      ...rest,
      ...(toWrite && evaluation ? { evaluation } : {}),
    }));
    io.out(JSON.stringify({ files } satisfies ImportJson, null, 2));
    return exitCode;
  }
  for (const report of reports) {
    if (report.unreadable) {
      io.err(`${report.file}: ${report.unreadable}`);
      continue;
    }
    for (const finding of report.findings) io.err(findingLine(report.file, finding));
    if (report.error) io.err(`${report.file}: ${report.error}`);
    else if (report.evaluation && exitCode === 0) {
      io.err(
        `${report.file}: ${report.output ? `wrote ${report.output}` : "imported"}: ${summary(report.evaluation, report.findings)}`,
      );
    }
  }
  // Say so where a reader might expect output: not for a single file that could not even be read.
  if (
    importFailed &&
    (options.output !== undefined || options.dir !== undefined) &&
    (exitCode !== 2 || reports.some((r) => r.valid))
  ) {
    io.err("kompass: nothing was written");
  }
  if (exitCode === 0 && options.output === undefined && options.dir === undefined) {
    io.out(JSON.stringify(reports[0]!.evaluation, null, 2));
  }
  return exitCode;
}
