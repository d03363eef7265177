import type { Evaluation, Framework, Issue, Lang } from "@kommunkompassen/core";
import { cliMessages } from "@kommunkompassen/core/messages";
import { fileLabel, issueLine } from "../format";
import { printable } from "../safe";
import { readEvaluationFile, type Output, type ReadFailure } from "../io";

/** `FILE: why it cannot be read`, in the command's language. */
export function unreadableLine(file: string, failure: ReadFailure, lang: Lang): string {
  return `${fileLabel(file, lang)}: ${printable(cliMessages[lang].readProblem(failure.problem))}`;
}

/** Prints an invalid file's errors, one a line, and the summary `FILE: invalid (N errors)`. */
export function printInvalid(file: string, errors: readonly Issue[], lang: Lang, io: Output): void {
  for (const issue of errors) io.err(issueLine(file, issue));
  io.err(`${fileLabel(file, lang)}: ${cliMessages[lang].invalid(errors.length)}`);
}

/**
 * Loads a file that must be a valid evaluation, validated with the extra framework definitions
 * given. On failure prints why (one line per error, to stderr) and returns the exit code: 2 when
 * unreadable, 1 when invalid.
 */
export function loadValidEvaluation(
  file: string,
  io: Output,
  lang: Lang = "en",
  frameworks: readonly Framework[] = [],
): { evaluation: Evaluation } | { exitCode: number } {
  const read = readEvaluationFile(file, undefined, { frameworks });
  if (!read.ok) {
    io.err(unreadableLine(file, read, lang));
    return { exitCode: 2 };
  }
  if (!read.result.valid) {
    printInvalid(file, read.result.errors, lang, io);
    return { exitCode: 1 };
  }
  return { evaluation: read.result.evaluation };
}
