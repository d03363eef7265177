/**
 * The studio's form as data: which fields an imported evaluation gets, what the user typed into
 * them, and the draft evaluation that makes (the import's, with the typed values at their JSON
 * pointers). The draft is handed to the validator as it is, typed text and all, so that the form
 * shows exactly the validator's errors, each at the field whose pointer it names. Pure: no DOM.
 */
import { formatNumber, getFramework, knownAreas, type Evaluation, type Issue, type Lang } from "@kommunkompassen/core";
import type { StudioField } from "@kommunkompassen/core/messages";

/** A field's key: one of the evaluation's own values, or an area's score by the area's id. */
export type FieldKey = StudioField | `area-${number}`;

/** One field of the form. */
export interface FieldSpec {
  key: FieldKey;
  /** What its text becomes: kept as text, a whole number, or a number. */
  kind: "text" | "optional-text" | "integer" | "number";
  /** The area's id, for an area's score. */
  areaId?: number;
  /** The value's JSON pointer in the imported evaluation (its evidence and findings are there); "" if it has no place there. */
  imported: string;
}

/** What the user typed, by field; a field not typed into shows the imported value. */
export type Inputs = Readonly<Partial<Record<FieldKey, string>>>;

/** The fields of an imported evaluation: its identity, date and total, and a score for every area of its model. */
export function fieldSpecs(evaluation: Evaluation): FieldSpec[] {
  const specs: FieldSpec[] = [
    { key: "name", kind: "text", imported: "/municipality/name" },
    { key: "code", kind: "optional-text", imported: "/municipality/code" },
    { key: "year", kind: "integer", imported: "/year" },
    { key: "date", kind: "optional-text", imported: "/date" },
    { key: "total", kind: "number", imported: "/total" },
  ];
  // Every area of the model where its areas are known; the evaluation's own otherwise.
  const ids = [...(knownAreas(getFramework(evaluation.framework))?.map((a) => a.id) ?? [])];
  for (const area of evaluation.areas) if (!ids.includes(area.id)) ids.push(area.id);
  for (const id of ids) {
    const index = evaluation.areas.findIndex((a) => a.id === id);
    specs.push({ key: `area-${id}`, kind: "number", areaId: id, imported: index < 0 ? "" : `/areas/${index}/score` });
  }
  return specs;
}

/** The value a field shows before it is typed into: the imported one, numbers as the page's language writes them. */
export function importedText(evaluation: Evaluation, spec: FieldSpec, lang: Lang): string {
  const number = (value: number | undefined) => (value === undefined ? "" : formatNumber(value, lang, 20));
  switch (spec.key) {
    case "name":
      return evaluation.municipality.name;
    case "code":
      return evaluation.municipality.code ?? "";
    case "year":
      return String(evaluation.year);
    case "date":
      return evaluation.date ?? "";
    case "total":
      return number(evaluation.total);
    default:
      return number(evaluation.areas.find((a) => a.id === spec.areaId)?.score);
  }
}

const INTEGER = /^[-\u2212]?\d+$/;
const NUMBER = /^[-\u2212]?\d+(?:[.,]\d+)?$/;

/**
 * A field's text as the draft holds it: `undefined` (the value left out) for an empty optional
 * field or number, a number where the text is one (a decimal comma or point, a minus sign either
 * way), and the text itself otherwise, for the validator to say what is wrong with it.
 */
export function parseField(text: string, kind: FieldSpec["kind"]): string | number | undefined {
  const trimmed = text.trim();
  if (kind === "text") return trimmed;
  if (trimmed === "") return undefined;
  if (kind === "optional-text") return trimmed;
  const pattern = kind === "integer" ? INTEGER : NUMBER;
  return pattern.test(trimmed) ? Number(trimmed.replace("\u2212", "-").replace(",", ".")) : trimmed;
}

/** Sets or removes a property. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** The draft: the imported evaluation with the typed values, and each field's JSON pointer in it. */
export interface Draft {
  /** The evaluation as typed: maybe invalid (a score of "abc" stays "abc"). */
  value: Record<string, unknown>;
  /** Each field's pointer in `value`: where the validator's issues about it point. */
  pointers: ReadonlyMap<FieldKey, string>;
}

/** Applies what was typed to (a copy of) the imported evaluation. An area it lacks is added in its model's order. */
export function draftOf(evaluation: Evaluation, specs: readonly FieldSpec[], inputs: Inputs): Draft {
  const value = structuredClone(evaluation) as unknown as Record<string, unknown>;
  const municipality = value.municipality as Record<string, unknown>;
  const areas = value.areas as Record<string, unknown>[];
  const order = specs.flatMap((s) => (s.areaId === undefined ? [] : [s.areaId]));
  for (const spec of specs) {
    const text = inputs[spec.key];
    if (text === undefined) continue;
    const parsed = parseField(text, spec.kind);
    if (spec.key === "name" || spec.key === "code") put(municipality, spec.key, parsed);
    else if (spec.areaId === undefined) put(value, spec.key, parsed);
    else {
      const id = spec.areaId;
      let area = areas.find((a) => a.id === id);
      if (!area && parsed === undefined) continue;
      if (!area) {
        area = { id };
        const after = areas.findIndex((a) => order.indexOf(a.id as number) > order.indexOf(id));
        areas.splice(after < 0 ? areas.length : after, 0, area);
      }
      put(area, "score", parsed);
    }
  }
  const pointers = new Map<FieldKey, string>();
  for (const spec of specs) {
    if (spec.areaId === undefined) {
      const path = spec.key === "name" || spec.key === "code" ? `/municipality/${spec.key}` : `/${spec.key}`;
      pointers.set(spec.key, path);
    } else {
      const index = areas.findIndex((a) => a.id === spec.areaId);
      if (index >= 0) pointers.set(spec.key, `/areas/${index}/score`);
    }
  }
  return { value, pointers };
}

/** The validator's issues by the field whose pointer they name exactly, and those of no field. */
export function issuesByField(
  issues: readonly Issue[],
  pointers: ReadonlyMap<FieldKey, string>,
): { byField: Map<FieldKey, Issue[]>; other: Issue[] } {
  const fieldOf = new Map([...pointers].map(([key, pointer]) => [pointer, key]));
  const byField = new Map<FieldKey, Issue[]>();
  const other: Issue[] = [];
  for (const issue of issues) {
    const key = fieldOf.get(issue.path);
    if (key === undefined) other.push(issue);
    else byField.set(key, [...(byField.get(key) ?? []), issue]);
  }
  return { byField, other };
}
