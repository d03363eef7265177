/**
 * The embed split (issue 16), in a real Chromium under the strict Content-Security-Policy of the
 * embed's other tests: the element's script draws the default view alone, and every other view
 * loads its module (one file) from beside the script, with no other request; a
 * module that cannot be loaded is an error state with the fallback content kept, never an uncaught
 * error; the classic script loads the modules too.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importResultsTable } from "@kommunkompassen/import";
import { launchBrowser } from "../support/browser";
import { embedModuleFiles, embedRoutes } from "../support/embed-files";
import { fixturePath, repoRoot } from "../support/fixtures";
import { file, startServer, type Route, type TestServer } from "../support/server";

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** The published results as one collection, as `kompass import published-results.csv -o` writes it. */
const collection = (() => {
  const csv = readFileSync(`${repoRoot}test/fixtures/data/published-results.csv`);
  const imported = importResultsTable(csv, { file: "published-results.csv" }).collection;
  if (!imported) throw new Error("published-results.csv gave no collection");
  return JSON.stringify(imported);
})();

/** A model of one's own, MADE UP for this test (as in embed.browser.test.ts): its definition and an evaluation on it. */
const ownModel = {
  id: "regionkompassen",
  label: "Regionkompassen",
  version: "1",
  areas: [1, 2, 3].map((id) => ({ id, name: { sv: `Område ${id} i regionen`, en: `Regional area ${id}` }, max: 100 })),
};
const ownEvaluation = {
  schemaVersion: 1,
  framework: "regionkompassen",
  municipality: { name: "Region Exempel" },
  year: 2023,
  areas: [
    { id: 1, score: 61 },
    { id: 2, score: 72 },
    { id: 3, score: 55 },
  ],
  notes: ["MADE UP FOR TESTS: a regional model of one's own, not a published evaluation."],
};

const head = (base = "/", classic = false) =>
  `<link rel="stylesheet" href="${base}kommunkompass.css">` +
  (classic
    ? `<script src="${base}kommunkompass.classic.js" defer></script>`
    : `<script type="module" src="${base}kommunkompass.js"></script>`);
