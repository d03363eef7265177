/**
 * TypeScript types of the evaluation file format (`evaluation.schema.json`, schemaVersion 1).
 *
 * These mirror the JSON Schema field by field; a test compiles the schema to types and checks that
 * both directions stay assignable, so the two cannot drift apart.
 */

/** Extension keys: any property starting with `x-` is kept and ignored by the library. */
export type Extensions = { [key: `x-${string}`]: unknown };

/** The evaluated municipality. */
export interface Municipality extends Extensions {
  /** The name as the report gives it, e.g. "Avesta kommun" or "Västerås stad". */
  name: string;
  /** The official four-digit municipality code (kommunkod), e.g. "2084". */
  code?: string;
}

/** One sub-question row (delfråga) of a report's points overview, values as published. */
export interface Question extends Extensions {
  /** `<area>.<n>`, e.g. "1.1". */
  id: string;
  /** The question as published. */
  text?: string;
  /** Points achieved (Uppnått), rounded as published. */
  achieved?: number;
  /** The question's maximum (Max). */
  max?: number;
  /** The published percent (Procent), computed by the evaluators from the unrounded points. */
  percent?: number;
}

/** One main area (huvudområde) and what the report says about it. */
export interface Area extends Extensions {
  /** The area number, 1–8 in the standard model. */
  id: number;
  /** The area name as published. */
  title?: string;
  /** The published area score. */
  score?: number;
  /** The area maximum (100 in the standard model). */
  max?: number;
  /** The headings (rubriker) the narrative is written under. */
  headings?: string[];
  /** The sub-questions from the report's points overview. */
  questions?: Question[];
  /** Styrkor. */
  strengths?: string[];
  /** Förbättringsmöjligheter (improvement opportunities). */
  improvements?: string[];
  /** Svagheter. */
  weaknesses?: string[];
}

/** The kinds of comparison series a report can show beside an evaluation. */
export type ReferenceKind = "previous" | "average" | "peer";

/** One area value of a reference series. */
export interface ReferenceArea extends Extensions {
  /** The area number. */
  id: number;
  /** The published score; absent when unknown. */
  score?: number;
}

/** A comparison series published with an evaluation (previous evaluation, average or peer). */
export interface Reference extends Extensions {
  /** What the series is. */
  kind: ReferenceKind;
  /** How the series is named in a legend, e.g. "Genomsnitt 2.1". */
  label: string;
  /** The scoring model the series was measured with. */
  framework: string;
  /** The year the series refers to. */
  year?: number;
  /** The municipality, for `previous` and `peer` series. */
  municipality?: Municipality;
  /** The published total of the series. */
  total?: number;
  /** Where the series was published. */
  source?: Source;
  /** Remarks on the series, for example what its population is, where the source says. */
  notes?: string[];
  /** The series' area scores. */
  areas: ReferenceArea[];
}

/** Where the data comes from. */
export interface Source extends Extensions {
  /** The report's title. */
  title?: string;
  /** Where the report is published (http or https). */
  url?: string;
  /** The file the data was read from. */
  file?: string;
  /** Who published the report, e.g. "Sveriges Kommuner och Landsting". */
  publisher?: string;
}

/** One Kommunkompassen evaluation, with the values as the published report gives them. */
export interface Evaluation extends Extensions {
  /** Where editors find the schema, for autocompletion. */
  $schema?: string;
  /** Version of the file format; always 1. */
  schemaVersion: 1;
  /** The scoring model: "kommunkompassen-2.0", "kommunkompassen-2.1" or a custom id. */
  framework: string;
  /** The evaluated municipality. */
  municipality: Municipality;
  /** The year the evaluation was carried out. */
  year: number;
  /** When the evaluation was carried out: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date?: string;
  /** The date printed on the report, when it differs from the evaluation date. */
  published?: string;
  /** The evaluators, as the report names them. */
  evaluators?: string[];
  /** The published total (sum of the area scores); absent when not published. */
  total?: number;
  /** The main areas. */
  areas: Area[];
  /** Comparison series published with the evaluation. */
  references?: Reference[];
  /** Where the data comes from. */
  source?: Source;
  /** Free-text remarks about the data. */
  notes?: string[];
}
