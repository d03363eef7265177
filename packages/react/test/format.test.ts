import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { formatNumber, formatPercent, formatSigned, resolveMessages } from "../src";

describe("number formatting per locale", () => {
  it("Swedish: decimal comma, space before %, true minus", () => {
    expect(formatNumber(12.5, "sv")).toBe("12,5");
    expect(formatPercent(52, "sv")).toBe("52\u00a0%");
    expect(formatSigned(-3, "sv")).toBe("\u22123");
    expect(formatSigned(9, "sv")).toBe("+9");
    expect(formatSigned(0, "sv")).toBe("±0");
  });

  it("English: decimal point, no space before %", () => {
    expect(formatNumber(12.5, "en")).toBe("12.5");
    expect(formatPercent(52, "en")).toBe("52%");
    expect(formatNumber(1234, "en")).toBe("1,234");
  });

  it("agrees with Intl.NumberFormat (sv-SE, en-GB) on generated numbers, without constructing one", () => {
    const intl = (value: number, lang: "sv" | "en", digits: number) =>
      new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: digits }).format(value);
    const numbers = fc.oneof(
      fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      // Halves and near-halves at one and two decimals, where rounding goes wrong first.
      fc.integer({ min: -20_000, max: 20_000 }).map((n) => n / 20),
      fc.integer({ min: -200_000, max: 200_000 }).map((n) => n / 200),
      fc.constantFrom(
        0,
        -0,
        0.05,
        -0.05,
        0.04,
        -0.04,
        1.005,
        9.95,
        99.95,
        999.95,
        0.000001,
        1e-7,
        1e21,
        -1e21,
        123456789.123,
      ),
    );
    fc.assert(
      fc.property(
        numbers,
        fc.constantFrom("sv" as const, "en" as const),
        fc.integer({ min: 0, max: 3 }),
        (value, lang, digits) => {
          expect(formatNumber(value, lang, digits)).toBe(intl(value, lang, digits));
        },
      ),
      { numRuns: 20_000 },
    );
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(formatNumber(value, "sv")).toBe(intl(value, "sv", 1));
    // The numbers a report shows never load Intl's locale data.
    const constructed = vi.spyOn(Intl, "NumberFormat");
    for (const value of [52, 404, 12.5, -3, 1234.56]) formatNumber(value, "sv");
    expect(constructed).not.toHaveBeenCalled();
    constructed.mockRestore();
  });

  it("every string can be overridden, and the rest stays", () => {
    const m = resolveMessages("sv", { noData: "–", reasons: { "framework-changed": "Ny modell." } as never });
    expect(m.noData).toBe("–");
    expect(m.reasons["framework-changed"]).toBe("Ny modell.");
    expect(m.reasons["missing-values"]).toBe("Uppgifter saknas för någon av utvärderingarna.");
    expect(m.total).toBe("Totalt");
  });
});
