import { areasKnown, frameworkLabel, sameAreaSet, type Framework } from "../frameworks";
import type { Evaluation } from "../schema/types";
import { scoreEvaluation, type AreaScore } from "../score/score";

/** Why two evaluations are not directly comparable. */
export type ComparisonReasonKind =
  | "framework-changed"
  | "areas-differ"
  | "areas-unknown"
  | "question-set-changed"
  | "missing-values"
  | "different-municipality"
  | "not-chronological";

/** One reason, with the areas it concerns where it is about areas. */
export interface ComparisonReason {
  /** Stable machine-readable name. */
  kind: ComparisonReasonKind;
  /** Plain English explanation. */
  message: string;
  /** The area ids concerned, if the reason is about areas. */
  areas?: number[];
}

/** A change between two values; `delta` is `null` whenever either side is unknown. */
export interface Delta {
  /** The older value, or `null` when unknown. */
  from: number | null;
  /** The newer value, or `null` when unknown. */
  to: number | null;
  /** `to − from`, or `null` when either is unknown. */
  delta: number | null;
}

/** The change of one sub-question's achieved points. */
export interface QuestionDelta extends Delta {
  /** `<area>.<n>`. */
  id: string;
}

/** The change of one area. */
export interface AreaDelta extends Delta {
  /** The area number. */
  id: number;
  /** The area's name in the newer evaluation's framework (Swedish). */
  name: string;
  /** Sub-question changes, for ids found on either side. */
  questions: QuestionDelta[];
}

/** Identifies one side of a comparison. */
export interface ComparisonSide {
  /** The municipality's name. */
  municipality: string;
  /** The municipality code, if given. */
  code: string | null;
  /** The evaluation year. */
  year: number;
  /** The framework id. */
  framework: string;
}

/** The year-over-year comparison of two evaluations. */
export interface Comparison {
  /** True when nothing stands in the way of reading the deltas as change; otherwise see `reasons`. */
  comparable: boolean;
  /** Every reason the comparison is not (fully) comparable. */
  reasons: ComparisonReason[];
  /** The older evaluation. */
  from: ComparisonSide;
  /** The newer evaluation. */
  to: ComparisonSide;
  /**
   * Whether the two models define their areas the same way (the same model, or 2.0 and 2.1). When
   * false (across the 2020 revision, to or from a model whose areas are not known), every area's
   * `delta` and the total's `delta` are `null`: the scores are kept side by side, the change is not
   * comparable (reason `areas-differ` or `areas-unknown`).
   */
  areasComparable: boolean;
  /** Whether the two evaluations are of different models (reason `framework-changed`). */
  frameworkChanged: boolean;
  /**
   * Whether a delta reads as change: the same model (a change of model version, 2.0 to 2.1, keeps
   * the deltas but they are not read as change) and areas defined alike. Where false, a view says
   * "ej jämförbar" instead of the number.
   */
  changeReadable: boolean;
  /** The change of the total. */
  total: Delta;
  /** The change per area, in the newer framework's order. */
  areas: AreaDelta[];
}

/** `to − from`, or `null` when either side is unknown; cleaned of floating point noise. */
export function delta(from: number | null, to: number | null): Delta {
  if (from === null || to === null) return { from, to, delta: null };
  return { from, to, delta: Math.round((to - from) * 1e9) / 1e9 };
}

const side = (e: Evaluation): ComparisonSide => ({
  municipality: e.municipality.name,
  code: e.municipality.code ?? null,
  year: e.year,
  framework: e.framework,
});

function questionDeltas(before: AreaScore | undefined, after: AreaScore | undefined): QuestionDelta[] {
  const ids: string[] = [];
  for (const q of [...(after?.questions ?? []), ...(before?.questions ?? [])]) if (!ids.includes(q.id)) ids.push(q.id);
  return ids.map((id) => ({
    id,
    ...delta(
      before?.questions.find((q) => q.id === id)?.achieved.value ?? null,
      after?.questions.find((q) => q.id === id)?.achieved.value ?? null,
    ),
  }));
}

/** Whether two areas' published sub-question tables cover different questions or maxima. */
function questionSetDiffers(before: AreaScore, after: AreaScore): boolean {
  if (before.questions.length === 0 || after.questions.length === 0) return false;
  const key = (a: AreaScore) =>
    a.questions
      .map((q) => `${q.id}:${q.max ?? "?"}`)
      .sort()
      .join(",");
  return key(before) !== key(after);
}

