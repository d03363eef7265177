// Runs in plain Node, as on a server (and again on React 18): the server pages of issue 13's models.
import { describe, expect, it } from "vitest";
import { EvaluationValidationError, type Framework } from "@kommunkompassen/core";
import { renderIndexDocument, renderReportDocument } from "../src/server";
import { loadFixture } from "../../../test/support/fixtures";

/** The text of a page's markup: tags and the stylesheet dropped, white space collapsed. */
const text = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

describe("report pages of the 2020 model, the original model and a model not stated", () => {
  it("there is no DOM here", () => {
    expect(typeof document).toBe("undefined");
  });

  for (const [lang, model, total, area8] of [
    [
      "sv",
      "Modell Kommunkompassen 2020",
      "Totalt: 517 av 800 poäng",
      // The one table of area scores (the source gives nothing else): area, score, maximum.
      "8 Chefs- och ledarskap samt medarbetarskap 67 100",
    ],
    [
      "en",
      "Model Kommunkompassen 2020",
      "Total: 517 of 800 points",
      "8 Management and leadership, and employeeship 67 100",
    ],
  ] as const) {
    it(`Kommunkompassen 2020 in ${lang}: the model's label and its area names`, () => {
      const page = text(renderReportDocument(loadFixture("example-2020"), { lang }));
      expect(page).toContain(model);
      expect(page).toContain(total);
      expect(page).toContain(area8);
      expect(page).not.toContain("kommunkompassen-2020");
    });
  }

  it("the original model: 426.5 exactly as published, in Swedish and English, with no maximum", () => {
    const sv = renderReportDocument(loadFixture("example-original-2006"));
    const en = renderReportDocument(loadFixture("example-original-2006"), { lang: "en" });
    expect(text(sv)).toContain("Totalt: 426,5 p");
    expect(text(sv)).toContain("Modell Kommunkompassen 2002–2009 (ursprungliga modellen)");
    expect(text(en)).toContain("Total: 426.5 points");
    expect(text(en)).toContain("Model Kommunkompassen 2002–2009 (original model)");
    for (const page of [sv, en]) {
      expect(text(page)).not.toMatch(/av 0|of 0|null|NaN|undefined/);
      expect(page.match(/class="kk-chart__empty"/g)).toHaveLength(2);
    }
  });

  it("a model not stated, compared with its 2.0 predecessor: totals side by side, not comparable", () => {
    const page = text(renderReportDocument(loadFixture("strangnas-2016"), { previous: loadFixture("strangnas-2014") }));
    expect(page).toContain("Modell Kommunkompassen (modell ej angiven)");
    expect(page).toContain("Totalt: 497 p ( ej jämförbar sedan 2014)");
    expect(page).toContain("Totalt 437 497 ej jämförbar");
    expect(page).toContain(
      "Områdena i Kommunkompassen (modell ej angiven) är inte kända, så varken områden eller totalpoäng kan jämföras.",
    );
    // Its one area in the table of area scores, the maximum not known for a model whose areas are not.
    expect(page).toContain("Poäng per område");
    expect(page).toContain("Område Poäng Max Område 1 63 – uppgift saknas");
    expect(page).not.toMatch(/av 0|null|NaN|kommunkompassen-2\.0/);
  });

  it("a definition passed in the options validates, scores and names a model of one's own", () => {
    const own: Framework = {
      id: "region-x",
      label: "Regionkompassen",
      version: "1",
      areas: [1, 2].map((id) => ({ id, name: { sv: `Del ${id}`, en: `Part ${id}` }, max: 50 })),
    };
    const evaluation = {
      ...loadFixture("example-2020"),
      framework: "region-x",
      total: undefined,
      areas: [
        { id: 1, score: 20 },
        { id: 2, score: 30 },
      ],
    };
    const page = text(renderReportDocument(evaluation, { frameworks: [own] }));
    expect(page).toContain("Modell Regionkompassen");
    expect(page).toContain("Totalt: 50 av 100 poäng");
    expect(page).toContain("Område Poäng Max 1 Del 1 20 50 2 Del 2 30 50");
    // Against the definition, an area it does not have is an error.
    expect(() => renderReportDocument({ ...evaluation, areas: [{ id: 3, score: 1 }] }, { frameworks: [own] })).toThrow(
      EvaluationValidationError,
    );
  });
});

describe("the index page names each model by its label", () => {
  it("a column of models, and totals without a maximum where it is not known", () => {
    const entries = (["example-2020", "example-original-2006", "strangnas-2016", "avesta-2014"] as const).map(
      (name) => ({ evaluation: loadFixture(name), href: `${name}.html` }),
    );
    const sv = renderIndexDocument(entries);
    const cells = (html: string) =>
      [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
        .slice(1)
        .map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => text(c[1]!).trim()));
    expect(cells(sv)).toEqual([
      ["Exempelkommun 2021", "2021", "Kommunkompassen 2020", "517 av 800 poäng"],
      ["Exempelkommun 2006", "2006", "Kommunkompassen 2002–2009 (ursprungliga modellen)", "426,5 p"],
      ["Strängnäs kommun 2016", "2016", "Kommunkompassen (modell ej angiven)", "497 p"],
      ["Avesta kommun 2014", "2014", "Kommunkompassen 2.0", "404 av 800 poäng"],
    ]);
    expect(sv).toContain('<th scope="col">Modell</th>');
    const en = renderIndexDocument(entries, { lang: "en" });
    expect(cells(en)[1]).toEqual([
      "Exempelkommun 2006",
      "2006",
      "Kommunkompassen 2002–2009 (original model)",
      "426.5 points",
    ]);
  });
});
