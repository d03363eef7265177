import type { Evaluation } from "@kommunkompassen/core";
import { checkMunicipality, findMunicipality, municipalityByCode } from "@kommunkompassen/core/municipalities";

/** A name as a file name part: no diacritics, lower case, runs of other characters one dash ("Malung-Sälen" → "malung-salen"). */
export function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/**
 * A stable file name for an evaluation: `<municipality>-<year>.json`, the municipality by the
 * registry's short name where the registry knows it (its code fits its name, or its name means one
 * municipality: "Lidköpings kommun" 2014 → `lidkoping-2014.json`), else by its own name without
 * "kommun"/"stad". A name already `taken` gets `-2`, `-3`, … in order; the name is added to `taken`.
 */
export function evaluationFileName(evaluation: Evaluation, taken: Set<string>): string {
  const { municipality } = evaluation;
  const record =
    municipality.code !== undefined && checkMunicipality(municipality) === null
      ? municipalityByCode(municipality.code)
      : findMunicipality(municipality.name);
  const base = `${slug(record?.name ?? municipality.name.replace(/\s+(kommun|stad)$/i, "")) || "kommun"}-${evaluation.year}`;
  let name = `${base}.json`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.json`;
  taken.add(name);
  return name;
}
