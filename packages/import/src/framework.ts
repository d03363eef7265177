/**
 * Deciding the framework version from what an input shows, and checking sub-question rows against
 * the framework. Shared by the report and CSV importers.
 */
import { exceeds, kommunkompassen20, kommunkompassen21, same, type Area, type Framework } from "@kommunkompassen/core";
import type { Findings } from "./findings";
import type { OverviewTable } from "./overview";
import { foldName, squash } from "./text";
import type { FindingValues } from "./types";

/** What the input shows for one version. */
interface Evidence {
  points: number;
  /** Areas whose names are this version's. */
  namedAreas: number[];
  question26: boolean;
  max23?: number;
  /** The first "Kommunkompassen 2.x" in the text. */
  stated?: string;
}

/** The decision and what it rests on, as finding values. */
export interface FrameworkDecision {
  id: string;
  uncertain: boolean;
  /** `evidence` (the input shows it), or decided from the year, or nothing to go on. */
  basis: "evidence" | "year-before-2015" | "year-2017-on" | "none";
  /** The evidence for the chosen version, as finding values (`namedAreas`, `question26`, `max23`, `stated`, `year`). */
  values: FindingValues;
}

function areaNameEvidence(titles: Map<number, string>, e20: Evidence, e21: Evidence): void {
  for (const [id, title] of titles) {
    const name20 = kommunkompassen20.areas?.find((a) => a.id === id)?.name.sv;
    const name21 = kommunkompassen21.areas?.find((a) => a.id === id)?.name.sv;
    if (!name20 || !name21 || foldName(name20) === foldName(name21)) continue;
    const evidence = foldName(title) === foldName(name20) ? e20 : foldName(title) === foldName(name21) ? e21 : null;
    if (!evidence) continue;
    evidence.points += 1;
    if (!evidence.namedAreas.includes(id)) evidence.namedAreas.push(id);
  }
}

function questionEvidence(tables: OverviewTable[], e20: Evidence, e21: Evidence): void {
  const area2 = tables.filter((t) => t.area === 2).flatMap((t) => t.rows);
  if (area2.some((r) => r.id === "2.6")) {
    e20.points += 3;
    e20.question26 = true;
    return;
  }
  const max23 = area2.find((r) => r.id === "2.3")?.numbers?.max;
  const evidence = max23 === 15 ? e20 : max23 === 20 ? e21 : null;
  if (evidence) {
    evidence.points += 3;
    evidence.max23 = max23;
  }
}

function statedEvidence(body: string, e20: Evidence, e21: Evidence): void {
  const explicit = /Kommunkompassen\s+(?:version\s+)?(2\.[01])(?!\d)/gi;
  for (const match of body.matchAll(explicit)) {
    const evidence = match[1] === "2.0" ? e20 : e21;
    evidence.points += 3;
    evidence.stated ??= squash(match[0]);
  }
}

function evidenceValues(e: Evidence): Record<string, string | number | boolean> {
  return {
    ...(e.namedAreas.length > 0 ? { namedAreas: e.namedAreas.sort((a, b) => a - b).join(", ") } : {}),
    ...(e.question26 ? { question26: true } : {}),
    ...(e.max23 !== undefined ? { max23: e.max23 } : {}),
    ...(e.stated !== undefined ? { stated: e.stated } : {}),
  };
}

/**
 * Decides between 2.0 and 2.1 from what the input shows: the names of areas 2, 7 and 8, the
 * question set of area 2 (2.0 has six questions, 2.1 five with other maxima) and an explicit
 * "Kommunkompassen 2.x"; with no evidence, from the year.
 */
export function decideFramework(
  titles: Map<number, string>,
  tables: OverviewTable[],
  body: string,
  year: number | undefined,
): FrameworkDecision {
  const e20: Evidence = { points: 0, namedAreas: [], question26: false };
  const e21: Evidence = { points: 0, namedAreas: [], question26: false };
  areaNameEvidence(titles, e20, e21);
  questionEvidence(tables, e20, e21);
  statedEvidence(body, e20, e21);
  const decided = (id: string, e: Evidence, uncertain: boolean): FrameworkDecision => ({
    id,
    uncertain,
    basis: "evidence",
    values: { basis: "evidence", ...evidenceValues(e) },
  });
  if (e20.points > e21.points) return decided(kommunkompassen20.id, e20, e21.points > 0);
  if (e21.points > e20.points) return decided(kommunkompassen21.id, e21, e20.points > 0);
  const byYear = (id: string, basis: FrameworkDecision["basis"], uncertain: boolean): FrameworkDecision => ({
    id,
    uncertain,
    basis,
    values: { basis, ...(year !== undefined ? { year } : {}) },
  });
  if (year !== undefined && year < 2015) return byYear(kommunkompassen20.id, "year-before-2015", false);
  if (year !== undefined && year >= 2017) return byYear(kommunkompassen21.id, "year-2017-on", true);
  return byYear(kommunkompassen20.id, "none", true);
}

/** Says which framework was decided and why (a `warning` when uncertain). */
export function reportFramework(decision: FrameworkDecision, findings: Findings): void {
  findings.add("framework-inferred", decision.uncertain ? "warning" : "inferred", "/framework", {
    framework: decision.id,
    uncertain: decision.uncertain,
    ...decision.values,
  });
}

/** Why a row's numbers cannot be right, as finding values; `undefined` when they can. */
function impossible(
  question: NonNullable<Area["questions"]>[number],
  knownMax: number | undefined,
  framework: Framework | undefined,
): FindingValues | undefined {
  const { max, achieved, percent } = question;
  if (max !== undefined && !(max > 0)) return { reason: "max-not-positive", max };
  if (max !== undefined && knownMax !== undefined && !same(knownMax, max))
    return { reason: "max-contradicts", max, frameworkMax: knownMax, framework: framework!.id };
  if (achieved !== undefined && max !== undefined && exceeds(achieved, max))
    return { reason: "achieved-over-max", achieved, max };
  if (percent !== undefined && percent > 100) return { reason: "percent-over-100", percent };
  return undefined;
}

/** Rows whose numbers cannot be right are kept without numbers, and said so; missing rows are listed. */
export function checkRows(area: Area, at: string, framework: Framework | undefined, findings: Findings): void {
  const definition = framework?.areas?.find((a) => a.id === area.id);
  (area.questions ?? []).forEach((question, index) => {
    const known = definition?.questions?.find((q) => q.id === question.id);
    const problem = impossible(question, known?.max, framework);
    if (problem) {
      findings.add("question-numbers-impossible", "warning", `${at}/questions/${index}`, {
        question: question.id,
        ...problem,
      });
      delete question.achieved;
      delete question.max;
      delete question.percent;
    }
  });
  if (definition?.questions && area.questions && area.questions.length > 0) {
    const ids = new Set(area.questions.map((q) => q.id));
    const missing = definition.questions.filter((q) => !ids.has(q.id)).map((q) => q.id);
    if (missing.length > 0)
      findings.add("questions-not-found", "missing", `${at}/questions`, {
        area: area.id,
        questions: missing.join(", "),
      });
  }
}
