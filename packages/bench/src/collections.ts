// GENERATED collections for the national view's benchmarks: made-up results, deterministic (the
// same seed gives the same collection), never real data (each evaluation says so in its notes).
//
// `generateCollection(n)`: n evaluations of real municipalities of the registry (their codes and
// names, so that the registry's code check passes), one to three evaluations of each municipality
// per pass over the shuffled registry, years 2003–2024, the model by year as SKR revised it (the
// original model before 2010, 2.0 in 2010–2014, 2.1 or, for about a third, a model not stated in
// 2015–2019, 2020 from 2020 on); about a quarter of the stated evaluations give only their total.
// Sweden has 290 municipalities, so a model never ranks more than 290 of them (the latest of each):
// at 3000 evaluations each municipality has about ten.
//
// `oneModel(n)`: n evaluations of n made-up municipalities (no code), all Kommunkompassen 2.0 in
// 2014 with the eight area scores: every evaluation a mark of the model's strips, for the strip's
// cost per mark.
import type { Collection, Evaluation } from "@kommunkompassen/core";
import { municipalities } from "@kommunkompassen/core/municipalities";

export const COLLECTION_SEED = 14_2014;

const NOTE = "GENERATED for the benchmark: a made-up result, not a published one.";

/** A small, fast, seedable generator (mulberry32): numbers in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function modelOf(year: number, r: () => number): string {
  if (year < 2010) return "kommunkompassen-original";
  if (year < 2015) return "kommunkompassen-2.0";
  if (year < 2020) return r() < 0.35 ? "kommunkompassen" : "kommunkompassen-2.1";
  return "kommunkompassen-2020";
}

const OFFSETS = [4, -2, 6, 0, -6, 2, -8, 5];

function evaluationOf(record: (typeof municipalities)[number], year: number, level: number, r: () => number) {
  const framework = modelOf(year, r);
  const base = {
    schemaVersion: 1 as const,
    framework,
    municipality: { name: `${record.name} kommun`, code: record.code },
    year,
    notes: [NOTE],
  };
  const area = (offset: number) => Math.max(12, Math.min(96, Math.round(level + offset + (r() - 0.5) * 24)));
  if (framework === "kommunkompassen-original")
    return { ...base, total: Math.round((level * 8 + (r() - 0.5) * 80) * 2) / 2, areas: [] };
  if (framework === "kommunkompassen")
    return { ...base, total: Math.round(level * 8 + (r() - 0.5) * 60), areas: [{ id: 1, score: area(2) }] };
  const areas = OFFSETS.map((offset, i) => ({ id: i + 1, score: area(offset) }));
  const total = areas.reduce((sum, a) => sum + a.score, 0);
  return r() < 0.25 ? { ...base, total, areas: [] } : { ...base, total, areas };
}

/** n generated evaluations of real municipalities (see the top of this file), as a collection. */
export function generateCollection(n: number, seed = COLLECTION_SEED): Collection {
  const r = random(seed);
  const order = [...municipalities];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const evaluations: Evaluation[] = [];
  const years = new Map<string, Set<number>>();
  for (let k = 0; evaluations.length < n; k++) {
    const record = order[k % order.length]!;
    const taken = years.get(record.code) ?? new Set<number>();
    years.set(record.code, taken);
    const level = 42 + r() * 34;
    const wanted = Math.min(1 + Math.floor(r() * 3), 22 - taken.size);
    const fresh = new Set<number>();
    while (fresh.size < wanted) {
      const year = 2003 + Math.floor(r() * 22);
      if (!taken.has(year)) fresh.add(year);
    }
    for (const year of [...fresh].sort((a, b) => a - b)) {
      if (evaluations.length >= n) break;
      taken.add(year);
      evaluations.push(evaluationOf(record, year, level + (year - 2003) * 0.6, r));
    }
  }
  return { schemaVersion: 1, title: `GENERATED: ${n} made-up evaluations (benchmark)`, evaluations };
}

/** n made-up municipalities, each one Kommunkompassen 2.0 evaluation of 2014 with all eight areas. */
export function oneModel(n: number, seed = COLLECTION_SEED): Evaluation[] {
  const r = random(seed + 1);
  return Array.from({ length: n }, (_, i) => {
    const level = 40 + r() * 40;
    const areas = OFFSETS.map((offset, id) => ({
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
