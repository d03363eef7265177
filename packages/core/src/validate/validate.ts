import {
  builtInFrameworks,
  getFramework,
  knownAreas,
  normalizeName,
  type Framework,
  type FrameworkArea,
} from "../frameworks";
import type { Evaluation } from "../schema/types";
import { scoreEvaluation } from "../score/score";
import { describeValue, toPointer, type Issue } from "./issues";
import { inspectValues, UNREADABLE } from "./inspect";
import { exceeds, percentFitsAchieved, same } from "./rules";
import { checkAgainstSchema, evaluationSchema } from "./schema-check";
import { BoundedIssueList } from "./sink";

/** Options for {@link validateEvaluation}. */
export interface ValidateOptions {
  /** Extra framework definitions (a regional or future model) beside the built-in 2.0 and 2.1. */
  frameworks?: readonly Framework[];
}

/** The outcome of a validation: every error and warning at once. */
export type ValidationResult =
  | {
      /** True: the document is a usable evaluation. */
      valid: true;
      /** The document, typed. */
      evaluation: Evaluation;
      /** Always empty when valid. */
      errors: Issue[];
      /** Places where the published numbers disagree with each other or with the framework. */
      warnings: Issue[];
    }
  | {
      /** False: at least one error. */
      valid: false;
      /** Not set when invalid. */
      evaluation?: undefined;
      /** Every problem found, each with a JSON Pointer and a plain message. */
      errors: Issue[];
      /** Always empty: consistency is only checked on a valid document. */
      warnings: Issue[];
    };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const own = (o: Json, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);
/**
 * The items of an array, or none when it is not an array or is longer than the schema allows (that
 * is reported once as `max-items`; walking its items would only add noise and time).
 */
const list = (v: unknown, maxItems: number): unknown[] => (Array.isArray(v) && v.length <= maxItems ? v : []);
const defs = evaluationSchema.$defs!;
const LIMITS = {
  areas: evaluationSchema.properties!.areas!.maxItems!,
  questions: defs.area!.properties!.questions!.maxItems!,
  references: evaluationSchema.properties!.references!.maxItems!,
  referenceAreas: defs.reference!.properties!.areas!.maxItems!,
};

const QUESTION_ID = new RegExp(defs.question!.properties!.id!.pattern!, "u");
const DATE = new RegExp(defs.partialDate!.pattern!, "u");

