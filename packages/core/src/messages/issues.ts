import { formatNumber, type Lang } from "../text/format";
import type { Issue, IssueDetails } from "../validate/issues";
import { TYPE_WORDS_EN } from "../validate/type-words";
import { textIn, type LangText } from "./lang";

/**
 * Every issue kind the validator (`validateEvaluation`, `parseEvaluation`) and its consistency
 * checks report, errors first, then warnings (docs/schema.md and docs/scoring.md describe them).
 */
export const ISSUE_KINDS = [
  "const",
  "enum",
  "non-finite",
  "type",
  "min-length",
  "max-length",
  "pattern",
  "minimum",
  "maximum",
  "max-items",
  "required",
  "unknown-property",
  "duplicate-id",
  "unknown-area",
  "max-contradicts-framework",
  "score-above-max",
  "achieved-above-max",
  "question-outside-area",
  "unknown-question",
  "invalid-date",
  "total-above-max",
  "question-maxima-above-area-max",
  "question-maxima-below-area-max",
  "points-above-area-max",
  "too-many-issues",
  "unreadable",
  "cycle",
  "max-depth",
  "too-large",
  "empty",
  "json-syntax",
  "duplicate-key",
  "unknown-framework",
  "area-sum-mismatch",
  "percent-mismatch",
  "area-name-mismatch",
  "date-year-mismatch",
  "total-mismatch",
  "replaces-built-in",
  "duplicate-evaluation",
  "municipality-code-mismatch",
] as const;

/** A stable issue kind, such as `achieved-above-max`. */
export type IssueKind = (typeof ISSUE_KINDS)[number];

/**
 * An issue's details, read for wording. `n`, `s`, `value` and `type` need the detail: a wording
 * that reads one the issue does not have is not used (its English `message` is shown instead).
 */
interface Reader {
  /** A number in the language's format, every published decimal kept. */
  n(key: string): string;
  /** A text detail as it is (an id, a pointer, a name). */
  s(key: string): string;
  /** A text detail, or `undefined` when the issue does not have it. */
  o(key: string): string | undefined;
  /** A value: a number formatted, a string quoted. */
  value(key: string): string;
  /** A JSON type named in words, such as "a whole number" / "ett heltal". */
  type(key: string): string;
  /** The value the issue is about (details `value` and `got`): quoted, formatted or named by its type. */
  got(): string;
  /** The raw details. */
  d: IssueDetails;
}

/** The wording of one kind of issue, built from its details; `undefined` when it cannot be worded. */
export type IssueWording = (r: Reader) => string | undefined;

/** The validator's issues worded in one language. */
export interface IssueMessages {
  /** The language of these texts. */
  lang: Lang;
  /** Words for a JSON type or a value's type, such as `an array` / `en lista`. */
  types: Readonly<Record<string, string>>;
  /** The schema's `x-hint` texts (English, as in evaluation.schema.json) in this language. */
  hints: Readonly<Record<string, string>>;
  /** One wording per issue kind. */
  kinds: Readonly<Record<IssueKind, IssueWording>>;
}

