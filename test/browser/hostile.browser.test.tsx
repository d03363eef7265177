/**
 * Hostile text in a real Chromium, asserted in the DOM: markup, script, `javascript:` URLs, SVG
 * payloads and bidi controls in every kind of text field, through the three ways the library puts
 * text on a page: the React components (server-rendered), the page `kompass render` writes, and the
 * `<kommunkompass-profil>` embed (client-rendered, light and shadow DOM). Nothing may become an
 * element, an event handler or a link; no dialog may open; no request may leave; the payloads must
 * still be there as text; and a right-to-left override in a name must not turn round the year after it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AreaBarChart, DeltaTable, EvaluationReport, RadarProfile, SubQuestionTable } from "@kommunkompassen/react";
import { launchBrowser } from "../support/browser";
import { fixturePath, loadFixture, repoRoot } from "../support/fixtures";
import { bidiEvaluation, hostileEvaluation, PAYLOADS } from "../support/hostile";
import { file, startServer, type Route, type TestServer } from "../support/server";
import { embedRoutes } from "../support/embed-files";

const cli = join(repoRoot, "packages/cli/dist/cli.js");
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
const css = readFileSync(`${repoRoot}packages/react/src/styles.css`, "utf8");

/** A host page; its own scripts and styles carry `data-host`, so the checks can tell them apart. */
const hostPage = (body: string): Route => ({
  body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Kommunen</title><link rel="icon" href="data:,"><link data-host rel="stylesheet" href="/kommunkompass.css"><script data-host type="module" src="/kommunkompass.js"></script></head><body><main><h1>Vår kommun</h1>${body}</main></body></html>`,
  type: "text/html; charset=utf-8",
  headers: { "content-security-policy": CSP },
});

/** Every component on one evaluation, server-rendered into a page with the stylesheet inlined. */
function componentsPage(evaluation: ReturnType<typeof loadFixture>): Route {
  const ui: ReactNode = (
    <main>
      <EvaluationReport evaluation={evaluation} previous={loadFixture("avesta-2014")} />
      <RadarProfile evaluation={evaluation} />
      <AreaBarChart evaluation={evaluation} />
      <SubQuestionTable evaluation={evaluation} areaId={1} />
      <DeltaTable from={loadFixture("avesta-2014")} to={evaluation} />
    </main>
  );
  return {
    body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Test</title><style data-host>${css}</style></head><body>${renderToStaticMarkup(ui)}</body></html>`,
    type: "text/html; charset=utf-8",
  };
}

/** The page `kompass render` writes for an evaluation (its own CSP is in a meta element). */
function renderedPage(dir: string, name: string, evaluation: unknown): Route {
  const input = join(dir, `${name}.json`);
  const output = join(dir, `${name}.html`);
  writeFileSync(input, JSON.stringify(evaluation));
  const result = spawnSync(process.execPath, [cli, "render", input, "-o", output], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`kompass render ${name} failed (${result.status}): ${result.stderr}`);
  return { body: readFileSync(output, "utf8"), type: "text/html; charset=utf-8" };
}

const EMBED_VIEWS = ["report", "radar", "bars", "table", "summary", "deltas"]
  .map(
    (view) =>
      `<kommunkompass-profil src="/data/NAME.json" compare="/data/avesta-2014.json" view="${view}"></kommunkompass-profil>`,
  )
  .join("");

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "kompass-hostile-"));
  server = await startServer({
    ...embedRoutes(),
    "/data/avesta-2014.json": file(fixturePath("avesta-2014"), "application/json"),
    "/data/hostile.json": { body: JSON.stringify(hostileEvaluation()), type: "application/json" },
    "/data/bidi.json": { body: JSON.stringify(bidiEvaluation()), type: "application/json" },
    "/components-hostile.html": componentsPage(hostileEvaluation()),
    "/components-bidi.html": componentsPage(bidiEvaluation()),
    "/render-hostile.html": renderedPage(dir, "hostile", hostileEvaluation()),
    "/render-bidi.html": renderedPage(dir, "bidi", bidiEvaluation()),
    "/embed-hostile.html": hostPage(
      EMBED_VIEWS.replaceAll("NAME", "hostile") +
        '<kommunkompass-profil src="/data/hostile.json" view="report" shadow></kommunkompass-profil>',
    ),
    "/embed-bidi.html": hostPage(
      EMBED_VIEWS.replaceAll("NAME", "bidi") +
        '<kommunkompass-profil src="/data/bidi.json" view="report" shadow></kommunkompass-profil>',
    ),
  });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page, waits for any embeds to settle, and records dialogs and requests. */
async function visit(path: string): Promise<{ page: Page; dialogs: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(`${server.origin}${path}`);
  await page.waitForFunction(
    () => [...document.querySelectorAll("kommunkompass-profil")].every((e) => e.getAttribute("data-state")),
    undefined,
    { timeout: 8000 },
  );
  // Give an injected handler (onload, onerror) the chance to run, were there one.
  await page.waitForTimeout(200);
  return { page, dialogs, requests };
}

