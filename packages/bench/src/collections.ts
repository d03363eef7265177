// GENERATED collections for the national view's benchmarks: made-up results, deterministic (the
// same seed gives the same collection), never real data (each evaluation says so in its notes).
//
// `generateCollection(n)`: n evaluations of real municipalities of the registry (their codes and
// names, so that the registry's code check passes), one to three evaluations of each municipality
// per pass over the shuffled registry, years 2003–2024, the model by year as SKR revised it (the
// original model before 2010, 2.0 in 2010–2014, 2.1 or, for about a third, a model not stated in
// 2015–2019, 2020 from 2020 on); about a quarter of the stated evaluations give only their total.
// Sweden has 290 municipalities, so a model never ranks more than 290 of them (the latest of each):
// at 3000 evaluations each municipality has about ten. The evaluations come from the generator the
// stories use too (test/support/generated-collection.ts), with the benchmark's seed and note.
//
// `oneModel(n)`: n evaluations of n made-up municipalities (no code), all Kommunkompassen 2.0 in
// 2014 with the eight area scores: every evaluation a mark of the model's strips, for the strip's
// cost per mark.
import type { Collection, Evaluation } from "@kommunkompassen/core";
import { AREA_OFFSETS, generateEvaluations, random } from "../../../test/support/generated-collection";

export const COLLECTION_SEED = 14_2014;

const NOTE = "GENERATED for the benchmark: a made-up result, not a published one.";

/** n generated evaluations of real municipalities (see the top of this file), as a collection. */
export function generateCollection(n: number, seed = COLLECTION_SEED): Collection {
  const evaluations = generateEvaluations(n, { seed, note: NOTE });
  return { schemaVersion: 1, title: `GENERATED: ${n} made-up evaluations (benchmark)`, evaluations };
}

/** n made-up municipalities, each one Kommunkompassen 2.0 evaluation of 2014 with all eight areas. */
export function oneModel(n: number, seed = COLLECTION_SEED): Evaluation[] {
  const r = random(seed + 1);
  return Array.from({ length: n }, (_, i) => {
    const level = 40 + r() * 40;
    const areas = AREA_OFFSETS.map((offset, id) => ({
      id: id + 1,
      score: Math.max(10, Math.min(98, Math.round(level + offset + (r() - 0.5) * 20))),
    }));
    return {
      schemaVersion: 1 as const,
      framework: "kommunkompassen-2.0",
      municipality: { name: `Genererad kommun ${String(i + 1).padStart(4, "0")}` },
      year: 2014,
      total: areas.reduce((sum, a) => sum + a.score, 0),
      areas,
      notes: [NOTE],
    };
  });
}
