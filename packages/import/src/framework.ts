/**
 * Deciding the framework version from what an input shows, and checking sub-question rows against
 * the framework. Shared by the report and CSV importers.
 */
import { kommunkompassen20, kommunkompassen21, type Area, type Framework } from "@kommunkompassen/core";
import type { OverviewTable } from "./overview";
import { foldName, squash } from "./text";
import type { Finding } from "./types";

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
): { id: string; reason: string; uncertain: boolean } {
  let v20 = 0;
  let v21 = 0;
  const reasons20: string[] = [];
  const reasons21: string[] = [];
  for (const [id, title] of titles) {
    const name20 = kommunkompassen20.areas.find((a) => a.id === id)?.name.sv;
    const name21 = kommunkompassen21.areas.find((a) => a.id === id)?.name.sv;
    if (!name20 || !name21 || foldName(name20) === foldName(name21)) continue;
    if (foldName(title) === foldName(name20)) {
      v20 += 1;
      reasons20.push(`area ${id} is named "${title}"`);
    } else if (foldName(title) === foldName(name21)) {
      v21 += 1;
      reasons21.push(`area ${id} is named "${title}"`);
    }
  }
  const area2 = tables.filter((t) => t.area === 2).flatMap((t) => t.rows);
  if (area2.some((r) => r.id === "2.6")) {
    v20 += 3;
    reasons20.push("area 2 has a question 2.6");
  } else {
    const max23 = area2.find((r) => r.id === "2.3")?.numbers?.max;
    if (max23 === 15) {
      v20 += 3;
      reasons20.push("question 2.3 has max 15");
    } else if (max23 === 20) {
      v21 += 3;
      reasons21.push("question 2.3 has max 20");
    }
  }
  const explicit = /Kommunkompassen\s+(?:version\s+)?(2\.[01])(?!\d)/gi;
  for (const match of body.matchAll(explicit)) {
    if (match[1] === "2.0") {
      v20 += 3;
      reasons20.push(`the text says "${squash(match[0])}"`);
    } else {
      v21 += 3;
      reasons21.push(`the text says "${squash(match[0])}"`);
    }
  }
  const unique = (list: string[]) => [...new Set(list)].join(", ");
  if (v20 > v21) return { id: kommunkompassen20.id, reason: unique(reasons20), uncertain: v21 > 0 };
  if (v21 > v20) return { id: kommunkompassen21.id, reason: unique(reasons21), uncertain: v20 > 0 };
  if (year !== undefined && year < 2015)
    return {
      id: kommunkompassen20.id,
      reason: `nothing in the text tells the versions apart; evaluations of ${year} used 2.0 (2.1 came around 2015–2016)`,
      uncertain: false,
    };
  if (year !== undefined && year >= 2017)
    return {
      id: kommunkompassen21.id,
      reason: `nothing in the text tells the versions apart; evaluations of ${year} used 2.1`,
      uncertain: true,
    };
  return { id: kommunkompassen20.id, reason: "nothing in the text tells 2.0 from 2.1", uncertain: true };
}

/** Rows whose numbers cannot be right are kept without numbers, and said so; missing rows are listed. */
export function checkRows(area: Area, at: string, framework: Framework | undefined, findings: Finding[]): void {
  const definition = framework?.areas.find((a) => a.id === area.id);
  (area.questions ?? []).forEach((question, index) => {
    const known = definition?.questions?.find((q) => q.id === question.id);
    const problem =
      question.max !== undefined && !(question.max > 0)
        ? `max ${question.max} is not a maximum`
        : question.max !== undefined && known?.max !== undefined && Math.abs(known.max - question.max) > 1e-9
          ? `max ${question.max} contradicts ${framework!.id} (max ${known.max})`
          : question.achieved !== undefined && question.max !== undefined && question.achieved > question.max + 1e-9
            ? `${question.achieved} achieved is more than the max ${question.max}`
            : question.percent !== undefined && question.percent > 100
              ? `${question.percent} % is more than 100 %`
              : undefined;
    if (problem) {
      findings.push({
        kind: "warning",
        path: `${at}/questions/${index}`,
        message: `question ${question.id}: ${problem}, so the row's numbers cannot be right; they are left out`,
      });
      delete question.achieved;
      delete question.max;
      delete question.percent;
    }
  });
  if (definition?.questions && area.questions && area.questions.length > 0) {
    const missing = definition.questions.filter((q) => !area.questions!.some((r) => r.id === q.id)).map((q) => q.id);
    if (missing.length > 0)
      findings.push({
        kind: "missing",
        path: `${at}/questions`,
        message: `area ${area.id}: question(s) ${missing.join(", ")} not found in the points overview`,
      });
  }
}