const page = (body: string, headHtml = head()): Route => ({
  body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Kommunen</title><link rel="icon" href="data:,">${headHtml}</head><body><main><h1>Vår kommun</h1>${body}</main></body></html>`,
  type: "text/html; charset=utf-8",
  headers: { "content-security-policy": CSP },
});
const json = (value: string): Route => ({ body: value, type: "application/json" });

const PROFILE = 'src="/data/vasteras-2014.json" compare="/data/vasteras-2012.json"';
const PROFILE_DATA = ["/data/vasteras-2014.json", "/data/vasteras-2012.json"];
/** Each view but the default one: its attributes, the module that draws it, the data it loads. */
const VIEWS: [view: string, attributes: string, module: string, data: string[]][] = [
  ["bars", `${PROFILE} view="bars"`, "bars", PROFILE_DATA],
  ["table", `${PROFILE} view="table"`, "table", PROFILE_DATA],
  ["deltas", `${PROFILE} view="deltas"`, "deltas", PROFILE_DATA],
  ["summary", `${PROFILE} view="summary"`, "summary", PROFILE_DATA],
  ["report", `${PROFILE} view="report"`, "report", PROFILE_DATA],
  [
    "position",
    'collection="/data/all.json" view="position" municipality="0486" year="2014"',
    "national",
    ["/data/all.json"],
  ],
  ["overview", 'collection="/data/all.json" view="overview"', "national", ["/data/all.json"]],
];

/** The embed's files without one of them, under `prefix`. */
const without = (prefix: string, missing: string) =>
  Object.fromEntries(Object.entries(embedRoutes(prefix)).filter(([path]) => path !== `${prefix}${missing}`));

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  const fallback = '<p class="fallback">Serverrenderad rapport</p>';
  server = await startServer({
    ...embedRoutes(),
    ...without("/no-module/", "kommunkompass-report.js"),
    ...without("/no-en/", "kommunkompass-en.js"),
    "/data/vasteras-2012.json": file(fixturePath("vasteras-2012"), "application/json"),
    "/data/vasteras-2014.json": file(fixturePath("vasteras-2014"), "application/json"),
    "/data/all.json": json(collection),
    "/data/regionkompassen.json": json(JSON.stringify(ownModel)),
    "/data/region-2023.json": json(JSON.stringify(ownEvaluation)),
    ...Object.fromEntries(
      VIEWS.map(([view, attributes]) => [
        `/${view}.html`,
        page(`<kommunkompass-profil id="${view}" ${attributes}></kommunkompass-profil>`),
      ]),
    ),
    "/frameworks.html": page(
      '<kommunkompass-profil id="own" src="/data/region-2023.json" frameworks="/data/regionkompassen.json" view="bars"></kommunkompass-profil>',
    ),
    "/no-module.html": page(
      `<kommunkompass-profil id="lost" ${PROFILE} view="report" timeout="3000">${fallback}</kommunkompass-profil>`,
      head("/no-module/"),
    ),
    "/classic.html": page(
      `<kommunkompass-profil id="radar" ${PROFILE}></kommunkompass-profil><kommunkompass-profil id="report" ${PROFILE} view="report"></kommunkompass-profil><kommunkompass-profil id="position" ${VIEWS[5]![1]}></kommunkompass-profil>`,
      head("/", true),
    ),
    // In English: the texts come in a module of their own, for the classic script's components too.
    "/classic-en.html": page(
      `<kommunkompass-profil id="radar" ${PROFILE} lang="en"></kommunkompass-profil><kommunkompass-profil id="position" ${VIEWS[5]![1]} lang="en"></kommunkompass-profil>`,
      head("/", true),
    ),
    "/en.html": page(`<kommunkompass-profil id="radar" ${PROFILE} lang="en"></kommunkompass-profil>`),
    "/no-en.html": page(
      `<kommunkompass-profil id="lost" ${PROFILE} lang="en" timeout="3000"><p class="fallback">Server-rendered profile</p></kommunkompass-profil>`,
      head("/no-en/"),
    ),
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  requests: string[];
  violations: string[];
  errors: string[];
}

/** Opens a page under the CSP, records every request, console error and violation, and waits for every element's state. */
async function visit(path: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const requests: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];
  p.on("request", (request) => requests.push(request.url()));
  p.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    if (message.type() === "error") errors.push(message.text());
  });
  p.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  await p.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await p.goto(`${server.origin}${path}`);
  await p.waitForFunction(
    () => [...document.querySelectorAll("kommunkompass-profil")].every((e) => e.getAttribute("data-state")),
    undefined,
    { timeout: 10_000 },
  );
  violations.push(...(await p.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
  return { page: p, requests, violations, errors };
}

const paths = (requests: string[]) => requests.map((u) => new URL(u).pathname).sort();
const state = (p: Page, id: string) =>
  p.$eval(`#${id}`, (e) => `${e.getAttribute("data-state")} ${e.getAttribute("data-reason")}`);

describe("the embed's modules loaded on demand", () => {
  for (const [view, , module, data] of VIEWS)
    it(`view="${view}" loads kommunkompass-${module}.js from beside the script, and nothing else`, async () => {
      const { page: p, requests, violations, errors } = await visit(`/${view}.html`);
      expect(await state(p, view)).toBe("ready null");
      expect(paths(requests)).toEqual(
        [
          `/${view}.html`,
          "/kommunkompass.css",
          "/kommunkompass.js",
          ...embedModuleFiles(`kommunkompass-${module}.js`).map((name) => `/${name}`),
          ...data,
        ].sort(),
      );
      expect(requests.every((u) => u.startsWith(server.origin))).toBe(true);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await p.context().close();
    });

  it("a definition file (frameworks) is checked by kommunkompass-frameworks.js, loaded with the view's module", async () => {
    const { page: p, requests, violations, errors } = await visit("/frameworks.html");
    expect(await state(p, "own")).toBe("ready null");
    expect(await p.locator("#own .kk-variant--wide .kk-area-key li").allTextContents()).toEqual(
      ownModel.areas.map((a) => a.name.sv),
    );
    expect(paths(requests)).toEqual(
      [
        "/frameworks.html",
        "/kommunkompass.css",
        "/kommunkompass.js",
        ...new Set([...embedModuleFiles("kommunkompass-bars.js"), ...embedModuleFiles("kommunkompass-frameworks.js")]),
        "/data/region-2023.json",
        "/data/regionkompassen.json",
      ]
        .map((x) => (x.startsWith("/") ? x : `/${x}`))
        .sort(),
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await p.context().close();
  });

  for (const [what, path] of [["the view's module", "/no-module.html"]] as const)
    it(`${what} cannot be loaded (404): data-state="error", data-reason="view-script", the fallback kept, no uncaught error`, async () => {
      const { page: p, errors, requests } = await visit(path);
      expect(await state(p, "lost")).toBe("error view-script");
      expect(await p.locator("#lost [role=alert]").textContent()).toBe(
        "Kommunkompassens profil kan inte visas: vyns skript kunde inte laddas.",
      );
      expect(await p.locator("#lost .fallback").isVisible()).toBe(true);
      expect(errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
      expect(errors.some((e) => e.includes("<kommunkompass-profil>"))).toBe(true);
      expect(requests.every((u) => u.startsWith(server.origin))).toBe(true);
      await p.context().close();
    });

  it("an element in English loads the components' English texts (kommunkompass-en.js), and only that beside the script", async () => {
    const { page: p, requests, violations, errors } = await visit("/en.html");
    expect(await state(p, "radar")).toBe("ready null");
    expect(await p.getByRole("figure", { name: "Profile of Västerås stad 2014" }).isVisible()).toBe(true);
    expect(paths(requests)).toEqual(
      [
        "/en.html",
        "/kommunkompass.css",
        "/kommunkompass.js",
        ...embedModuleFiles("kommunkompass-en.js").map((name) => `/${name}`),
        ...PROFILE_DATA,
      ].sort(),
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await p.context().close();
  });

  it("without the English texts' module: the failure said in English, the fallback kept", async () => {
    const { page: p, errors } = await visit("/no-en.html");
    expect(await state(p, "lost")).toBe("error view-script");
    expect(await p.locator("#lost [role=alert]").textContent()).toBe(
      "The Kommunkompassen profile cannot be shown: the view's script could not be loaded.",
    );
    expect(await p.locator("#lost .fallback").isVisible()).toBe(true);
    expect(errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    await p.context().close();
  });

  it("the classic script in English: its own components and the modules' both in English", async () => {
    const { page: p, violations, errors } = await visit("/classic-en.html");
    expect(await state(p, "radar")).toBe("ready null");
    expect(await state(p, "position")).toBe("ready null");
    expect(await p.locator("#radar").getByRole("figure", { name: "Profile of Västerås stad 2014" }).isVisible()).toBe(
      true,
    );
    expect(await p.locator("#position .kk-position__places li").first().textContent()).toBe(
      "Total: 437 of 800 points, 5th of 6 municipalities evaluated with Kommunkompassen 2.0",
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await p.context().close();
  });

  it("the classic script draws the default view alone and loads the other views' modules as ES modules, under the CSP", async () => {
    const { page: p, requests, violations, errors } = await visit("/classic.html");
    expect(await state(p, "radar")).toBe("ready null");
    expect(await state(p, "report")).toBe("ready null");
    expect(await state(p, "position")).toBe("ready null");
    expect(await p.getByRole("heading", { level: 2, name: "Kommunkompassen – Västerås stad 2014" }).isVisible()).toBe(
      true,
    );
    const loaded = paths(requests);
    for (const name of [
      ...embedModuleFiles("kommunkompass-report.js"),
      ...embedModuleFiles("kommunkompass-national.js"),
    ])
      expect(loaded).toContain(`/${name}`);
    // The modules take what they share with the element's script from the ES module beside it.
    expect(loaded).toContain("/kommunkompass.js");
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await p.context().close();
  });
});
