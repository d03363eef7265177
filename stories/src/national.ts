/**
 * The data of the national view's stories: the published results (the copy in
 * test/fixtures/data/published-results.csv, as municipalities published them, each with its source)
 * and the GENERATED collection of 300 (made up, deterministic; every story that shows it says so).
 */
import { collectionStatistics, groupBand, type Evaluation, type SeriesBand } from "@kommunkompassen/core";
import csv from "../../test/fixtures/data/published-results.csv?raw";
import { generated300 } from "./generated";
import { publishedEvaluations } from "./published";

/** The 19 published results, in the file's order. */
export const published: readonly Evaluation[] = publishedEvaluations(csv);

/** A published result by the start of the municipality's name and the year. */
export function publishedOf(name: string, year: number): Evaluation {
  const found = published.find((e) => e.municipality.name.startsWith(name) && e.year === year);
  if (!found) throw new Error(`no published result of ${name} ${year}`);
  return found;
}

/** The GENERATED collection of 300. */
export const generated: readonly Evaluation[] = generated300;

/** The generated evaluations of one municipality (by its code), oldest first. */
export function generatedOf(code: string): Evaluation[] {
  return generated.filter((e) => e.municipality.code === code).sort((a, b) => a.year - b.year);
}

/** A generated evaluation of the model with all eight area scores (the first of them in the collection). */
export function generatedFocal(framework: string): Evaluation {
  return generated.find((e) => e.framework === framework && e.areas.length === 8)!;
}

/** A generated municipality with three evaluations under three models (a timeline with two breaks). */
export const generatedHistory: Evaluation[] = (() => {
  const codes = [...new Set(generated.map((e) => e.municipality.code!))];
  const code = codes.find((c) => new Set(generatedOf(c).map((e) => e.framework)).size === 3) ?? codes[0]!;
  return generatedOf(code);
})();

const group20 = collectionStatistics([...generated]).groups.find((g) => g.framework === "kommunkompassen-2.0")!;

/** The interquartile band of the generated collection's Kommunkompassen 2.0 evaluations (Swedish label). */
export const generatedBand20: SeriesBand = groupBand(
  group20,
  "interquartile",
  "kvartilavståndet för Kommunkompassen 2.0 i den GENERERADE samlingen",
);

/** The same band with an English label. */
export const generatedBand20En: SeriesBand = groupBand(
  group20,
  "interquartile",
  "the interquartile range of Kommunkompassen 2.0 in the GENERATED collection",
);

/** The generated collection's min–max band of Kommunkompassen 2.0. */
export const generatedRange20: SeriesBand = groupBand(
  group20,
  "range",
  "lägsta till högsta för Kommunkompassen 2.0 i den GENERERADE samlingen",
);
