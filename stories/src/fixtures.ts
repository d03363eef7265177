/**
 * The evaluations the stories show: the fixtures from `test/fixtures/` and edge cases derived from
 * them. Derived data is built from copies; the fixtures themselves are never changed. The fixtures
 * named `example-*` are made up for tests (each says so in its notes), the others are as published.
 */
import { compareEvaluations, type Evaluation } from "@kommunkompassen/core";
import angelholm2016Json from "../../test/fixtures/angelholm-2016.json";
import avestaJson from "../../test/fixtures/avesta-2014.json";
import example2020Json from "../../test/fixtures/example-2020.json";
import exampleOriginal2006Json from "../../test/fixtures/example-original-2006.json";
import strangnas2014Json from "../../test/fixtures/strangnas-2014.json";
import strangnas2016Json from "../../test/fixtures/strangnas-2016.json";
import vasteras2012Json from "../../test/fixtures/vasteras-2012.json";
import vasteras2014Json from "../../test/fixtures/vasteras-2014.json";

/** JSON imports widen literals (`schemaVersion: number`); the components validate what they get. */
const fixture = (data: unknown): Evaluation => data as Evaluation;

/** Avesta kommun 2014: complete, with all eight sub-question tables. */
export const avesta2014 = fixture(avestaJson);
/** Västerås stad 2012: area scores 1–7, area 8 and the total unknown. */
export const vasteras2012 = fixture(vasteras2012Json);
/** Västerås stad 2014: area scores 1–7 and a published "previous" reference (2012); area 8 unknown. */
export const vasteras2014 = fixture(vasteras2014Json);

/**
 * Partial data beyond the real gap of area 8: a copy of Västerås 2014 that also lacks the scores
 * of areas 2, 4 and 6 (an area score known in some places and not in others).
 */
export const vasterasSparse: Evaluation = {
  ...structuredClone(vasteras2014),
  areas: vasteras2014.areas.map((area) => {
    if (![2, 4, 6].includes(area.id)) return structuredClone(area);
    const { score: _score, ...rest } = structuredClone(area);
    return rest;
  }),
  references: [],
  notes: ["Story data: Västerås 2014 with the scores of areas 2, 4 and 6 removed, as if they had not survived."],
};

/** The names Kommunkompassen 2.1 gives areas 2, 7 and 8. */
const names21: Record<number, string> = {
  2: "Brukarfokus, tillgänglighet och bemötande",
  7: "Ständiga förbättringar",
  8: "Kommun som samhällsbyggare",
};

/**
 * A model version change: a copy of Västerås 2014 re-labelled as a 2018 evaluation under
 * Kommunkompassen 2.1, to compare with Västerås 2012 (2.0). The scores are the 2014 ones: story data.
 */
const { published: _published, references: _references, ...vasteras2014Rest } = structuredClone(vasteras2014);
export const vasteras2018v21: Evaluation = {
  ...vasteras2014Rest,
  framework: "kommunkompassen-2.1",
  year: 2018,
  date: "2018-11",
  areas: vasteras2014.areas.map((area) => ({
    ...structuredClone(area),
    ...(names21[area.id] ? { title: names21[area.id] } : {}),
  })),
  notes: ["Story data: Västerås 2014's scores re-labelled as a 2018 evaluation under Kommunkompassen 2.1."],
};

const longTitles = [
  "Öppenhet, insyn och demokratisk förankring i alla nämnder, bolag och kommunalförbund",
  "Tillgänglighet, bemötande och brukarfokus i välfärdstjänster, myndighetsutövning och e-tjänster",
  "Politisk styrning, uppföljning och intern kontroll av verksamhet, ekonomi och upphandlade avtal",
  "Ledarskap, ansvarsfördelning och delegation mellan förvaltningsledning och verksamhetschefer",
  "Resultat, effektivitet och jämförelser med andra regioner inom hälso- och sjukvård och kollektivtrafik",
  "Regionen som arbetsgivare: kompetensförsörjning, arbetsmiljö, lönebildning och mångfaldsarbete",
  "Ständiga förbättringar genom systematisk avvikelsehantering, omvärldsbevakning och innovationsarbete",
  "Regionen som samhällsbyggare: näringslivsutveckling, infrastruktur, kultur och hållbar regional utveckling",
];

