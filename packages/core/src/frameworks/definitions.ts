import type { Lang } from "../text/format";
import { BUILT_IN_DEFINITIONS } from "./built-in.generated";
import type { Framework, FrameworkArea, NameLang } from "./types";

/** The frameworks the library knows, by id: one per definition file in `frameworks/`. */
export const builtInFrameworks: Readonly<Record<string, Framework>> = Object.freeze(
  Object.fromEntries(BUILT_IN_DEFINITIONS.map((f) => [f.id, f])),
);

const builtIn = (id: string): Framework => builtInFrameworks[id]!;

/** Kommunkompassen 2.0 (the 2010 revision), from `frameworks/kommunkompassen-2.0.json`. */
export const kommunkompassen20: Framework = builtIn("kommunkompassen-2.0");
/** Kommunkompassen 2.1 (around 2015–2016), from `frameworks/kommunkompassen-2.1.json`. */
export const kommunkompassen21: Framework = builtIn("kommunkompassen-2.1");
/** Kommunkompassen 2020 (used from 2020), from `frameworks/kommunkompassen-2020.json`. */
export const kommunkompassen2020: Framework = builtIn("kommunkompassen-2020");
/** The original model (2002–2009), whose areas are not known, from `frameworks/kommunkompassen-original.json`. */
export const kommunkompassenOriginal: Framework = builtIn("kommunkompassen-original");
/** The id for an evaluation whose source does not state the model, from `frameworks/kommunkompassen.json`. */
export const kommunkompassenUnstated: Framework = builtIn("kommunkompassen");

/**
 * Looks up a framework by id among any extra definitions you pass (for a regional or future model,
 * or one that replaces a built-in definition) and the built-in ones. Returns `undefined` for an
 * unknown id: such evaluations are checked structurally only.
 */
export function getFramework(id: string, extra: readonly Framework[] = []): Framework | undefined {
  return (
    extra.find((f) => f.id === id) ??
    (Object.prototype.hasOwnProperty.call(builtInFrameworks, id) ? builtInFrameworks[id] : undefined)
  );
}

/** Whether `id` is one of the built-in models. */
export function isBuiltInFramework(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(builtInFrameworks, id);
}

/** The framework's area with the given id, if any. */
export function getFrameworkArea(framework: Framework | undefined, areaId: number): FrameworkArea | undefined {
  return framework?.areas?.find((a) => a.id === areaId);
}

/**
 * How outputs name a model: the definition's label in `lang` (or its one label), or, for an id with
 * no definition, the id itself (show it with a note that it is not a built-in model).
 */
export function frameworkLabel(id: string, lang: NameLang = "sv", extra: readonly Framework[] = []): string {
  const framework = getFramework(id, extra);
  return framework ? (framework.labels?.[lang] ?? framework.label) : id;
}

/**
 * A model's areas where they are known: a definition that lists them, for a model that is stated.
 * `null` for a model whose areas are not known (the original model, an id with no definition) and
 * where the model is not stated: then nothing may rest on an assumed area set (no derived total, no
 * maximum, no area compared).
 */
export function knownAreas(framework: Framework | undefined): readonly FrameworkArea[] | null {
  return framework?.areas !== undefined && framework.modelStated !== false ? framework.areas : null;
}

/** Whether the areas of the model `id` are known ({@link knownAreas}). */
export function areasKnown(id: string, extra: readonly Framework[] = []): boolean {
  return knownAreas(getFramework(id, extra)) !== null;
}

/** The area set a framework's areas belong to, or `null` when its areas are not known. */
function areaSetOf(id: string, extra: readonly Framework[]): string | null {
  const framework = getFramework(id, extra);
  return knownAreas(framework) ? (framework!.areaSet ?? framework!.id) : null;
}

/**
 * Whether two models define their areas the same way, so that area 3 of one is area 3 of the other:
 * the same model, or two models with the same known area set (2.0 and 2.1). False across the 2020
 * revision, for a model whose areas are not known, and where the model is not stated.
 */
export function sameAreaSet(a: string, b: string, extra: readonly Framework[] = []): boolean {
  if (a === b) return getFramework(a, extra)?.modelStated !== false;
  const set = areaSetOf(a, extra);
  return set !== null && set === areaSetOf(b, extra);
}

/**
 * Normalises an area or question name for comparison: case, white space, dashes and punctuation do
 * not count ("Kommunen som arbetsgivare - personalpolitik" equals "Kommunen som arbetsgivare –
 * personalpolitik" and "Kommunen som arbetsgivare personalpolitik").
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFC")
    .toLocaleLowerCase("sv")
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The display name of an area in a language: the framework's name where the framework is known,
 * otherwise the title the evaluation gives, otherwise "Område N" / "Area N".
 */
export function areaName(
  framework: Framework | undefined,
  areaId: number,
  lang: Lang = "sv",
  publishedTitle?: string,
): string {
  const area = getFrameworkArea(framework, areaId);
  if (area) return area.name[lang];
  if (publishedTitle) return publishedTitle;
  return lang === "sv" ? `Område ${areaId}` : `Area ${areaId}`;
}
