/** A name in the two languages the library ships. */
export interface LocalizedName {
  /** Swedish, as the reports print it. */
  sv: string;
  /** English. */
  en: string;
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

/** A scoring model (version of Kommunkompassen) and what is known of it. */
export interface Framework {
  /** The id used in evaluation files, e.g. "kommunkompassen-2.0". */
  id: string;
  /** A short human label, e.g. "Kommunkompassen 2.0". */
  label: string;
  /** The model's version, e.g. "2.0". */
  version: string;
  /** The main areas, in order. */
  areas: readonly FrameworkArea[];
}