/**
 * Long labels: an evaluation under an unknown framework id ("region-x"), so the charts name the
 * areas from the evaluation's own (very long) titles rather than from a built-in framework.
 */
export const regionLong2020: Evaluation = {
  schemaVersion: 1,
  framework: "region-x",
  municipality: { name: "Region Västra Mellanlandskapets Sjukvårds- och Kollektivtrafikförbund" },
  year: 2020,
  areas: longTitles.map((title, i) => ({ id: i + 1, title, max: 100, score: [62, 48, 71, 55, 67, 59, 44, 73][i]! })),
  notes: ["Story data: a made-up regional evaluation with very long area titles."],
};

/** The same region's earlier evaluation, so the long-label charts also show a comparison. */
export const regionLong2016: Evaluation = {
  ...structuredClone(regionLong2020),
  year: 2016,
  areas: regionLong2020.areas.map((area, i) => ({
    ...structuredClone(area),
    score: [55, 50, 60, 41, 66, 52, 38, 70][i]!,
  })),
};

/**
 * Invalid data: Avesta 2014 with the year as a string, an area score above its maximum and an
 * area 9 that the framework does not have. Typed loosely on purpose: the components validate at
 * run time and render an error notice instead of throwing.
 */
export const invalidEvaluation = ((): Evaluation => {
  const data = structuredClone(avesta2014) as unknown as { year: unknown; areas: { id: number; score?: number }[] };
  data.year = "2014";
  data.areas[2]!.score = 130;
  data.areas.push({ id: 9, score: 10 });
  return data as unknown as Evaluation;
})();

/**
 * Story data for sub-question changes: a made-up later evaluation of Avesta ("2017", same model)
 * with some sub-questions' achieved points changed and each changed area's score moved by the same
 * amount. Changed questions lose their published percent (it would no longer match); the total is
 * left out (the report would publish one, the story does not invent it).
 */
export const avesta2017: Evaluation = (() => {
  const changes: Record<string, number> = {
    "1.2": 12,
    "1.5": 6,
    "2.2": 10,
    "4.1": 9,
    "4.6": 10,
    "6.3": 14,
    "7.4": 9,
    "8.5": 2,
  };
  const { total: _total, ...base } = structuredClone(avesta2014);
  return {
    ...base,
    year: 2017,
    date: "2017",
    areas: base.areas.map((area) => {
      let moved = 0;
      const questions = area.questions?.map((q) => {
        const next = changes[q.id];
        if (next === undefined || q.achieved === undefined) return q;
        moved += next - q.achieved;
        const { percent: _percent, ...rest } = q;
        return { ...rest, achieved: next };
      });
      return {
        ...area,
        ...(questions ? { questions } : {}),
        ...(area.score !== undefined ? { score: area.score + moved } : {}),
      };
    }),
    notes: [
      "Story data: a made-up 2017 evaluation of Avesta, derived from the 2014 fixture with some sub-questions changed.",
    ],
  };
})();

/**
 * A model version change with sub-questions: Avesta's 2014 data re-labelled as a 2018 evaluation
 * under Kommunkompassen 2.1. Area 2's six 2.0 questions do not fit the five of 2.1, so only its score
 * is kept; area 7's maxima are not published for 2.1, so they and the percents are left out.
 */
export const avesta2018v21: Evaluation = (() => {
  const { total: _total, ...base } = structuredClone(avesta2014);
  return {
    ...base,
    framework: "kommunkompassen-2.1",
    year: 2018,
    date: "2018",
    areas: base.areas.map((area) => {
      const title = names21[area.id] ?? area.title;
      if (area.id === 2) {
        const { questions: _questions, ...rest } = area;
        return { ...rest, title };
      }
      if (area.id === 7) {
        return { ...area, title, questions: area.questions?.map(({ max: _max, percent: _percent, ...q }) => q) };
      }
      return { ...area, title };
    }),
    notes: ["Story data: Avesta's 2014 data re-labelled as a 2018 evaluation under Kommunkompassen 2.1."],
  };
})();

