/**
 * Deciding the model (framework) from what an input shows, and checking sub-question rows against
 * the framework. Shared by the report and CSV importers.
 *
 * The candidates are the built-in models whose area names are known (`namedModels`: 2.0, 2.1 and
 * 2020 today), read from the core's definitions. What the input shows is a list of clues, each for
 * some models and against others: an area's name (1 point), area 2's question set (3 points: 2.0
 * has a 2.6, and 2.3 has max 15 in 2.0 and 20 in 2.1) and an explicit "Kommunkompassen 2.0" or,
 * where it is clearly the model's name, "enligt Kommunkompassen 2020" (3 points each). The model
 * with the most points wins; any clue against it makes the decision uncertain. With no evidence,
 * or evidence that is even, the year decides, and the finding says so.
 */
import {
  builtInFrameworks,
  exceeds,
  getFramework,
  kommunkompassen20,
  kommunkompassen21,
  kommunkompassen2020,
  kommunkompassenOriginal,
  same,
  type Area,
  type Framework,
} from "@kommunkompassen/core";
import type { Findings } from "./findings";
import type { OverviewTable } from "./overview";
import { foldName, squash } from "./text";
import type { FindingValues } from "./types";

/**
 * How a decision was reached (the `basis` of a `framework-inferred` finding): from what the input
 * shows, from the year (before 2010: the original model; 2010–2014: 2.0; 2015–2016: 2.0, unsure;
 * 2017–2019: 2.1, unsure; 2020 on: 2020, unsure), or from nothing (no evidence and no year: 2.0).
 */
export const FRAMEWORK_BASES = [
  "evidence",
  "year-before-2010",
  "year-before-2015",
  "year-2015-2016",
  "year-2017-on",
  "year-2020-on",
  "none",
] as const;

/** How a decision was reached: one of {@link FRAMEWORK_BASES}. */
export type FrameworkBasis = (typeof FRAMEWORK_BASES)[number];

/** The decision and what it rests on, as finding values. */
export interface FrameworkDecision {
  id: string;
  uncertain: boolean;
  /** `evidence` (the input shows it), one of the year rules, or `none` (no evidence and no year). */
  basis: FrameworkBasis;
  /**
   * What the decision rests on, as finding values: `namedAreas`, `question26`, `max23`, `stated`
   * for the chosen model; `otherFramework`, `otherLabel`, `otherNamedAreas`, … for a model that
   * evidence in the input points to instead; `yearSuggests` when the year points to a model that
   * nothing in the input rules out; `alsoFits` when the evidence fits other models as well; `year`.
   */
  values: FindingValues;
}

/** The first year of Kommunkompassen 2.0 (the 2010 revision): earlier evaluations used the original model. */
const REVISION_2010 = 2010;

let named: readonly Framework[] | undefined;

/** The built-in models whose area names are known, in the order of their definitions. */
export function namedModels(): readonly Framework[] {
  named ??= Object.values(builtInFrameworks).filter((f) => f.modelStated !== false && (f.areas?.length ?? 0) > 0);
  return named;
}

/**
 * The comparison key of a printed area name: case, diacritics, punctuation and white space do not
 * count, so a name wrapped over lines ("Chefs- och ledar-\nskap samt medarbetarskap"), printed in
 * capitals or with another dash matches the model's.
 */
export function nameKey(name: string): string {
  return foldName(name).replace(/ /g, "");
}

/**
 * Names reports print for an area besides the model's own: each is evidence of that model as the
 * model's name is. 2.1's area 2 is "Brukarfokus, tillgänglighet och bemötande" in the model and
 * "Tillgänglighet, bemötande och brukarorientering" in a report of it (issue 15). (Case,
 * punctuation, dashes and white space never count: "Kommunen som arbetsgivare personalpolitik" is
 * the model's "Kommunen som arbetsgivare – personalpolitik" already.)
 */
export const AREA_NAME_VARIANTS: Readonly<Record<string, Readonly<Record<number, readonly string[]>>>> = {
  "kommunkompassen-2.1": { 2: ["Tillgänglighet, bemötande och brukarorientering"] },
};

const keysByModel = new Map<string, Map<number, Set<string>>>();

/** The keys of the names a model's reports print for an area (Swedish): the model's own and its variants. */
function areaKeys(model: Framework, area: number): Set<string> | undefined {
  let keys = keysByModel.get(model.id);
  if (!keys) {
    const variants = AREA_NAME_VARIANTS[model.id] ?? {};
    keys = new Map(
      (model.areas ?? []).map((a) => [a.id, new Set([a.name.sv, ...(variants[a.id] ?? [])].map(nameKey))]),
    );
    keysByModel.set(model.id, keys);
  }
  return keys.get(area);
}

