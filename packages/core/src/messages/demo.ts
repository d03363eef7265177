import type { Lang } from "../text/format";

/** The texts of the demo behind `pnpm start` (packages/demo): its index, configurator and error pages. */
export interface DemoMessages {
  title: string;
  intro: string;
  reports: string;
  /** The link to the other theme of a page. */
  darkTheme: string;
  lightTheme: string;
  /** A link to a page in this language, shown on the other language's index ("på svenska"). */
  inThisLanguage: string;
  /** The link to this language's demo, shown on the other language's index ("Demo på svenska"). */
  thisDemo: string;
  tools: string;
  storybook: string;
  configurator: string;
  /** The link to the import studio (/studio/). */
  studio: string;
  noStorybook: string;
  back: string;
  notFound: string;
  notFoundText: string;
  home: string;
  /** What each bundled report page shows, by its path. */
  pages: Readonly<
    Record<
      | "avesta-2014"
      | "vasteras-2014"
      | "vasteras-2012"
      | "tomelilla-2023"
      | "tomelilla-2020"
      | "strangnas-2016"
      | "strangnas-2014",
      string
    >
  >;
  /** The national view on the index: every published result, where each stands within its model. */
  national: {
    /** What the data is and where it comes from: the file, its rows, read when the demo starts. */
    intro: (file: string, rows: number) => string;
    /** The contents' label for the reports and tools below the national view. */
    examplesHeading: string;
    /** Under the overview: each row links to its evaluation's page. */
    overviewNote: string;
    /** The data section: the README beside the file. */
    dataReadme: (file: string) => string;
    /** Rows of the file that gave no evaluation (each said when the demo starts). */
    leftOut: (rows: string) => string;
  };
  /** The embed configurator. */
  config: {
    title: string;
    heading: string;
    intro: string;
    evaluation: string;
    compareWith: string;
    none: string;
    view: string;
    language: string;
    swedish: string;
    english: string;
    theme: string;
    light: string;
    dark: string;
    auto: string;
    shadow: string;
    snippet: string;
    copy: string;
    preview: string;
    /** The collection select's label. */
    collection: string;
    /** The collection select's option for the bundled published results, with how many evaluations it holds. */
    publishedResults: (count: number) => string;
    /** The focal municipality of the position view; none shows each model's distribution. */
    focal: string;
    noFocal: string;
    /** The view options, named. */
    views: Readonly<
      Record<"radar" | "bars" | "table" | "deltas" | "summary" | "report" | "position" | "overview", string>
    >;
    /** Under the form: which fields each kind of view uses. */
    viewsNote: string;
  };
}

const sv: DemoMessages = {
  title: "Kommunkompassen – demo",
  intro:
    "Rapportsidor för de medföljande utvärderingarna, renderade på servern med @kommunkompassen/react/server (renderReportDocument): en fristående HTML-sida utan skript och utan externa anrop, med en strikt Content-Security-Policy.",
  reports: "Rapporter",
  darkTheme: "mörkt tema",
  lightTheme: "ljust tema",
  inThisLanguage: "på svenska",
  thisDemo: "Demo på svenska",
  tools: "Verktyg",
  storybook: "Storybook: alla komponenter med exempel",
  configurator: "Bygg inbäddningskoden för kommunens webbplats, med förhandsvisning",
  studio:
    "Importstudion: läs in en rapport (PDF, text eller CSV) i webbläsaren, se belägget för varje siffra och ladda ner utvärderingen",
  noStorybook: "Storybook är inte byggd (kör pnpm storybook:build).",
  back: "Alla exempel",
  notFound: "Sidan finns inte",
  notFoundText: "Det finns ingen sida på den här adressen.",
  home: "Till startsidan",
  pages: {
    "avesta-2014":
      "hela rapporten: 404 av 800 poäng, alla åtta delfrågetabeller, områdespoäng som inte stämmer med delfrågorna",
    "vasteras-2014": "jämförd med 2012: förändringstabell och förändring per område; område 8 och totalen saknas",
    "vasteras-2012": "områdespoäng 1–7 som de överlevde i rapportens text",
    "tomelilla-2023": "Kommunkompassen 2020, jämförd med 2020: bara totalen är publicerad",
    "tomelilla-2020": "Kommunkompassen 2020: totalen som kommunen publicerade den",
    "strangnas-2016":
      "modellen anges inte i källan: jämförelsen med 2014 (Kommunkompassen 2.0) visar poängen bredvid varandra, ej jämförbara",
    "strangnas-2014": "Kommunkompassen 2.0: totalen och område 1 som kommunen publicerade dem",
  },
  config: {
    title: "Bygg inbäddningskoden – Kommunkompassen",
    heading: "Bygg inbäddningskoden för <kommunkompass-profil>",
    intro:
      "Välj vad som ska visas. Koden nedan uppdateras och förhandsvisningen visar resultatet. Se docs/embed.md för hur filerna läggs på webbplatsen.",
    evaluation: "Utvärdering",
    compareWith: "Jämför med",
    none: "ingen",
    view: "Vy",
    language: "Språk",
    swedish: "svenska",
    english: "engelska",
    theme: "Färgtema",
    light: "ljust",
    dark: "mörkt",
    auto: "som systemet",
    shadow: "Shadow DOM",
    snippet: "Kod att klistra in",
    copy: "Kopiera koden",
    preview: "Förhandsvisning",
    collection: "Samling",
    publishedResults: (count) => `publicerade resultat (${count} utvärderingar)`,
    focal: "Kommun att placera",
    noFocal: "ingen: fördelningen per modell",
    views: {
      radar: "radar: profilen",
      bars: "bars: staplar per område",
      table: "table: poängtabell",
      deltas: "deltas: förändring (behöver Jämför med)",
      summary: "summary: staplar, radar och förändring",
      report: "report: hela rapporten",
      position: "position: placering inom modellen (samling)",
      overview: "overview: alla utvärderingar i samlingen",
    },
    viewsNote:
      "Profilvyerna visar utvärderingen (och jämförelsen); position och overview visar samlingen, position med den valda kommunen.",
  },
  national: {
    intro: (file, rows) =>
      `Alla publicerade resultat i ${file} (${rows} rader, som kommunerna själva publicerade dem, var och en med sin källa), inlästa med importResultsTable från @kommunkompassen/import när demon startar och visade med OverviewTable, PositionStrip och renderSite från @kommunkompassen/react.`,
    examplesHeading: "Rapporter och verktyg",
    overviewNote:
      "Varje rad länkar till utvärderingens sida: rapporten, placeringen inom modellen och, där kommunen har flera utvärderingar, dess tidslinje.",
    dataReadme: (file) => `Filen och vad varje kolumn betyder beskrivs i README.md bredvid ${file}.`,
    leftOut: (rows) => `Rader som inte gav någon utvärdering: ${rows}.`,
  },
};

