import type { Lang } from "../text/format";

/** The texts of the pages `@kommunkompassen/react/server` renders around reports (the folder index). */
export interface PageMessages {
  /** The index page's default title and `<h1>`. */
  indexTitle: string;
  /** The caption of the index table: "3 utvärderingar". */
  indexCaption: (count: number) => string;
  /** Column header for the municipality. */
  municipality: string;
  /** Column header for the year. */
  year: string;
  /** Column header for the total. */
  total: string;
  /** The accessible name of a report page's navigation (its back link). */
  navigation: string;
}

const sv: PageMessages = {
  indexTitle: "Kommunkompassen – utvärderingar",
  indexCaption: (n) => `${n} utvärdering${n === 1 ? "" : "ar"}`,
  municipality: "Kommun",
  year: "År",
  total: "Totalt",
  navigation: "Navigering",
};

const en: PageMessages = {
  indexTitle: "Kommunkompassen – evaluations",
  indexCaption: (n) => `${n} evaluation${n === 1 ? "" : "s"}`,
  municipality: "Municipality",
  year: "Year",
  total: "Total",
  navigation: "Navigation",
};

/** The server-rendered pages' texts, by language. */
export const pageMessages: Readonly<Record<Lang, PageMessages>> = { sv, en };
