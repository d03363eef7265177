import { describe, expect, it } from "vitest";
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

  it("every string can be overridden, and the rest stays", () => {
    const m = resolveMessages("sv", { noData: "–", reasons: { "framework-changed": "Ny modell." } as never });
    expect(m.noData).toBe("–");
    expect(m.reasons["framework-changed"]).toBe("Ny modell.");
    expect(m.reasons["missing-values"]).toBe("Uppgifter saknas för någon av utvärderingarna.");
    expect(m.total).toBe("Totalt");
  });
});