const en: IssueMessages = {
  lang: "en",
  types: {
    ...TYPE_WORDS_EN,
    null: "null",
    undefined: "nothing",
    function: "a function",
    bigint: "a bigint",
    symbol: "a symbol",
  },
  hints: {},
  kinds: {
    const: (r) => `expected ${r.value("expected")}, got ${r.got()}`,
    enum: (r) => `expected one of ${r.s("allowed")}, got ${r.got()}`,
    "non-finite": (r) => `expected a finite number, got ${r.s("value")}`,
    type: (r) => `expected ${r.type("expected")}, got ${r.got()}`,
    "min-length": (r) => (r.d.empty ? "must not be empty" : `must be at least ${r.n("minLength")} characters`),
    "max-length": (r) => `is ${r.n("length")} characters long; at most ${r.n("maxLength")} are allowed`,
    pattern: (r) => `${r.got()} is not ${r.o("hint") ?? `in the expected format (${r.s("pattern")})`}`,
    minimum: (r) =>
      r.d.exclusive
        ? `${r.n("value")} must be more than ${r.n("minimum")}`
        : `${r.n("value")} is less than the minimum ${r.n("minimum")}`,
    maximum: (r) => `${r.n("value")} is more than the maximum ${r.n("maximum")}`,
    "max-items": (r) => `has ${r.n("length")} items; at most ${r.n("maxItems")} are allowed`,
    required: () => "is required but missing",
    "unknown-property": (r) =>
      `unknown property ${JSON.stringify(r.s("property"))}${r.o("suggestion") ? ` (did you mean "${r.o("suggestion")}"?)` : ""}; own additions must start with "x-"`,
    "duplicate-id": (r) =>
      r.o("id") === undefined && r.o("framework")
        ? `framework ${r.s("framework")} is defined twice (first at ${r.s("at")})`
        : typeof r.d.id === "string"
          ? `question ${r.s("id")} appears twice in area ${r.s("area")} (first at ${r.o("at")})`
          : r.o("at")
            ? `area ${r.s("id")} appears twice (first at ${r.o("at")})`
            : `area ${r.s("id")} appears twice in this reference`,
    "unknown-area": (r) =>
      r.o("framework")
        ? `${r.s("framework")} has no area ${r.s("id")}${r.o("areas") ? ` (it has areas ${r.o("areas")})` : ""}`
        : `area ${r.s("id")} is not in the evaluation`,
    "max-contradicts-framework": (r) =>
      `${r.n("published")} contradicts ${r.s("framework")}, where ${r.o("area") ? `area ${r.s("area")}` : `question ${r.s("question")}`} has max ${r.n("expected")}`,
    "score-above-max": (r) => `${r.n("score")} is more than the area's max ${r.n("max")}`,
    "achieved-above-max": (r) => `${r.n("achieved")} is more than the question's max ${r.n("max")}`,
    "question-outside-area": (r) => `question "${r.s("id")}" does not belong to area ${r.s("area")}`,
    "unknown-question": (r) =>
      `${r.s("framework")} has no question ${r.s("id")} (area ${r.s("area")} has ${r.s("questions")})`,
    "invalid-date": (r) => `"${r.s("date")}" is not a date in the calendar`,
    "total-above-max": (r) => `${r.n("total")} is more than ${r.s("framework")}'s maximum total ${r.n("max")}`,
    "question-maxima-above-area-max": (r) =>
      `the questions' maxima add up to ${r.n("sum")}, more than the area's max ${r.n("max")}`,
    "question-maxima-below-area-max": (r) =>
      `the questions' maxima add up to ${r.n("sum")}, less than the area's max ${r.n("max")}`,
    "points-above-area-max": (r) =>
      `the questions' achieved points add up to ${r.n("sum")}, more than the area's max ${r.n("max")}`,
    "too-many-issues": (r) => `${r.n("dropped")} more problems were found and not listed`,
    unreadable: () => "could not be read: reading it threw an exception",
    cycle: (r) => `contains itself (the value at ${r.s("target") || "/"})`,
    "max-depth": (r) => `nested more than ${r.n("maxDepth")} levels deep`,
    "too-large": (r) => `the file is ${r.n("bytes")} bytes; at most ${r.n("maxBytes")} bytes are read`,
    empty: (r) =>
      `the file is empty; expected ${{ framework: "a JSON framework definition", collection: "a JSON collection" }[r.o("document") ?? ""] ?? "a JSON evaluation"}`,
    "json-syntax": (r) =>
      r.o("line")
        ? `not valid JSON${r.o("expected") ? `: expected ${r.o("expected")}` : ""} at line ${r.s("line")}, column ${r.s("column")}`
        : "not valid JSON",
    "duplicate-key": (r) =>
      `the key ${JSON.stringify(r.s("key"))} appears more than once in this object; JSON keeps only the last value`,
    "unknown-framework": (r) =>
      `"${r.s("framework")}" is not a known framework (${r.s("known")}); areas, questions and maxima were not checked against a framework`,
    "area-sum-mismatch": (r) =>
      `area ${r.s("area")} is published as ${r.n("published")}, but its sub-question points add up to ${r.n("sum")}`,
    "percent-mismatch": (r) =>
      `${r.n("percent")} % cannot come from ${r.n("achieved")} of ${r.n("max")} points, even allowing for rounding`,
    "area-name-mismatch": (r) =>
      `"${r.s("published")}" differs from the ${r.s("framework")} name "${r.s("expected")}"${r.o("matches") ? ` (it is the ${r.o("matches")} name${r.o("matchesArea") ? ` of area ${r.o("matchesArea")}` : ""})` : ""}`,
    "date-year-mismatch": (r) => `the evaluation date ${r.s("date")} is not in the evaluation year ${r.s("year")}`,
    "total-mismatch": (r) =>
      `the total is published as ${r.n("published")}, but the area scores add up to ${r.n("sum")}`,
    "replaces-built-in": (r) => `this definition replaces the built-in definition of ${r.s("framework")}`,
    "duplicate-evaluation": (r) =>
      `${r.s("municipality")} ${r.s("year")} is already in the collection (at ${r.s("at")})`,
    "municipality-code-mismatch": (r) =>
      r.o("expected")
        ? `${r.s("code")} is the code of ${r.s("expected")} in the registry, not of "${r.s("name")}"`
        : `${r.s("code")} is not a municipality code in the registry (the evaluation names "${r.s("name")}")`,
  },
};

