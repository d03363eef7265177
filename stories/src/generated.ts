/**
 * A GENERATED collection for the stories and tests of the national view: made-up results for real
 * municipalities of the registry (their codes, names, counties and kommungrupper), deterministic
 * (the same seed gives the same collection). Not real data: every evaluation says so in its notes,
 * and every story that shows it says so in its name.
 *
 * Years decide the model as SKR's revisions do: before 2010 the original model (a total only,
 * sometimes with a half point), 2010–2014 Kommunkompassen 2.0, 2015–2019 2.1 or, for about a third, a
 * model not stated (the total and area 1, as municipalities published them), from 2020 on
 * Kommunkompassen 2020. About a quarter of the stated evaluations give only their total.
 */
import type { Evaluation } from "@kommunkompassen/core";
import { municipalities } from "@kommunkompassen/core/municipalities";

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

const NOTE = "GENERATED for the stories and tests: a made-up result, not a published one.";

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
): Evaluation {
  const framework = modelOf(year, r);
  const base = {
    schemaVersion: 1 as const,
    framework,
    municipality: { name: `${record.name} kommun`, code: record.code },
    year,
    notes: [NOTE],
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
  const offsets = [4, -2, 6, 0, -6, 2, -8, 5];
  const areas = offsets.map((offset, i) => ({ id: i + 1, score: area(offset) }));
  const total = areas.reduce((sum, a) => sum + a.score, 0);
  return r() < 0.25 ? { ...base, total, areas: [] } : { ...base, total, areas };
}

/**
 * `n` generated evaluations (300 by default) of distinct municipality-and-year pairs: municipalities
 * from the registry in a shuffled order, one to three evaluations each, years 2003–2024.
 */
export function generateCollection(n = 300, seed = 14): Evaluation[] {
  const r = random(seed);
  const order = [...municipalities];
  // A seeded Fisher–Yates shuffle of the registry.
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const evaluations: Evaluation[] = [];
  for (let k = 0; evaluations.length < n; k++) {
    const record = order[k % order.length]!;
    const level = 42 + r() * 34;
    const count = 1 + Math.floor(r() * 3);
    const years = new Set<number>();
    const taken = new Set(evaluations.filter((e) => e.municipality.code === record.code).map((e) => e.year));
    while (years.size < count) {
      const year = 2003 + Math.floor(r() * 22);
      if (!taken.has(year)) years.add(year);
    }
    for (const year of [...years].sort((a, b) => a - b)) {
      if (evaluations.length >= n) break;
      evaluations.push(evaluationOf(record, year, level + (year - 2003) * 0.6, r));
    }
  }
  return evaluations;
}

/** The generated collection of 300 the stories show. */
export const generated300: readonly Evaluation[] = generateCollection(300);
