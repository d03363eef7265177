/**
 * The `frameworks` attribute's definition file, checked: built into kommunkompass-frameworks.js and
 * imported by the element only for a profile that names one (the framework schema and its validator
 * are not in the element's script). The national views check definitions with the collection.
 */
import { formatIssue, validateFrameworks, type Framework } from "@kommunkompassen/react/internal";

/** How many issues of an invalid definition file the message lists (the console gets them all). */
const SHOWN_ISSUES = 3;

/** The failure for an invalid definition file, as the element shows it. */
export interface FrameworksFailure {
  reason: "frameworks";
  detail: string;
  log: string[];
}

/**
 * Checks the data of a definition file with the core's `validateFrameworks` (one definition or a
 * list, every problem with its JSON pointer): the definitions, or the failure with its first issues.
 */
export function checkFrameworks(data: unknown): { frameworks: Framework[] } | FrameworksFailure {
  const read = validateFrameworks(data);
  if (read.valid) return { frameworks: read.frameworks };
  const issues = read.errors.map(formatIssue);
  const more = issues.length > SHOWN_ISSUES ? ` (+${issues.length - SHOWN_ISSUES})` : "";
  return { reason: "frameworks", detail: issues.slice(0, SHOWN_ISSUES).join("; ") + more, log: issues };
}
