/** A language a framework definition may name its areas in (Swedish and English are always given). */
export type NameLang = "sv" | "en" | "nb" | "da" | "fi";

/** A name in Swedish and English, and optionally in Norwegian (bokmål), Danish and Finnish. */
export interface LocalizedName {
  /** Swedish, as the reports print it. */
  sv: string;
  /** English. */
  en: string;
  /** Norwegian bokmål (KS runs the same model as Kommunekompasset). */
  nb?: string;
  /** Danish. */
  da?: string;
  /** Finnish. */
  fi?: string;
}

/** A sub-question (delfråga) of a framework. */
export interface FrameworkQuestion {
  /** `<area>.<n>`, e.g. "1.1". */
  id: string;
  /** The maximum points, where the framework's maxima are known. */
  max?: number;
  /** The question (Swedish), where known. */
  text?: string;
}

/** A main area of a framework. */
export interface FrameworkArea {
  /** The area number. */
  id: number;
  /** The area's name. */
  name: LocalizedName;
  /** The area maximum. */
  max: number;
  /**
   * The sub-questions, when the question set is known. `undefined` means unknown: any `<area>.<n>`
   * id is accepted and no maxima are checked.
   */
  questions?: readonly FrameworkQuestion[];
}

/** Where a framework definition comes from. */
export interface FrameworkSource {
  /** The title of the source. */
  title?: string;
  /** Its address. */
  url?: string;
  /** Who published it. */
  publisher?: string;
}

/**
 * A scoring model (a version of Kommunkompassen, or a regional or future one) and what is known of
 * it: the shape of a framework definition file (`@kommunkompassen/core/framework.schema.json`).
 */
export interface Framework {
  /** The id used in evaluation files, e.g. "kommunkompassen-2020". */
  id: string;
  /** How every output names the model, e.g. "Kommunkompassen 2020". */
  label: string;
  /** The label in a language where it differs from {@link Framework.label}. */
  labels?: Partial<Record<NameLang, string>>;
  /** The model's version, e.g. "2.0" or "2020". */
  version: string;
  /**
   * False for an id that stands for evaluations whose model the source does not state: never ranked
   * or compared area by area with a model. Defaults to true.
   */
  modelStated?: boolean;
  /**
   * Models with the same area set define their areas the same way, so an area's change between them
   * can be shown (with the caveat that the model changed). Defaults to the model's own id.
   */
  areaSet?: string;
  /**
   * The main areas, in order. `undefined` when the model's areas are not known: nothing is checked
   * against a definition and no total is derived from area scores.
   */
  areas?: readonly FrameworkArea[];
  /** What is known and not known of the model. */
  notes?: string;
  /** Where the definition comes from. */
  sources?: readonly FrameworkSource[];
}
