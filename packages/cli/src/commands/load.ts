import type { Evaluation } from "@kommunkompassen/core";
import { issueLine } from "../format";
import { readEvaluationFile, type Output } from "../io";

/**
 * Loads a file that must be a valid evaluation. On failure prints why (one line per error, to
 * stderr) and returns the exit code: 2 when unreadable, 1 when invalid.
 */
export function loadValidEvaluation(file: string, io: Output): { evaluation: Evaluation } | { exitCode: number } {
  const read = readEvaluationFile(file);
  if (!read.ok) {
    io.err(`${file}: ${read.message}`);
    return { exitCode: 2 };
  }
  if (!read.result.valid) {
    for (const issue of read.result.errors) io.err(issueLine(file, issue));
    io.err(`${file}: invalid (${read.result.errors.length} error${read.result.errors.length === 1 ? "" : "s"})`);
    return { exitCode: 1 };
  }
  return { evaluation: read.result.evaluation };
}
