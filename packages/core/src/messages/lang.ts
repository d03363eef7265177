import type { Lang } from "../text/format";

/** The languages the catalogue has, the default first. */
export const LANGS: readonly Lang[] = ["sv", "en"];

/** Whether a value is one of the catalogue's languages. */
export function isLang(value: unknown): value is Lang {
  return value === "sv" || value === "en";
}

/** A text with the language it is written in, so that an output can mark it when it differs from the page's. */
export interface LangText {
  /** The language of `text`. */
  lang: Lang;
  /** The text itself. */
  text: string;
}

/**
 * A text from a per-language table in the language asked for; where the table has no text in that
 * language, the text in the first language that has one, with that language, so the output can
 * carry its `lang` (WCAG 3.1.2).
 */
export function textIn(texts: Partial<Record<Lang, string>>, lang: Lang): LangText {
  const own = texts[lang];
  if (own !== undefined) return { lang, text: own };
  for (const other of LANGS) {
    const text = texts[other];
    if (text !== undefined) return { lang: other, text };
  }
  return { lang, text: "" };
}