/**
 * Compares an older and a newer evaluation: deltas per area, per sub-question and of the total,
 * and a verdict. `comparable` is false when the framework changed (and every delta is `null` when
 * the two models' areas differ or are not known), a sub-question set changed,
 * values are missing on either side, the municipalities differ or `from` is not older than `to`;
 * every such reason is listed. A delta is `null` when either side is unknown; nothing is guessed.
 */
export function compareEvaluations(
  from: Evaluation,
  to: Evaluation,
  frameworks: readonly Framework[] = [],
): Comparison {
  const before = scoreEvaluation(from, frameworks);
  const after = scoreEvaluation(to, frameworks);
  const reasons: ComparisonReason[] = [];

  const areasComparable = sameAreaSet(from.framework, to.framework, frameworks);
  const frameworkChanged = from.framework !== to.framework;
  const readability = { areasComparable, frameworkChanged, changeReadable: areasComparable && !frameworkChanged };
  if (frameworkChanged) {
    reasons.push({
      kind: "framework-changed",
      message: `the model changed from ${frameworkLabel(from.framework, "en", frameworks)} to ${frameworkLabel(to.framework, "en", frameworks)}; scores are not directly comparable`,
    });
  }
  if (!areasComparable) reasons.push(areasReason(from.framework, to.framework, frameworks));
  const codesDiffer = from.municipality.code && to.municipality.code && from.municipality.code !== to.municipality.code;
  if (
    codesDiffer ||
    (!(from.municipality.code && to.municipality.code) && from.municipality.name !== to.municipality.name)
  ) {
    reasons.push({
      kind: "different-municipality",
      message: `these are evaluations of different municipalities (${from.municipality.name}, ${to.municipality.name})`,
    });
  }
  if (from.year >= to.year) {
    reasons.push({
      kind: "not-chronological",
      message: `the first evaluation (${from.year}) is not older than the second (${to.year})`,
    });
  }

  const ids = [
    ...after.areas.map((a) => a.id),
    ...before.areas.map((a) => a.id).filter((id) => !after.areas.some((a) => a.id === id)),
  ];
  const areas: AreaDelta[] = ids.map((id) => {
    const a = before.areas.find((x) => x.id === id);
    const b = after.areas.find((x) => x.id === id);
    const change = delta(a?.score.value ?? null, b?.score.value ?? null);
    return {
      id,
      name: (b ?? a)?.name ?? String(id),
      ...(areasComparable ? change : { ...change, delta: null }),
      questions: areasComparable ? questionDeltas(a, b) : [],
    };
  });
  const total = delta(before.total.value, after.total.value);
  if (!areasComparable) {
    return {
      comparable: false,
      reasons,
      from: side(from),
      to: side(to),
      ...readability,
      total: { ...total, delta: null },
      areas,
    };
  }

  const changedSets = ids.filter((id) => {
    const a = before.areas.find((x) => x.id === id);
    const b = after.areas.find((x) => x.id === id);
    return a && b && questionSetDiffers(a, b);
  });
  if (changedSets.length > 0) {
    reasons.push({
      kind: "question-set-changed",
      message: `the sub-questions of area ${changedSets.join(", ")} differ between the evaluations`,
      areas: changedSets,
    });
  }
  const missingAreas = areas.filter((a) => a.delta === null).map((a) => a.id);
  if (missingAreas.length > 0) {
    reasons.push({
      kind: "missing-values",
      message: `the score of area ${missingAreas.join(", ")} is not known for both evaluations, so ${missingAreas.length === 1 ? "its change is" : "their changes are"} unknown${before.total.value === null || after.total.value === null ? ", and so is the change of the total" : ""}`,
      areas: missingAreas,
    });
  } else if (before.total.value === null || after.total.value === null) {
    reasons.push({ kind: "missing-values", message: "the total is not known for both evaluations" });
  }

  return {
    comparable: reasons.length === 0,
    reasons,
    from: side(from),
    to: side(to),
    ...readability,
    total,
    areas,
  };
}

/** Why the areas of two models cannot be compared: they are defined differently, or one side's are not known. */
function areasReason(from: string, to: string, frameworks: readonly Framework[]): ComparisonReason {
  const unknown = [...new Set([from, to])].filter((id) => !areasKnown(id, frameworks));
  const label = (id: string) => frameworkLabel(id, "en", frameworks);
  if (unknown.length > 0) {
    return {
      kind: "areas-unknown",
      message: `the areas of ${unknown.map(label).join(" and ")} are not known, so no area and no total can be compared`,
    };
  }
  return {
    kind: "areas-differ",
    message: `the areas are defined differently in ${label(from)} and ${label(to)}, so no area and no total can be compared`,
  };
}
