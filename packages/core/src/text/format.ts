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
  // Most numbers in a report are small whole scores: no rounding, no grouping.
  if (Number.isInteger(value) && value > -1000 && value < 1000 && !Object.is(value, -0))
    return value < 0 ? symbols.minus + -value : String(value);
  const max = maximumFractionDigits;
  let text = String(Math.abs(value));
  if (!Number.isFinite(value) || text.includes("e") || !(max >= 0 && max <= 20 && max % 1 === 0)) {
    return new Intl.NumberFormat(symbols.locale, { maximumFractionDigits: max }).format(value);
  }
  let [whole = "", fraction = ""] = text.split(".");
  if (fraction.length > max) {
    // Round the decimal digits themselves, half up: the kept digits as one integer, plus one when
    // the next digit is 5 or more ("9,96" → 99 + 1 → "10,0").
    text = String(BigInt(whole + fraction.slice(0, max)) + BigInt(fraction[max]! >= "5" ? 1 : 0)).padStart(
      max + 1,
      "0",
    );
    whole = text.slice(0, text.length - max);
    fraction = text.slice(text.length - max);
  }
  fraction = fraction.replace(/0+$/, "");
  // Intl keeps the sign of a negative number that rounds to zero ("−0"), and of -0 itself.
  const sign = value < 0 || Object.is(value, -0) ? symbols.minus : "";
  return sign + whole.replace(/\B(?=(\d{3})+$)/g, symbols.group) + (fraction ? symbols.decimal + fraction : "");
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
