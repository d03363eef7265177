/**
 * Words and numbers in narrow columns, in headless Chromium: the report pages of every real
 * fixture (renderReportDocument, Västerås 2014 also compared with 2012 as `kompass render
 * --compare` renders it), in Swedish and English, at 320 and 375 px. Read from the line boxes
 * (Range.getClientRects on every character of the page's text): no word of the page's own text (area
 * names, headings, column headers, the lists' headings) is broken without a hyphen, no number or
 * change ("+9 ↑") is split over two lines, and no table is wider than the window. The catalogue's
 * long words break at their soft hyphens ("Tillgänglig-/het"), which Chromium here shows without a
 * hyphenation dictionary; what is copied and what the accessibility tree holds is the plain text.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReportDocument } from "@kommunkompassen/react/server";
import { launchBrowser } from "../support/browser";
import { loadFixture, type FixtureName } from "../support/fixtures";
import { startServer, type Route, type TestServer } from "../support/server";

const REAL: FixtureName[] = [
  "avesta-2014",
  "vasteras-2012",
  "vasteras-2014",
  "strangnas-2014",
  "strangnas-2016",
  "tomelilla-2020",
  "tomelilla-2023",
  "angelholm-2016",
];

let browser: Browser;
let server: TestServer;
const paths: string[] = [];

beforeAll(async () => {
  const routes: Record<string, Route> = {};
  for (const lang of ["sv", "en"] as const) {
    for (const name of REAL) {
      routes[`/${lang}/${name}.html`] = { body: renderReportDocument(loadFixture(name), { lang }), type: "text/html" };
    }
    routes[`/${lang}/vasteras-2014-vs-2012.html`] = {
      body: renderReportDocument(loadFixture("vasteras-2014"), { lang, previous: loadFixture("vasteras-2012") }),
      type: "text/html",
    };
  }
  paths.push(...Object.keys(routes));
  server = await startServer(routes);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What a page shows wrongly: words broken without a hyphen, numbers split, tables too wide; and what was looked at. */
interface Findings {
  broken: string[];
  split: string[];
  wide: string[];
  /** Words broken at a soft hyphen (shown with a hyphen). */
  hyphenated: string[];
  /** Area names looked at in the tables. */
  areaNames: number;
}

/**
 * In the page: the hyphenated texts (drawn from `data-kk-hy` as generated content, which a Range
 * cannot measure) get the same text as a text node in their place, which lays out the same; then
 * every word of the page's own text is followed character by character through its line boxes.
 * The report's own texts (its lists, the questions, the source's address) are the data's words: a
 * word of those may still break where it cannot fit a line of its own.
 */
function findings(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>(".kk-hy")) {
      el.textContent = el.dataset.kkHy ?? "";
      // Without its attribute the generated content is empty (no style can be added under the page's CSP).
      el.removeAttribute("data-kk-hy");
    }
    const data = ".kk-report__list li, .kk-question-table__text, .kk-report__meta dd, .kk-notes, .kk-hy__text";
    const lineOf = (node: Text, i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      // A character after a soft hyphen at a break also gives the hyphen's box: its own is the last.
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      return rects.length === 0 ? null : rects[rects.length - 1]!.top;
    };
    const out: Findings = { broken: [], split: [], wide: [], hyphenated: [], areaNames: 0 };
    const walker = document.createTreeWalker(document.querySelector(".kk-report")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const el = node.parentElement!;
      if (el.closest(".kk-visually-hidden, svg") || el.closest(data)) continue;
      for (const word of node.data.matchAll(/[^\s]+/g)) {
        let top: number | null = null;
        for (let i = 0; i < word[0].length; i++) {
          const at = lineOf(node, word.index + i);
          if (at === null) continue;
          if (top !== null && at > top + 2) {
            const plain = word[0].replace(/\u00ad/g, "");
            const before = word[0][i - 1]!;
            // A word (with its no-break spaces: "+9 ↑", "52 %") breaks only after a soft hyphen, or
            // after a hyphen, dash or slash of its own ("kvalitets-/", "0–" of "0–100").
            if (before === "\u00ad") out.hyphenated.push(plain);
            else if (/\d/.test(before)) out.split.push(`${plain} in ${el.tagName}`);
            else if (!/[-/–]/.test(before))
              out.broken.push(`${plain} (after "${word[0].slice(0, i)}") in ${el.tagName}`);
            break;
          }
          top = at;
        }
      }
    }
    for (const cell of document.querySelectorAll(".kk-table td.kk-num, .kk-delta")) {
      // A number, or a sign and arrow, on one line.
      const lines = new Set([...cell.getClientRects()].map((r) => Math.round(r.top)));
      if (cell.matches(".kk-delta:not(.kk-delta--unknown)") && lines.size > 1) out.split.push(cell.textContent ?? "");
    }
    for (const table of document.querySelectorAll<HTMLTableElement>(".kk-report table"))
      if (table.getBoundingClientRect().right > window.innerWidth + 0.5)
        out.wide.push(table.caption?.textContent ?? "");
    out.areaNames = document.querySelectorAll(".kk-delta-table tbody th, .kk-series-table tbody th").length;
    return out;
  });
}

