/** Matching municipality names as people write them: in the main bundle, with no registry data. */

/**
 * A name folded for matching: case, diacritics ("Orebro" is "Örebro"), white space and dashes do not
 * count, and a closing "kommun", "stad", "municipality" or "Region" prefix is dropped.
 */
export function foldMunicipalityName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLocaleLowerCase("sv")
    .replace(/[\p{P}\s]+/gu, " ")
    .trim()
    .replace(/^region /, "")
    .replace(/ (kommun|stad|municipality|kommune)$/, "")
    .trim();
}
