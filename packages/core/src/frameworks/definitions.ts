import type { Lang } from "../text/format";
import type { Framework, FrameworkArea } from "./types";

/**
 * Kommunkompassen 2.0 (the 2010 revision). Area names from the reports; every sub-question id,
 * wording and maximum from section 4 ("Översikt av poängfördelning") of the Avesta 2014 report.
 */
export const kommunkompassen20: Framework = {
  id: "kommunkompassen-2.0",
  label: "Kommunkompassen 2.0",
  version: "2.0",
  areas: [
    {
      id: 1,
      name: { sv: "Offentlighet och demokrati", en: "Transparency and democracy" },
      max: 100,
      questions: [
        { id: "1.1", max: 15 },
        { id: "1.2", max: 20 },
        { id: "1.3", max: 25 },
        { id: "1.4", max: 30 },
        { id: "1.5", max: 10 },
      ],
    },
    {
      id: 2,
      name: { sv: "Tillgänglighet och brukarorientering", en: "Accessibility and user orientation" },
      max: 100,
      questions: [
        { id: "2.1", max: 15 },
        { id: "2.2", max: 25 },
        { id: "2.3", max: 15 },
        { id: "2.4", max: 15 },
        { id: "2.5", max: 15 },
        { id: "2.6", max: 15 },
      ],
    },
    {
      id: 3,
      name: { sv: "Politisk styrning och kontroll", en: "Political governance and control" },
      max: 100,
      questions: [
        { id: "3.1", max: 15 },
        { id: "3.2", max: 25 },
        { id: "3.3", max: 25 },
        { id: "3.4", max: 20 },
        { id: "3.5", max: 15 },
      ],
    },
    {
      id: 4,
      name: { sv: "Ledarskap, ansvar och delegation", en: "Leadership, responsibility and delegation" },
      max: 100,
      questions: [
        { id: "4.1", max: 15 },
        { id: "4.2", max: 10 },
        { id: "4.3", max: 20 },
        { id: "4.4", max: 15 },
        { id: "4.5", max: 20 },
        { id: "4.6", max: 20 },
      ],
    },
    {
      id: 5,
      name: { sv: "Resultat och effektivitet", en: "Results and efficiency" },
      max: 100,
      questions: [
        { id: "5.1", max: 15 },
        { id: "5.2", max: 20 },
        { id: "5.3", max: 20 },
        { id: "5.4", max: 15 },
        { id: "5.5", max: 20 },
        { id: "5.6", max: 10 },
      ],
    },
    {
      id: 6,
      name: { sv: "Kommunen som arbetsgivare – personalpolitik", en: "The municipality as employer – HR policy" },
      max: 100,
      questions: [
        { id: "6.1", max: 15 },
        { id: "6.2", max: 20 },
        { id: "6.3", max: 25 },
        { id: "6.4", max: 15 },
        { id: "6.5", max: 15 },
        { id: "6.6", max: 10 },
      ],
    },
    {
      id: 7,
      name: { sv: "Verksamhetsutveckling", en: "Organisational development" },
      max: 100,
      questions: [
        { id: "7.1", max: 15 },
        { id: "7.2", max: 25 },
        { id: "7.3", max: 20 },
        { id: "7.4", max: 20 },
        { id: "7.5", max: 20 },
      ],
    },
    {
      id: 8,
      name: { sv: "Kommunen som samhällsbyggare", en: "The municipality as community builder" },
      max: 100,
      questions: [
        { id: "8.1", max: 15 },
        { id: "8.2", max: 20 },
        { id: "8.3", max: 20 },
        { id: "8.4", max: 15 },
        { id: "8.5", max: 10 },
        { id: "8.6", max: 20 },
      ],
    },
  ],
};

const area20 = (id: number): FrameworkArea => {
  const area = kommunkompassen20.areas.find((a) => a.id === id);
  if (!area) throw new Error(`kommunkompassen-2.0 has no area ${id}`);
  return area;
};

/** Areas whose 2.1 question set is not in the material at hand: names kept, questions unknown. */
const unknownQuestions = (id: number, name?: FrameworkArea["name"]): FrameworkArea => ({
  id,
  name: name ?? area20(id).name,
  max: 100,
});

