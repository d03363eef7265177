/**
 * @kommunkompassen/core/municipalities: Sweden's 290 municipalities (SCB's code, name and county;
 * SKR's kommungrupp of 2023 and 2017), and finding one by name or code. A separate entry point, so
 * that the main bundle does not carry the registry.
 *
 * @packageDocumentation
 */
import type { Evaluation, Municipality } from "../schema/types";
import type { MunicipalityMismatch } from "../validate/collection";
import type { StatisticsGroup } from "../stats/collection-stats";
import { COUNTIES, ROWS } from "./data.generated";
import { foldMunicipalityName } from "../text/names";

/** SKR's municipality groups (kommungruppsindelning), A1–C9. */
export type Kommungrupp = "A1" | "A2" | "B3" | "B4" | "B5" | "C6" | "C7" | "C8" | "C9";

/** One municipality of the registry. */
export interface MunicipalityRecord {
  /** SCB's four-digit municipality code, e.g. "2084". */
  code: string;
  /** SCB's short name, e.g. "Avesta" or "Upplands Väsby". */
  name: string;
  /** The county (län): its two-digit code (the municipality code's first two digits) and name. */
  county: { code: string; name: string };
  /** SKR's group of 2023. */
  kommungrupp2023: Kommungrupp;
  /** SKR's group of 2017 (derived from the 2023 groups and SKR's list of the municipalities that changed group). */
  kommungrupp2017: Kommungrupp;
}

/** SKR's names of the municipality groups (the same in 2017 and 2023). */
export const KOMMUNGRUPP_NAMES: Readonly<Record<Kommungrupp, string>> = {
  A1: "Storstäder",
  A2: "Pendlingskommun nära storstad",
  B3: "Större stad",
  B4: "Pendlingskommun nära större stad",
  B5: "Lågpendlingskommun nära större stad",
  C6: "Mindre stad/tätort",
  C7: "Pendlingskommun nära mindre tätort",
  C8: "Landsbygdskommun",
  C9: "Landsbygdskommun med besöksnäring",
};

/** Every municipality, in SCB's code order. */
export const municipalities: readonly MunicipalityRecord[] = ROWS.split("\n").map((row) => {
  const [code, name, group2023, group2017] = row.split(";") as [string, string, Kommungrupp, Kommungrupp];
  const countyCode = code.slice(0, 2);
  return {
    code,
    name,
    county: { code: countyCode, name: COUNTIES[countyCode]! },
    kommungrupp2023: group2023,
    kommungrupp2017: group2017,
  };
});

/** Re-exported here, where it has always been; the main bundle has it too (a collection's duplicate check). */
export { foldMunicipalityName };

let byFolded: Map<string, MunicipalityRecord[]> | undefined;
let byName: Map<string, MunicipalityRecord> | undefined;

function indexes(): { folded: Map<string, MunicipalityRecord[]>; exact: Map<string, MunicipalityRecord> } {
  if (!byFolded || !byName) {
    byFolded = new Map();
    byName = new Map();
    for (const m of municipalities) {
      const key = foldMunicipalityName(m.name);
      byFolded.set(key, [...(byFolded.get(key) ?? []), m]);
      byName.set(m.name.toLocaleLowerCase("sv"), m);
    }
  }
  return { folded: byFolded, exact: byName };
}

/** The municipality with an SCB code, if any. */
export function municipalityByCode(code: string): MunicipalityRecord | undefined {
  return municipalities.find((m) => m.code === code);
}

/**
 * The municipalities a name can mean: "Örebro", "Örebro kommun", "orebro", "Lidköpings kommun"
 * (the genitive of the long form), "Helsingborgs stad", "Region Gotland". A name as SCB writes it
 * wins ("Habo" is Habo, "Håbo" is Håbo); otherwise the folded name may fit several, and a name that is
 * no municipality fits none.
 */
export function matchMunicipalities(name: string): MunicipalityRecord[] {
  const { folded, exact } = indexes();
  const stripped = name.trim().replace(/\s+(kommun|stad)$/i, "");
  const direct = exact.get(stripped.toLocaleLowerCase("sv"));
  if (direct) return [direct];
  const key = foldMunicipalityName(name);
  return folded.get(key) ?? (key.endsWith("s") ? folded.get(key.slice(0, -1)) : undefined) ?? [];
}

/** The one municipality a name (or an SCB code) means, or `undefined` when it means none or several. */
export function findMunicipality(nameOrCode: string): MunicipalityRecord | undefined {
  if (/^\d{4}$/.test(nameOrCode.trim())) return municipalityByCode(nameOrCode.trim());
  const found = matchMunicipalities(nameOrCode);
  return found.length === 1 ? found[0] : undefined;
}

/** The registry's record of an evaluated municipality: by its code where given, else by its name. */
export function municipalityOf(municipality: Municipality): MunicipalityRecord | undefined {
  return municipality.code !== undefined ? municipalityByCode(municipality.code) : findMunicipality(municipality.name);
}

/**
 * Whether a municipality's code fits its name in the registry, for `validateCollection`'s
 * `checkMunicipality`: `null` when it does (or when there is no code), else the registry's name for
 * the code (`null` for a code that is not in the registry).
 */
export function checkMunicipality(municipality: Municipality): MunicipalityMismatch | null {
  if (municipality.code === undefined) return null;
  const record = municipalityByCode(municipality.code);
  if (record && matchMunicipalities(municipality.name).includes(record)) return null;
  return { expected: record?.name ?? null };
}

/** What `collectionStatistics` can group by. */
export type GroupKind = "county" | "kommungrupp" | "kommungrupp2017";

/**
 * A grouping for `collectionStatistics`' `group` option: by county, by SKR's kommungrupp of 2023
 * (`kommungrupp`) or of 2017. An evaluation whose municipality is not in the registry is in no group.
 */
export function groupBy(kind: GroupKind): (evaluation: Evaluation) => StatisticsGroup | null {
  return (evaluation) => {
    const record = municipalityOf(evaluation.municipality);
    if (!record) return null;
    if (kind === "county") return { key: record.county.code, label: record.county.name };
    const group = kind === "kommungrupp" ? record.kommungrupp2023 : record.kommungrupp2017;
    return { key: group, label: `${group} ${KOMMUNGRUPP_NAMES[group]}` };
  };
}

/** A grouping of a custom list of municipality codes under one label; the others are in no group. */
export function groupOfCodes(
  codes: readonly string[],
  label: string,
): (evaluation: Evaluation) => StatisticsGroup | null {
  const set = new Set(codes);
  return (evaluation) =>
    evaluation.municipality.code !== undefined && set.has(evaluation.municipality.code)
      ? { key: "custom", label }
      : null;
}
