/**
 * The embed's national views in a real Chromium, under the strict Content-Security-Policy of the
 * embed's other tests: `view="position"` and `view="overview"` drawn from a collection of the
 * published results (test/fixtures/data/published-results.csv, read with the results-table import
 * into one collection), the national views' script imported from beside the element's, no request
 * anywhere else, axe, the place in words, and every failure its own state and message.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Collection } from "@kommunkompassen/core";
import { importResultsTable } from "@kommunkompassen/import";
import { launchBrowser } from "../support/browser";
import { fixturePath, repoRoot } from "../support/fixtures";
import { embedModuleFiles, embedRoutes } from "../support/embed-files";
import { file, startServer, type Route, type TestServer } from "../support/server";

const dist = `${repoRoot}packages/embed/dist/`;
const require = createRequire(import.meta.url);
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** The published results as one collection, as `kompass import published-results.csv -o` writes it. */
const published: Collection = (() => {
  const csv = readFileSync(`${repoRoot}test/fixtures/data/published-results.csv`);
  const { collection } = importResultsTable(csv, { file: "published-results.csv" });
  if (!collection) throw new Error("published-results.csv gave no collection");
  return collection;
})();
const publishedJson = JSON.stringify(published);

/** The published collection with Strängnäs 2014 a second time: an error at its pointer. */
const duplicated = {
  ...published,
  evaluations: [...published.evaluations, published.evaluations.find((e) => e.municipality.code === "0486")!],
};

const json = (body: string): Route => ({ body, type: "application/json" });
const head = (script = '<script type="module" src="/kommunkompass.js"></script>') =>
  `<link rel="stylesheet" href="/kommunkompass.css">${script}`;
const html = (body: string, headHtml = head()) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kommunen</title><link rel="icon" href="data:,">${headHtml}</head><body><main><h1>Vår kommun</h1>${body}</main></body></html>`;
const page = (body: string, headHtml?: string): Route => ({
  body: html(body, headHtml),
  type: "text/html; charset=utf-8",
  headers: { "content-security-policy": CSP },
});
const elements = (list: [string, string][]) =>
  list.map(([id, attributes]) => `<kommunkompass-profil id="${id}" ${attributes}></kommunkompass-profil>`).join("");

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  const scripts: Record<string, Route> = {
    ...embedRoutes(),
    // The element's script alone, without the national views' script beside it.
    "/alone/kommunkompass.js": file(`${dist}kommunkompass.js`, "text/javascript"),
  };
  server = await startServer({
    ...scripts,
    "/axe.min.js": file(require.resolve("axe-core/axe.min.js"), "text/javascript"),
    "/data/published.json": json(publishedJson),
    "/data/duplicated.json": json(JSON.stringify(duplicated)),
    "/data/strangnas-2014.json": file(fixturePath("strangnas-2014"), "application/json"),
    "/data/not-json.json": json("{ nope"),
    "/position.html": page(
      elements([
        ["strangnas", 'collection="/data/published.json" view="position" municipality="Strängnäs" year="2014"'],
        ["orebro", 'collection="/data/published.json" view="position" municipality="orebro" year="2012"'],
      ]),
    ),
    "/position-en.html": page(
      elements([["en", 'collection="/data/published.json" view="position" municipality="0486" year="2014" lang="en"']]),
    ),
    "/overview.html": page(elements([["overview", 'collection="/data/published.json" view="overview"']])),
    "/overview-off.html": page(
      elements([["overview", 'collection="/data/published.json" view="overview" downloads="off"']]),
    ),
    "/both.html": page(
      elements([
        ["position", 'collection="/data/published.json" view="position" municipality="1880" year="2012"'],
        ["overview", 'collection="/data/published.json" view="overview"'],
        ["radar", 'src="/data/strangnas-2014.json"'],
      ]),
    ),
    "/focal.html": page(
      elements([
        ["src", 'collection="/data/published.json" view="position" src="/data/strangnas-2014.json"'],
        ["latest", 'collection="/data/published.json" view="position" municipality="Strängnäs kommun"'],
        ["distribution", 'collection="/data/published.json" view="position"'],
      ]),
    ),
    "/inline.html": page(
      `<kommunkompass-profil id="inline" view="position" municipality="Lidköping" year="2014"><script type="application/json" data-kk="collection">${publishedJson.replace(/</g, "\\u003c")}</script></kommunkompass-profil>`,
    ),
    "/classic.html": page(
      elements([["classic", 'collection="/data/published.json" view="position" municipality="Karlskoga"']]),
      head('<script src="/kommunkompass.classic.js" defer></script>'),
    ),
    "/shadow.html": page(
      elements([
        ["shadow", 'collection="/data/published.json" view="position" municipality="0486" year="2014" shadow'],
      ]),
    ),
    "/failures.html": page(
      elements([
        ["none", 'view="position" municipality="Strängnäs"'],
        ["invalid", 'collection="/data/duplicated.json" view="overview"'],
        ["absent", 'collection="/data/published.json" view="position" municipality="Strängnäs" year="2015"'],
        ["unknown", 'collection="/data/published.json" view="position" municipality="Gnosjö"'],
        ["missing", 'collection="/data/missing.json" view="overview"'],
        ["json", 'collection="/data/not-json.json" view="overview"'],
        ["cross", 'collection="https://example.invalid/all.json" view="overview"'],
      ]),
    ),
    "/no-script.html": page(
      elements([["lonely", 'collection="/data/published.json" view="overview" timeout="2000"']]),
      head('<script type="module" src="/alone/kommunkompass.js"></script>'),
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

async function visit(path: string, width = 1280): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
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
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await p.goto(`${server.origin}${path}`);
  await p.waitForFunction(
    () => [...document.querySelectorAll("kommunkompass-profil")].every((e) => e.getAttribute("data-state")),
    undefined,
    { timeout: 8000 },
  );
  violations.push(...(await p.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
  return { page: p, requests, violations, errors };
}

const axe = async (p: Page) => {
  await p.addScriptTag({ url: "/axe.min.js" });
  return p.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
};

/** The `data-state` and `data-reason` of each element, by id. */
const states = (p: Page) =>
  p.$$eval("kommunkompass-profil", (list) =>
    Object.fromEntries(list.map((e) => [e.id, `${e.getAttribute("data-state")} ${e.getAttribute("data-reason")}`])),
  );
/** The visible places in words of one element. */
const places = (p: Page, id: string) => p.locator(`#${id} .kk-position__places li`).allTextContents();
const paths = (requests: string[]) => requests.map((u) => new URL(u).pathname);

