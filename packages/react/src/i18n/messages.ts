import { areaName, formatNumber, frameworkLabel, getFramework, type Framework, type Lang } from "@kommunkompassen/core";
import { componentMessages, type ComponentMessages } from "@kommunkompassen/core/messages";

/**
 * Every string the components show or announce (the components' part of the one message catalogue,
 * `@kommunkompassen/core/messages`). Pass `messages` to any component to override some of them.
 */
export type Messages = ComponentMessages;

/** The built-in texts, by language. */
export const builtInMessages: Readonly<Record<Lang, Messages>> = componentMessages;

/** The messages for a language, with your overrides on top. */
export function resolveMessages(lang: Lang = "sv", overrides?: Partial<Messages>): Messages {
  const base = builtInMessages[lang] ?? builtInMessages.sv;
  return overrides ? { ...base, ...overrides, reasons: { ...base.reasons, ...overrides.reasons } } : base;
}

/** Formats a score for display: the number in the language's convention, or the "no data" text. */
export function displayValue(value: number | null, m: Messages): string {
  return value === null ? m.noData : formatNumber(value, m.lang);
}

/**
 * An area's number and name ("3 Styrning och kontroll", `separator` between them), or, where no name
 * is known (the model's areas are not known and the source gives no title, so the name is the
 * library's "Område 3" / "Area 3"), that alone rather than "3 Område 3".
 */
export function numberedArea(id: number, name: string | undefined, m: Messages, separator = " "): string {
  const unnamed = areaName(undefined, id, m.lang);
  return name === undefined || name === unnamed ? unnamed : `${id}${separator}${name}`;
}

/** An area's heading, "Område 3 Styrning och kontroll", or "Område 3" where no name is known. */
export function areaHeading(id: number, name: string, m: Messages): string {
  return name === areaName(undefined, id, m.lang) ? name : m.areaHeading(id, name);
}

/**
 * How every output names a model: its definition's label in the messages' language ("Kommunkompassen
 * 2020"), or, for an id with no definition, the id with the note that it is not a built-in model.
 */
export function modelLabel(id: string, m: Messages, frameworks?: readonly Framework[]): string {
  return getFramework(id, frameworks) ? frameworkLabel(id, m.lang, frameworks) : m.unknownModel(id);
}

// The national view's texts, in a file of their own: a bundle split by file (the embed's) carries the
// page texts only with the national views (`export *` does not tie the file to this one's users).
export * from "./national-messages";