const sv: IssueMessages = {
  lang: "sv",
  types: {
    object: "ett objekt",
    array: "en lista",
    string: "en text",
    number: "ett tal",
    integer: "ett heltal",
    boolean: "sant eller falskt",
    null: "null",
    undefined: "ingenting",
    function: "en funktion",
    bigint: "ett bigint-tal",
    symbol: "en symbol",
  },
  hints: {
    'a lower-case id such as "kommunkompassen-2.0"': 'ett id med små bokstäver, till exempel "kommunkompassen-2.0"',
    'a lower-case id such as "kommunkompassen-2.1"': 'ett id med små bokstäver, till exempel "kommunkompassen-2.1"',
    'a lower-case id such as "kommunkompassen-2020"': 'ett id med små bokstäver, till exempel "kommunkompassen-2020"',
    'a lower-case id such as "kommunkompassen-2010"': 'ett id med små bokstäver, till exempel "kommunkompassen-2010"',
    'a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"': 'ett datum som "ÅÅÅÅ", "ÅÅÅÅ-MM" eller "ÅÅÅÅ-MM-DD"',
    'four digits, such as "2084"': 'fyra siffror, till exempel "2084"',
    'an id such as "1.1"': 'ett id som "1.1"',
    "an http(s) URL": "en http(s)-adress",
  },
  kinds: {
    const: (r) => `väntade ${r.value("expected")}, fick ${r.got()}`,
    enum: (r) => `väntade ett av ${r.s("allowed")}, fick ${r.got()}`,
    "non-finite": (r) => `väntade ett ändligt tal, fick ${r.s("value")}`,
    type: (r) => `väntade ${r.type("expected")}, fick ${r.got()}`,
    "min-length": (r) => (r.d.empty ? "får inte vara tom" : `måste vara minst ${r.n("minLength")} tecken`),
    "max-length": (r) => `är ${r.n("length")} tecken lång; högst ${r.n("maxLength")} tecken tillåts`,
    pattern: (r) => {
      const hint = r.o("hint");
      // A hint without a Swedish text: the English message is shown instead of half a translation.
      if (hint !== undefined && !Object.prototype.hasOwnProperty.call(sv.hints, hint)) return undefined;
      return `${r.got()} är inte ${hint !== undefined ? sv.hints[hint] : `i det väntade formatet (${r.s("pattern")})`}`;
    },
    minimum: (r) =>
      r.d.exclusive
        ? `${r.n("value")} måste vara mer än ${r.n("minimum")}`
        : `${r.n("value")} är mindre än det minsta tillåtna, ${r.n("minimum")}`,
    maximum: (r) => `${r.n("value")} är mer än det högsta tillåtna, ${r.n("maximum")}`,
    "max-items": (r) => `har ${r.n("length")} poster; högst ${r.n("maxItems")} tillåts`,
    required: () => "krävs men saknas",
    "unknown-property": (r) =>
      `okänd egenskap ${JSON.stringify(r.s("property"))}${r.o("suggestion") ? ` (menade du "${r.o("suggestion")}"?)` : ""}; egna tillägg måste börja med "x-"`,
    "duplicate-id": (r) =>
      r.o("id") === undefined && r.o("framework")
        ? `ramverket ${r.s("framework")} definieras två gånger (först vid ${r.s("at")})`
        : typeof r.d.id === "string"
          ? `delfråga ${r.s("id")} förekommer två gånger i område ${r.s("area")} (först vid ${r.o("at")})`
          : r.o("at")
            ? `område ${r.s("id")} förekommer två gånger (först vid ${r.o("at")})`
            : `område ${r.s("id")} förekommer två gånger i den här referensen`,
    "unknown-area": (r) =>
      r.o("framework")
        ? `${r.s("framework")} har inget område ${r.s("id")}${r.o("areas") ? ` (det har områdena ${r.o("areas")})` : ""}`
        : `område ${r.s("id")} finns inte i utvärderingen`,
    "max-contradicts-framework": (r) =>
      `${r.n("published")} motsäger ${r.s("framework")}, där ${r.o("area") ? `område ${r.s("area")}` : `delfråga ${r.s("question")}`} har maxpoängen ${r.n("expected")}`,
    "score-above-max": (r) => `${r.n("score")} är mer än områdets maxpoäng ${r.n("max")}`,
    "achieved-above-max": (r) => `${r.n("achieved")} är mer än delfrågans maxpoäng ${r.n("max")}`,
    "question-outside-area": (r) => `delfråga "${r.s("id")}" hör inte till område ${r.s("area")}`,
    "unknown-question": (r) =>
      `${r.s("framework")} har ingen delfråga ${r.s("id")} (område ${r.s("area")} har ${r.s("questions") === "none" ? "inga" : r.s("questions")})`,
    "invalid-date": (r) => `"${r.s("date")}" är inget datum i kalendern`,
    "total-above-max": (r) => `${r.n("total")} är mer än den högsta totalpoängen i ${r.s("framework")}, ${r.n("max")}`,
    "question-maxima-above-area-max": (r) =>
      `delfrågornas maxpoäng blir tillsammans ${r.n("sum")}, mer än områdets maxpoäng ${r.n("max")}`,
    "question-maxima-below-area-max": (r) =>
      `delfrågornas maxpoäng blir tillsammans ${r.n("sum")}, mindre än områdets maxpoäng ${r.n("max")}`,
    "points-above-area-max": (r) =>
      `delfrågornas uppnådda poäng blir tillsammans ${r.n("sum")}, mer än områdets maxpoäng ${r.n("max")}`,
    "too-many-issues": (r) => `ytterligare ${r.n("dropped")} problem hittades men visas inte`,
    unreadable: () => "kunde inte läsas: ett fel uppstod när värdet lästes",
    cycle: (r) => `innehåller sig själv (värdet vid ${r.s("target") || "/"})`,
    "max-depth": (r) => `nästlat mer än ${r.n("maxDepth")} nivåer djupt`,
    "too-large": (r) => `filen är ${r.n("bytes")} byte; högst ${r.n("maxBytes")} byte läses`,
    empty: (r) =>
      `filen är tom; ${{ framework: "en ramverksdefinition", collection: "en samling" }[r.o("document") ?? ""] ?? "en utvärdering"} i JSON väntades`,
    "json-syntax": (r) =>
      r.o("line")
        ? `inte giltig JSON${r.o("expected") ? `: väntade ${r.o("expected")}` : ""} på rad ${r.s("line")}, kolumn ${r.s("column")}`
        : "inte giltig JSON",
    "duplicate-key": (r) =>
      `nyckeln ${JSON.stringify(r.s("key"))} förekommer mer än en gång i det här objektet; JSON behåller bara det sista värdet`,
    "unknown-framework": (r) =>
      `"${r.s("framework")}" är inget känt ramverk (${r.s("known")}); områden, delfrågor och maxpoäng kontrollerades inte mot något ramverk`,
    "area-sum-mismatch": (r) =>
      `område ${r.s("area")} publiceras med ${r.n("published")} poäng, men delfrågornas poäng blir tillsammans ${r.n("sum")}`,
    "percent-mismatch": (r) =>
      `${r.n("percent")} % kan inte komma från ${r.n("achieved")} av ${r.n("max")} poäng, inte ens med avrundning`,
    "area-name-mismatch": (r) =>
      `"${r.s("published")}" skiljer sig från namnet i ${r.s("framework")}, "${r.s("expected")}"${r.o("matches") ? ` (det är namnet ${r.o("matchesArea") ? `på område ${r.o("matchesArea")} ` : ""}i ${r.o("matches")})` : ""}`,
    "date-year-mismatch": (r) => `utvärderingsdatumet ${r.s("date")} ligger inte i utvärderingsåret ${r.s("year")}`,
    "total-mismatch": (r) =>
      `totalen publiceras som ${r.n("published")}, men områdenas poäng blir tillsammans ${r.n("sum")}`,
    "replaces-built-in": (r) => `den här definitionen ersätter den inbyggda definitionen av ${r.s("framework")}`,
    "duplicate-evaluation": (r) => `${r.s("municipality")} ${r.s("year")} finns redan i samlingen (vid ${r.s("at")})`,
    "municipality-code-mismatch": (r) =>
      r.o("expected")
        ? `${r.s("code")} är koden för ${r.s("expected")} i registret, inte för "${r.s("name")}"`
        : `${r.s("code")} är ingen kommunkod i registret (utvärderingen anger "${r.s("name")}")`,
  },
};

