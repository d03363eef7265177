import { frameworkLabel, type Framework, type Issue, type Lang } from "@kommunkompassen/core";
import { cliMessages } from "@kommunkompassen/core/messages";
import { fileLabel, issueLine } from "../format";
import { readFrameworkFiles } from "../frameworks";
import { printable } from "../safe";
import { readEvaluationFile, type Output } from "../io";

/** Options of `kompass validate`. */
export interface ValidateCommandOptions {
  /** Print JSON instead of text. */
  json: boolean;
  /** Treat warnings as errors. */
  strict: boolean;
  /** `--frameworks`: files of framework definitions (each one definition or an array of them). */
  frameworks?: readonly string[];
  /** `--lang`: the language of the issues and summaries; English (the validator's own words) when not given. */
  lang?: Lang;
}

/** One file's entry in `kompass validate --json`. */
export interface ValidateFileReport {
  file: string;
  valid: boolean;
  /** Set when the file could not be read at all. */
  unreadable?: string;
  errors: Issue[];
  warnings: Issue[];
}

/** One `--frameworks` file's entry in `kompass validate --json`: a file report and the ids it defines. */
export interface ValidateFrameworksReport extends ValidateFileReport {
  /** The ids of the models the file defines (empty when it is unreadable or invalid). */
  ids: string[];
}

/** Warnings as errors under `--strict`; the report's `valid`, `errors` and `warnings`. */
function judged(errors: readonly Issue[], warnings: readonly Issue[], strict: boolean) {
  const asErrors = strict ? warnings.map((w): Issue => ({ ...w, severity: "error" })) : [];
  const allErrors = [...errors, ...asErrors];
  return { valid: allErrors.length === 0, errors: allErrors, warnings: strict ? [] : [...warnings] };
}

/** The `--frameworks` files, checked as `validate` checks a file; and the definitions of the valid ones. */
function frameworkReports(files: readonly string[], strict: boolean) {
  const frameworks: Framework[] = [];
  const reports = readFrameworkFiles(files).map((read): ValidateFrameworksReport => {
    if (read.failure)
      return { file: read.file, valid: false, unreadable: read.failure.message, ids: [], errors: [], warnings: [] };
    const report = judged(read.errors, read.warnings, strict);
    if (report.valid) frameworks.push(...read.frameworks);
    return { file: read.file, ...report, ids: report.valid ? read.frameworks.map((f) => f.id) : [] };
  });
  return { reports, frameworks };
}

/** Prints one file's issues and its summary line (warnings and a valid summary on stdout, the rest on stderr). */
function printReport(report: ValidateFileReport, io: Output, what = "", lang?: Lang): void {
  if (report.unreadable) {
    io.err(`${fileLabel(report.file, lang)}: ${printable(report.unreadable)}`);
    return;
  }
  for (const issue of [...report.errors, ...report.warnings])
    (issue.severity === "error" ? io.err : io.out)(issueLine(report.file, issue, lang));
  const summary = cliMessages[lang ?? "en"].validated(report.valid, report.errors.length, report.warnings.length);
  (report.valid ? io.out : io.err)(`${fileLabel(report.file, lang)}: ${summary}${what}`);
}

/**
 * `kompass validate FILE… [--frameworks DEFS.json]…`: exit 0 when every file is valid (warnings
 * printed), 1 when any is invalid, 2 when any cannot be read. The `--frameworks` files are checked
 * first, the same way; when one of them is unreadable or invalid, the evaluations are not checked
 * (their results would rest on a missing definition). Its texts are English, as the validator's
 * messages are, unless `lang` is given.
 */
export function validateCommand(files: readonly string[], options: ValidateCommandOptions, io: Output): number {
  const defined = frameworkReports(options.frameworks ?? [], options.strict);
  const definitionsValid = defined.reports.every((r) => r.valid);
  const reports: ValidateFileReport[] = definitionsValid
    ? files.map((file) => {
        const read = readEvaluationFile(file, undefined, { frameworks: defined.frameworks });
        if (!read.ok) return { file, valid: false, unreadable: read.message, errors: [], warnings: [] };
        return { file, ...judged(read.result.errors, read.result.warnings, options.strict) };
      })
    : [];
  const all = [...defined.reports, ...reports];

  if (options.json) {
    const valid = definitionsValid && reports.every((r) => r.valid);
    io.out(JSON.stringify({ valid, strict: options.strict, files: reports, frameworks: defined.reports }, null, 2));
  } else {
    const lang = options.lang;
    const t = cliMessages[lang ?? "en"];
    for (const report of defined.reports) {
      const labels = report.ids.map((id) => frameworkLabel(id, lang ?? "en", defined.frameworks));
      printReport(report, io, report.valid ? printable(`; ${t.definitionsLoaded(labels)}`) : "", lang);
    }
    if (!definitionsValid) io.err(t.evaluationsNotChecked);
    for (const report of reports) printReport(report, io, "", lang);
  }
  if (all.some((r) => r.unreadable)) return 2;
  return all.every((r) => r.valid) ? 0 : 1;
}
