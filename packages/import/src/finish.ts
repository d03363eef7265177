import { validateEvaluation, type Evaluation, type Issue } from "@kommunkompassen/core";
import type { Findings } from "./findings";
import type { FindingValues, ImportResult } from "./types";

/** Where editors find the schema; written at the top of every imported file. */
export const SCHEMA_URL = "https://unpkg.com/@kommunkompassen/core/evaluation.schema.json";

const TOP_LEVEL_REQUIRED = new Set(["schemaVersion", "framework", "municipality", "year", "areas"]);

function segments(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Compares pointers so that later array items and deeper paths come first (safe removal order). */
function laterFirst(a: string, b: string): number {
  const sa = segments(a);
  const sb = segments(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const x = sa[i]!;
    const y = sb[i]!;
    if (x === y) continue;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return ny - nx;
    return x < y ? 1 : -1;
  }
  return sb.length - sa.length;
}

type Container = Record<string, unknown> | unknown[];

/**
 * Removes the value an error points at. A missing or broken id (or another required key) takes its
 * whole object with it. Returns the pointer actually removed, or `null` when the error concerns a
 * required top-level value that cannot be left out.
 */
function remove(document: Record<string, unknown>, pointer: string): string | null {
  let path = segments(pointer);
  if (path.length === 0) return null;
  // A required key of a nested object: remove the object (an area without id is no area).
  const last = path[path.length - 1]!;
  if (path.length > 1 && (last === "id" || last === "kind" || last === "label")) path = path.slice(0, -1);
  if (path.length === 1 && TOP_LEVEL_REQUIRED.has(path[0]!)) return null;
  if (path[0] === "municipality" && (path.length === 1 || path[1] === "name")) return null;
  let node: unknown = document;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return "";
    node = (node as Record<string, unknown>)[key];
  }
  if (node === null || typeof node !== "object") return "";
  const key = path[path.length - 1]!;
  const container = node as Container;
  if (Array.isArray(container)) {
    const index = Number(key);
    if (Number.isInteger(index) && index >= 0 && index < container.length) container.splice(index, 1);
  } else {
    delete container[key];
  }
  return "/" + path.map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

/**
 * Validates a draft evaluation with the core's validator and makes it valid by leaving out each
 * value the validator rejects (each one reported as a `warning` finding, never silently). The
 * validator's consistency warnings (area sums, percents, names) are added as `warning` findings.
 * Returns `null` as the evaluation when a required value is itself invalid.
 */
export function finish(draft: Evaluation, findings: Findings): ImportResult {
  const document = JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;
  for (let round = 0; round < 200; round++) {
    const result = validateEvaluation(document);
    if (result.valid) {
      for (const warning of result.warnings)
        findings.add("validator-warning", "warning", warning.path, issueValues(warning));
      return { evaluation: result.evaluation, findings: findings.list() };
    }
    if (!leaveOutErrors(document, result.errors, findings)) return { evaluation: null, findings: findings.list() };
  }
  findings.add("not-made-valid", "warning", "");
  return { evaluation: null, findings: findings.list() };
}

/** One round: leaves out what each error points at; `false` when a required value cannot be left out. */
function leaveOutErrors(document: Record<string, unknown>, issues: readonly Issue[], findings: Findings): boolean {
  const errors = [...issues].sort((a, b) => laterFirst(a.path, b.path));
  const removed = new Set<string>();
  for (const error of errors) {
    // "N more problems were found": the next round lists them.
    if (error.kind === "too-many-issues") continue;
    if ([...removed].some((r) => error.path === r || error.path.startsWith(`${r}/`))) continue;
    const gone = remove(document, error.path);
    if (gone === null) {
      findings.add("value-cannot-be-imported", "warning", error.path, issueValues(error));
      return false;
    }
    removed.add(gone || error.path);
    findings.add("value-left-out", "warning", error.path, issueValues(error));
  }
  return true;
}

/** A validator issue as finding values: its kind (`check`), its English text (`issue`) and its details. */
function issueValues(issue: Issue): FindingValues {
  return { ...(issue.details ?? {}), check: issue.kind, issue: issue.message };
}