/** The names the built-in models and their reports give an area (Swedish), for matching a heading or a table of contents. */
export function knownAreaNames(area: number): string[] {
  return [
    ...new Set(
      namedModels().flatMap((m) =>
        (m.areas ?? [])
          .filter((a) => a.id === area)
          .flatMap((a) => [a.name.sv, ...(AREA_NAME_VARIANTS[m.id]?.[area] ?? [])]),
      ),
    ),
  ];
}

/** One thing the input shows, for some models and against others (models in neither are not concerned). */
interface Clue {
  kind: "name" | "question26" | "max23" | "stated";
  weight: number;
  supports: ReadonlySet<string>;
  against: ReadonlySet<string>;
  area?: number;
  max23?: number;
  stated?: string;
}

const ids = (models: readonly Framework[]) => new Set(models.map((m) => m.id));

/** An area whose printed name is the name some models give it, and not all of them. */
function nameClues(titles: Map<number, string>, models: readonly Framework[]): Clue[] {
  const clues: Clue[] = [];
  for (const [area, title] of titles) {
    const key = nameKey(title);
    const matching = models.filter((m) => areaKeys(m, area)?.has(key));
    if (matching.length === 0 || matching.length === models.length) continue;
    const against = models.filter((m) => !matching.includes(m));
    clues.push({ kind: "name", weight: 1, supports: ids(matching), against: ids(against), area });
  }
  return clues;
}

/**
 * Area 2's question set: a question 2.6 (2.0 has six questions, 2.1 five), else the max of 2.3
 * (15 in 2.0, 20 in 2.1). Only models that list area 2's questions are for or against; a model whose
 * questions are not known (2020) is not concerned.
 */
