/**
 * The one writer of the `<kommunkompass-profil>` snippet (src/snippet.ts), used by the demo's
 * configurator and by the import studio: the data preloaded, the modules the element will import
 * preloaded, the files from the folder given, values escaped for their attribute.
 */
import { describe, expect, it } from "vitest";
import { embedSnippet } from "../src/snippet";

describe("embedSnippet", () => {
  it("an evaluation: its data preloaded, the stylesheet, the script, the element with its attributes in order", () => {
    expect(
      embedSnippet([
        ["src", "/kommunkompassen/avesta-2014.json"],
        ["view", "radar"],
        ["lang", "sv"],
        ["theme", "light"],
      ]),
    ).toBe(
      [
        '<link rel="preload" href="/kommunkompassen/avesta-2014.json" as="fetch" crossorigin>',
        '<link rel="stylesheet" href="/kommunkompassen/kommunkompass.css">',
        '<script type="module" src="/kommunkompassen/kommunkompass.js"></script>',
        "",
        '<kommunkompass-profil src="/kommunkompassen/avesta-2014.json" view="radar" lang="sv" theme="light"></kommunkompass-profil>',
      ].join("\n"),
    );
  });

  it("a collection: preloaded, with the national views' script; a flag attribute alone; another folder", () => {
    const snippet = embedSnippet(
      [
        ["collection", "/files/alla.json"],
        ["view", "overview"],
        ["shadow", ""],
      ],
      { base: "/files/" },
    );
    expect(snippet.split("\n")).toEqual([
      '<link rel="preload" href="/files/alla.json" as="fetch" crossorigin>',
      '<link rel="modulepreload" href="/files/kommunkompass-national.js">',
      '<link rel="stylesheet" href="/files/kommunkompass.css">',
      '<script type="module" src="/files/kommunkompass.js"></script>',
      "",
      '<kommunkompass-profil collection="/files/alla.json" view="overview" shadow></kommunkompass-profil>',
    ]);
  });

  it("every module the element will import preloaded: its view's, the definitions' check, the English texts", () => {
    const snippet = embedSnippet([
      ["src", "/k/avesta-2014.json"],
      ["view", "report"],
      ["frameworks", "/k/modeller.json"],
      ["lang", "en"],
    ]);
    expect(snippet.split("\n").filter((line) => line.includes("modulepreload"))).toEqual([
      '<link rel="modulepreload" href="/kommunkompassen/kommunkompass-report.js">',
      '<link rel="modulepreload" href="/kommunkompassen/kommunkompass-frameworks.js">',
      '<link rel="modulepreload" href="/kommunkompassen/kommunkompass-en.js">',
    ]);
    // As the element itself asks: nothing for the default view in Swedish; a national view checks
    // definitions itself (no frameworks module).
    expect(embedSnippet([["src", "/k/a.json"]])).not.toContain("modulepreload");
    expect(
      embedSnippet([
        ["collection", "/k/alla.json"],
        ["view", "position"],
        ["frameworks", "/k/modeller.json"],
        ["lang", "en-GB"],
      ])
        .split("\n")
        .filter((line) => line.includes("modulepreload")),
    ).toEqual([
      '<link rel="modulepreload" href="/kommunkompassen/kommunkompass-national.js">',
      '<link rel="modulepreload" href="/kommunkompassen/kommunkompass-en.js">',
    ]);
  });

  it("values are escaped for a double-quoted attribute: a name cannot close the tag or add an attribute", () => {
    const snippet = embedSnippet([["src", '/k/"><script>x</script>&.json']]);
    expect(snippet).toContain('src="/k/&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;.json"');
    expect(snippet).toContain('href="/k/&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;.json"');
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });
});
