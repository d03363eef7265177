/**
 * compareSwedish against the collator it stands in for, `new Intl.Collator("sv").compare` (Node's
 * full ICU): on every pair of the registry's 290 names and their long forms, and on generated
 * strings of the letters, digits, spaces and hyphens the hand-written table covers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareSwedish } from "../src";
import { municipalities } from "../src/municipalities";
import { generateEvaluations } from "../../../test/support/generated-collection";

const collator = new Intl.Collator("sv");
const sign = (x: number) => Math.sign(x) || 0;

/** The pairs (as "a | b: ours, ICU's") on which the two disagree. */
function disagreements(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of names)
    for (const b of names) {
      const ours = sign(compareSwedish(a, b));
      const icu = sign(collator.compare(a, b));
      if (ours !== icu) out.push(`${a} | ${b}: ${ours}, ${icu}`);
    }
  return out;
}

describe("compareSwedish", () => {
  it("runs on Node's full ICU, whose Swedish order it is checked against", () => {
    expect(collator.resolvedOptions().locale).toBe("sv");
    expect(collator.compare("z", "å")).toBeLessThan(0);
  });

  it("orders every pair of the registry's names, short and long, as Intl.Collator('sv') does", () => {
    const names = municipalities.flatMap((m) => [m.name, `${m.name} kommun`, m.name.toUpperCase()]);
    expect(names.length).toBe(870);
    expect(disagreements(names)).toEqual([]);
  });

  it("sorts the registry as Intl.Collator('sv') does: Å, Ä and Ö after Z, a space before a letter", () => {
    const names = municipalities.map((m) => m.name);
    const ours = [...names].sort(compareSwedish);
    expect(ours).toEqual([...names].sort(collator.compare));
    expect(ours.slice(0, 2)).toEqual(["Ale", "Alingsås"]);
    expect(ours.slice(-3)).toEqual(["Östra Göinge", "Överkalix", "Övertorneå"]);
    expect(ours.indexOf("Upplands Väsby")).toBeLessThan(ours.indexOf("Upplands-Bro"));
    expect(ours.indexOf("Åre")).toBeLessThan(ours.indexOf("Älmhult"));
    expect(ours.indexOf("Vänersborg")).toBeLessThan(ours.indexOf("Ödeshög"));
  });

  it("orders the names of a generated collection as Intl.Collator('sv') does", () => {
    const names = [...new Set(generateEvaluations(300, { seed: 7, note: "test" }).map((e) => e.municipality.name))];
    expect(names.length).toBeGreaterThan(100);
    expect(disagreements(names)).toEqual([]);
  });

  it("agrees with Intl.Collator('sv') on generated strings: accents, case, spaces, hyphens, digits", () => {
    const chars = [..."aAbeEéÉèêëvVwWyYüÜzåÅäÄæÆöÖøØôç -09_,;:!?.'\"()/&+"];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 6 }).map((c) => c.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => sign(compareSwedish(a, b)) === sign(collator.compare(a, b))),
      { numRuns: 20_000 },
    );
  });

  it("hands a string with a character outside its table to Intl.Collator", () => {
    for (const [a, b] of [
      ["Łódź", "Lund"],
      ["Þingvellir", "Tierp"],
      ["Malmö [stad]", "Malmö"],
      ["Kommunkompassen 2.0 *", "Kommunkompassen 2.0"],
      ["İzmir", "Ystad"],
    ] as const)
      expect(sign(compareSwedish(a, b))).toBe(sign(collator.compare(a, b)));
  });
});
