import type { Lang } from "../text/format";

/** Why an evaluation has no place in its model's ranking (the core's `UnrankedReason`). */
type Unranked = "model-not-stated" | "older-evaluation" | "no-group";

/**
 * The texts of the national view: the overview table, the position strip, the small multiples and
 * the timeline of `@kommunkompassen/react`, and the pages `@kommunkompassen/react/server` renders
 * around reports (the folder index, the pages of a site). A part of the catalogue of its own, so that
 * a bundle of only the report's charts (the embed's report view) does not carry them. Numbers come
 * in formatted (`formatNumber`) where the parameter is a string.
 */
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

  // The overview table.
  /** The overview table's default caption: "Kommunkompassen: 19 utvärderingar". */
  overviewCaption: (count: number) => string;
  /** How the static table is ordered, said under its caption. */
  overviewOrder: string;
  /** The header row of a model's rows: "Kommunkompassen 2.0: 8 utvärderingar". */
  overviewGroup: (model: string, count: number) => string;
  /** Added to the header row of a model that is not stated: its rows are never ranked or ordered by score. */
  overviewGroupUnranked: string;
  /** Column header of the place within the model. */
  rank: string;
  /** A place in the table: "11 av 12", "delad 2 av 12". */
  rankCell: (position: number, of: number, tied: boolean) => string;
  /** Short text in the place column for an evaluation that is not ranked, by reason. */
  notRankedCell: Record<Unranked, string>;
  /** The notes under the table, saying why evaluations are not ranked, by reason. */
  notRankedNote: Record<Unranked, string>;
  /** An area's column header, short ("Omr. 3"), with its full form for screen readers. */
  areaColumn: (id: number) => { short: string; full: string };
  /** Heading of the key of area names per model, under the table. */
  areaKeyTitle: string;
  /** Across the area columns of a row whose area scores are all unknown. */
  noAreasKnown: string;
  /** The title of the collapsed area scores of a row in a narrow table ("Områden – 1: 52, 2: 41"). */
  areasInline: string;
  /** The accessible name of the filter form. */
  filters: string;
  /** The label of the model filter. */
  filterModel: string;
  /** The label of the county filter. */
  filterCounty: string;
  /** The label of the kommungrupp filter. */
  filterGroup: string;
  /** The label of the year filter. */
  filterYear: string;
  /** The search field's label. */
  search: string;
  /** The first option of the model filter, which shows every model. */
  allModels: string;
  /** The first option of the county filter. */
  allCounties: string;
  /** The first option of the kommungrupp filter. */
  allGroups: string;
  /** The first option of the year filter. */
  allYears: string;
  /** The button that clears every filter and the search. */
  resetFilters: string;
  /** Announced and shown when the rows change: "Visar 12 av 19 utvärderingar." */
  rowsShown: (shown: number, total: number) => string;
  /** Shown in the table when no row matches. */
  noRowsMatch: string;
  /** Announced after a sort: "Sorterad efter Totalt, fallande, inom varje modell." */
  sortedBy: (column: string, descending: boolean) => string;
  /** Said once near the sort buttons: what sorting does and does not do. */
  sortHelp: string;
  /** A SKR municipality group with its name: "B3 Större stad". */
  kommungrupp: (code: string, name: string) => string;

  // The position strip.
  /** Caption of the position of one evaluation: "Avesta kommun 2014 bland kommuner utvärderade med Kommunkompassen 2.0". */
  positionTitle: (evaluation: string, model: string) => string;
  /** Caption of the position of an evaluation that has none (its model is not stated): "Strängnäs kommun 2016: ingen placering". */
  positionNone: (evaluation: string) => string;
  /** Caption of a distribution without a focal evaluation: "Kommunkompassen 2.0: 12 utvärderingar". */
  distributionTitle: (model: string, count: number) => string;
  /** A place in words: "plats 11 av 12 bland kommuner utvärderade med Kommunkompassen 2.0". */
  rankWords: (position: number, of: number, model: string, tied: boolean) => string;
  /** A place without the model (said once before): "plats 7 av 42", "7th of 42". */
  rankShort: (position: number, of: number, tied: boolean) => string;
  /** A measure's value and place: "Totalt: 404 av 800 poäng, plats 11 av 12 …". */
  positionLine: (measure: string, value: string, place: string) => string;
  /** A measure whose value is not known has no place: "Område 2: uppgift saknas, ingen plats". */
  positionUnknown: (measure: string) => string;
  /** Why a focal evaluation is not ranked, by reason (the evaluation named; the model and the later year for an older one). */
  notRanked: (reason: Unranked, evaluation: string, model: string, laterYear: number | null) => string;
  /** Areas with no known score of the focal evaluation are not placed: "Ingen poäng är känd för område 2, 3 och 4: de placeras inte." */
  positionAreasUnknown: (areas: string, count: number) => string;
  /** The population of the strip: the latest evaluation of each municipality. */
  populationLatest: string;
  /** The population of the strip with `all`: every evaluation. */
  populationAll: string;
  /** One strip's distribution in words: "12 utvärderingar: median 470, mittersta hälften 430–520, lägst 404, högst 644." */
  stripSummary: (
    measure: string,
    n: number,
    median: string | null,
    q1: string | null,
    q3: string | null,
    min: string | null,
    max: string | null,
  ) => string;
  /** The legend: the other evaluations' marks. */
  legendOthers: string;
  /** The legend's marks when no evaluation is singled out. */
  legendAll: string;
  /** The legend: the focal evaluation's mark, "Strängnäs kommun 2014 (romb med etikett)". */
  legendFocal: (evaluation: string) => string;
  /** The median, in the legend and the data table. */
  median: string;
  /** The middle half (interquartile range), in the legend. */
  middleHalf: string;
  /** Row header of the lower quartile in a data table. */
  lowerQuartile: string;
  /** Row header of the upper quartile in a data table. */
  upperQuartile: string;
  /** Row header of the count in a data table's footer. */
  count: string;
  /** Marks the focal evaluation's row in a data table. */
  selected: string;
  /** A chart with no evaluation of the model to show. */
  noEvaluationsOf: (model: string) => string;

  // Small multiples.
  /** Caption: "12 utvärderingar med Kommunkompassen 2.0, områden 0–100". */
  multiplesTitle: (count: number, model: string) => string;
  /** Heading of a model's panels within the figure: "Kommunkompassen 2.1: 3". */
  multiplesGroup: (model: string, count: number) => string;
  /** Evaluations left out: their model's areas are defined differently, or not known. */
  multiplesLeftOut: (evaluations: string, model: string, unknown: boolean) => string;
  /** Evaluations left out: no area score is known. */
  multiplesNoAreas: (evaluations: string) => string;
  /** The label of a group's median drawn in every panel: computed, with its n, not published. */
  groupMedian: (model: string, n: number) => string;
  /** Shown instead of the panels when none can be drawn. */
  multiplesEmpty: string;
  /** Opening of the description: "Små diagram över 12 utvärderingar, ett per utvärdering, på samma skala 0–100." */
  multiplesIntro: (count: number) => string;
  /** One panel in words: "Avesta kommun 2014: totalt 404; starkast …". */
  panelSummary: (evaluation: string, total: string | null, areas: string) => string;

  // The timeline.
  /** Caption: "Avesta kommun: utvärderingar 2011–2019". */
  timelineTitle: (municipality: string, first: number, last: number) => string;
  /** The summary: "4 utvärderingar med 2 modeller; totalpoängen 2011–2019: 483, 549, …". */
  timelineSummary: (count: number, models: number, totals: string) => string;
  /** A break between models, numbered as in the chart: "1: Mellan 2014 och 2016 byttes modellen: …". */
  timelineBreak: (index: number, fromYear: number, toYear: number, reason: string) => string;
  /** Evaluations of other municipalities given to a timeline, left out. */
  timelineOthers: (evaluations: string) => string;
  /** Shown instead of the plot when no total is known. */
  timelineEmpty: string;
  /** The label of a model-change marker in the chart's legend. */
  modelChange: string;

  // The site (kompass render DIR).
  /** The site's index title. */
  siteTitle: string;
  /** The index's opening: counts and the rule. */
  siteIntro: (evaluations: number, municipalities: number, models: number) => string;
  /** The index's heading of the overview. */
  overviewHeading: string;
  /** The index's heading of the totals of each model. */
  distributionHeading: string;
  /** The index's heading of what the data is. */
  aboutDataHeading: string;
  /** Under the distribution heading: one strip per model, never one across models. */
  distributionIntro: string;
  /** Index: where the data comes from (the collection's title, notes and sources follow). */
  sourcesIntro: string;
  /** The heading of a report page's position section. */
  positionHeading: string;
  /** The heading of a report page's section on the municipality's evaluations. */
  historyHeading: string;
  /** The list of the municipality's evaluations on a report page: this one, and links to the others. */
  thisEvaluation: string;
  /** The label of a model's band on a report page's charts: "Mittersta hälften av kommunerna med Kommunkompassen 2.0". */
  siteBand: (model: string) => string;
  /** The link back to the index. */
  allEvaluations: string;
  /** Link to a model's rows in the overview: "Alla utvärderingar med Kommunkompassen 2.0". */
  modelInOverview: (model: string) => string;
}

