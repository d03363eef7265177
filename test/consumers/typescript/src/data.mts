// The fixture read and validated the way an application would: a typed Evaluation or an error.
import { readFileSync } from "node:fs";
import { formatIssue, parseEvaluation, type Evaluation, type ValidationResult } from "@kommunkompassen/core";

const result: ValidationResult = parseEvaluation(readFileSync("avesta.json", "utf8"));
if (!result.valid) throw new Error(result.errors.map(formatIssue).join("\n"));

/** Avesta kommun 2014, validated. */
export const evaluation: Evaluation = result.evaluation;