const en: DemoMessages = {
  title: "Kommunkompassen – demo",
  intro:
    "Report pages of the bundled evaluations, rendered on the server with @kommunkompassen/react/server (renderReportDocument): a self-contained HTML page without scripts or external requests, under a strict Content-Security-Policy.",
  reports: "Reports",
  darkTheme: "dark theme",
  lightTheme: "light theme",
  inThisLanguage: "in English",
  thisDemo: "Demo in English",
  tools: "Tools",
  storybook: "Storybook: every component with examples",
  configurator: "Build the embed snippet for a municipality's website, with a live preview",
  studio:
    "The import studio: read a report (PDF, text or CSV) in the browser, see the evidence of every number and download the evaluation",
  noStorybook: "Storybook has not been built (run pnpm storybook:build).",
  back: "All examples",
  notFound: "Page not found",
  notFoundText: "There is no page at this address.",
  home: "To the start page",
  pages: {
    "avesta-2014":
      "the full report: 404 of 800 points, all eight sub-question tables, an area score that disagrees with its sub-questions",
    "vasteras-2014": "compared with 2012: the change table and the change per area; area 8 and the total are missing",
    "vasteras-2012": "area scores 1–7 as they survived in the report's text",
    "tomelilla-2023": "Kommunkompassen 2020, compared with 2020: only the total is published",
    "tomelilla-2020": "Kommunkompassen 2020: the total as the municipality published it",
    "strangnas-2016":
      "the source does not state the model: the comparison with 2014 (Kommunkompassen 2.0) sets the scores side by side, not comparable",
    "strangnas-2014": "Kommunkompassen 2.0: the total and area 1 as the municipality published them",
  },
  config: {
    title: "Build the embed snippet – Kommunkompassen",
    heading: "Build the snippet for <kommunkompass-profil>",
    intro:
      "Choose what to show. The snippet below updates and the preview shows the result. See docs/embed.md for putting the files on your website.",
    evaluation: "Evaluation",
    compareWith: "Compare with",
    none: "none",
    view: "View",
    language: "Language",
    swedish: "Swedish",
    english: "English",
    theme: "Theme",
    light: "light",
    dark: "dark",
    auto: "follow the system",
    shadow: "Shadow DOM",
    snippet: "Snippet to paste",
    copy: "Copy the snippet",
    preview: "Preview",
    collection: "Collection",
    publishedResults: (count) => `published results (${count} evaluations)`,
    focal: "Municipality to place",
    noFocal: "none: the distribution of each model",
    views: {
      radar: "radar: the profile",
      bars: "bars: bars per area",
      table: "table: score table",
      deltas: "deltas: change (needs Compare with)",
      summary: "summary: bars, radar and change",
      report: "report: the full report",
      position: "position: place within the model (collection)",
      overview: "overview: every evaluation of the collection",
    },
    viewsNote:
      "The profile views show the evaluation (and the comparison); position and overview show the collection, position with the chosen municipality.",
  },
  national: {
    intro: (file, rows) =>
      `Every published result in ${file} (${rows} rows, as the municipalities published them, each with its source), read with importResultsTable from @kommunkompassen/import when the demo starts and shown with OverviewTable, PositionStrip and renderSite from @kommunkompassen/react.`,
    examplesHeading: "Reports and tools",
    overviewNote:
      "Each row links to the evaluation's page: the report, its place within its model and, where the municipality has several evaluations, its timeline.",
    dataReadme: (file) => `The file and what each column means are described in the README.md beside ${file}.`,
    leftOut: (rows) => `Rows that gave no evaluation: ${rows}.`,
  },
};

/** The demo's texts, by language. */
export const demoMessages: Readonly<Record<Lang, DemoMessages>> = { sv, en };
