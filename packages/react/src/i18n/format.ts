/** The languages the components ship with. */
export type Lang = "sv" | "en";

/** The symbols of each language's number format (CLDR for sv-SE and en-GB). */
const SYMBOLS: Record<Lang, { group: string; decimal: string; minus: string; locale: string }> = {
  sv: { group: "\u00a0", decimal: ",", minus: "\u2212", locale: "sv-SE" },
  en: { group: ",", decimal: ".", minus: "-", locale: "en-GB" },
};

/**
 * Formats like `Intl.NumberFormat(locale, { maximumFractionDigits })` (grouping on, rounding half
 * away from zero on the shortest decimal form of the number, trailing zeros dropped), written out
 * by hand: the first `Intl.NumberFormat` of a page loads the locale's data and took 35–55 ms of an
 * embed's first render (docs/benchmarks.md). A test checks the two agree on generated numbers.
 * Numbers JavaScript writes in exponent form, and NaN and infinities, still go to `Intl`.
 */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  const symbols = SYMBOLS[lang];
  const digits = String(Math.abs(value));
  if (!Number.isFinite(value) || digits.includes("e") || !Number.isInteger(maximumFractionDigits) || maximumFractionDigits < 0 || maximumFractionDigits > 20) {
    return new Intl.NumberFormat(symbols.locale, { maximumFractionDigits }).format(value);
  }
  let [whole = "0", fraction = ""] = digits.split(".");
  if (fraction.length > maximumFractionDigits) {
    const roundUp = fraction.charCodeAt(maximumFractionDigits) >= 53; // the next digit is 5 or more
    fraction = fraction.slice(0, maximumFractionDigits);
    if (roundUp) {
      // Add one in the last kept place, carrying through nines ("9,96" → "10,0").
      const all = [...whole + fraction];
      let i = all.length - 1;
      while (i >= 0 && all[i] === "9") all[i--] = "0";
      if (i >= 0) all[i] = String(Number(all[i]) + 1);
      else all.unshift("1");
      whole = all.slice(0, all.length - fraction.length).join("");
      fraction = all.slice(all.length - fraction.length).join("");
    }
  }
  fraction = fraction.replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, symbols.group);
  // Intl keeps the sign of a negative number that rounds to zero ("−0"), and of -0 itself.
  const negative = value < 0 || Object.is(value, -0);
  return (negative ? symbols.minus : "") + grouped + (fraction ? symbols.decimal + fraction : "");
}

/** A percent: `52 %` in Swedish (with a no-break space), `52%` in English. */
export function formatPercent(value: number, lang: Lang): string {
  return lang === "sv" ? `${formatNumber(value, lang)}\u00a0%` : `${formatNumber(value, lang)}%`;
}

/** A signed change: `+9`, `−3` (a true minus sign), `±0`. */
export function formatSigned(value: number, lang: Lang): string {
  if (value === 0) return "±0";
  const text = formatNumber(Math.abs(value), lang);
  return value > 0 ? `+${text}` : `\u2212${text}`;
}