function questionClues(tables: OverviewTable[], models: readonly Framework[]): Clue[] {
  const rows = tables.filter((t) => t.area === 2).flatMap((t) => t.rows);
  const questionsOf = (m: Framework) => m.areas?.find((a) => a.id === 2)?.questions;
  const listed = models.filter((m) => questionsOf(m) !== undefined);
  const clue = (kind: Clue["kind"], fits: (m: Framework) => boolean, extra: Partial<Clue>): Clue[] => {
    const supports = listed.filter(fits);
    const against = listed.filter((m) => !fits(m));
    return supports.length > 0 && against.length > 0
      ? [{ kind, weight: 3, supports: ids(supports), against: ids(against), ...extra }]
      : [];
  };
  if (rows.some((r) => r.id === "2.6"))
    return clue("question26", (m) => questionsOf(m)!.some((q) => q.id === "2.6"), {});
  const max23 = rows.find((r) => r.id === "2.3")?.numbers?.max;
  if (max23 === undefined) return [];
  return clue(
    "max23",
    (m) => {
      const max = questionsOf(m)!.find((q) => q.id === "2.3")?.max;
      return max !== undefined && same(max, max23);
    },
    { max23 },
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The patterns that name a model explicitly. A version like "2.0" is a model's name wherever it
 * follows "Kommunkompassen"; a year-like version ("Kommunkompassen 2020") may be an evaluation's
 * year ("jämfört med Kommunkompassen 2016", a title), so it counts only where the words around it
 * make it the model: "enligt Kommunkompassen 2020", "den reviderade Kommunkompassen 2020",
 * "Kommunkompassen version 2020", "Kommunkompassen 2020-modellen".
 */
function statedPatterns(models: readonly Framework[]): { model: Framework; pattern: RegExp }[] {
  return models.flatMap((model) => {
    const version = escape(model.version);
    if (!/^\d{4}$/.test(model.version))
      return [{ model, pattern: new RegExp(`Kommunkompassen\\s(?:version\\s)?${version}(?![\\d.,]\\d|\\d)`, "gi") }];
    return [
      new RegExp(
        `(?<![\\p{L}])(?:enligt|utifrån|modellen|versionen|(?:den\\s)?(?:nya|reviderade))\\s(?:modellen\\s)?Kommunkompassen\\s${version}(?!\\d)`,
        "giu",
      ),
      new RegExp(`Kommunkompassen\\s(?:version|modell(?:en)?)\\s${version}(?!\\d)`, "giu"),
      new RegExp(`Kommunkompassen\\s${version}(?:-|\\s)?(?:modell(?:en)?|versionen)(?![\\p{L}])`, "giu"),
    ].map((pattern) => ({ model, pattern }));
  });
}

/** Each explicit naming of a model in the text (white space collapsed to single spaces). */
function statedClues(flat: string, models: readonly Framework[]): Clue[] {
  const clues: { at: number; clue: Clue }[] = [];
  for (const { model, pattern } of statedPatterns(models)) {
    for (const match of flat.matchAll(pattern)) {
      const against = models.filter((m) => m !== model);
      clues.push({
        at: match.index!,
        clue: { kind: "stated", weight: 3, supports: ids([model]), against: ids(against), stated: squash(match[0]) },
      });
    }
  }
  return clues.sort((a, b) => a.at - b.at).map((c) => c.clue);
}

/** What some clues show for one model, as finding values (`prefix` "other" gives `otherNamedAreas`, …). */
function describe(clues: readonly Clue[], model: Framework | undefined, prefix = ""): FindingValues {
  const key = (name: string) => (prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name);
  const areas = [...new Set(clues.filter((c) => c.kind === "name").map((c) => c.area!))].sort((a, b) => a - b);
  const max23 = clues.find((c) => c.kind === "max23")?.max23;
  const stated = clues.find((c) => c.kind === "stated")?.stated;
  return {
    ...(prefix && model ? { [key("framework")]: model.id, [key("label")]: model.label } : {}),
    ...(areas.length > 0 ? { [key("namedAreas")]: areas.join(", ") } : {}),
    ...(clues.some((c) => c.kind === "question26") ? { [key("question26")]: true } : {}),
    ...(max23 !== undefined ? { [key("max23")]: max23 } : {}),
    ...(stated !== undefined ? { [key("stated")]: stated } : {}),
  };
}

/** The clues against `model`, and the strongest other model they are for (with its clues), as finding values. */
function contrary(model: Framework, clues: readonly Clue[], ranked: readonly Framework[]): FindingValues | undefined {
  const against = clues.filter((c) => c.against.has(model.id));
  const other = ranked.find((m) => m !== model && against.some((c) => c.supports.has(m.id)));
  if (!other) return undefined;
  return describe(
    against.filter((c) => c.supports.has(other.id)),
    other,
    "other",
  );
}

/** The model the year points to, with its basis; `uncertain` where the year alone cannot tell. */
function yearRule(year: number | undefined): { id: string; basis: FrameworkBasis; uncertain: boolean } {
  if (year === undefined) return { id: kommunkompassen20.id, basis: "none", uncertain: true };
  if (year < REVISION_2010) return { id: kommunkompassenOriginal.id, basis: "year-before-2010", uncertain: false };
  if (year < 2015) return { id: kommunkompassen20.id, basis: "year-before-2015", uncertain: false };
  if (year < 2017) return { id: kommunkompassen20.id, basis: "year-2015-2016", uncertain: true };
  if (year < 2020) return { id: kommunkompassen21.id, basis: "year-2017-on", uncertain: true };
  return { id: kommunkompassen2020.id, basis: "year-2020-on", uncertain: true };
}

const yearValue = (year: number | undefined): FindingValues => (year !== undefined ? { year } : {});

/** The model with the most points: uncertain when a clue is against it, or when the year points to a model nothing rules out. */
function byEvidence(
  winner: Framework,
  clues: readonly Clue[],
  ranked: readonly Framework[],
  year: number | undefined,
): FrameworkDecision {
  const runnerUp = ranked.find((m) => m !== winner);
  const own = clues.filter((c) => c.supports.has(winner.id) && !(runnerUp && c.supports.has(runnerUp.id)));
  const other = contrary(winner, clues, ranked);
  const rule = yearRule(year);
  const yearOpen =
    year !== undefined &&
    rule.basis !== "year-2015-2016" &&
    rule.id !== winner.id &&
    ranked.some((m) => m.id === rule.id) &&
    !clues.some((c) => c.against.has(rule.id));
  const suggested = yearOpen ? getFramework(rule.id) : undefined;
  return {
    id: winner.id,
    uncertain: other !== undefined || suggested !== undefined,
    basis: "evidence",
    values: {
      basis: "evidence",
      ...describe(own, winner),
      ...other,
      ...(suggested ? { year: year!, yearSuggests: suggested.id, yearSuggestsLabel: suggested.label } : {}),
    },
  };
}

/**
 * No evidence, or evidence even between `tied` models: the year decides among them. Where the
 * evidence rules out the year's model, the first tied model in the year's order is taken, uncertain.
 */
function byYear(
  year: number | undefined,
  tied: readonly Framework[],
  clues: readonly Clue[],
  ranked: readonly Framework[],
): FrameworkDecision {
  const rule = yearRule(year);
  const chosen = tied.find((m) => m.id === rule.id);
  if (!chosen) {
    // The year's model is ruled out: the nearest of the tied in time (2.1 before 2.0 from 2017 on).
    const order = year !== undefined && year >= 2017 ? [kommunkompassen21.id, kommunkompassen20.id] : [];
    const pick = order.map((id) => tied.find((m) => m.id === id)).find((m) => m !== undefined) ?? tied[0]!;
    const others = tied.filter((m) => m !== pick);
    return {
      id: pick.id,
      uncertain: true,
      basis: "evidence",
      values: {
        basis: "evidence",
        ...describe(
          clues.filter((c) => c.supports.has(pick.id)),
          pick,
        ),
        ...contrary(pick, clues, ranked),
        ...(others.length > 0 ? { alsoFits: others.map((m) => m.label).join(", ") } : {}),
        ...yearValue(year),
      },
    };
  }
  const other = contrary(chosen, clues, ranked);
  const runnerUp = ranked.find((m) => m !== chosen);
  const own = clues.filter((c) => c.supports.has(chosen.id) && !(runnerUp && c.supports.has(runnerUp.id)));
  return {
    id: chosen.id,
    uncertain: rule.uncertain || other !== undefined,
    basis: rule.basis,
    values: { basis: rule.basis, ...yearValue(year), ...(other ? { ...describe(own, chosen), ...other } : {}) },
  };
}

/**
 * Before the 2010 revision there was only the original model, whose area names and questions are
 * not known: names and questions like 2.x's do not speak against it (2.0 kept much of it), but an
 * explicit naming of a later model does, and makes the decision uncertain.
 */
function beforeRevision(year: number, clues: readonly Clue[], ranked: readonly Framework[]): FrameworkDecision {
  const stated = clues.filter((c) => c.kind === "stated");
  const other = ranked.find((m) => stated.some((c) => c.supports.has(m.id)));
  const basis = "year-before-2010";
  return {
    id: kommunkompassenOriginal.id,
    uncertain: other !== undefined,
    basis,
    values: {
      basis,
      year,
      ...(other
        ? describe(
            stated.filter((c) => c.supports.has(other.id)),
            other,
            "other",
          )
        : {}),
    },
  };
}

/**
 * Decides the model from what the input shows: the names of its areas, area 2's question set and
 * an explicit naming of a model (`flat`: the text with white space collapsed); with no evidence,
 * or evidence that is even, from the year. Before 2010, the original model.
 */
export function decideFramework(
  titles: Map<number, string>,
  tables: OverviewTable[],
  flat: string,
  year: number | undefined,
): FrameworkDecision {
  const models = namedModels();
  const clues = [...nameClues(titles, models), ...questionClues(tables, models), ...statedClues(flat, models)];
  const points = new Map(models.map((m) => [m.id, 0]));
  for (const clue of clues) for (const id of clue.supports) points.set(id, (points.get(id) ?? 0) + clue.weight);
  const score = (m: Framework) => points.get(m.id) ?? 0;
  // A stable sort: on equal points the order of the definitions.
  const ranked = [...models].sort((a, b) => score(b) - score(a));
  if (year !== undefined && year < REVISION_2010) return beforeRevision(year, clues, ranked);
  const [first, second] = ranked;
  if (first && (!second || score(first) > score(second))) return byEvidence(first, clues, ranked, year);
  const tied = first && score(first) > 0 ? ranked.filter((m) => score(m) === score(first)) : ranked;
  return byYear(year, tied, clues, ranked);
}

/** The model's label for a finding (the id for a model that has no definition). */
export const labelOf = (id: string): string => getFramework(id)?.label ?? id;

/** Says which framework was decided and why (a `warning` when uncertain). */
export function reportFramework(decision: FrameworkDecision, findings: Findings): void {
  findings.add("framework-inferred", decision.uncertain ? "warning" : "inferred", "/framework", {
    framework: decision.id,
    label: labelOf(decision.id),
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
    return {
      reason: "max-contradicts",
      max,
      frameworkMax: knownMax,
      framework: framework!.id,
      label: framework!.label,
    };
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