/** "1st", "2nd", "3rd", "4th", "11th", "21st", … */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

const sv: PageMessages = {
  indexTitle: "Kommunkompassen – utvärderingar",
  indexCaption: (n) => `${n} utvärdering${n === 1 ? "" : "ar"}`,
  municipality: "Kommun",
  year: "År",
  total: "Totalt",
  navigation: "Navigering",

  overviewCaption: (n) => `Kommunkompassen: ${n} utvärdering${n === 1 ? "" : "ar"}`,
  overviewOrder:
    "Grupperade efter modell och sorterade efter totalpoäng inom varje modell. Poäng från olika modeller rankas aldrig tillsammans.",
  overviewGroup: (model, n) => `${model}: ${n} utvärdering${n === 1 ? "" : "ar"}`,
  overviewGroupUnranked: "rankas inte, sorteras efter kommun",
  rank: "Plats",
  rankCell: (p, of, tied) => `${tied ? "delad " : ""}${p} av ${of}`,
  notRankedCell: {
    "model-not-stated": "rankas inte",
    "older-evaluation": "äldre",
    "no-group": "rankas inte",
  },
  notRankedNote: {
    "model-not-stated":
      "Rankas inte: källan anger inte med vilken modell utvärderingen gjordes (2015–2019 kan det vara 2.0 eller 2.1), och poäng rankas bara bland utvärderingar med samma modell.",
    "older-evaluation":
      "Äldre: kommunen har en senare utvärdering med samma modell. Bara den senaste utvärderingen av varje kommun rankas.",
    "no-group": "Rankas inte: kommunen ingår inte i någon grupp.",
  },
  areaColumn: (id) => ({ short: `Omr.\u00a0${id}`, full: `Område ${id}` }),
  areaKeyTitle: "Områdena i varje modell",
  noAreasKnown: "inga områdespoäng kända",
  areasInline: "Områden",
  filters: "Filtrera utvärderingarna",
  filterModel: "Modell",
  filterCounty: "Län",
  filterGroup: "Kommungrupp",
  filterYear: "År",
  search: "Sök kommun",
  allModels: "Alla modeller",
  allCounties: "Alla län",
  allGroups: "Alla grupper",
  allYears: "Alla år",
  resetFilters: "Visa alla",
  rowsShown: (shown, total) => `Visar ${shown} av ${total} utvärdering${total === 1 ? "" : "ar"}.`,
  noRowsMatch: "Ingen utvärdering matchar filtret.",
  sortedBy: (column, desc) => `Sorterad efter ${column}, ${desc ? "fallande" : "stigande"}, inom varje modell.`,
  sortHelp:
    "Knapparna i tabellhuvudet sorterar inom varje modell. Utvärderingar där modellen inte är angiven sorteras aldrig efter poäng.",
  kommungrupp: (code, name) => `${code} ${name}`,

  positionTitle: (e, model) => `${e} bland kommuner utvärderade med ${model}`,
  positionNone: (e) => `${e}: ingen placering`,
  distributionTitle: (model, n) => `${model}: ${n} utvärdering${n === 1 ? "" : "ar"}`,
  rankWords: (p, of, model, tied) =>
    `${tied ? "delad " : ""}plats ${p} av ${of} bland kommuner utvärderade med ${model}`,
  rankShort: (p, of, tied) => `${tied ? "delad " : ""}plats ${p} av ${of}`,
  positionLine: (measure, value, place) => `${measure}: ${value}, ${place}`,
  positionUnknown: (measure) => `${measure}: uppgift saknas, ingen plats`,
  notRanked: (reason, e, model, later) => {
    switch (reason) {
      case "model-not-stated":
        return `${e} rankas inte: källan anger inte med vilken modell utvärderingen gjordes (2015–2019 kan det vara 2.0 eller 2.1), och poäng rankas bara bland utvärderingar med samma modell.`;
      case "older-evaluation":
        return `${e} rankas inte: kommunen har en senare utvärdering med ${model}${later === null ? "" : ` (${later})`}, och bara den senaste utvärderingen av varje kommun rankas. Markeringen visar var poängen hamnar bland de rankade.`;
      case "no-group":
        return `${e} rankas inte: kommunen ingår inte i gruppen.`;
    }
  },
  positionAreasUnknown: (areas, n) =>
    `Ingen poäng är känd för område ${areas}: ${n === 1 ? "det placeras" : "de placeras"} inte.`,
  populationLatest: "Den senaste utvärderingen av varje kommun med modellen.",
  populationAll: "Alla utvärderingar med modellen, även äldre av samma kommun.",
  stripSummary: (measure, n, median, q1, q3, min, max) =>
    n === 0
      ? `${measure}: ingen utvärdering med känt värde.`
      : `${measure}, ${n} utvärdering${n === 1 ? "" : "ar"}: median ${median}, mittersta hälften ${q1}–${q3}, lägst ${min}, högst ${max}.`,
  legendOthers: "Övriga kommuner (prickar)",
  legendAll: "Kommuner (prickar)",
  legendFocal: (e) => `${e} (romb med etikett)`,
  median: "Median",
  middleHalf: "Mittersta hälften (nedre till övre kvartil)",
  lowerQuartile: "Nedre kvartil",
  upperQuartile: "Övre kvartil",
  count: "Antal (n)",
  selected: "vald",
  noEvaluationsOf: (model) => `Ingen utvärdering med ${model} att visa.`,

  multiplesTitle: (n, model) => `${n} utvärdering${n === 1 ? "" : "ar"} med ${model}, områden 0–100`,
  multiplesGroup: (model, n) => `${model}: ${n}`,
  multiplesLeftOut: (list, model, unknown) =>
    unknown
      ? `${list} visas inte: områdena i ${model} är inte kända.`
      : `${list} visas inte: områdena i ${model} är definierade på ett annat sätt.`,
  multiplesNoAreas: (list) => `${list} visas inte: ingen områdespoäng är känd.`,
  groupMedian: (model, n) => `Median för ${model} (n = ${n}), beräknad ur samlingen, inte publicerad`,
  multiplesEmpty:
    "Inga små diagram att visa: ingen av utvärderingarna har en känd områdespoäng i samma uppsättning områden.",
  multiplesIntro: (n) =>
    `Små diagram över ${n} utvärdering${n === 1 ? "" : "ar"}, ett per utvärdering, på samma skala 0–100.`,
  panelSummary: (e, total, areas) => `${e}: ${total === null ? "totalt uppgift saknas" : `totalt ${total}`}; ${areas}.`,

  timelineTitle: (mu, first, last) =>
    first === last ? `${mu}: utvärderingen ${first}` : `${mu}: utvärderingar ${first}–${last}`,
  timelineSummary: (n, models, totals) =>
    `Tidslinje över ${n} utvärdering${n === 1 ? "" : "ar"} med ${models} modell${models === 1 ? "" : "er"}. Totalpoäng: ${totals}.`,
  timelineBreak: (i, from, to, reason) => `Byte ${i}, mellan ${from} och ${to}: ${reason} Ingen linje dras över bytet.`,
  timelineOthers: (list) => `${list} visas inte: tidslinjen gäller en kommun.`,
  timelineEmpty: "Tidslinjen har inget att visa: ingen totalpoäng är känd för utvärderingarna.",
  modelChange: "Modellbyte (numrerat, förklaras under diagrammet)",

  siteTitle: "Kommunkompassen – alla utvärderingar",
  siteIntro: (n, mu, models) =>
    `${n} utvärdering${n === 1 ? "" : "ar"} av ${mu} kommun${mu === 1 ? "" : "er"} med ${models} modell${models === 1 ? "" : "er"}. Poäng jämförs och rankas bara inom samma modell.`,
  overviewHeading: "Alla utvärderingar",
  distributionHeading: "Totalpoäng per modell",
  aboutDataHeading: "Om uppgifterna",
  distributionIntro:
    "Ett diagram per modell: varje prick är en kommuns senaste utvärdering med modellen. Modellerna har olika frågor och krav, så deras poäng står aldrig på samma skala.",
  sourcesIntro: "Siffrorna visas som de publicerades, var och en med sin källa på utvärderingens sida.",
  positionHeading: "Placering inom modellen",
  historyHeading: "Kommunens utvärderingar",
  thisEvaluation: "den här sidan",
  siteBand: (model) => `Mittersta hälften av kommunerna med ${model} (kvartilavstånd)`,
  allEvaluations: "Alla utvärderingar",
  modelInOverview: (model) => `Alla utvärderingar med ${model} i översikten`,
};

