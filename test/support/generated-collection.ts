/**
 * The ONE generator of made-up evaluations, shared by the stories and tests of the national view
 * (stories/src/generated.ts) and by its benchmarks (packages/bench/src/collections.ts): results for
 * real municipalities of the registry (their codes and names, so that the registry's code check
 * passes), deterministic (the same seed gives the same evaluations). Not real data: every evaluation
 * carries the caller's note saying so.
 *
 * Each pass over the registry, shuffled by the seed, gives each municipality one to three evaluations
 * of years it does not have yet, 2003–2024 (at most 22 in all). Years decide the model as SKR's
 * revisions do: before 2010 the original model (a total only, sometimes with a half point), 2010–2014
 * Kommunkompassen 2.0, 2015–2019 2.1 or, for about a third, a model not stated (the total and area 1,
 * as municipalities published them), from 2020 on Kommunkompassen 2020. About a quarter of the stated
 * evaluations give only their total.
 */
import type { Evaluation } from "@kommunkompassen/core";
import { municipalities } from "@kommunkompassen/core/municipalities";

/** A small, fast, seedable generator (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How far each of the eight areas lies from a municipality's level. */
export const AREA_OFFSETS: readonly number[] = [4, -2, 6, 0, -6, 2, -8, 5];

/** The years an evaluation can have: 2003–2024. */
const FIRST_YEAR = 2003;
const YEARS = 22;

function modelOf(year: number, r: () => number): string {
  if (year < 2010) return "kommunkompassen-original";
  if (year < 2015) return "kommunkompassen-2.0";
  if (year < 2020) return r() < 0.35 ? "kommunkompassen" : "kommunkompassen-2.1";
  return "kommunkompassen-2020";
}

function evaluationOf(
  record: (typeof municipalities)[number],
  year: number,
  level: number,
  r: () => number,
  note: string,
): Evaluation {
  const framework = modelOf(year, r);
  const base = {
    schemaVersion: 1 as const,
    framework,
    municipality: { name: `${record.name} kommun`, code: record.code },
    year,
    notes: [note],
  };
  const area = (offset: number) => Math.max(12, Math.min(96, Math.round(level + offset + (r() - 0.5) * 24)));
  if (framework === "kommunkompassen-original") {
    const total = Math.round((level * 8 + (r() - 0.5) * 80) * 2) / 2;
    return { ...base, total, areas: [] };
  }
  if (framework === "kommunkompassen") {
    const total = Math.round(level * 8 + (r() - 0.5) * 60);
    return { ...base, total, areas: [{ id: 1, score: area(2) }] };
  }
  const areas = AREA_OFFSETS.map((offset, i) => ({ id: i + 1, score: area(offset) }));
  const total = areas.reduce((sum, a) => sum + a.score, 0);
  return r() < 0.25 ? { ...base, total, areas: [] } : { ...base, total, areas };
}

/**
 * `n` generated evaluations of distinct municipality-and-year pairs (see the top of this file), from
 * `seed`, each with `note` as its one note.
 */
export function generateEvaluations(n: number, { seed, note }: { seed: number; note: string }): Evaluation[] {
  if (!Number.isInteger(n) || n < 0 || n > municipalities.length * YEARS)
    throw new RangeError(
      `generateEvaluations: n must be a whole number from 0 to ${municipalities.length * YEARS}, not ${n}`,
    );
  const r = random(seed);
  const order = [...municipalities];
  // A seeded Fisher–Yates shuffle of the registry.
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
    // One to three new years, never more than the municipality has left.
    const wanted = Math.min(1 + Math.floor(r() * 3), YEARS - taken.size);
    const fresh = new Set<number>();
    while (fresh.size < wanted) {
      const year = FIRST_YEAR + Math.floor(r() * YEARS);
      if (!taken.has(year)) fresh.add(year);
    }
    for (const year of [...fresh].sort((a, b) => a - b)) {
      if (evaluations.length >= n) break;
      taken.add(year);
      evaluations.push(evaluationOf(record, year, level + (year - FIRST_YEAR) * 0.6, r, note));
    }
  }
  return evaluations;
}