/**
 * Partial sub-question data: Avesta 2014 with area 1's score and two of its sub-questions'
 * achieved points removed (the table shows "uppgift saknas" and derives what it can).
 */
export const avestaPartialQuestions: Evaluation = (() => {
  const data = structuredClone(avesta2014);
  const { total: _total, ...base } = data;
  return {
    ...base,
    areas: base.areas.map((area) => {
      if (area.id !== 1) return area;
      const { score: _score, ...rest } = area;
      return {
        ...rest,
        questions: area.questions?.map((q) => {
          if (q.id !== "1.2" && q.id !== "1.4") return q;
          const { achieved: _achieved, percent: _percent, ...other } = q;
          return other;
        }),
      };
    }),
    notes: ["Story data: Avesta 2014 without area 1's score and without the points of questions 1.2 and 1.4."],
  };
})();

/** Long labels in a sub-question table: the region's area 3 with long, made-up sub-questions. */
export const regionLongQuestions: Evaluation = {
  ...structuredClone(regionLong2020),
  areas: regionLong2020.areas.map((area) =>
    area.id !== 3
      ? structuredClone(area)
      : {
          ...structuredClone(area),
          score: 71,
          questions: [
            {
              id: "3.1",
              achieved: 12,
              max: 15,
              text: "Finns ett sammanhållet system för styrning och uppföljning som omfattar nämnder, helägda bolag, kommunalförbund och verksamhet som drivs på entreprenad?",
            },
            {
              id: "3.2",
              achieved: 18,
              max: 25,
              text: "Hur formuleras de politiska målen, och hur bryts de ned till mätbara mål för förvaltningar, enheter och enskilda medarbetare?",
            },
            {
              id: "3.3",
              achieved: 17,
              max: 25,
              text: "Hur rapporteras resultat och måluppfyllelse till fullmäktige, styrelse, nämnder och medborgare, och hur används rapporterna i budgetarbetet?",
            },
            {
              id: "3.4",
              achieved: 14,
              max: 20,
              text: "Är ansvarsfördelningen mellan förtroendevalda och tjänstepersoner tydlig, dokumenterad och känd i hela organisationen?",
            },
            { id: "3.5", achieved: 10, max: 15, text: "Samspel och dialog" },
          ],
        },
  ),
};

/** MADE UP for tests: a Kommunkompassen 2020 evaluation of "Exempelkommun" 2021, eight area scores, total 517. */
export const example2020 = fixture(example2020Json);
/** MADE UP for tests: an evaluation on the original model (2002–2009) known only by its total, 426.5, as published in 2006 for some municipality. */
export const exampleOriginal2006 = fixture(exampleOriginal2006Json);
/** Ängelholms kommun 2016, Kommunkompassen 2.1: the published total (496) only. */
export const angelholm2016 = fixture(angelholm2016Json);
/** Strängnäs kommun 2014, Kommunkompassen 2.0: the published total (437) and area 1 (54). */
export const strangnas2014 = fixture(strangnas2014Json);
/** Strängnäs kommun 2016, the model not stated: the published total (497), area 1 (63) and an average of a model not stated. */
export const strangnas2016 = fixture(strangnas2016Json);

/**
 * Story data for a comparison across the 2020 revision: Exempelkommun's earlier evaluation, "2017"
 * under Kommunkompassen 2.1, with Avesta 2014's area scores and total (404) re-labelled. Made up, as
 * the municipality is; it gives the 2020 example an earlier evaluation of the same municipality.
 */
export const example2017v21: Evaluation = {
  schemaVersion: 1,
  framework: "kommunkompassen-2.1",
  municipality: { name: "Exempelkommun" },
  year: 2017,
  total: avesta2014.total!,
  areas: avesta2014.areas.map((area) => ({ id: area.id, score: area.score! })),
  notes: ["Story data: made up, with Avesta 2014's area scores and total re-labelled as Exempelkommun 2017 (2.1)."],
};

/** The real Västerås comparison (2012 → 2014) from the core, for the badge stories: area 8 is unknown on both sides. */
export const vasterasComparison = compareEvaluations(vasteras2012, vasteras2014);