/**
 * Kommunkompassen 2.1 (around 2015–2016). Areas 2 and 7 were renamed (and area 8 lightly); what is
 * known of the question sets: area 1 keeps five questions with maxima 15/20/25/30/10 (new wording,
 * not published here), area 2 has five questions (15/25/20/20/20), area 7 was rebuilt around five
 * headings whose maxima are not published. Areas 3–6 and 8 have unknown question sets: their
 * question ids and maxima are not checked.
 */
export const kommunkompassen21: Framework = {
  id: "kommunkompassen-2.1",
  label: "Kommunkompassen 2.1",
  version: "2.1",
  areas: [
    {
      id: 1,
      name: area20(1).name,
      max: 100,
      questions: [
        { id: "1.1", max: 15 },
        { id: "1.2", max: 20 },
        { id: "1.3", max: 25 },
        { id: "1.4", max: 30 },
        { id: "1.5", max: 10 },
      ],
    },
    {
      id: 2,
      name: { sv: "Brukarfokus, tillgänglighet och bemötande", en: "User focus, accessibility and treatment" },
      max: 100,
      // Topics (wording not published here): strategy for user focus; accessibility and treatment;
      // information about services; user surveys; clarity of service content and complaints handling.
      questions: [
        { id: "2.1", max: 15 },
        { id: "2.2", max: 25 },
        { id: "2.3", max: 20 },
        { id: "2.4", max: 20 },
        { id: "2.5", max: 20 },
      ],
    },
    unknownQuestions(3),
    unknownQuestions(4),
    unknownQuestions(5),
    unknownQuestions(6),
    {
      ...unknownQuestions(7, { sv: "Ständiga förbättringar", en: "Continuous improvement" }),
      // Rebuilt around five headings (strategy for continuous improvement; analysis of deviations,
      // faults and problems; learning through external scanning and cooperation; methods to improve
      // service quality; creativity and improvements); their maxima are not published here.
      questions: [{ id: "7.1" }, { id: "7.2" }, { id: "7.3" }, { id: "7.4" }, { id: "7.5" }],
    },
    unknownQuestions(8, { sv: "Kommun som samhällsbyggare", en: "The municipality as community builder" }),
  ],
};

/** The frameworks the library knows, by id. */
export const builtInFrameworks: Readonly<Record<string, Framework>> = {
  [kommunkompassen20.id]: kommunkompassen20,
  [kommunkompassen21.id]: kommunkompassen21,
};

/**
 * Looks up a framework by id among the built-in ones and any extra definitions you pass (for a
 * regional or future model). Returns `undefined` for an unknown id: such evaluations are checked
 * structurally only.
 */
export function getFramework(id: string, extra: readonly Framework[] = []): Framework | undefined {
  return (
    extra.find((f) => f.id === id) ??
    (Object.prototype.hasOwnProperty.call(builtInFrameworks, id) ? builtInFrameworks[id] : undefined)
  );
}

/** The framework's area with the given id, if any. */
export function getFrameworkArea(framework: Framework | undefined, areaId: number): FrameworkArea | undefined {
  return framework?.areas.find((a) => a.id === areaId);
}

/**
 * Normalises an area or question name for comparison: case, white space, dashes and punctuation do
 * not count ("Kommunen som arbetsgivare - personalpolitik" equals "Kommunen som arbetsgivare –
 * personalpolitik" and "Kommunen som arbetsgivare personalpolitik").
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFC")
    .toLocaleLowerCase("sv")
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The display name of an area in a language: the framework's name where the framework is known,
 * otherwise the title the evaluation gives, otherwise "Område N" / "Area N".
 */
export function areaName(
  framework: Framework | undefined,
  areaId: number,
  lang: Lang = "sv",
  publishedTitle?: string,
): string {
  const area = getFrameworkArea(framework, areaId);
  if (area) return area.name[lang];
  if (publishedTitle) return publishedTitle;
  return lang === "sv" ? `Område ${areaId}` : `Area ${areaId}`;
}
