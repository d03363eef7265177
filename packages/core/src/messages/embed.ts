import type { Lang } from "../text/format";

/** Why `<kommunkompass-profil>` cannot show the profile; also its `data-reason` attribute. */
export type EmbedFailureReason =
  | "missing"
  | "cross-origin"
  | "http"
  | "network"
  | "timeout"
  | "too-large"
  | "invalid-json"
  | "invalid-evaluation"
  | "frameworks"
  | "invalid-view"
  | "needs-compare"
  | "stylesheet"
  | "internal"
  | "view-script"
  | EmbedNationalFailureReason;

/**
 * Why a national view (`view="position"`, `view="overview"`) cannot be shown, as found by the national
 * views' own module (`kommunkompass-national.js`), which words it (`embedNationalMessages`, in
 * `embed-national.ts`, a file of its own), so that the element's script does not carry these sentences.
 */
export type EmbedNationalFailureReason = "needs-collection" | "invalid-collection" | "not-in-collection";

/**
 * The texts of `<kommunkompass-profil>`: one sentence per failure reason, shown after
 * {@link EmbedMessages.cannotShow}. `detail` is the HTTP status, the first validation issue, the
 * first issues of an invalid definition file (`frameworks`) or the view; for the national views
 * (`position`, `overview`), the collection's first issue with its pointer, or the municipality and
 * year asked for that the collection does not have.
 */
export interface EmbedMessages extends Readonly<
  Record<Exclude<EmbedFailureReason, EmbedNationalFailureReason>, (detail: string) => string>
> {
  /** Language code for the `lang` attribute. */
  lang: Lang;
  /** The opening of every failure message ("Kommunkompassens profil kan inte visas: "). */
  cannotShow: string;
  /** Logged when the page's own scripts keep the element from running at all. */
  cannotRun: string;
  /** The download menu's button ("Ladda ner"), drawn by the element's script before the menu loads. */
  download: string;
  /** Its accessible name, with what it downloads: "Ladda ner: Avesta kommun 2014". */
  downloadFor: (what: string) => string;
  /** Said when the menu's module cannot be loaded. */
  downloadFailed: string;
}

const sv: EmbedMessages = {
  lang: "sv",
  cannotShow: "Kommunkompassens profil kan inte visas: ",
  cannotRun: "Kommunkompassens profil kan inte köras på den här sidan",
  download: "Ladda ner",
  downloadFor: (what) => `Ladda ner: ${what}`,
  downloadFailed: "Nedladdningarna kunde inte laddas.",
  missing: () => "inga uppgifter angavs.",
  "cross-origin": () => "uppgifterna måste ligga på samma webbplats.",
  http: (status) => `uppgifterna kunde inte hämtas (fel ${status}).`,
  network: () => "uppgifterna kunde inte hämtas.",
  timeout: () => "det tog för lång tid att hämta uppgifterna.",
  "too-large": () => "filen med uppgifterna är för stor.",
  "invalid-json": () => "filen med uppgifterna är inte giltig JSON.",
  "invalid-evaluation": (issue) => `uppgifterna är felaktiga (${issue}).`,
  frameworks: (issues) => `modelldefinitionerna är felaktiga (${issues}).`,
  "invalid-view": (view) => `vyn ”${view}” finns inte.`,
  "needs-compare": () => "vyn ”deltas” behöver en tidigare utvärdering (compare).",
  stylesheet: () => "stilmallen kunde inte laddas.",
  internal: () => "ett internt fel uppstod.",
  "view-script": () => "vyns skript kunde inte laddas.",
};

const en: EmbedMessages = {
  lang: "en",
  cannotShow: "The Kommunkompassen profile cannot be shown: ",
  cannotRun: "The Kommunkompassen profile cannot run on this page",
  download: "Download",
  downloadFor: (what) => `Download: ${what}`,
  downloadFailed: "The downloads could not be loaded.",
  missing: () => "no data was given.",
  "cross-origin": () => "the data must be on the same website.",
  http: (status) => `the data could not be loaded (error ${status}).`,
  network: () => "the data could not be loaded.",
  timeout: () => "loading the data took too long.",
  "too-large": () => "the data file is too large.",
  "invalid-json": () => "the data file is not valid JSON.",
  "invalid-evaluation": (issue) => `the data is invalid (${issue}).`,
  frameworks: (issues) => `the model definitions are invalid (${issues}).`,
  "invalid-view": (view) => `there is no view “${view}”.`,
  "needs-compare": () => "the “deltas” view needs a previous evaluation (compare).",
  stylesheet: () => "the stylesheet could not be loaded.",
  internal: () => "an internal error occurred.",
  "view-script": () => "the view's script could not be loaded.",
};

/** The texts of `<kommunkompass-profil>` (@kommunkompassen/embed), per language. */
export const embedMessages: Readonly<Record<Lang, EmbedMessages>> = { sv, en };