/** Whether a "YYYY", "YYYY-MM" or "YYYY-MM-DD" string names a real day (no 31 April, 29 February only in leap years). */
function isRealDate(date: string): boolean {
  const [year, month, day] = date.split("-").map(Number);
  if (day === undefined || month === undefined || year === undefined) return true;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function rangeText(ids: readonly (string | number)[]): string {
  if (ids.length === 0) return "none";
  return ids.length > 2 ? `${ids[0]}–${ids[ids.length - 1]}` : ids.join(", ");
}

/**
 * The model (and its area) whose name a published title is, among the other known models: 2020
 * reports and municipalities' pages still use names from 2.0 and 2.1.
 */
function otherFrameworkNaming(
  title: string,
  current: Framework,
  frameworks: readonly Framework[],
): { label: string; area: number } | null {
  const wanted = normalizeName(title);
  for (const other of [...frameworks, ...Object.values(builtInFrameworks)]) {
    if (other.id === current.id) continue;
    const area = other.areas?.find((a) => normalizeName(a.name.sv) === wanted);
    if (area) return { label: other.label, area: area.id };
  }
  return null;
}

/** What the semantic checks share: the document, its framework and a way to report an error. */
interface Context {
  doc: Json;
  framework: Framework | undefined;
  frameworks: readonly Framework[];
  frameworkName: string;
  error: (path: (string | number)[], kind: string, message: string, details?: Issue["details"]) => void;
}

/** The running sums of an area's questions, for the checks against the area's max. */
interface QuestionSums {
  maxSum: number;
  allMaxKnown: boolean;
  achievedSum: number;
}

/** Errors that need more than the schema: ids, maxima and the framework's definition. */
function checkSemantics(
  doc: Json,
  framework: Framework | undefined,
  frameworks: readonly Framework[],
  errors: BoundedIssueList,
): void {
  const error: Context["error"] = (path, kind, message, details) =>
    errors.add({ severity: "error", kind, path: toPointer(path), message, ...(details ? { details } : {}) });
  const frameworkName = framework?.label ?? String(own(doc, "framework"));
  const ctx: Context = { doc, framework, frameworks, frameworkName, error };
  const seenAreas = new Map<number, number>();
  list(own(doc, "areas"), LIMITS.areas).forEach((area, areaIndex) => checkArea(ctx, area, areaIndex, seenAreas));
  checkDatesAndTotal(ctx);
  checkReferences(ctx);
}

/** One area: its id, max and score, and its questions. */
function checkArea(ctx: Context, area: unknown, areaIndex: number, seenAreas: Map<number, number>): void {
  const { framework, frameworkName, error } = ctx;
  if (!isObject(area)) return;
  const id = own(area, "id");
  if (typeof id !== "number" || !Number.isInteger(id)) return;
  const at = (...rest: (string | number)[]) => ["areas", areaIndex, ...rest];

  const first = seenAreas.get(id);
  if (first !== undefined) {
    error(at("id"), "duplicate-id", `area ${id} appears twice (first at /areas/${first})`, {
      id,
      first,
      at: `/areas/${first}`,
    });
    return;
  }
  seenAreas.set(id, areaIndex);

  let definition: FrameworkArea | undefined;
  if (framework?.areas) {
    definition = framework.areas.find((a) => a.id === id);
    if (!definition) {
      const areas = rangeText(framework.areas.map((a) => a.id));
      error(at("id"), "unknown-area", `${frameworkName} has no area ${id} (it has areas ${areas})`, {
        id,
        framework: frameworkName,
        areas,
      });
      // Checking this area's questions against a non-existent area would only repeat the error.
      return;
    }
  }

  const publishedMax = own(area, "max");
  if (definition && isNumber(publishedMax) && !same(publishedMax, definition.max)) {
    error(
      at("max"),
      "max-contradicts-framework",
      `${publishedMax} contradicts ${frameworkName}, where area ${id} has max ${definition.max}`,
      {
        published: publishedMax,
        expected: definition.max,
        framework: frameworkName,
        area: id,
      },
    );
  }
  // Where the published max contradicts the framework, that error is reported once above and the
  // framework's max is used for the remaining checks, so one mistake gives one error.
  const areaMax = definition?.max ?? (isNumber(publishedMax) ? publishedMax : 100);
  const score = own(area, "score");
  if (isNumber(score) && exceeds(score, areaMax)) {
    error(at("score"), "score-above-max", `${score} is more than the area's max ${areaMax}`, { score, max: areaMax });
  }

  const seenQuestions = new Map<string, number>();
  const sums: QuestionSums = { maxSum: 0, allMaxKnown: true, achievedSum: 0 };
  list(own(area, "questions"), LIMITS.questions).forEach((question, questionIndex) =>
    checkQuestion(ctx, { id, areaIndex, definition, seenQuestions, sums }, question, questionIndex),
  );
  const { maxSum, allMaxKnown, achievedSum } = sums;
  if (allMaxKnown && exceeds(maxSum, areaMax)) {
    error(
      at("questions"),
      "question-maxima-above-area-max",
      `the questions' maxima add up to ${maxSum}, more than the area's max ${areaMax}`,
      {
        sum: maxSum,
        max: areaMax,
      },
    );
  } else if (exceeds(achievedSum, areaMax)) {
    // Where maxima are unknown (2.1 area 7), the points themselves must still fit in the area.
    error(
      at("questions"),
      "points-above-area-max",
      `the questions' achieved points add up to ${achievedSum}, more than the area's max ${areaMax}`,
      {
        sum: achievedSum,
        max: areaMax,
      },
    );
  }
}

/** The area a question is checked in. */
interface QuestionPlace {
  id: number;
  areaIndex: number;
  definition: FrameworkArea | undefined;
  seenQuestions: Map<string, number>;
  sums: QuestionSums;
}

/** One question: its id against the area and the framework, its max and its achieved points. */
function checkQuestion(ctx: Context, place: QuestionPlace, question: unknown, questionIndex: number): void {
  const { frameworkName, error } = ctx;
  const { id, areaIndex, definition, seenQuestions, sums } = place;
  const at = (...rest: (string | number)[]) => ["areas", areaIndex, ...rest];
  if (!isObject(question)) return;
  const qAt = (...rest: (string | number)[]) => at("questions", questionIndex, ...rest);
  const qid = own(question, "id");
  let knownQuestion: { max?: number } | undefined;
  if (typeof qid === "string") {
    const firstQ = seenQuestions.get(qid);
    if (firstQ !== undefined) {
      error(
        qAt("id"),
        "duplicate-id",
        `question ${qid} appears twice in area ${id} (first at /areas/${areaIndex}/questions/${firstQ})`,
        { id: qid, area: id, at: `/areas/${areaIndex}/questions/${firstQ}` },
      );
      return;
    }
    seenQuestions.set(qid, questionIndex);
    // A malformed id is already a `pattern` error; which area it belongs to cannot be read.
    if (!QUESTION_ID.test(qid)) return;
    if (qid.split(".")[0] !== String(id)) {
      error(qAt("id"), "question-outside-area", `question ${describeValue(qid)} does not belong to area ${id}`, {
        id: qid,
        area: id,
      });
    } else if (definition?.questions) {
      knownQuestion = definition.questions.find((q) => q.id === qid);
      if (!knownQuestion) {
        error(
          qAt("id"),
          "unknown-question",
          `${frameworkName} has no question ${qid} (area ${id} has ${rangeText(definition.questions.map((q) => q.id))})`,
          {
            id: qid,
            framework: frameworkName,
            area: id,
            questions: rangeText(definition.questions.map((q) => q.id)),
          },
        );
        return;
      }
    }
  }
  const qMax = own(question, "max");
  if (knownQuestion?.max !== undefined && isNumber(qMax) && !same(qMax, knownQuestion.max)) {
    error(
      qAt("max"),
      "max-contradicts-framework",
      `${qMax} contradicts ${frameworkName}, where question ${String(qid)} has max ${knownQuestion.max}`,
      {
        published: qMax,
        expected: knownQuestion.max,
        framework: frameworkName,
        question: String(qid),
      },
    );
  }
  const effectiveMax = knownQuestion?.max ?? (isNumber(qMax) ? qMax : undefined);
  if (effectiveMax === undefined) sums.allMaxKnown = false;
  else sums.maxSum += effectiveMax;
  const achieved = own(question, "achieved");
  if (isNumber(achieved)) sums.achievedSum += achieved;
  if (isNumber(achieved) && effectiveMax !== undefined && exceeds(achieved, effectiveMax)) {
    error(qAt("achieved"), "achieved-above-max", `${achieved} is more than the question's max ${effectiveMax}`, {
      achieved,
      max: effectiveMax,
    });
  }
}

/** The dates are real days; the total fits the framework. */
function checkDatesAndTotal({ doc, framework, frameworkName, error }: Context): void {
  for (const key of ["date", "published"]) {
    const date = own(doc, key);
    if (typeof date === "string" && DATE.test(date) && !isRealDate(date)) {
      error([key], "invalid-date", `${describeValue(date)} is not a date in the calendar`, { date });
    }
  }

  const total = own(doc, "total");
  if (framework?.areas && isNumber(total)) {
    const max = framework.areas.reduce((sum, a) => sum + a.max, 0);
    if (exceeds(total, max))
      error(["total"], "total-above-max", `${total} is more than ${frameworkName}'s maximum total ${max}`, {
        total,
        max,
        framework: frameworkName,
      });
  }
}

/** Each reference's areas: ids, and scores within their max. */
function checkReferences({ doc, frameworks, error }: Context): void {
  list(own(doc, "references"), LIMITS.references).forEach((reference, referenceIndex) => {
    if (!isObject(reference)) return;
    const referenceFramework =
      typeof own(reference, "framework") === "string"
        ? getFramework(String(own(reference, "framework")), frameworks)
        : undefined;
    const seen = new Set<number>();
    list(own(reference, "areas"), LIMITS.referenceAreas).forEach((area, areaIndex) => {
      if (!isObject(area)) return;
      const id = own(area, "id");
      if (typeof id !== "number" || !Number.isInteger(id)) return;
      const path = ["references", referenceIndex, "areas", areaIndex];
      if (seen.has(id)) error([...path, "id"], "duplicate-id", `area ${id} appears twice in this reference`, { id });
      seen.add(id);
      const definition = referenceFramework?.areas?.find((a) => a.id === id);
      if (referenceFramework?.areas && !definition) {
        error([...path, "id"], "unknown-area", `${referenceFramework.label} has no area ${id}`, {
          id,
          framework: referenceFramework.label,
        });
      }
      const score = own(area, "score");
      const max = definition?.max ?? 100;
      if (isNumber(score) && exceeds(score, max))
        error([...path, "score"], "score-above-max", `${score} is more than the area's max ${max}`, { score, max });
    });
  });
}

/** The warning for an area title that is not the model's name, saying which other model's name it is. */
function nameWarning(
  area: Evaluation["areas"][number],
  areaIndex: number,
  framework: Framework | undefined,
  frameworks: readonly Framework[],
): Issue | null {
  const definition = framework?.areas?.find((a) => a.id === area.id);
  if (!framework || !definition || area.title === undefined) return null;
  if (normalizeName(area.title) === normalizeName(definition.name.sv)) return null;
  const other = otherFrameworkNaming(area.title, framework, frameworks);
  const where = other
    ? ` (it is the ${other.label} name${other.area !== area.id ? ` of area ${other.area}` : ""})`
    : "";
  return {
    severity: "warning",
    kind: "area-name-mismatch",
    path: toPointer(["areas", areaIndex, "title"]),
    message: `${JSON.stringify(area.title)} differs from the ${framework.label} name ${JSON.stringify(definition.name.sv)}${where}`,
    details: {
      area: area.id,
      published: area.title,
      expected: definition.name.sv,
      matches: other?.label ?? null,
      matchesArea: other && other.area !== area.id ? other.area : null,
      framework: framework.label,
    },
  };
}

/**
 * Warnings: the evaluation is valid, but its published numbers disagree with each other or its
 * names with the framework's. Each warning carries the numbers involved in `details`.
 */
export function checkConsistency(evaluation: Evaluation, frameworks: readonly Framework[] = []): Issue[] {
  const warnings: Issue[] = [];
  const warn = (path: (string | number)[], kind: string, message: string, details: Issue["details"]) =>
    warnings.push({ severity: "warning", kind, path: toPointer(path), message, details });
  const framework = getFramework(evaluation.framework, frameworks);
  const scores = scoreEvaluation(evaluation, frameworks);
  if (!framework) {
    warn(
      ["framework"],
      "unknown-framework",
      `${describeValue(evaluation.framework)} is not a known framework (${Object.keys(builtInFrameworks).join(", ")}); areas, questions and maxima were not checked against a framework`,
      {
        framework: evaluation.framework,
        known: Object.keys(builtInFrameworks).join(", "),
      },
    );
  }

  evaluation.areas.forEach((area, areaIndex) => {
    const scored = scores.areas.find((a) => a.id === area.id);
    if (area.score !== undefined && scored?.questionSum != null && !same(scored.questionSum, area.score)) {
      warn(
        ["areas", areaIndex, "score"],
        "area-sum-mismatch",
        `area ${area.id} is published as ${area.score}, but its sub-question points add up to ${scored.questionSum}`,
        {
          area: area.id,
          published: area.score,
          sum: scored.questionSum,
          difference: area.score - scored.questionSum,
        },
      );
    }
    (area.questions ?? []).forEach((question, questionIndex) => {
      const max = scored?.questions[questionIndex]?.max ?? null;
      if (question.achieved === undefined || question.percent === undefined || max === null) return;
      if (!percentFitsAchieved(question.achieved, max, question.percent)) {
        warn(
          ["areas", areaIndex, "questions", questionIndex, "percent"],
          "percent-mismatch",
          `${question.percent} % cannot come from ${question.achieved} of ${max} points, even allowing for rounding`,
          {
            question: question.id,
            percent: question.percent,
            achieved: question.achieved,
            max,
          },
        );
      }
    });
    const named = nameWarning(area, areaIndex, framework, frameworks);
    if (named) warnings.push(named);
  });

  if (evaluation.date !== undefined && Number(evaluation.date.slice(0, 4)) !== evaluation.year) {
    warn(
      ["date"],
      "date-year-mismatch",
      `the evaluation date ${evaluation.date} is not in the evaluation year ${evaluation.year}`,
      {
        date: evaluation.date,
        year: evaluation.year,
      },
    );
  }

  // Only a known area set says which areas make up the total: with none, a partial sum is no evidence.
  const areaSetKnown = knownAreas(framework) !== null;
  if (areaSetKnown && evaluation.total !== undefined && scores.missingAreas.length === 0 && scores.areas.length > 0) {
    const sum = scores.areas.reduce((s, a) => s + (a.score.value ?? 0), 0);
    if (!same(sum, evaluation.total)) {
      warn(
        ["total"],
        "total-mismatch",
        `the total is published as ${evaluation.total}, but the area scores add up to ${sum}`,
        {
          published: evaluation.total,
          sum,
          difference: evaluation.total - sum,
        },
      );
    }
  }
  return warnings;
}

const invalid = (errors: Issue[]): ValidationResult => ({ valid: false, errors, warnings: [] });

/** The checks of {@link validateEvaluation}, which may throw on a value that changes as it is read. */
function check(input: unknown, options: ValidateOptions, errors: BoundedIssueList): ValidationResult {
  // Every value is read once first: one that cannot be read would throw in the checks below.
  const found = new BoundedIssueList();
  if (!inspectValues(input, found)) return invalid(found.finish());
  const structural = checkAgainstSchema(input, evaluationSchema, "", errors);
  if (isObject(input)) {
    const frameworkId = own(input, "framework");
    const framework = typeof frameworkId === "string" ? getFramework(frameworkId, options.frameworks) : undefined;
    checkSemantics(input, framework, options.frameworks ?? [], errors);
  }
  // Cycles and too deep nesting after the structural errors, which say more about a wrong document.
  found.finish().forEach((issue) => errors.add(issue));
  const errorList = errors.finish();
  if (!structural || errorList.length > 0) return invalid(errorList);
  const evaluation = input as Evaluation;
  return { valid: true, evaluation, errors: [], warnings: checkConsistency(evaluation, options.frameworks) };
}

/**
 * Validates any value as an evaluation and returns every problem at once: structural errors from
 * the JSON Schema, errors against the framework (unknown areas or questions, contradicting maxima,
 * points above their maximum, duplicate ids) and, for a valid document, consistency warnings.
 *
 * Never throws, whatever the input: a property whose getter or Proxy trap throws is an
 * `unreadable` error at its path, a value that contains itself a `cycle`, nesting deeper than
 * `MAX_DEPTH` (100) levels a `max-depth` error. Time and memory are linear in the size of the input.
 */
export function validateEvaluation(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const errors = new BoundedIssueList();
  try {
    return check(input, options, errors);
  } catch {
    // A getter that read fine once and throws the second time: the document cannot be relied on.
    errors.add({ severity: "error", kind: "unreadable", path: "", message: UNREADABLE, details: {} });
    return invalid(errors.finish());
  }
}

/** Thrown by {@link assertEvaluation}; carries the issues. */
export class EvaluationValidationError extends Error {
  /** Every error found. */
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(`Invalid evaluation:\n${issues.map((i) => `${i.path || "/"}: ${i.message}`).join("\n")}`);
    this.name = "EvaluationValidationError";
    this.issues = issues;
  }
}

/** Returns the input typed as an {@link Evaluation}, or throws an {@link EvaluationValidationError} listing every error. */
export function assertEvaluation(input: unknown, options: ValidateOptions = {}): Evaluation {
  const result = validateEvaluation(input, options);
  if (!result.valid) throw new EvaluationValidationError(result.errors);
  return result.evaluation;
}
