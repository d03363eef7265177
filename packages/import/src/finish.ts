import { validateEvaluation, type Evaluation, type Issue } from "@kommunkompassen/core";
import type { Finding, ImportResult } from "./types";

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
export function finish(draft: Evaluation, findings: Finding[]): ImportResult {
  const document = JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;
  for (let round = 0; round < 200; round++) {
    const result = validateEvaluation(document);
    if (result.valid) {
      for (const warning of result.warnings) findings.push(validatorWarning(warning));
      return { evaluation: result.evaluation, findings: capRepeats(findings) };
    }
    const errors = [...result.errors].sort((a, b) => laterFirst(a.path, b.path));
    const removed = new Set<string>();
    for (const error of errors) {
      // "N more problems were found": the next round lists them.
      if (error.kind === "too-many-issues") continue;
      if ([...removed].some((r) => error.path === r || error.path.startsWith(`${r}/`))) continue;
      const gone = remove(document, error.path);
      if (gone === null) {
        findings.push({
          kind: "warning",
          path: error.path,
          message: `cannot be imported: ${error.message}`,
          details: { check: error.kind },
        });
        return { evaluation: null, findings: capRepeats(findings) };
      }
      removed.add(gone || error.path);
      findings.push({
        kind: "warning",
        path: error.path,
        message: `left out: ${error.message}`,
        details: { check: error.kind, ...(error.details ?? {}) },
      });
    }
  }
  findings.push({ kind: "warning", path: "", message: "the imported data could not be made valid" });
  return { evaluation: null, findings: capRepeats(findings) };
}

/** How many findings of one sort are listed before the rest are summed up. */
export const MAX_SIMILAR_FINDINGS = 20;

/**
 * Keeps hostile or repetitive input from drowning the report: of findings that differ only in
 * numbers and quoted text (the same remark about row after row), the first
 * {@link MAX_SIMILAR_FINDINGS} are listed and one more finding says how many were not.
 */
export function capRepeats(findings: readonly Finding[]): Finding[] {
  const counts = new Map<string, number>();
  const kept: Finding[] = [];
  const dropped = new Map<string, { finding: Finding; count: number }>();
  for (const finding of findings) {
    const key = `${finding.kind}|${finding.path.replace(/\d+/g, "#")}|${finding.message.replace(/"[^"]*"/g, '""').replace(/\d+/g, "#")}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count <= MAX_SIMILAR_FINDINGS) kept.push(finding);
    else dropped.set(key, { finding: dropped.get(key)?.finding ?? finding, count: (dropped.get(key)?.count ?? 0) + 1 });
  }
  for (const { finding, count } of dropped.values()) {
    kept.push({
      kind: finding.kind,
      path: "",
      message: `${count} more finding(s) like "${finding.message.slice(0, 80)}" are not listed`,
      details: { count },
    });
  }
  return kept;
}

function validatorWarning(issue: Issue): Finding {
  return {
    kind: "warning",
    path: issue.path,
    message: issue.message,
    details: { check: issue.kind, ...(issue.details ?? {}) },
  };
}
