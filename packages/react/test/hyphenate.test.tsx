// Runs in plain Node: the break points of the catalogue's long words, and how a text with them is rendered.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { builtInFrameworks } from "@kommunkompassen/core";
import { componentMessages } from "@kommunkompassen/core/messages";
import { Hyphenated } from "../src/components/Hyphenated";
import { hyphenationEndings, softHyphens } from "../src/i18n/hyphenate";

const SHY = "\u00ad";

describe("softHyphens", () => {
  it("puts a soft hyphen before the last part of the catalogue's long compounds and suffixes, whatever their case", () => {
    expect(softHyphens("Förbättringsmöjligheter")).toBe(`Förbättrings${SHY}möjligheter`);
    expect(softHyphens("Förändring")).toBe(`För${SHY}ändring`);
    expect(softHyphens("2\u00a0Tillgänglighet och brukarorientering")).toBe(
      `2\u00a0Tillgänglig${SHY}het och brukar${SHY}orientering`,
    );
    expect(softHyphens("Kvalitetsutveckling och effektivitet")).toBe(
      `Kvalitets${SHY}utveckling och effekti${SHY}vitet`,
    );
    expect(softHyphens("VERKSAMHETSUTVECKLING")).toBe(`VERKSAMHETS${SHY}UTVECKLING`);
    expect(softHyphens("2 Accessibility and user orientation")).toBe(
      `2 Accessi${SHY}bility and user orien${SHY}tation`,
    );
  });

  it("leaves every other word and number alone", () => {
    for (const text of ["Avesta kommun 2014", "+9\u00a0↑", "52\u00a0%", "medborgardialog", "0–100"])
      expect(softHyphens(text)).toBe(text);
    // Without its soft hyphens, the text is the text.
    expect(softHyphens("Kommunen som samhällsbyggare").replaceAll(SHY, "")).toBe("Kommunen som samhällsbyggare");
  });

  it("breaks the catalogue's and the models' own long words (their names and their areas'), and knows no ending they do not use", () => {
    const words = (["sv", "en"] as const).flatMap((lang) =>
      [
        ...Object.values(componentMessages[lang]).filter((v): v is string => typeof v === "string"),
        ...Object.values(builtInFrameworks).flatMap((f) => [
          f.labels?.[lang] ?? f.label,
          ...(f.areas ?? []).map((a) => a.name[lang]),
        ]),
      ].flatMap((text) => text.match(/\p{L}{8,}/gu) ?? []),
    );
    const broken = words.filter((w) => softHyphens(w) !== w);
    // The words a 320 px table column could not hold whole, among others.
    expect(broken).toEqual(
      expect.arrayContaining([
        "Förbättringsmöjligheter",
        "Förändring",
        "Tillgänglighet",
        "Verksamhetsutveckling",
        "samhällsbyggare",
        "personalpolitik",
        "förtroendevalda",
        "Accessibility",
        "Organisational",
        "Kommunkompassen",
      ]),
    );
    for (const ending of hyphenationEndings())
      expect(
        broken.some((w) => w.toLowerCase().endsWith(ending)),
        ending,
      ).toBe(true);
  });
});

describe("Hyphenated", () => {
  it("shows the text with soft hyphens as generated content, and gives the plain text to copy, print and read", () => {
    expect(renderToStaticMarkup(<Hyphenated text="Förbättringsmöjligheter" />)).toBe(
      `<span class="kk-hy" aria-hidden="true" data-kk-hy="Förbättrings${SHY}möjligheter"></span>` +
        '<span class="kk-hy__text">Förbättringsmöjligheter</span>',
    );
  });

  it("is the text alone where it has no such word", () => {
    expect(renderToStaticMarkup(<Hyphenated text="Styrkor" />)).toBe("Styrkor");
  });
});
