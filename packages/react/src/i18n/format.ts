/** The languages the components ship with. */
export type Lang = "sv" | "en";

const LOCALES: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits, useGrouping: true });
    formatters.set(key, f);
  }
  return f;
}

/** A number in the language's convention: `12,5` in Swedish, `12.5` in English; at most one decimal by default. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return formatter(lang, maximumFractionDigits).format(value);
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
