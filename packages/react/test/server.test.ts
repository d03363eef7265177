// @kommunkompassen/react/server in plain Node: whole pages, as a server renders them.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, renderIndexDocument, renderReportDocument, reportStylesheet } from "../src/server";
import { loadFixture, repoRoot } from "../../../test/support/fixtures";

const RLO = "\u202e";
const FSI = "\u2068";
const PDI = "\u2069";

/** Avesta 2014 with a right-to-left override in the municipality's name. */
function overridden() {
  const avesta = loadFixture("avesta-2014");
  return { ...avesta, municipality: { ...avesta.municipality, name: `Avesta ${RLO}kommun` } };
}

describe("bidi isolation where text enters a page", () => {
  it("the report's <title> isolates the name, so the year after it stays in place", () => {
    const html = renderReportDocument(overridden());
    expect(html).toContain(`<title>Kommunkompassen – ${FSI}Avesta ${RLO}kommun${PDI} 2014</title>`);
  });

  it("a given title and the back link's label are isolated too", () => {
    const html = renderReportDocument(loadFixture("avesta-2014"), {
      title: `${RLO}Min rapport`,
      back: { href: "index.html", label: `${RLO}Tillbaka` },
    });
    expect(html).toContain(`<title>${FSI}${RLO}Min rapport${PDI}</title>`);
    expect(html).toContain(`<a href="index.html">${FSI}${RLO}Tillbaka${PDI}</a>`);
  });

  it("the index page's link texts and title isolate the names", () => {
    const html = renderIndexDocument([{ evaluation: overridden(), href: "avesta-2014.html" }], {
      title: `${RLO}Alla`,
    });
    expect(html).toContain(`<a href="avesta-2014.html">${FSI}Avesta ${RLO}kommun${PDI} 2014</a>`);
    expect(html).toContain(`<title>${FSI}${RLO}Alla${PDI}</title>`);
  });
});

describe("what the server entry builds in", () => {
  it("the stylesheet is the package's styles.css, with no file read at run time", () => {
    expect(reportStylesheet()).toBe(readFileSync(resolve(repoRoot, "packages/react/src/styles.css"), "utf8"));
  });

  it("the CSP hash is the SHA-256 Node computes, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const expected = createHash("sha256").update(text, "utf8").digest("base64");
        expect(contentSecurityPolicy(text)).toContain(`'sha256-${expected}'`);
      }),
      { numRuns: 300 },
    );
  });
});