describe('<kommunkompass-profil view="position">', () => {
  it("says where Strängnäs 2014 and Örebro 2012 stand among Kommunkompassen 2.0's, under the strict CSP, fetching nothing else", async () => {
    const { page: p, requests, violations, errors } = await visit("/position.html");
    expect(await states(p)).toEqual({ strangnas: "ready null", orebro: "ready null" });
    // 2.0 in the published results, the latest of each municipality: Nacka 644, Örebro 615,
    // Lidköping 549 (2014), Karlskoga 450, Strängnäs 437, Ängelholm 426.
    expect(await places(p, "strangnas")).toEqual([
      "Totalt: 437 av 800 poäng, plats 5 av 6 bland kommuner utvärderade med Kommunkompassen 2.0",
      "1 Offentlighet och demokrati: 54 av 100, plats 2 av 2",
    ]);
    expect((await places(p, "orebro"))[0]).toBe(
      "Totalt: 615 av 800 poäng, plats 2 av 6 bland kommuner utvärderade med Kommunkompassen 2.0",
    );
    // The same words in the text alternative, and the data table lists every mark of the total's strip.
    expect(await p.locator("#strangnas svg[role=img] desc").first().textContent()).toContain(
      "plats 5 av 6 bland kommuner utvärderade med Kommunkompassen 2.0",
    );
    expect(await p.locator("#strangnas .kk-position__focal, #strangnas [class*=focal]").count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    // The page, the stylesheet, the element's script, the national views' module beside it (with the
    // chunks it shares with the other modules loaded on demand), the data once.
    expect(paths(requests).sort()).toEqual(
      [
        "/position.html",
        "/kommunkompass.css",
        "/kommunkompass.js",
        ...embedModuleFiles("kommunkompass-national.js").map((name) => `/${name}`),
        "/data/published.json",
      ].sort(),
    );
    expect(requests.every((u) => u.startsWith(server.origin))).toBe(true);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it("renders the strips' data tables once the view is shown: when a disclosure opens, or when the browser is idle", async () => {
    type Seen = { __rowsAtReady?: Record<string, number> };
    const open = async (idle: boolean) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const p = await context.newPage();
      await p.addInitScript((withIdle) => {
        // Without idle moments, a table renders only when its disclosure is opened.
        if (!withIdle) window.requestIdleCallback = () => 0;
        document.addEventListener("kommunkompass:ready", (event) => {
          const element = event.target as Element;
          const seen = window as unknown as Seen;
          seen.__rowsAtReady = { ...seen.__rowsAtReady, [element.id]: element.querySelectorAll("tbody tr").length };
        });
      }, idle);
      await p.goto(`${server.origin}/position.html`);
      await p.waitForFunction(() => Object.keys((window as unknown as Seen).__rowsAtReady ?? {}).length === 2);
      return p;
    };
    // The total's table of Strängnäs: the six latest 2.0 evaluations, highest total first.
    const names = (p: Page) =>
      p
        .locator("#strangnas .kk-chart__data")
        .first()
        .locator("tbody th")
        .evaluateAll((cells) => cells.map((th) => th.firstChild?.textContent ?? ""));
    const order = ["Nacka", "Örebro", "Lidköpings", "Karlskoga", "Strängnäs", "Ängelholms"];
    const short = (name: string) => name.replace(/ (kommun|stad)$/, "");

    const idle = await open(true);
    expect(await idle.evaluate(() => (window as unknown as Seen).__rowsAtReady)).toEqual({ strangnas: 0, orebro: 0 });
    // Unopened, once idle: there for the browser's find-in-page.
    await expect.poll(async () => (await names(idle)).map(short), { timeout: 5000 }).toEqual(order);
    expect(await idle.locator("#strangnas .kk-chart__data[open]").count()).toBe(0);
    await idle.context().close();

    const opened = await open(false);
    await opened.waitForTimeout(300);
    expect(await opened.locator("#strangnas tbody tr").count()).toBe(0);
    await opened.locator("#strangnas .kk-chart__data > summary").first().click();
    // Preact renders the state's change in a moment of its own.
    await expect.poll(async () => (await names(opened)).map(short), { timeout: 5000 }).toEqual(order);
    expect(await axe(opened)).toEqual([]);
    await opened.context().close();
  });

  it("draws the layout of its width only (the narrow one at 30rem and less), and the other when the width crosses it", async () => {
    const viewBoxes = (q: Page) =>
      q.$$eval("#strangnas svg.kk-chart__svg", (svgs) => svgs.map((svg) => svg.getAttribute("viewBox")!.split(" ")[2]));
    const { page: p, errors } = await visit("/position.html", 320);
    // One SVG of the narrow layout (320 units wide), no second one for the stylesheet to hide.
    expect(await viewBoxes(p)).toEqual(["320"]);
    expect(await p.locator("#strangnas .kk-variant").count()).toBe(0);
    await p.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => viewBoxes(p)).toEqual(["600"]);
    // The places in words stay what they were.
    expect((await places(p, "strangnas"))[0]).toBe(
      "Totalt: 437 av 800 poäng, plats 5 av 6 bland kommuner utvärderade med Kommunkompassen 2.0",
    );
    await p.setViewportSize({ width: 400, height: 900 });
    await expect.poll(() => viewBoxes(p)).toEqual(["320"]);
    expect(errors).toEqual([]);
    await p.context().close();
  });

  it("in English: 5th of 6; by the SCB code", async () => {
    const { page: p } = await visit("/position-en.html");
    expect((await places(p, "en"))[0]).toBe(
      "Total: 437 of 800 points, 5th of 6 municipalities evaluated with Kommunkompassen 2.0",
    );
    await p.context().close();
  });

  it("places the src evaluation; without a year the municipality's latest (model not stated: no place, and why); without one, each model's distribution", async () => {
    const { page: p, errors } = await visit("/focal.html");
    expect(await states(p)).toEqual({ src: "ready null", latest: "ready null", distribution: "ready null" });
    expect((await places(p, "src"))[0]).toContain("plats 5 av 6 bland kommuner utvärderade med Kommunkompassen 2.0");
    // Strängnäs 2016: the source does not state the model, so it is never ranked.
    const latest = (await p.locator("#latest").textContent()) ?? "";
    expect(latest).toContain("2016");
    expect(await p.locator("#latest .kk-position__places li").count()).toBe(0);
    expect(latest).toContain("Strängnäs kommun 2016 rankas inte: källan anger inte med vilken modell");
    // One strip of totals per stated model: 2.0, 2.1 and 2020.
    expect(await p.locator("#distribution figure").count()).toBe(3);
    expect(errors).toEqual([]);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it("an inline collection, the classic script, shadow mode", async () => {
    const inline = await visit("/inline.html");
    expect((await places(inline.page, "inline"))[0]).toBe(
      "Totalt: 549 av 800 poäng, plats 3 av 6 bland kommuner utvärderade med Kommunkompassen 2.0",
    );
    expect(paths(inline.requests)).not.toContain("/data/published.json");
    expect(inline.violations).toEqual([]);
    await inline.page.context().close();

    const classic = await visit("/classic.html");
    expect((await places(classic.page, "classic"))[0]).toContain("plats 4 av 6");
    expect(paths(classic.requests)).toContain("/kommunkompass-national.js");
    expect(classic.violations).toEqual([]);
    await classic.page.context().close();

    const shadow = await visit("/shadow.html");
    const text = await shadow.page.evaluate(
      () => document.querySelector("#shadow")!.shadowRoot!.querySelector(".kk-position__places li")!.textContent,
    );
    expect(text).toContain("plats 5 av 6");
    expect(shadow.violations).toEqual([]);
    await shadow.page.context().close();
  });
});

describe('<kommunkompass-profil view="overview">', () => {
  it("every published evaluation, grouped and ranked within its model; the search ignores diacritics and the count is announced", async () => {
    const { page: p, requests, violations, errors } = await visit("/overview.html");
    expect(await states(p)).toEqual({ overview: "ready null" });
    const table = p.locator("#overview table");
    expect(await table.locator("caption").textContent()).toContain("19");
    expect(await table.locator("tbody tr").count()).toBeGreaterThanOrEqual(19);
    const search = p.getByRole("searchbox");
    await search.fill("orebro");
    await expect
      .poll(() => p.locator("#overview [role=status]").textContent())
      .toMatch(/^Visar 2 av 19 utvärderingar\./);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith(server.origin))).toBe(true);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it("a download menu above the table (the rows shown and every evaluation, CSV and JSON), made in the page; off with downloads=off", async () => {
    const { page: p, requests, errors } = await visit("/overview.html");
    await p.getByRole("searchbox").fill("orebro");
    await expect.poll(() => p.locator("#overview [role=status]").textContent()).toMatch(/^Visar 2 av 19/);
    const before = requests.length;
    const button = p.locator("#overview .kk-downloads__button");
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    expect(
      await p
        .locator(
          "#overview .kk-downloads__panel h3, #overview .kk-downloads__panel [role=heading], #overview .kk-downloads__heading",
        )
        .allTextContents(),
    ).toEqual(["Den här vyn (2 av 19)", "Alla 19 utvärderingar"]);
    const [download] = await Promise.all([
      p.waitForEvent("download"),
      p.locator("#overview .kk-downloads__item", { hasText: "CSV för Excel" }).first().click(),
    ]);
    const csv = readFileSync((await download.path())!, "utf8");
    // Swedish Excel: a BOM, semicolons; the two rows shown (Örebro 2012 and 2015) under the header.
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain(";");
    expect(lines.slice(1).every((line) => line.includes("Örebro"))).toBe(true);
    expect(lines.slice(1).map((line) => line.includes("615") || line.includes("650"))).toEqual([true, true]);
    // Made in the page: nothing but the files' module from beside the script was requested.
    expect(paths(requests.slice(before)).every((x) => /^\/kommunkompass-shared-[\w-]+\.js$/.test(x))).toBe(true);
    expect(errors).toEqual([]);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
    const off = await visit("/overview-off.html");
    expect(await states(off.page)).toEqual({ overview: "ready null" });
    expect(await off.page.locator("#overview .kk-downloads__button").count()).toBe(0);
    await off.page.context().close();
  });

  it("beside a profile on one page: each view its own renderer, one download of the collection", async () => {
    const { page: p, requests, errors } = await visit("/both.html");
    expect(await states(p)).toEqual({ position: "ready null", overview: "ready null", radar: "ready null" });
    expect(paths(requests).filter((x) => x === "/data/published.json")).toHaveLength(1);
    expect(paths(requests).filter((x) => x === "/kommunkompass-national.js")).toHaveLength(1);
    // Switching the radar to the position view and back: each renderer unmounts what it drew.
    await p.evaluate(() => {
      const radar = document.querySelector("#radar")!;
      radar.setAttribute("collection", "/data/published.json");
      radar.setAttribute("view", "position");
    });
    await expect
      .poll(() => places(p, "radar"))
      .toContain("Totalt: 437 av 800 poäng, plats 5 av 6 bland kommuner utvärderade med Kommunkompassen 2.0");
    await p.evaluate(() => document.querySelector("#radar")!.setAttribute("view", "bars"));
    await expect.poll(() => p.locator("#radar .kk-position").count()).toBe(0);
    expect(await p.locator("#radar svg").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });
});

describe("the national views' failures", () => {
  it("each has its own state, an accessible message and the details in the console", async () => {
    const { page: p, requests, errors } = await visit("/failures.html");
    expect(await states(p)).toEqual({
      none: "error needs-collection",
      invalid: "error invalid-collection",
      absent: "error not-in-collection",
      unknown: "error not-in-collection",
      missing: "error http",
      json: "error invalid-json",
      cross: "error cross-origin",
    });
    const alert = (id: string) => p.locator(`#${id} [role=alert]`).textContent();
    expect(await alert("none")).toBe(
      "Kommunkompassens profil kan inte visas: vyn ”position” behöver en samling utvärderingar (collection).",
    );
    expect(await alert("invalid")).toBe(
      "Kommunkompassens profil kan inte visas: samlingen är felaktig (/evaluations/19: Strängnäs kommun 2014 is already in the collection (at /evaluations/3)).",
    );
    // The validator's English inside the Swedish sentence, marked so.
    expect(await p.locator("#invalid [role=alert] span[lang=en]").textContent()).toMatch(/^\/evaluations\/19: /);
    expect(await alert("absent")).toBe(
      "Kommunkompassens profil kan inte visas: samlingen har ingen utvärdering av Strängnäs 2015.",
    );
    expect(await alert("missing")).toBe(
      "Kommunkompassens profil kan inte visas: uppgifterna kunde inte hämtas (fel 404).",
    );
    expect(requests.some((u) => u.includes("example.invalid"))).toBe(false);
    expect(errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    expect(errors.filter((e) => e.includes("<kommunkompass-profil>")).length).toBeGreaterThanOrEqual(7);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it("without the national views' script beside the element's: view-script, said and logged", async () => {
    const { page: p, requests } = await visit("/no-script.html");
    expect(await states(p)).toEqual({ lonely: "error view-script" });
    expect(await p.locator("#lonely [role=alert]").textContent()).toBe(
      "Kommunkompassens profil kan inte visas: vyns skript kunde inte laddas.",
    );
    expect(paths(requests)).toContain("/alone/kommunkompass-national.js");
    await p.context().close();
  });
});

describe("the embed configurator's national views (pnpm start)", () => {
  it("offers position and overview of the published results, with a municipality to place; writes the snippet and previews it", async () => {
    const { startDemoServer } = await import("../../packages/demo/src/server");
    const demo = await startDemoServer({ port: 0 });
    const context = await browser.newContext();
    const p = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    p.on("request", (request) => requests.push(request.url()));
    p.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    p.on("pageerror", (error) => problems.push(error.message));
    try {
      await p.goto(`${demo.url}embed/`);
      await p.waitForSelector("#kk-preview kommunkompass-profil[data-state=ready]");
      await p.selectOption("#kk-view", "position");
      expect(await p.locator("#kk-data").isDisabled()).toBe(true);
      await p.selectOption("#kk-focal", "0486|2014");
      await p.waitForSelector("#kk-preview kommunkompass-profil[view=position][data-state=ready]");
      const snippet = (await p.locator("#kk-snippet").textContent())!;
      expect(snippet).toContain(
        '<kommunkompass-profil collection="/kommunkompassen/published-results.json" municipality="0486" year="2014" view="position" lang="sv" theme="light"></kommunkompass-profil>',
      );
      expect(snippet).toMatch(
        /^<link rel="preload" href="\/kommunkompassen\/published-results.json" as="fetch" crossorigin>\n<link rel="modulepreload" href="\/kommunkompassen\/kommunkompass-national.js">\n/,
      );
      expect(await p.locator("#kk-preview .kk-position__places li").first().textContent()).toBe(
        "Totalt: 437 av 800 poäng, plats 5 av 6 bland kommuner utvärderade med Kommunkompassen 2.0",
      );
      await p.selectOption("#kk-view", "overview");
      await p.waitForSelector("#kk-preview kommunkompass-profil[view=overview][data-state=ready]");
      expect(await p.locator("#kk-snippet").textContent()).toContain(
        '<kommunkompass-profil collection="/kommunkompassen/published-results.json" view="overview" lang="sv" theme="light"></kommunkompass-profil>',
      );
      expect(await p.locator("#kk-preview table caption").textContent()).toContain("19");
      expect(requests.every((u) => u.startsWith(demo.url.slice(0, -1)))).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await demo.close();
    }
  });
});
