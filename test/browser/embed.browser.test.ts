/**
 * <kommunkompass-profil> in a real Chromium, served from 127.0.0.1 under a strict
 * Content-Security-Policy: the documented snippets, hostile host styles, every failure mode,
 * no request but the data, no CSP violation, axe, the keyboard path.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatIssue, validateFrameworks } from "@kommunkompassen/core";
import { launchBrowser } from "../support/browser";
import { fixturePath, repoRoot } from "../support/fixtures";
import { embedRoutes } from "../support/embed-files";
import { file, startServer, type Route, type TestServer } from "../support/server";

const dist = `${repoRoot}packages/embed/dist/`;
const require = createRequire(import.meta.url);
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
const avestaJson = readFileSync(fixturePath("avesta-2014"), "utf8");

/** A model of one's own, MADE UP for this test: a definition file and an evaluation on it. */
const ownModel = {
  id: "regionkompassen",
  label: "Regionkompassen",
  labels: { en: "The Region Compass" },
  version: "1",
  areas: [
    { id: 1, name: { sv: "Öppenhet och insyn", en: "Openness and transparency" }, max: 100 },
    { id: 2, name: { sv: "Service och bemötande", en: "Service and reception" }, max: 100 },
    { id: 3, name: { sv: "Styrning och uppföljning", en: "Governance and follow-up" }, max: 100 },
    { id: 4, name: { sv: "Regionen som arbetsgivare", en: "The region as an employer" }, max: 100 },
  ],
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
    { id: 4, score: 68 },
  ],
  notes: ["MADE UP FOR TESTS: a regional model of one's own, not a published evaluation."],
};
/** An invalid definition file: a list whose second definition lacks an English name and repeats an area. */
const badModels = [
  ownModel,
  {
    id: "x-modell",
    label: "X",
    version: "1",
    areas: [
      { id: 1, name: { sv: "Ett" }, max: 100 },
      { id: 1, name: { sv: "Två", en: "Two" }, max: 100 },
    ],
  },
];
const json = (value: unknown): Route => ({ body: JSON.stringify(value), type: "application/json" });

