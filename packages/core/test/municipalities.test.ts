/**
 * The municipality registry: the 290 municipalities of data/municipalities.csv (copied from the
 * shared data with its sources), found by the names municipalities publish under.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findMunicipality, matchMunicipalities, municipalities, municipalityByCode } from "../src/municipalities";
import { repoRoot } from "../../../test/support/fixtures";
// @ts-expect-error: a plain .mjs build script without types
import { generate } from "../scripts/municipalities.mjs";

/** The shared data folder beside the repository, where it exists (a clean clone elsewhere has only the copies). */
const sharedDir = `${repoRoot}../shared/data/`;
const published = readFileSync(`${repoRoot}test/fixtures/data/published-results.csv`, "utf8");

describe("the municipality registry", () => {
  it.runIf(existsSync(sharedDir))("the copies are the shared data, unchanged", () => {
    for (const [copy, file] of [
      ["packages/core/data/municipalities.csv", "municipalities.csv"],
      ["packages/core/data/municipalities.SOURCES.md", "municipalities.SOURCES.md"],
      ["test/fixtures/data/published-results.csv", "published-results.csv"],
      ["test/fixtures/data/published-averages.csv", "published-averages.csv"],
    ]) {
      expect(readFileSync(`${repoRoot}${copy}`, "utf8"), copy).toBe(readFileSync(sharedDir + file, "utf8"));
    }
  });

  it("the generated module is up to date with data/municipalities.csv", () => {
    expect(readFileSync(`${repoRoot}packages/core/src/municipalities/data.generated.ts`, "utf8")).toBe(
      (generate as () => string)(),
    );
  });

  it("has 290 municipalities in 21 counties, with the group counts SKR publishes", () => {
    expect(municipalities).toHaveLength(290);
    expect(new Set(municipalities.map((m) => m.code)).size).toBe(290);
    expect(new Set(municipalities.map((m) => m.county.name)).size).toBe(21);
    const count = (key: "kommungrupp2023" | "kommungrupp2017") =>
      Object.fromEntries(
        ["A1", "A2", "B3", "B4", "B5", "C6", "C7", "C8", "C9"].map((g) => [
          g,
          municipalities.filter((m) => m[key] === g).length,
        ]),
      );
    expect(count("kommungrupp2023")).toEqual({ A1: 3, A2: 43, B3: 23, B4: 63, B5: 24, C6: 27, C7: 51, C8: 35, C9: 21 });
    expect(count("kommungrupp2017")).toEqual({ A1: 3, A2: 43, B3: 21, B4: 52, B5: 35, C6: 29, C7: 52, C8: 40, C9: 15 });
    expect(municipalityByCode("2084")).toMatchObject({ name: "Avesta", county: { code: "20", name: "Dalarnas län" } });
  });

  it("finds every municipality of published-results.csv by the name it was published under, with its code", () => {
    const rows = published
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(";"));
    for (const [name, code] of rows) expect({ name, code: findMunicipality(name!)?.code }).toEqual({ name, code });
  });

  it("matches with and without kommun/stad, and without diacritics", () => {
    for (const name of ["Örebro", "Örebro kommun", "Orebro", "orebro kommun", "ÖREBRO"]) {
      expect(findMunicipality(name)?.code).toBe("1880");
    }
    expect(findMunicipality("Helsingborgs stad")?.name).toBe("Helsingborg");
    expect(findMunicipality("Region Gotland")?.name).toBe("Gotland");
    expect(findMunicipality("Upplands-Väsby")?.name).toBe("Upplands Väsby");
    expect(findMunicipality("Habo")?.code).not.toBe(findMunicipality("Håbo")?.code);
    expect(findMunicipality("0180")?.name).toBe("Stockholm");
    expect(matchMunicipalities("Atlantis")).toEqual([]);
    expect(findMunicipality("Atlantis")).toBeUndefined();
  });
});
