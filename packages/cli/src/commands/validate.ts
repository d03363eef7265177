import type { Issue } from "@kommunkompassen/core";
import { cliMessages } from "@kommunkompassen/core/messages";
import { fileLabel, issueLine } from "../format";
import { printable } from "../safe";
import { readEvaluationFile, type Output } from "../io";

/** Options of `kompass validate`. */
export interface ValidateCommandOptions {
  /** Print JSON instead of text. */
  json: boolean;
  /** Treat warnings as errors. */
  strict: boolean;
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

/**
 * `kompass validate FILE…`: exit 0 when every file is valid (warnings printed), 1 when any is
 * invalid, 2 when any cannot be read. Its texts are English, as the validator's messages are.
 */
export function validateCommand(files: readonly string[], options: ValidateCommandOptions, io: Output): number {
  const reports: ValidateFileReport[] = files.map((file) => {
    const read = readEvaluationFile(file);
    if (!read.ok) return { file, valid: false, unreadable: read.message, errors: [], warnings: [] };
    const { errors, warnings } = read.result;
    const asErrors = options.strict ? warnings.map((w): Issue => ({ ...w, severity: "error" })) : [];
    const allErrors = [...errors, ...asErrors];
    return { file, valid: allErrors.length === 0, errors: allErrors, warnings: options.strict ? [] : warnings };
  });

  if (options.json) {
    io.out(JSON.stringify({ valid: reports.every((r) => r.valid), strict: options.strict, files: reports }, null, 2));
  } else {
    for (const report of reports) {
      if (report.unreadable) {
        io.err(`${fileLabel(report.file)}: ${printable(report.unreadable)}`);
        continue;
      }
      for (const issue of [...report.errors, ...report.warnings])
        (issue.severity === "error" ? io.err : io.out)(issueLine(report.file, issue));
      const summary = cliMessages.en.validated(report.valid, report.errors.length, report.warnings.length);
      (report.valid ? io.out : io.err)(`${fileLabel(report.file)}: ${summary}`);
    }
  }
  if (reports.some((r) => r.unreadable)) return 2;
  return reports.every((r) => r.valid) ? 0 : 1;
}