const html = (
  body: string,
  head = '<link rel="stylesheet" href="/kommunkompass.css"><script type="module" src="/kommunkompass.js"></script>',
) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kommunen</title><link rel="icon" href="data:,">${head}</head><body><main><h1>Vår kommun</h1>${body}</main></body></html>`;
const page = (body: string, head?: string): Route => ({
  body: html(body, head),
  type: "text/html; charset=utf-8",
  headers: { "content-security-policy": CSP },
});

const HOSTILE_CSS = `* { line-height: 3; letter-spacing: 2px; fill: red; stroke-width: 9; }
svg { width: 12px; height: 12px; overflow: hidden; }
table { display: block; width: 40px; font-size: 30px; }
td, th { padding: 20px; color: #ddd; }
figure { margin: 0 400px; }
ul, ol { display: none; }
p { display: none; }`;

let server: TestServer;
let other: TestServer;
let browser: Browser;
/** Requests to /data/abortable.json that the browser gave up before the answer. */
let aborted = 0;

/** Answers with the Avesta 2014 evaluation after `ms` milliseconds (unless the request is abandoned). */
const late =
  (ms: number, onAbort?: () => void): Route =>
  (_request, response) => {
    const timer = setTimeout(() => response.end(avestaJson), ms);
    response.on("close", () => {
      clearTimeout(timer);
      if (!response.writableEnded) onAbort?.();
    });
  };
const redirect =
  (to: () => string): Route =>
  (_request, response) => {
    response.writeHead(302, { location: to() });
    response.end();
  };
const elements = (list: string[][]) =>
  list.map(([id, attributes]) => `<kommunkompass-profil id="${id}" ${attributes}></kommunkompass-profil>`).join("");

beforeAll(async () => {
  // A second origin that lets any origin read its data (CORS): only the embed's own check keeps it out.
  other = await startServer({
    "/data.json": { body: avestaJson, type: "application/json", headers: { "access-control-allow-origin": "*" } },
  });
  server = await startServer({
    "/data/redirect-away.json": redirect(() => `${other.origin}/data.json`),
    "/data/redirect-home.json": redirect(() => "/data/avesta-2014.json"),
    "/data/slow-1s.json": late(1000),
    // Later than the element's timeout (not never: the page's load event waits for it).
    "/hanging.css": (_request, response) => {
      const timer = setTimeout(() => response.end(""), 3000);
      response.on("close", () => clearTimeout(timer));
    },
    "/data/shared.json": late(300),
    "/data/changes.json": late(100),
    "/data/abortable.json": late(400, () => aborted++),
    // Without a CSP: connect-src 'self' would block the redirect itself; many sites have none.
    "/redirect.html": {
      body: html(
        elements([
          ["away", 'src="/data/redirect-away.json"'],
          ["home", 'src="/data/redirect-home.json"'],
        ]),
      ),
      type: "text/html; charset=utf-8",
    },
    "/timeouts.html": page(
      elements(
        ["-1", "Infinity", "abc", "0", "1e99", ""].map((t, i) => [`t${i}`, `src="/data/slow-1s.json" timeout="${t}"`]),
      ),
    ),
    "/never.html": page(elements([["never", 'src="/data/avesta-2014.json" timeout="300"']])),
    "/shared.html": page(
      elements(Array.from({ length: 500 }, (_, i) => [`e${i}`, 'src="/data/shared.json" view="table"'])),
    ),
    "/changes.html": page(elements([["changing", 'src="/data/changes.json" view="table"']])),
    "/abort.html": page('<kommunkompass-profil id="moving" view="table"><p>…</p></kommunkompass-profil>'),
    "/tampered.html": page(
      '<kommunkompass-profil src="/data/avesta-2014.json"><p class="fallback">Serverrenderad profil</p></kommunkompass-profil>',
    ),
    "/states.html": page(
      elements([
        ["view", 'src="/data/never-requested.json" view="pie"'],
        ["sheet", 'src="/data/avesta-2014.json" shadow stylesheet="/missing.css"'],
        ["sheet-ok", 'src="/data/avesta-2014.json" shadow stylesheet="/kommunkompass.css"'],
        ["sheet-hangs", 'src="/data/avesta-2014.json" shadow stylesheet="/hanging.css" timeout="500"'],
      ]),
    ),
    ...embedRoutes(),
    "/axe.min.js": file(require.resolve("axe-core/axe.min.js"), "text/javascript"),
    "/hostile.css": { body: HOSTILE_CSS, type: "text/css" },
    "/data/avesta-2014.json": file(fixturePath("avesta-2014"), "application/json"),
    "/data/vasteras-2012.json": file(fixturePath("vasteras-2012"), "application/json"),
    "/data/vasteras-2014.json": file(fixturePath("vasteras-2014"), "application/json"),
    "/data/not-json.json": { body: "{ nope", type: "application/json" },
    "/data/regionkompassen.json": json(ownModel),
    "/data/region-2023.json": json(ownEvaluation),
    "/data/bad-models.json": json(badModels),
    "/frameworks.html": page(
      elements([
        ["own-bars", 'src="/data/region-2023.json" frameworks="/data/regionkompassen.json" view="bars"'],
        ["own-report", 'src="/data/region-2023.json" frameworks="/data/regionkompassen.json" view="report" lang="en"'],
        ["bare", 'src="/data/region-2023.json" view="report"'],
      ]),
    ),
    "/frameworks-failures.html": page(
      elements([
        ["bad", 'src="/data/region-2023.json" frameworks="/data/bad-models.json"'],
        ["bad-en", 'src="/data/region-2023.json" frameworks="/data/bad-models.json" lang="en"'],
        ["cross", 'src="/data/region-2023.json" frameworks="https://example.invalid/regionkompassen.json"'],
        ["absent", 'src="/data/region-2023.json" frameworks="/data/no-such-models.json"'],
        ["not-json", 'src="/data/region-2023.json" frameworks="/data/not-json.json"'],
      ]),
    ),
    "/data/invalid.json": {
      body: JSON.stringify({ ...JSON.parse(avestaJson), year: "2014" }),
      type: "application/json",
    },
    "/data/huge.json": (_request, response) => {
      // 3 MB without a content-length: the element must stop reading at 2 MB.
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 32);
      let sent = 0;
      const push = () => {
        while (sent < 3 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once("drain", push);
        }
        response.end();
      };
      push();
    },
    "/data/slow.json": (_request, response) => {
      const timer = setTimeout(() => response.end(avestaJson), 5000);
      response.on("close", () => clearTimeout(timer));
    },
    "/basic.html": page('<kommunkompass-profil src="/data/avesta-2014.json"></kommunkompass-profil>'),
    "/preload.html": page(
      '<kommunkompass-profil src="/data/avesta-2014.json"></kommunkompass-profil>',
      '<link rel="preload" href="/data/avesta-2014.json" as="fetch" crossorigin><link rel="stylesheet" href="/kommunkompass.css"><script type="module" src="/kommunkompass.js"></script>',
    ),
    "/compare.html": page(
      '<kommunkompass-profil src="/data/vasteras-2014.json" compare="/data/vasteras-2012.json" view="summary" lang="en"></kommunkompass-profil>',
    ),
    "/views.html": page(
      ["radar", "bars", "table", "deltas", "summary", "report"]
        .map(
          (view) =>
            `<kommunkompass-profil src="/data/vasteras-2014.json" compare="/data/vasteras-2012.json" view="${view}"></kommunkompass-profil>`,
        )
        .join(""),
    ),
    "/inline.html": page(
      `<kommunkompass-profil view="bars"><script type="application/json">${avestaJson}</script></kommunkompass-profil>`,
    ),
    "/classic.html": page(
      '<kommunkompass-profil src="/data/avesta-2014.json" view="bars"></kommunkompass-profil>',
      '<link rel="stylesheet" href="/kommunkompass.css"><script src="/kommunkompass.classic.js" defer></script>',
    ),
    "/shadow.html": page(
      '<kommunkompass-profil src="/data/avesta-2014.json" shadow></kommunkompass-profil>',
      '<script type="module" src="/kommunkompass.js"></script>',
    ),
    "/hostile.html": page(
      '<kommunkompass-profil src="/data/avesta-2014.json" view="summary"></kommunkompass-profil>',
      '<link rel="stylesheet" href="/hostile.css"><link rel="stylesheet" href="/kommunkompass.css"><script type="module" src="/kommunkompass.js"></script>',
    ),
    "/fallback.html": page(
      '<kommunkompass-profil src="/data/missing.json"><p class="fallback">Serverrenderad profil</p></kommunkompass-profil>',
    ),
    "/failures.html": page(
      [
        ["missing", ""],
        ["http", 'src="/data/missing.json"'],
        ["json", 'src="/data/not-json.json"'],
        ["invalid", 'src="/data/invalid.json"'],
        ["huge", 'src="/data/huge.json"'],
        ["slow", 'src="/data/slow.json" timeout="500"'],
        ["cross", 'src="https://example.invalid/data.json"'],
        ["deltas", 'src="/data/avesta-2014.json" view="deltas"'],
      ]
        .map(([id, attributes]) => `<kommunkompass-profil id="${id}" ${attributes}></kommunkompass-profil>`)
        .join(""),
    ),
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

interface Visit {
  page: Page;
  requests: string[];
  violations: string[];
  errors: string[];
}

async function visit(
  path: string,
  options: { width?: number; ready?: string; init?: string; wait?: (page: Page) => Promise<unknown> } = {},
): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
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
  if (options.init) await p.addInitScript({ content: options.init });
  await p.goto(`${server.origin}${path}`);
  if (options.wait) await options.wait(p);
  else
    await p.waitForFunction(
      (selector) => [...document.querySelectorAll(selector)].every((e) => e.getAttribute("data-state")),
      options.ready ?? "kommunkompass-profil",
      { timeout: 8000 },
    );
  const csp = await p.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  violations.push(...csp);
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
    ).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
};

describe("<kommunkompass-profil>", () => {
  it("the documented snippet shows the Avesta 2014 profile under a strict CSP, fetching nothing but its data", async () => {
    const { page: p, requests, violations, errors } = await visit("/basic.html");
    expect(await p.getAttribute("kommunkompass-profil", "data-state")).toBe("ready");
    expect(await p.getByRole("figure", { name: "Profil för Avesta kommun 2014" }).isVisible()).toBe(true);
    expect(await p.locator("kommunkompass-profil svg[role=img] desc").first().textContent()).toContain(
      "Starkast: Kommunen som samhällsbyggare 68.",
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.map((u) => new URL(u).pathname)).toEqual([
      "/basic.html",
      "/kommunkompass.css",
      "/kommunkompass.js",
      "/data/avesta-2014.json",
    ]);
    expect(requests.every((u) => u.startsWith(server.origin))).toBe(true);
    expect(await p.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(["", 0, 0]);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it("every view renders, with the previous evaluation; no axe violations, no CSP violations", async () => {
    const { page: p, violations, errors } = await visit("/views.html");
    expect(await p.locator("kommunkompass-profil[data-state=ready]").count()).toBe(6);
    expect(await p.getByRole("table", { name: "Förändring 2012–2014" }).first().isVisible()).toBe(true);
    expect(await p.getByRole("heading", { level: 2, name: "Kommunkompassen – Västerås stad 2014" }).isVisible()).toBe(
      true,
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it("the documented preload: the data is fetched once, before the script, and the element uses that download", async () => {
    const { page: p, requests, violations, errors } = await visit("/preload.html");
    expect(await p.getAttribute("kommunkompass-profil", "data-state")).toBe("ready");
    expect(requests.map((u) => new URL(u).pathname)).toEqual([
      "/preload.html",
      "/data/avesta-2014.json",
      "/kommunkompass.css",
      "/kommunkompass.js",
    ]);
    const timing = await p.evaluate(() => {
      const entry = (end: string) =>
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((e) => e.name.endsWith(end))!;
      return {
        dataStart: entry("/data/avesta-2014.json").startTime,
        scriptEnd: entry("/kommunkompass.js").responseEnd,
      };
    });
    expect(timing.dataStart).toBeLessThan(timing.scriptEnd);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await p.context().close();
  });

  it("inline JSON, the classic script and shadow mode", async () => {
    for (const path of ["/inline.html", "/classic.html"]) {
      const { page: p, violations } = await visit(path);
      expect(await p.getByRole("figure", { name: "Avesta kommun 2014 – 404\u00a0p" }).isVisible()).toBe(true);
      expect(violations).toEqual([]);
      await p.context().close();
    }
    const { page: p, requests, violations } = await visit("/shadow.html");
    expect(
      await p.evaluate(() =>
        document.querySelector("kommunkompass-profil")!.shadowRoot!.querySelector("figure")!.getAttribute("part"),
      ),
    ).toBe("chart");
    expect(await p.getByRole("figure", { name: "Profil för Avesta kommun 2014" }).isVisible()).toBe(true);
    expect(requests.map((u) => new URL(u).pathname)).toContain("/kommunkompass.css");
    expect(violations).toEqual([]);
    await p.context().close();
  });

  it("a hostile host stylesheet does not break the chart", async () => {
    const { page: p } = await visit("/hostile.html");
    const figure = p.getByRole("figure", { name: "Profil för Avesta kommun 2014" });
    const svg = figure.locator("svg.kk-chart__svg").first();
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(250);
    expect(await p.locator("kommunkompass-profil .kk-legend").first().isVisible()).toBe(true);
    const fill = await p.evaluate(
      () =>
        getComputedStyle(document.querySelector("kommunkompass-profil .kk-series--evaluation .kk-series__marker")!)
          .fill,
    );
    expect(fill).not.toBe("rgb(255, 0, 0)");
    expect(
      await p
        .locator("kommunkompass-profil table")
        .first()
        .evaluate((t) => getComputedStyle(t).display),
    ).toBe("table");
    await p.context().close();
  });

  it("the keyboard reaches the chart, the arrows show values, Escape dismisses the tooltip", async () => {
    const { page: p } = await visit("/basic.html");
    await p.keyboard.press("Tab");
    const focused = await p.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(focused).toBe("Profil för Avesta kommun 2014");
    await p.keyboard.press("ArrowRight");
    expect(await p.locator("kommunkompass-profil [aria-live=polite]").first().textContent()).toBe(
      "Avesta kommun 2014, 2 Tillgänglighet och brukarorientering: 41 av 100",
    );
    expect(await p.locator("kommunkompass-profil .kk-variant--wide .kk-tooltip").count()).toBe(1);
    await p.keyboard.press("Escape");
    expect(await p.locator("kommunkompass-profil .kk-tooltip").count()).toBe(0);
    const outline = await p.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe("solid");
    await p.context().close();
  });

  it("every failure shows a short accessible message, logs the details and breaks nothing", async () => {
    const { page: p, errors, requests } = await visit("/failures.html");
    const message = (id: string) => p.locator(`#${id} [role=alert]`).textContent();
    expect(await message("missing")).toBe("Kommunkompassens profil kan inte visas: inga uppgifter angavs.");
    expect(await message("http")).toBe(
      "Kommunkompassens profil kan inte visas: uppgifterna kunde inte hämtas (fel 404).",
    );
    expect(await message("json")).toBe(
      "Kommunkompassens profil kan inte visas: filen med uppgifterna är inte giltig JSON.",
    );
    expect(await message("invalid")).toBe(
      'Kommunkompassens profil kan inte visas: uppgifterna är felaktiga (/year: expected a whole number, got "2014").',
    );
    expect(await message("huge")).toBe("Kommunkompassens profil kan inte visas: filen med uppgifterna är för stor.");
    expect(await message("slow")).toBe(
      "Kommunkompassens profil kan inte visas: det tog för lång tid att hämta uppgifterna.",
    );
    expect(await message("cross")).toBe(
      "Kommunkompassens profil kan inte visas: uppgifterna måste ligga på samma webbplats.",
    );
    expect(await message("deltas")).toBe(
      "Kommunkompassens profil kan inte visas: vyn ”deltas” behöver en tidigare utvärdering (compare).",
    );
    const reasons = await p.$$eval("kommunkompass-profil", (list) =>
      list.map((e) => `${e.id} ${e.getAttribute("data-state")} ${e.getAttribute("data-reason")}`),
    );
    expect(reasons).toEqual([
      "missing error missing",
      "http error http",
      "json error invalid-json",
      "invalid error invalid-evaluation",
      "huge error too-large",
      "slow error timeout",
      "cross error cross-origin",
      "deltas error needs-compare",
    ]);
    // The validation issue is in English inside the Swedish sentence, and marked so.
    expect(await p.locator("#invalid [role=alert] span[lang=en]").textContent()).toBe(
      '/year: expected a whole number, got "2014"',
    );
    expect(errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    expect(errors.filter((e) => e.includes("<kommunkompass-profil>")).length).toBeGreaterThanOrEqual(7);
    expect(requests.some((u) => u.includes("example.invalid"))).toBe(false);
    expect(await p.getByRole("heading", { name: "Vår kommun" }).isVisible()).toBe(true);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it("keeps the fallback content when the data cannot be shown", async () => {
    const { page: p } = await visit("/fallback.html");
    expect(await p.locator(".fallback").textContent()).toBe("Serverrenderad profil");
    expect(await p.locator("kommunkompass-profil [role=alert]").count()).toBe(1);
    await p.context().close();
  });

  it("English summary view with the comparison at 320 px, without horizontal scrolling", async () => {
    const { page: p } = await visit("/compare.html", { width: 320 });
    expect(await p.getByRole("figure", { name: "Västerås stad 2014" }).first().isVisible()).toBe(true);
    expect(await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await p.context().close();
  });
});

/** The `data-state` and `data-reason` of each element, by id. */
const states = (p: Page) =>
  p.$$eval("kommunkompass-profil", (list) =>
    Object.fromEntries(list.map((e) => [e.id, `${e.getAttribute("data-state")} ${e.getAttribute("data-reason")}`])),
  );
const alert = (p: Page, id: string) => p.locator(`#${id} [role=alert]`).textContent();

describe("<kommunkompass-profil> hardened (issue 12)", () => {
  it("checks the final URL: a redirect to another origin is refused, one on the same origin is followed", async () => {
    const { page: p, errors } = await visit("/redirect.html");
    expect(await states(p)).toEqual({ away: "error cross-origin", home: "ready null" });
    expect(await alert(p, "away")).toBe(
      "Kommunkompassens profil kan inte visas: uppgifterna måste ligga på samma webbplats.",
    );
    expect(await p.locator("#away svg").count()).toBe(0);
    expect(other.requests).toEqual(["/data.json"]);
    expect(errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
    await p.context().close();
  });

  it("an invalid timeout (-1, Infinity, abc, 0, 1e99, empty) is the default 10 s, not an instant timeout", async () => {
    const { page: p, errors } = await visit("/timeouts.html");
    expect(Object.values(await states(p))).toEqual(Array(6).fill("ready null"));
    expect(errors).toEqual([]);
    await p.context().close();
  });

  it("a fetch that never settles still ends in the timeout message", async () => {
    const { page: p } = await visit("/never.html", { init: "window.fetch = () => new Promise(() => {});" });
    expect(await states(p)).toEqual({ never: "error timeout" });
    expect(await alert(p, "never")).toBe(
      "Kommunkompassens profil kan inte visas: det tog för lång tid att hämta uppgifterna.",
    );
    await p.context().close();
  });

  it("500 elements on one URL share one request", async () => {
    const before = server.requests.filter((path) => path === "/data/shared.json").length;
    const { page: p } = await visit("/shared.html");
    expect(await p.locator("kommunkompass-profil[data-state=ready]").count()).toBe(500);
    expect(server.requests.filter((path) => path === "/data/shared.json").length - before).toBe(1);
    await p.context().close();
  });

  it("1 000 attribute changes that keep the URL make no new request", async () => {
    const { page: p } = await visit("/changes.html");
    await p.evaluate(async () => {
      const element = document.querySelector("kommunkompass-profil")!;
      // In 200 tasks, so 200 updates (each re-renders the view).
      for (let i = 0; i < 1000; i++) {
        element.setAttribute("lang", i % 2 ? "en" : "sv");
        element.setAttribute("theme", i % 3 ? "dark" : "light");
        if (i % 5 === 4) await new Promise((resolve) => setTimeout(resolve));
      }
    });
    await p.waitForSelector("kommunkompass-profil[data-state=ready][lang=en][theme=light]");
    expect(server.requests.filter((path) => path === "/data/changes.json")).toEqual(["/data/changes.json"]);
    await p.context().close();
  });

  it("a superseded request is aborted; the last src is shown", async () => {
    aborted = 0;
    const { page: p } = await visit("/abort.html", {
      wait: (page) =>
        page.evaluate(async () => {
          const element = document.querySelector("kommunkompass-profil")!;
          for (let i = 0; i < 20; i++) {
            element.setAttribute("src", `/data/abortable.json?n=${i}`);
            await new Promise((resolve) => setTimeout(resolve, 30));
          }
        }),
    });
    await p.waitForSelector("#moving[data-state=ready]");
    expect(await p.locator("#moving table").count()).toBe(1);
    // Every request the server saw but the last was abandoned by the browser (a request aborted while
    // still queued for a connection never reaches the server at all).
    const seen = () => server.requests.filter((path) => path === "/data/abortable.json").length;
    await expect.poll(() => aborted).toBe(seen() - 1);
    expect(seen()).toBeGreaterThanOrEqual(15);
    // Removing the element aborts its request too.
    const before = aborted;
    await p.evaluate(async () => {
      const element = document.querySelector("kommunkompass-profil")!;
      element.setAttribute("src", "/data/abortable.json?n=last");
      await new Promise((resolve) => setTimeout(resolve, 50));
      element.remove();
    });
    await expect.poll(() => aborted).toBe(before + 1);
    await p.context().close();
  });

  const tampered = async (init: string, wait?: (page: Page) => Promise<unknown>) => {
    const visited = await visit("/tampered.html", { init, wait });
    return { ...visited, pageErrors: visited.errors.filter((e) => e.startsWith("pageerror")) };
  };

  /** Waits for the console message that says the element cannot run, and checks the page is otherwise intact. */
  const cannotRun = async ({ page: p, errors, pageErrors }: Visit & { pageErrors: string[] }) => {
    await expect
      .poll(() => errors.some((e) => e.includes("Kommunkompassen profile cannot run on this page")))
      .toBe(true);
    expect(pageErrors).toEqual([]);
    expect(await p.locator(".fallback").isVisible()).toBe(true);
    expect(await p.getByRole("heading", { name: "Vår kommun" }).isVisible()).toBe(true);
    await p.context().close();
  };
  const loaded = () => Promise.resolve();

  it("a page whose customElements.define throws: a console message, no uncaught error, the fallback stays", async () => {
    await cannotRun(await tampered('customElements.define = () => { throw new TypeError("blocked"); };', loaded));
  });

  it("a page that broke Array.prototype.map before the script: it says it cannot run, and throws nothing", async () => {
    await cannotRun(await tampered('Array.prototype.map = function () { throw new Error("map is broken"); };', loaded));
  });

  it("a page that breaks Array.prototype.map after the script ran: an internal error, shown and logged", async () => {
    const broken = await tampered(
      'document.addEventListener("DOMContentLoaded", () => { Array.prototype.map = function () { throw new Error("map is broken"); }; });',
    );
    expect(broken.pageErrors).toEqual([]);
    // (Playwright's own evaluation in the page would need Array.prototype.map too.)
    expect(await broken.page.getAttribute("kommunkompass-profil", "data-state")).toBe("error");
    expect(await broken.page.getAttribute("kommunkompass-profil", "data-reason")).toBe("internal");
    expect(await broken.page.locator("[role=alert]").textContent()).toBe(
      "Kommunkompassens profil kan inte visas: ett internt fel uppstod.",
    );
    expect(await broken.page.locator(".fallback").isVisible()).toBe(true);
    await broken.page.context().close();
  });

  it("a page that adds enumerable members to Array.prototype: the profile is shown", async () => {
    const extended = await tampered("Array.prototype.first = function () { return this[0]; };");
    expect(extended.pageErrors).toEqual([]);
    expect(await states(extended.page)).toEqual({ "": "ready null" });
    await extended.page.context().close();
  });

  it("an internal error is reported as one, not as a failed download", async () => {
    const { page: p, pageErrors } = await tampered(
      'window.CustomEvent = function () { throw new Error("no events"); };',
    );
    expect(pageErrors).toEqual([]);
    expect(await states(p)).toEqual({ "": "error internal" });
    await p.context().close();
  });

  it("an unknown view and a failed shadow stylesheet each have their own state and message", async () => {
    const { page: p } = await visit("/states.html");
    expect(await states(p)).toEqual({
      view: "error invalid-view",
      sheet: "error stylesheet",
      "sheet-ok": "ready null",
      "sheet-hangs": "error stylesheet",
    });
    expect(await alert(p, "view")).toBe("Kommunkompassens profil kan inte visas: vyn ”pie” finns inte.");
    expect(server.requests).not.toContain("/data/never-requested.json");
    expect(
      await p.evaluate(() => document.querySelector("#sheet")!.shadowRoot!.querySelector("[role=alert]")!.textContent),
    ).toBe("Kommunkompassens profil kan inte visas: stilmallen kunde inte laddas.");
    await p.context().close();
  });

  it("custom-elements.json lists exactly the attributes the element observes", async () => {
    const manifest = JSON.parse(readFileSync(`${dist}custom-elements.json`, "utf8")) as {
      modules: { declarations: { attributes: { name: string }[] }[] }[];
    };
    const { page: p } = await visit("/basic.html");
    const observed = await p.evaluate(
      () =>
        (customElements.get("kommunkompass-profil") as unknown as { observedAttributes: string[] }).observedAttributes,
    );
    expect(manifest.modules[0]!.declarations[0]!.attributes.map((a) => a.name)).toEqual([...observed]);
    await p.context().close();
  });
});

describe("the embed configurator in the demo (pnpm start)", () => {
  it("builds the snippet and previews it live, under the page's CSP", async () => {
    const { startDemoServer } = await import("../../packages/demo/src/server");
    const demo = await startDemoServer({ port: 0 });
    const context = await browser.newContext();
    const p = await context.newPage();
    const problems: string[] = [];
    p.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    p.on("pageerror", (error) => problems.push(error.message));
    try {
      await p.goto(`${demo.url}embed/`);
      await p.waitForSelector("#kk-preview kommunkompass-profil[data-state=ready]");
      expect(await p.locator("#kk-snippet").textContent()).toContain(
        '<kommunkompass-profil src="/kommunkompassen/avesta-2014.json" view="radar" lang="sv" theme="light"></kommunkompass-profil>',
      );
      expect(await p.locator("#kk-snippet").textContent()).toMatch(
        /^<link rel="preload" href="\/kommunkompassen\/avesta-2014.json" as="fetch" crossorigin>\n/,
      );
      await p.selectOption("#kk-view", "bars");
      await p.selectOption("#kk-data", "vasteras-2014");
      await p.selectOption("#kk-compare", "vasteras-2012");
      await p.waitForSelector("#kk-preview kommunkompass-profil[view=bars][data-state=ready]");
      expect(await p.locator("#kk-snippet").textContent()).toContain(
        'compare="/kommunkompassen/vasteras-2012.json" view="bars"',
      );
      expect(await p.getByRole("figure", { name: "Västerås stad 2014" }).first().isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await demo.close();
    }
  });
});

describe("<kommunkompass-profil frameworks> (issue 13)", () => {
  it("a model of one's own from its definition file: its label and area names, under the strict CSP", async () => {
    const { page: p, requests, violations, errors } = await visit("/frameworks.html");
    expect(await states(p)).toEqual({ "own-bars": "ready null", "own-report": "ready null", bare: "ready null" });
    // The bar chart names the areas from the definition (the key under the vertical bars, the horizontal rows).
    const bars = p.locator("#own-bars");
    expect(await bars.locator(".kk-variant--wide .kk-area-key li").allTextContents()).toEqual(
      ownModel.areas.map((a) => a.name.sv),
    );
    expect(await bars.locator("svg[role=img] desc").first().textContent()).toContain(
      "Starkast: Service och bemötande 72.",
    );
    // The report in English: the model's English label, the areas' English names, the total out of 400
    // (derived: the evaluation has area scores only).
    const report = p.locator("#own-report");
    expect(await report.locator(".kk-report__meta div", { hasText: "Model" }).locator("dd").textContent()).toBe(
      "The Region Compass",
    );
    // Its areas have scores only: the one table of area scores, a row per area.
    expect(await report.locator(".kk-report__scores tbody th").allTextContents()).toEqual(
      ownModel.areas.map((a) => `${a.id} ${a.name.en}`),
    );
    expect(await report.locator(".kk-report__total").textContent()).toBe("Total: 256 of 400 points (derived)");
    // Without the definition the same data is a model the library does not know, and says so.
    expect(await p.locator("#bare .kk-report__meta div", { hasText: "Modell" }).locator("dd").textContent()).toBe(
      "regionkompassen (ingen inbyggd modell)",
    );
    expect(requests.filter((u) => u.endsWith("/data/regionkompassen.json"))).toHaveLength(1);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it("an invalid definition file: the error state, its problems listed with their pointers; other origins refused", async () => {
    const { page: p, requests } = await visit("/frameworks-failures.html");
    expect(await states(p)).toEqual({
      bad: "error frameworks",
      "bad-en": "error frameworks",
      cross: "error cross-origin",
      absent: "error http",
      "not-json": "error invalid-json",
    });
    const issues = validateFrameworks(badModels).errors.map(formatIssue);
    expect(issues).toEqual([
      "/1/areas/0/name/en: is required but missing",
      "/1/areas/1/id: area 1 appears twice (first at /1/areas/0)",
    ]);
    expect(await alert(p, "bad")).toBe(
      `Kommunkompassens profil kan inte visas: modelldefinitionerna är felaktiga (${issues.join("; ")}).`,
    );
    // The issues are in the validator's English inside the Swedish sentence, and marked so.
    expect(await p.locator("#bad [role=alert] span[lang=en]").textContent()).toBe(issues.join("; "));
    expect(await alert(p, "bad-en")).toBe(
      `The Kommunkompassen profile cannot be shown: the model definitions are invalid (${issues.join("; ")}).`,
    );
    expect(await alert(p, "cross")).toBe(
      "Kommunkompassens profil kan inte visas: uppgifterna måste ligga på samma webbplats.",
    );
    expect(requests.some((u) => u.includes("example.invalid"))).toBe(false);
    expect(await p.locator("kommunkompass-profil svg").count()).toBe(0);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });
});