const en: PageMessages = {
  indexTitle: "Kommunkompassen – evaluations",
  indexCaption: (n) => `${n} evaluation${n === 1 ? "" : "s"}`,
  municipality: "Municipality",
  year: "Year",
  total: "Total",
  navigation: "Navigation",

  overviewCaption: (n) => `Kommunkompassen: ${n} evaluation${n === 1 ? "" : "s"}`,
  overviewOrder:
    "Grouped by model and sorted by total within each model. Scores of different models are never ranked together.",
  overviewGroup: (model, n) => `${model}: ${n} evaluation${n === 1 ? "" : "s"}`,
  overviewGroupUnranked: "not ranked, sorted by municipality",
  rank: "Place",
  rankCell: (p, of, tied) => `${tied ? "joint " : ""}${ordinal(p)} of ${of}`,
  notRankedCell: {
    "model-not-stated": "not ranked",
    "older-evaluation": "older",
    "no-group": "not ranked",
  },
  notRankedNote: {
    "model-not-stated":
      "Not ranked: the source does not say which model the evaluation used (in 2015–2019 it may be 2.0 or 2.1), and scores are ranked only among evaluations of the same model.",
    "older-evaluation":
      "Older: the municipality has a later evaluation with the same model. Only the latest evaluation of each municipality is ranked.",
    "no-group": "Not ranked: the municipality is in no group.",
  },
  areaColumn: (id) => ({ short: `Area\u00a0${id}`, full: `Area ${id}` }),
  areaKeyTitle: "The areas of each model",
  noAreasKnown: "no area scores known",
  areasInline: "Areas",
  filters: "Filter the evaluations",
  filterModel: "Model",
  filterCounty: "County",
  filterGroup: "Municipality group",
  filterYear: "Year",
  search: "Search municipality",
  allModels: "All models",
  allCounties: "All counties",
  allGroups: "All groups",
  allYears: "All years",
  resetFilters: "Show all",
  rowsShown: (shown, total) => `Showing ${shown} of ${total} evaluation${total === 1 ? "" : "s"}.`,
  noRowsMatch: "No evaluation matches the filter.",
  sortedBy: (column, desc) => `Sorted by ${column}, ${desc ? "descending" : "ascending"}, within each model.`,
  sortHelp:
    "The buttons in the table header sort within each model. Evaluations whose model is not stated are never sorted by score.",
  kommungrupp: (code, name) => `${code} ${name}`,

  positionTitle: (e, model) => `${e} among the municipalities evaluated with ${model}`,
  positionNone: (e) => `${e}: no place`,
  distributionTitle: (model, n) => `${model}: ${n} evaluation${n === 1 ? "" : "s"}`,
  rankWords: (p, of, model, tied) =>
    `${tied ? "joint " : ""}${ordinal(p)} of ${of} municipalities evaluated with ${model}`,
  rankShort: (p, of, tied) => `${tied ? "joint " : ""}${ordinal(p)} of ${of}`,
  positionLine: (measure, value, place) => `${measure}: ${value}, ${place}`,
  positionUnknown: (measure) => `${measure}: no data, no place`,
  notRanked: (reason, e, model, later) => {
    switch (reason) {
      case "model-not-stated":
        return `${e} is not ranked: the source does not say which model the evaluation used (in 2015–2019 it may be 2.0 or 2.1), and scores are ranked only among evaluations of the same model.`;
      case "older-evaluation":
        return `${e} is not ranked: the municipality has a later evaluation with ${model}${later === null ? "" : ` (${later})`}, and only the latest evaluation of each municipality is ranked. The mark shows where its score falls among those ranked.`;
      case "no-group":
        return `${e} is not ranked: the municipality is not in the group.`;
    }
  },
  positionAreasUnknown: (areas, n) => `No score is known for area${n === 1 ? "" : "s"} ${areas}: not placed.`,
  populationLatest: "The latest evaluation of each municipality with the model.",
  populationAll: "Every evaluation with the model, older ones of the same municipality included.",
  stripSummary: (measure, n, median, q1, q3, min, max) =>
    n === 0
      ? `${measure}: no evaluation with a known value.`
      : `${measure}, ${n} evaluation${n === 1 ? "" : "s"}: median ${median}, middle half ${q1}–${q3}, lowest ${min}, highest ${max}.`,
  legendOthers: "Other municipalities (dots)",
  legendAll: "Municipalities (dots)",
  legendFocal: (e) => `${e} (labelled diamond)`,
  median: "Median",
  middleHalf: "Middle half (lower to upper quartile)",
  lowerQuartile: "Lower quartile",
  upperQuartile: "Upper quartile",
  count: "Count (n)",
  selected: "selected",
  noEvaluationsOf: (model) => `No evaluation with ${model} to show.`,

  multiplesTitle: (n, model) => `${n} evaluation${n === 1 ? "" : "s"} with ${model}, areas 0–100`,
  multiplesGroup: (model, n) => `${model}: ${n}`,
  multiplesLeftOut: (list, model, unknown) =>
    unknown
      ? `${list} not shown: the areas of ${model} are not known.`
      : `${list} not shown: the areas of ${model} are defined differently.`,
  multiplesNoAreas: (list) => `${list} not shown: no area score is known.`,
  groupMedian: (model, n) => `Median of ${model} (n = ${n}), computed from the collection, not published`,
  multiplesEmpty: "No small charts to show: none of the evaluations has a known area score in the same set of areas.",
  multiplesIntro: (n) => `Small charts of ${n} evaluation${n === 1 ? "" : "s"}, one each, on the same 0–100 scale.`,
  panelSummary: (e, total, areas) => `${e}: ${total === null ? "total no data" : `total ${total}`}; ${areas}.`,

  timelineTitle: (mu, first, last) =>
    first === last ? `${mu}: the evaluation of ${first}` : `${mu}: evaluations ${first}–${last}`,
  timelineSummary: (n, models, totals) =>
    `Timeline of ${n} evaluation${n === 1 ? "" : "s"} with ${models} model${models === 1 ? "" : "s"}. Totals: ${totals}.`,
  timelineBreak: (i, from, to, reason) =>
    `Change ${i}, between ${from} and ${to}: ${reason} No line is drawn across it.`,
  timelineOthers: (list) => `${list} not shown: a timeline is of one municipality.`,
  timelineEmpty: "The timeline has nothing to show: no total of the evaluations is known.",
  modelChange: "Change of model (numbered, explained under the chart)",

  siteTitle: "Kommunkompassen – all evaluations",
  siteIntro: (n, mu, models) =>
    `${n} evaluation${n === 1 ? "" : "s"} of ${mu} municipalit${mu === 1 ? "y" : "ies"} with ${models} model${models === 1 ? "" : "s"}. Scores are compared and ranked only within the same model.`,
  overviewHeading: "All evaluations",
  distributionHeading: "Totals by model",
  aboutDataHeading: "About the data",
  distributionIntro:
    "One chart per model: each dot is a municipality's latest evaluation with that model. The models ask different questions with different requirements, so their scores never share a scale.",
  sourcesIntro: "Figures are shown as published, each with its source on the evaluation's page.",
  positionHeading: "Place within the model",
  historyHeading: "The municipality's evaluations",
  thisEvaluation: "this page",
  siteBand: (model) => `Middle half of the municipalities with ${model} (interquartile range)`,
  allEvaluations: "All evaluations",
  modelInOverview: (model) => `All evaluations with ${model} in the overview`,
};

/** The server-rendered pages' texts, by language. */
export const pageMessages: Readonly<Record<Lang, PageMessages>> = { sv, en };