describe("words and numbers in narrow columns", () => {
  for (const width of [320, 375]) {
    it(`at ${width} px: no word broken without a hyphen, no number split, no table wider than the window`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const hyphenated = new Set<string>();
      for (const path of paths) {
        await page.goto(`${server.origin}${path}`);
        // The charts' data tables too.
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        const found = await findings(page);
        expect(found.broken, path).toEqual([]);
        expect(found.split, path).toEqual([]);
        expect(found.wide, path).toEqual([]);
        expect(found.areaNames, path).toBeGreaterThan(0);
        // The key of the dash under a table with one, and under no other.
        const keys = await page.$$eval(".kk-table__key", (all) =>
          all.map((key) => [
            getComputedStyle(key).display !== "none",
            key.previousElementSibling?.querySelector(".kk-missing__mark") != null,
          ]),
        );
        for (const [shown, dash] of keys) expect(shown, path).toBe(dash);
        for (const word of found.hyphenated) hyphenated.add(word);
      }
      // The soft hyphens are at work: the change table's and data tables' area names break at them.
      expect(hyphenated.size).toBeGreaterThan(0);
      if (width === 320)
        expect([...hyphenated]).toEqual(expect.arrayContaining(["Verksamhetsutveckling", "Tillgänglighet"]));
      await context.close();
    });
  }

  it("copies and exposes the plain words: no soft hyphen in the clipboard or the accessibility tree", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    const page = await context.newPage();
    await page.goto(`${server.origin}/sv/vasteras-2014-vs-2012.html`);
    const table = page.locator(".kk-delta-table table");
    // The table's text selected and copied as a reader would.
    await table.evaluate((t) => {
      const range = document.createRange();
      range.selectNodeContents(t);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press("Control+C");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("Tillgänglighet och brukarorientering");
    expect(copied).toContain("Verksamhetsutveckling");
    expect(copied).toContain("Förändring");
    expect(copied).not.toContain("\u00ad");
    // What a screen reader is given, here and on Avesta's page (with its lists).
    const client = await context.newCDPSession(page);
    const axNames = async () => {
      const { nodes } = (await client.send("Accessibility.getFullAXTree")) as {
        nodes: { role?: { value: string }; name?: { value: string } }[];
      };
      return nodes.map((n) => `${n.role?.value}: ${n.name?.value ?? ""}`);
    };
    const names = await axNames();
    expect(names).toContain("rowheader: 2 Tillgänglighet och brukarorientering");
    expect(names).toContain("columnheader: Förändring");
    expect(names.filter((n) => n.includes("\u00ad"))).toEqual([]);
    await page.goto(`${server.origin}/sv/avesta-2014.html`);
    const avesta = await axNames();
    expect(avesta).toContain("heading: Förbättringsmöjligheter");
    expect(avesta.filter((n) => n.includes("\u00ad"))).toEqual([]);
    await context.close();
  });
});
