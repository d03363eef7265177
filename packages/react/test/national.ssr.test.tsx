// Runs in plain Node (no DOM, as on a server), on React 19 and on React 18 (the react18 project).
// The national view on the published results (test/fixtures/data/published-results.csv, built into
// a collection with the core's types) and on the generated collection of 300 of the stories.
import { readFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  AreaBarChart,
  collectionStatistics,
  groupBand,
  OverviewTable,
  PositionStrip,
  RadarProfile,
  SmallMultiples,
  Timeline,
  type Evaluation,
} from "../src";
import { loadFixture, repoRoot } from "../../../test/support/fixtures";
import { publishedEvaluations } from "../../../stories/src/published";
import { generateCollection } from "../../../stories/src/generated";

const published = publishedEvaluations(readFileSync(`${repoRoot}test/fixtures/data/published-results.csv`, "utf8"));
const find = (name: string, year: number) =>
  published.find((e) => e.municipality.name.startsWith(name) && e.year === year)!;

/** The text of the markup with tags removed and white space (no-break spaces included) collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

/** The rows of the first table in the markup, each as its cells' text. */
function rows(html: string, section: "tbody" | "tfoot" = "tbody"): string[][] {
  const table = /<table[\s\S]*?<\/table>/.exec(html)![0];
  const parts = [...table.matchAll(new RegExp(`<${section}[^>]*>([\\s\\S]*?)</${section}>`, "g"))].map((x) => x[1]!);
  return parts.flatMap((part) =>
    [...part.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
      [...tr[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
        // The area scores repeated for a narrow table (hidden unless the area columns are) are left out.
        text(cell[1]!.replace(/<span class="kk-inline-areas" hidden="">[\s\S]*?<\/span>/, "")),
      ),
    ),
  );
}

describe("OverviewTable, server-rendered", () => {
  const html = renderToStaticMarkup(
    <OverviewTable evaluations={published} hrefs={published.map((_, i) => `page-${i}.html`)} />,
  );

  it("is a complete static table with its caption, and no controls without JavaScript", () => {
    expect(html).toMatch(/^<div lang="sv" data-kk-theme="light" class="kk kk-overview">/);
    expect(html).toContain("<caption>Kommunkompassen: 19 utvärderingar</caption>");
    expect(html).not.toMatch(/<button|<select|<input|<form|aria-sort|aria-live/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(rows(html).filter((r) => r.length > 1)).toHaveLength(19);
  });

  it("groups by model (newest first, the model not stated last) and ranks within each model only", () => {
    const groups = rows(html)
      .filter((r) => r.length === 1)
      .map((r) => r[0]);
    expect(groups).toEqual([
      "Kommunkompassen 2020: 5 utvärderingar",
      "Kommunkompassen 2.1: 1 utvärdering",
      "Kommunkompassen 2.0: 7 utvärderingar",
      "Kommunkompassen (modell ej angiven): 6 utvärderingar (rankas inte, sorteras efter kommun)",
    ]);
    const body = rows(html).filter((r) => r.length > 1);
    // Name (with the year for screen readers), year, model, place, total; the areas are one cell when none is known.
    expect(body.slice(0, 5).map((r) => [r[0], r[3], r[4]])).toEqual([
      ["Höganäs kommun 2023", "1 av 3", "679"],
      ["Höganäs kommun 2020", "äldre", "611"],
      ["Tomelilla kommun 2023", "2 av 3", "546"],
      ["Marks kommun 2024", "3 av 3", "510"],
      ["Tomelilla kommun 2020", "äldre", "497"],
    ]);
    const v20 = body.slice(6, 13);
    expect(v20.map((r) => `${r[0]} ${r[3]} ${r[4]}`)).toEqual([
      "Nacka 2011 1 av 6 644",
      "Örebro kommun 2012 2 av 6 615",
      "Lidköpings kommun 2014 3 av 6 549",
      "Lidköpings kommun 2011 äldre 483",
      "Karlskoga kommun 2014 4 av 6 450",
      "Strängnäs kommun 2014 5 av 6 437",
      "Ängelholms kommun 2013 6 av 6 426",
    ]);
    // Örebro 2012 gives all eight areas; Strängnäs 2014 area 1 only; the others none ("inga områdespoäng kända").
    expect(v20[1]!.slice(5)).toEqual(["68", "85", "86", "74", "70", "74", "71", "87"]);
    expect(v20[5]!.slice(5, 7)).toEqual(["54", "– uppgift saknas"]);
    expect(v20[0]!.slice(5)).toEqual(["inga områdespoäng kända"]);
    // For a narrow table, the known area scores again in the row's header, hidden until the columns are.
    expect(html).toContain('<span class="kk-inline-areas" hidden="">Områden – 1:\u00a054</span>');
    // Never ranked, never ordered by score: by municipality, then year.
    const unstated = body.slice(13);
    expect(unstated.map((r) => `${r[0]} ${r[3]}`)).toEqual([
      "Helsingborgs stad 2017 rankas inte",
      "Marks kommun 2022 rankas inte",
      "Strängnäs kommun 2016 rankas inte",
      "Vallentuna kommun 2017 rankas inte",
      "Vallentuna kommun 2019 rankas inte",
      "Örebro kommun 2015 rankas inte",
    ]);
  });

  it("links each evaluation's page, names every model by its label, says why some are not ranked", () => {
    expect(html).toContain('<a href="page-2.html">Nacka<span class="kk-visually-hidden"> 2011</span></a>');
    expect(html).not.toMatch(/>kommunkompassen-2\.0</);
    expect(html).toContain('id="kk-model-kommunkompassen-2.0"');
    expect(text(html)).toContain("Äldre: kommunen har en senare utvärdering med samma modell.");
    expect(text(html)).toContain("Rankas inte: källan anger inte med vilken modell utvärderingen gjordes");
    expect(text(html)).toContain("Områdena i varje modell");
  });

  it("English: places as ordinals, labels in English", () => {
    const en = renderToStaticMarkup(<OverviewTable evaluations={published} lang="en" />);
    expect(en).toContain("<caption>Kommunkompassen: 19 evaluations</caption>");
    expect(text(en)).toContain("Nacka 2011 Kommunkompassen 2.0 1st of 6 644");
    expect(text(en)).toContain(
      "Kommunkompassen (model not stated): 6 evaluations (not ranked, sorted by municipality)",
    );
  });

  it("renders 300 generated rows, each evaluation once", () => {
    const generated = generateCollection(300);
    const big = renderToStaticMarkup(<OverviewTable evaluations={generated} />);
    expect(rows(big).filter((r) => r.length > 1)).toHaveLength(300);
    expect(big).not.toMatch(/NaN|undefined/);
  });

  it("an invalid evaluation: an error notice with the pointer, not a table", () => {
    const broken = { ...published[0]!, year: "2017" } as unknown as Evaluation;
    const bad = renderToStaticMarkup(<OverviewTable evaluations={[published[1]!, broken]} />);
    expect(bad).toContain('role="alert"');
    expect(bad).toContain("evaluations/1/year");
  });
});

describe("PositionStrip, server-rendered", () => {
  it("Strängnäs 2014 among the 2.0 evaluations: its place in words, visible and in the text alternative", () => {
    const html = renderToStaticMarkup(<PositionStrip evaluation={find("Strängnäs", 2014)} evaluations={published} />);
    const place = "Totalt: 437 av 800 poäng, plats 5 av 6 bland kommuner utvärderade med Kommunkompassen 2.0";
    expect(text(/<ul class="kk-position__places">[\s\S]*?<\/ul>/.exec(html)![0])).toBe(
      `${place} 1 Offentlighet och demokrati: 54 av 100, plats 2 av 2`,
    );
    expect(html).toContain("<figcaption");
    expect(text(html)).toContain("Strängnäs kommun 2014 bland kommuner utvärderade med Kommunkompassen 2.0");
    const desc = /<desc[^>]*>([\s\S]*?)<\/desc>/.exec(html)![1]!;
    expect(desc).toContain(place);
    expect(desc).toContain("Ingen poäng är känd för område 2–8: de placeras inte.");
    expect(desc).toContain(
      "Totalt, 6 utvärderingar: median 499,5, mittersta hälften 440,3–598,5, lägst 426, högst 644.",
    );
  });

  it("every mark a dot in one path, the focal one a diamond with its label; the table lists every mark", () => {
    const html = renderToStaticMarkup(
      <PositionStrip evaluation={find("Strängnäs", 2014)} evaluations={published} layout="wide" />,
    );
    const marks = [...html.matchAll(/class="kk-series__marker kk-strip__marks" d="([^"]*)"/g)].map(
      (x) => x[1]!.split("h0").length - 1,
    );
    // Five other 2.0 municipalities for the total, one other (Örebro) for area 1; two dots in the legend.
    expect(marks).toEqual([5, 1, 2]);
    expect(html.match(/kk-strip__focal-label/g)).toHaveLength(2);
    expect(html).toContain(">Strängnäs 437</text>");
    const body = rows(html);
    expect(body.map((r) => `${r[0]} ${r[1]} ${r[3]}`)).toEqual([
      "1 Nacka 644",
      "2 Örebro kommun 615",
      "3 Lidköpings kommun 549",
      "4 Karlskoga kommun 450",
      "5 Strängnäs kommun (vald) 437",
      "6 Ängelholms kommun 426",
    ]);
    expect(rows(html, "tfoot").map((r) => r.slice(0, 3))).toEqual([
      ["Antal (n)", "6", "2"],
      ["Median", "499,5", "61"],
      ["Nedre kvartil", "440,3", "57,5"],
      ["Övre kvartil", "598,5", "64,5"],
    ]);
  });

  it("English: '5th of 6 municipalities evaluated with Kommunkompassen 2.0'", () => {
    const html = renderToStaticMarkup(
      <PositionStrip evaluation={find("Strängnäs", 2014)} evaluations={published} lang="en" />,
    );
    expect(text(html)).toContain(
      "Total: 437 of 800 points, 5th of 6 municipalities evaluated with Kommunkompassen 2.0",
    );
    expect(text(html)).toContain("1 Transparency and democracy: 54 of 100, 2nd of 2");
  });

  it("a model not stated is not ranked: it says why, with no strip", () => {
    const html = renderToStaticMarkup(<PositionStrip evaluation={find("Strängnäs", 2016)} evaluations={published} />);
    expect(html).not.toContain('<svg class="kk-chart__svg');
    expect(text(html)).toContain("Strängnäs kommun 2016: ingen placering");
    expect(text(html)).toContain(
      "Strängnäs kommun 2016 rankas inte: källan anger inte med vilken modell utvärderingen gjordes (2015–2019 kan det vara 2.0 eller 2.1), och poäng rankas bara bland utvärderingar med samma modell.",
    );
  });

  it("an older evaluation is drawn among the ranked ones, and not ranked itself: the later one is", () => {
    const html = renderToStaticMarkup(<PositionStrip evaluation={find("Lidköping", 2011)} evaluations={published} />);
    expect(text(html)).toContain(
      "Lidköpings kommun 2011 rankas inte: kommunen har en senare utvärdering med Kommunkompassen 2.0 (2014)",
    );
    expect(html).not.toContain("kk-position__places");
    expect(rows(html).map((r) => r[0])).toEqual(["1", "2", "3", "4", "5", "6", "–"]);
  });

  it("without a focal evaluation: the distribution of one model's totals", () => {
    const html = renderToStaticMarkup(
      <PositionStrip evaluations={published} framework="kommunkompassen-2020" areas={false} />,
    );
    expect(text(html)).toContain("Kommunkompassen 2020: 3 utvärderingar");
    expect(text(html)).toContain("Kommuner (prickar)");
    expect(rows(html)).toHaveLength(3);
  });

  it("300 marks on the generated collection, one path per strip and layout", () => {
    const generated = Array.from({ length: 300 }, (_, i) => ({
      schemaVersion: 1 as const,
      framework: "kommunkompassen-2.0",
      municipality: { name: `Genererad kommun ${i + 1}`, code: String(1000 + i) },
      year: 2014,
      total: 300 + ((i * 37) % 400),
      areas: [],
      notes: ["Generated for a test."],
    }));
    const html = renderToStaticMarkup(
      <PositionStrip evaluation={generated[17]} evaluations={generated} areas={false} />,
    );
    const paths = [...html.matchAll(/kk-strip__marks" d="([^"]*)"/g)].map((x) => x[1]!.split("h0").length - 1);
    expect(paths).toEqual([299, 299, 2]);
    expect(rows(html)).toHaveLength(300);
  });
});

describe("Timeline, server-rendered", () => {
  it("Strängnäs 2014 (2.0) → 2016 (model not stated): a numbered break with its reason, no line across", () => {
    const html = renderToStaticMarkup(
      <Timeline evaluations={[find("Strängnäs", 2016), find("Strängnäs", 2014)]} layout="wide" />,
    );
    expect(text(html)).toContain("Strängnäs kommun: utvärderingar 2014–2016");
    // No line in the chart (the legend's swatches have theirs).
    expect(html).not.toMatch(/<path d="M[^"]*L[^"]*" class="kk-series__line"/);
    expect(html.match(/kk-timeline__break-line/g)).toHaveLength(2); // the chart's and the legend's
    expect(text(html)).toContain(
      "Byte 1, mellan 2014 och 2016: Områdena i Kommunkompassen (modell ej angiven) är inte kända, så varken områden eller totalpoäng kan jämföras. Poängen visas bredvid varandra. Ingen linje dras över bytet.",
    );
    expect(rows(html).map((r) => r.join(" | "))).toEqual([
      "2014 | Kommunkompassen 2.0 | 437 | –",
      "2016 | Kommunkompassen (modell ej angiven) | 497 | ej jämförbar",
    ]);
  });

  it("Tomelilla 2020 → 2023 in one model: a line, the change in numbers and words", () => {
    const html = renderToStaticMarkup(
      <Timeline evaluations={[find("Tomelilla", 2020), find("Tomelilla", 2023)]} layout="wide" />,
    );
    expect(html).toMatch(/<path d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+" class="kk-series__line"/);
    expect(html).not.toContain("kk-timeline__break");
    expect(rows(html)[1]!.join(" | ")).toBe("2023 | Kommunkompassen 2020 | 546 | +49 ↑ ökning med 49 poäng");
  });

  it("another municipality given to it is left out, and named", () => {
    const html = renderToStaticMarkup(<Timeline evaluations={[find("Tomelilla", 2020), find("Nacka", 2011)]} />);
    expect(text(html)).toContain("Nacka 2011 visas inte: tidslinjen gäller en kommun.");
  });
});

describe("SmallMultiples, server-rendered", () => {
  const fixtures = [
    loadFixture("avesta-2014"),
    loadFixture("vasteras-2012"),
    loadFixture("vasteras-2014"),
    loadFixture("example-2020"),
    loadFixture("strangnas-2014"),
    loadFixture("angelholm-2016"),
  ];

  it("one panel per evaluation of one area set, grouped by model; the others left out and named", () => {
    const html = renderToStaticMarkup(<SmallMultiples evaluations={fixtures} median />);
    expect(text(html)).toContain("4 utvärderingar med Kommunkompassen 2.0, områden 0–100");
    expect(html.match(/class="kk-multiples__panel"/g)).toHaveLength(4);
    expect(text(html)).toContain(
      "Exempelkommun 2021 visas inte: områdena i Kommunkompassen 2020 är definierade på ett annat sätt.",
    );
    expect(text(html)).toContain("Ängelholms kommun 2016 visas inte: ingen områdespoäng är känd.");
    // The median of the latest evaluation of each municipality shown (Avesta, Västerås 2014, Strängnäs), computed.
    expect(text(html)).toContain("Median för Kommunkompassen 2.0 (n = 3), beräknad ur samlingen, inte publicerad");
    expect(html.match(/kk-multiples__reference/g)).toHaveLength(4);
  });

  it("names every model it shows in its caption, not only the first", () => {
    // The story's made-up collection: its first 60 evaluations include Kommunkompassen 2.0 and 2.1 (one area set).
    const evaluations = generateCollection(300).slice(0, 60);
    const html = renderToStaticMarkup(<SmallMultiples evaluations={evaluations} />);
    const groups = [...html.matchAll(/class="kk-multiples__group-title">([^<:]+):/g)].map((g) => g[1]);
    expect(groups).toEqual(["Kommunkompassen 2.0", "Kommunkompassen 2.1"]);
    const panels = html.match(/class="kk-multiples__panel"/g)!.length;
    expect(text(html)).toContain(
      `${panels} utvärderingar med Kommunkompassen 2.0 och Kommunkompassen 2.1, områden 0–100`,
    );
  });

  it("bars on the same scale, each panel with its description", () => {
    const html = renderToStaticMarkup(<SmallMultiples evaluations={fixtures.slice(0, 3)} chart="bars" />);
    expect(html.match(/<rect [^>]*class="kk-series__bar"/g)).toHaveLength(8 + 7 + 7);
    expect(text(html)).toContain("Avesta kommun 2014: totalt 404; 1 Offentlighet och demokrati 52");
  });
});

describe("a group's band in the radar and bar charts", () => {
  const collection = [loadFixture("avesta-2014"), loadFixture("vasteras-2014"), ...published];
  const group = collectionStatistics(collection).groups.find((g) => g.framework === "kommunkompassen-2.0")!;
  const band = groupBand(group, "interquartile", "Kvartilavståndet för Kommunkompassen 2.0");

  it("counts for its n only the evaluations whose areas are known, not those with a total only", () => {
    // Of the 2.0 evaluations ranked, most published their total only; the band's n is that of its
    // least known area: area 8, known for Avesta 2014 but not for Västerås 2014 (it did not survive).
    const everyArea = (e: (typeof collection)[number]) =>
      e.framework === "kommunkompassen-2.0" && e.areas.length === 8 && e.areas.every((a) => a.score != null);
    expect(group.n).toBeGreaterThan(band.n);
    expect(band.n).toBe(collection.filter(everyArea).length);
    expect(band.areaN.find((a) => a.areaId === 8)!.n).toBe(band.n);
    expect(band.areaN.find((a) => a.areaId === 1)!.n).toBeGreaterThan(band.n);
  });

  it("is drawn, in the legend, the text alternative and the data table, with its n, as computed", () => {
    for (const html of [
      renderToStaticMarkup(<RadarProfile evaluation={loadFixture("avesta-2014")} band={band} layout="full" />),
      renderToStaticMarkup(<AreaBarChart evaluation={loadFixture("avesta-2014")} band={band} orientation="vertical" />),
    ]) {
      expect(html).toContain('class="kk-band"');
      const label = `Kvartilavståndet för Kommunkompassen 2.0: beräknat ur ${band.n} utvärderingar, inte publicerat`;
      expect(text(/<ul aria-label="Serier"[\s\S]*?<\/ul>/.exec(html)![0])).toContain(label);
      expect(html).toContain(`<th scope="colgroup" colSpan="2" class="kk-num">${label}</th>`);
      expect(text(html)).toContain("Nedre kvartil Övre kvartil");
      expect(/<desc[^>]*>([\s\S]*?)<\/desc>/.exec(html)![1]).toContain(
        `Bandet visar Kvartilavståndet för Kommunkompassen 2.0, beräknat ur ${band.n} utvärderingar, inte publicerat.`,
      );
    }
  });

  it("is left out of a chart of another area set, and said so", () => {
    const html = renderToStaticMarkup(<RadarProfile evaluation={loadFixture("example-2020")} band={band} />);
    expect(html).not.toContain('class="kk-band"');
    expect(text(html)).toContain(
      "Kvartilavståndet för Kommunkompassen 2.0 visas inte i diagrammet: områdena i Kommunkompassen 2.0 är definierade på ett annat sätt.",
    );
  });
});
