import type { Lang } from "@kommunkompassen/core";
import { pageMessages, type PageMessages } from "@kommunkompassen/core/messages";
import { resolveMessages, type Messages } from "./messages";

/**
 * The texts of the national view's components (`OverviewTable`, `PositionStrip`, `SmallMultiples`,
 * `Timeline`): the components' messages and the catalogue's page texts (`pageMessages`), one object.
 * Kept apart from {@link Messages} so that a bundle of only the report's charts does not carry them.
 */
export type NationalMessages = Messages & PageMessages;

/** The national messages of each language without overrides, made once (a site renders thousands of components). */
const national = new Map<Lang, NationalMessages>();

/** The national view's messages for a language, with your overrides on top. */
export function resolveNationalMessages(lang: Lang = "sv", overrides?: Partial<NationalMessages>): NationalMessages {
  if (!overrides) {
    let known = national.get(lang);
    if (!known) national.set(lang, (known = { ...resolveMessages(lang), ...(pageMessages[lang] ?? pageMessages.sv) }));
    return known;
  }
  const base = resolveMessages(lang, overrides);
  const pages = pageMessages[lang] ?? pageMessages.sv;
  return { ...base, ...pages, ...overrides, reasons: base.reasons };
}
