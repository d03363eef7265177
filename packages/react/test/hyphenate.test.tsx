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

  it("breaks what is left of a long word of the data (14 letters or more) at its syllables, and after a slash", () => {
    const shown = (text: string) => softHyphens(text).replaceAll(SHY, "-").replaceAll("\u200b", "|");
    // The data's own long words (a region's name, a question's text): one consonant begins the next
    // syllable, of several the last or a pair that begins syllables together ("sk", "tr"); never "n-g".
    expect(shown("Mellanlandskapet")).toBe("Mel-lan-land-ska-pet");
    expect(shown("Kollektivtrafikförbund")).toBe("Kol-lek-tiv-tra-fik-för-bund");
    expect(shown("medborgardialogen")).toBe("med-bor-gar-dia-lo-gen");
    // The stem before a known ending, where it is still long; a short stem is left whole.
    expect(shown("kvalitetsdeklarationer")).toBe("kva-li-tets-de-kla-ra-tio-ner");
    expect(shown("Verksamhetsutveckling")).toBe("Verksamhets-utveckling");
    // A slash between words is a break ("kvalitets-/verksamhetsutveckling"), shown only.
    expect(shown("service-/kvalitetsdeklarationer")).toBe("service-/|kva-li-tets-de-kla-ra-tio-ner");
    expect(shown("1/2")).toBe("1/2");
    // Without its soft hyphens and breaks, the text is the text.
    const text = "Hur arbetar kommunen med service-/kvalitetsdeklarationer inom Kollektivtrafikförbundet?";
    expect(softHyphens(text).replace(/[\u00ad\u200b]/g, "")).toBe(text);
  });

  it("leaves every other word and number alone", () => {
    for (const text of ["Avesta kommun 2014", "+9\u00a0↑", "52\u00a0%", "Västmanlands", "medborgarråd", "0–100"])
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