/** Everything on the page that is live rather than text: elements, handlers, script URLs. */
function liveMarkup(page: Page): Promise<{ problems: string[]; text: string; embedStates: string[] }> {
  return page.evaluate(() => {
    const elements: Element[] = [];
    let text = "";
    const walk = (root: Document | ShadowRoot) => {
      text += ` ${root instanceof Document ? root.body.textContent : [...root.childNodes].map((n) => n.textContent).join("")}`;
      for (const el of root.querySelectorAll("*")) {
        elements.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const problems: string[] = [];
    for (const el of elements) {
      if (el.hasAttribute("data-host")) continue;
      const tag = el.tagName.toLowerCase();
      if (["script", "img", "iframe", "object", "embed", "foreignobject", "frame", "base", "form"].includes(tag))
        problems.push(`a <${tag}> element: ${el.outerHTML.slice(0, 80)}`);
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? "";
        if (/^on/i.test(attr)) problems.push(`an event handler ${attr}="${value}" on <${tag}>`);
        // A download menu's file on a page without scripts (renderReportDocument): a data: URL of CSV,
        // JSON or SVG on an <a download>, which the page never loads. CSV and JSON are data (the
        // payloads are in them as text, as in the evaluation); an SVG is markup, so it is parsed:
        // no script, no event handler, no foreign content, no link anywhere.
        const download =
          tag === "a" &&
          attr === "href" &&
          el.hasAttribute("download") &&
          el.closest(".kk-downloads") !== null &&
          /^data:(text\/csv|application\/json|image\/svg\+xml);charset=utf-8;base64,/.test(value);
        if (download && value.startsWith("data:image/svg+xml")) {
          const bytes = Uint8Array.from(atob(value.slice(value.indexOf(",") + 1)), (c) => c.charCodeAt(0));
          const svg = new DOMParser().parseFromString(new TextDecoder().decode(bytes), "image/svg+xml");
          const parts = [...svg.querySelectorAll("*")];
          if (svg.querySelector("parsererror")) problems.push("a download's SVG that does not parse");
          for (const part of parts) {
            if (/^(script|foreignobject|iframe|image|use|a)$/i.test(part.localName))
              problems.push(`a download's SVG with a <${part.localName}>`);
            for (const name of part.getAttributeNames())
              if (/^on|href$/i.test(name)) problems.push(`a download's SVG with ${name}= on <${part.localName}>`);
          }
        } else if (
          !download &&
          /^(href|src|xlink:href|action|formaction|data)$/i.test(attr) &&
          /^\s*(javascript|data|vbscript):/i.test(value) &&
          !(tag === "link" && value === "data:,")
        )
          problems.push(`a script URL ${attr}="${value}" on <${tag}>`);
        if (/^(href|src|xlink:href)$/i.test(attr) && /evil\.example/.test(value))
          problems.push(`a link to ${value} on <${tag}>`);
      }
    }
    const embedStates = [...document.querySelectorAll("kommunkompass-profil")].map(
      (e) => e.getAttribute("data-state") ?? "none",
    );
    return { problems, text, embedStates };
  });
}

/**
 * Where a name is followed by a year ("… kommun 2014"), the x positions of the year's digits as
 * drawn: increasing if the year reads left to right. Looks through shadow roots; HTML text only.
 */
function yearsAfterName(page: Page): Promise<number[][]> {
  return page.evaluate(() => {
    const found: number[][] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll("*")) if (el.shadowRoot) roots.push(el.shadowRoot);
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (!(n.parentElement instanceof SVGElement)) nodes.push(n as Text);
      // The name and the year may be in one text node or in neighbours: follow the text on.
      nodes.forEach((node, i) => {
        const at = node.data.indexOf("\u202E kommun");
        if (at < 0) return;
        let rest = node.data.slice(at + "\u202E kommun".length);
        let target: Text = node;
        let offset = at + "\u202E kommun".length;
        if (!/\d{4}/.test(rest) && nodes[i + 1] && node.parentElement === nodes[i + 1]!.parentElement) {
          // "Avesta‮ kommun" and " 2014" as separate text nodes of one element.
          target = nodes[i + 1]!;
          offset = 0;
          rest = target.data;
        }
        const year = /^[\u2069\s]*(\d{4})/.exec(rest);
        if (!year) return;
        const start = offset + rest.indexOf(year[1]!);
        const xs: number[] = [];
        for (let d = 0; d < 4; d++) {
          const range = document.createRange();
          range.setStart(target, start + d);
          range.setEnd(target, start + d + 1);
          xs.push(Math.round(range.getBoundingClientRect().left));
        }
        if (xs.some((x) => x !== 0)) found.push(xs);
      });
    }
    return found;
  });
}

const pages = [
  ["the components (server-rendered)", "components"],
  ["the page kompass render writes", "render"],
  ["the embed (light and shadow DOM)", "embed"],
] as const;

describe("hostile text is rendered inert", () => {
  for (const [label, prefix] of pages) {
    it(`${label}: markup, script and javascript: URLs come out as text; no dialog, no request elsewhere`, async () => {
      const { page, dialogs, requests } = await visit(`/${prefix}-hostile.html`);
      const { problems, text, embedStates } = await liveMarkup(page);
      expect(problems, problems.join("\n")).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
      expect(embedStates.every((state) => state === "ready")).toBe(true);
      // The payloads are still there, as the text they are.
      for (const payload of [PAYLOADS[0]!, PAYLOADS[1]!, PAYLOADS[3]!, PAYLOADS[5]!]) expect(text).toContain(payload);
      await page.close();
    });

    it(`${label}: a right-to-left override in the municipality's name does not turn round the year after it`, async () => {
      const { page } = await visit(`/${prefix}-bidi.html`);
      const years = await yearsAfterName(page);
      expect(years.length).toBeGreaterThan(0);
      for (const xs of years) expect(xs, `digit positions ${xs.join(", ")}`).toEqual([...xs].sort((a, b) => a - b));
      for (const xs of years) expect(new Set(xs).size).toBe(4);
      await page.close();
    });
  }
});