/** The validator's issues worded in Swedish and English. */
export const issueMessages: Readonly<Record<Lang, IssueMessages>> = { sv, en };

/** Thrown by a {@link Reader} for a detail the issue does not have; caught by {@link issueText}. */
const MISSING = Symbol("missing detail");

/** A reader of an issue's details for wording in `messages`' language. */
function reader(details: IssueDetails, messages: IssueMessages): Reader {
  const o = (key: string) => {
    const value = Object.prototype.hasOwnProperty.call(details, key) ? details[key] : undefined;
    return value === null || value === undefined ? undefined : String(value);
  };
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw MISSING;
    return value;
  };
  // Every published decimal is kept: an error must show the number as it was given.
  const n = (key: string) =>
    need(typeof details[key] === "number" ? formatNumber(details[key], messages.lang, 20) : undefined);
  const value = (key: string) => (typeof details[key] === "number" ? n(key) : JSON.stringify(need(o(key))));
  const type = (key: string) => need(messages.types[need(o(key))]);
  const got = () => (details.value !== null && details.value !== undefined ? value("value") : type("got"));
  return { n, s: (key) => need(o(key)), o, value, type, got, d: details };
}

/** The wording of an issue in `messages`' language, or `undefined`. */
function word(issue: Issue, messages: IssueMessages): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(messages.kinds, issue.kind)) return undefined;
  try {
    return messages.kinds[issue.kind as IssueKind](reader(issue.details ?? {}, messages));
  } catch (error) {
    if (error === MISSING) return undefined;
    throw error;
  }
}

/**
 * An issue worded in `lang` from its kind and details, with the language it is in: where the
 * kind has no wording (an unknown kind, or details without a value the sentence needs), the
 * issue's English `message`, marked `en`, so that a page in another language can carry `lang="en"`
 * on it (WCAG 3.1.2).
 */
export function issueText(issue: Issue, lang: Lang): LangText {
  const texts: Partial<Record<Lang, string>> = { en: issue.message };
  const worded = word(issue, issueMessages[lang] ?? sv);
  if (worded !== undefined) texts[lang] = worded;
  return textIn(texts, lang);
}
