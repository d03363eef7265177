/** Collections: many evaluations in one document, validated with pointers into the collection. */
import { describe, expect, it } from "vitest";
import { formatIssue, parseCollection, validateCollection, validateEvaluation, collectionStatistics } from "../src";
import { checkMunicipality, groupBy } from "../src/municipalities";
import { loadFixture } from "../../../test/support/fixtures";

const published = () =>
  (
    ["strangnas-2014", "strangnas-2016", "tomelilla-2020", "tomelilla-2023", "angelholm-2016", "avesta-2014"] as const
  ).map(loadFixture);
const collection = (extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  title: "Publicerade resultat",
  evaluations: published(),
  ...extra,
});

describe("validateCollection", () => {
  it("accepts the published fixtures; their warnings are reported at their place in the collection", () => {
    const result = validateCollection(collection(), { checkMunicipality });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.warnings.map(formatIssue)).toEqual([
      "/evaluations/5/areas/5/score: area 6 is published as 52, but its sub-question points add up to 51",
    ]);
  });

  it("hands on each evaluation's own validation, so that nothing validates an evaluation twice", () => {
    const result = validateCollection(collection());
    if (!result.valid) throw new Error("the published fixtures are a valid collection");
    expect(result.results).toHaveLength(6);
    result.results.forEach((one, i) => {
      expect(one.valid).toBe(true);
      expect(one.evaluation).toBe(result.collection.evaluations[i]);
      expect(one).toEqual(validateEvaluation(result.collection.evaluations[i]));
    });
    // Its own pointers, relative to the evaluation: the collection's warning is under /evaluations/5.
    expect(result.results[5]!.warnings.map((w) => w.path)).toEqual(["/areas/5/score"]);
  });

  it("names the place inside the collection: /evaluations/N/…, /frameworks/N/…, /references/N/…", () => {
    const doc = collection({
      frameworks: [
        { id: "region-x", label: "Region X", version: "1", areas: [{ id: 1, name: { sv: "Ett" }, max: 100 }] },
      ],
      references: [{ kind: "median", label: "Median", framework: "kommunkompassen-2.0", areas: [] }],
    });
    doc.evaluations[1]!.areas[0]!.score = 130;
    expect(validateCollection(doc).errors.map(formatIssue)).toEqual([
      "/frameworks/0/areas/0/name/en: is required but missing",
      '/references/0/kind: expected one of "previous", "average", "peer", got "median"',
      "/evaluations/1/areas/0/score: 130 is more than the area's max 100",
    ]);
  });

  it("two evaluations of the same municipality and year are an error", () => {
    const doc = collection();
    doc.evaluations.push({ ...loadFixture("tomelilla-2023"), total: 540 });
    expect(validateCollection(doc).errors.map(formatIssue)).toEqual([
      "/evaluations/6: Tomelilla kommun 2023 is already in the collection (at /evaluations/3)",
    ]);
  });

  it("without codes, the same municipality is found however its name is written", () => {
    const avesta = loadFixture("avesta-2014");
    const { code: _code, ...unnamed } = avesta.municipality;
    const doc = {
      schemaVersion: 1,
      evaluations: [
        { ...avesta, municipality: unnamed },
        { ...avesta, municipality: { ...unnamed, name: "AVESTA" } },
        { ...avesta, municipality: { ...unnamed, name: "Avesta" }, year: 2016 },
      ],
    };
    expect(validateCollection(doc).errors.map(formatIssue)).toEqual([
      "/evaluations/1: AVESTA 2014 is already in the collection (at /evaluations/0)",
    ]);
  });

  it("a municipality code that does not fit its name in the registry is a warning", () => {
    const doc = collection();
    doc.evaluations[1]!.municipality.code = "2084";
    doc.evaluations[2]!.municipality.code = "9999";
    const result = validateCollection(doc, { checkMunicipality });
    expect(result.warnings.map(formatIssue).filter((w) => w.includes("/municipality/code"))).toEqual([
      '/evaluations/1/municipality/code: 2084 is the code of Avesta in the registry, not of "Strängnäs kommun"',
      '/evaluations/2/municipality/code: 9999 is not a municipality code in the registry (the evaluation names "Tomelilla kommun")',
    ]);
  });

  it("uses the collection's own framework definitions for its evaluations", () => {
    const doc = collection({
      frameworks: [
        {
          id: "region-x",
          label: "Region X",
          version: "1",
          areas: [{ id: 1, name: { sv: "Ett", en: "One" }, max: 50 }],
        },
      ],
    });
    doc.evaluations.push({
      schemaVersion: 1,
      framework: "region-x",
      municipality: { name: "Avesta kommun", code: "2084" },
      year: 2024,
      areas: [{ id: 1, score: 60 }],
    });
    expect(validateCollection(doc).errors.map(formatIssue)).toEqual([
      "/evaluations/6/areas/0/score: 60 is more than the area's max 50",
    ]);
  });

  it("parses text with clear errors, and never throws", () => {
    expect(parseCollection("").errors.map(formatIssue)).toEqual(["/: the file is empty; expected a JSON collection"]);
    expect(parseCollection('{"schemaVersion": 1, "evaluations": [}').errors[0]).toMatchObject({
      kind: "json-syntax",
      details: { line: 1, column: 38 },
    });
    for (const input of [null, [], { evaluations: "x" }, { schemaVersion: 1, evaluations: [null, 1] }]) {
      expect(() => validateCollection(input)).not.toThrow();
      expect(validateCollection(input).valid).toBe(false);
    }
  });

  it("groups by the registry: county and kommungrupp 2023", () => {
    const evaluations = published();
    const byCounty = collectionStatistics(evaluations, { group: groupBy("county") });
    expect(byCounty.groups.map((g) => [g.label, g.group?.label, g.n])).toEqual([
      ["Kommunkompassen 2.0", "Södermanlands län", 1],
      ["Kommunkompassen 2020", "Skåne län", 1],
      ["Kommunkompassen 2.1", "Skåne län", 1],
      ["Kommunkompassen 2.0", "Dalarnas län", 1],
    ]);
    const byGroup = collectionStatistics(evaluations, { group: groupBy("kommungrupp") });
    expect(byGroup.evaluations.find((e) => e.code === "2084")?.group).toEqual({
      key: "C6",
      label: "C6 Mindre stad/tätort",
    });
  });
});
