/**
 * The demo behind `pnpm start`, started in-process on a free port: the index opens on the national
 * view of the published results in the repository (test/fixtures/data/published-results.csv, read
 * with the results-table import), links to pages that all answer 200, the reports are the real
 * ones, unknown paths are 404, and it listens on 127.0.0.1 only.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { validateCollection } from "@kommunkompassen/core";
import { importResultsTable } from "@kommunkompassen/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoServer, type RunningDemo } from "../src/server";

let demo: RunningDemo;
let storybookDir: string;

beforeAll(async () => {
  // A stand-in for the Storybook build, so the test does not depend on `pnpm storybook:build`.
  storybookDir = mkdtempSync(join(tmpdir(), "demo-storybook-"));
  writeFileSync(join(storybookDir, "index.html"), "<!doctype html><title>Storybook</title>");
  mkdirSync(join(storybookDir, "assets"));
  writeFileSync(join(storybookDir, "assets", "app.js"), "console.log(1)");
  demo = await startDemoServer({ port: 0, storybookDir });
});
afterAll(async () => {
  await demo?.close();
});

const get = (path: string, init?: RequestInit) => fetch(new URL(path, demo.url), { redirect: "manual", ...init });

/** The href of every link in a page. */
const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
/** A page's text, without its stylesheet and tags. */
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/\s+/g, " ");

/** The published results, read here as the demo reads them. */
const published = importResultsTable(
  readFileSync(new URL("../../../test/fixtures/data/published-results.csv", import.meta.url)),
).collection!;

describe("demo server", () => {
  it("listens on 127.0.0.1 only", async () => {
    const address = demo.server.address() as AddressInfo;
    expect(address.address).toBe("127.0.0.1");
    expect(demo.url).toBe(`http://127.0.0.1:${address.port}/`);
    // Not reachable on this machine's other addresses.
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === "IPv4" && !i.internal);
    if (external) {
      await expect(
        fetch(`http://${external.address}:${address.port}/`, { signal: AbortSignal.timeout(3000) }),
      ).rejects.toThrow();
    }
  });

  it("the index links to every report, its English and dark variants, and Storybook; all answer 200", async () => {
    const response = await get("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    const hrefs = links(html);
    for (const expected of [
      "/avesta-2014",
      "/vasteras-2014",
      "/en/avesta-2014",
      "/en/vasteras-2014",
      "/avesta-2014?theme=dark",
      "/storybook/",
      "/en/",
      "/embed/",
    ]) {
      expect(hrefs).toContain(expected);
    }
    for (const href of hrefs) {
      if (href.startsWith("#")) {
        expect(html, href).toContain(`id="${href.slice(1)}"`);
        continue;
      }
      expect(href, "no external links").toMatch(/^\//);
      const page = await get(href);
      expect(page.status, href).toBe(200);
      await page.arrayBuffer();
    }
  });

  it("opens on the national view: every published evaluation in the overview, each model's totals, each row linking to its page", async () => {
    const html = await (await get("/")).text();
    const words = text(html);
    expect(words).toContain("19 utvärderingar av 11 kommuner med 4 modeller.");
    expect(words).toContain("test/fixtures/data/published-results.csv (19 rader");
    // The overview: every evaluation once, by model, ranked within it; a model not stated never ranked.
    expect(html).toContain("<caption>Kommunkompassen: 19 utvärderingar</caption>");
    const pages = links(html).filter((href) => /^\/\d{4}-\d{4}\.html$/.test(href));
    expect(pages).toHaveLength(published.evaluations.length);
    expect(new Set(pages)).toEqual(new Set(published.evaluations.map((e) => `/${e.municipality.code}-${e.year}.html`)));
    expect(words).toContain("Strängnäs kommun 2014 Områden – 1: 54 2014 Kommunkompassen 2.0 5 av 6 437");
    expect(words).toContain("Helsingborgs stad 2017 2017 Kommunkompassen (modell ej angiven) rankas inte 668");
    // One strip of totals per stated model (2020, 2.1, 2.0), never one across them.
    expect(words).toContain("Totalpoäng per modell");
    expect(html.match(/<figure [^>]*class="kk kk-chart kk-position/g)).toHaveLength(3);
    // Then the report pages.
    expect(html.indexOf('href="/avesta-2014"')).toBeGreaterThan(html.indexOf('id="kk-site-distribution"'));
    // The same in English, its rows linking to the English pages.
    const en = await (await get("/en/")).text();
    expect(text(en)).toContain("19 evaluations of 11 municipalities with 4 models.");
    expect(links(en)).toContain("/en/0486-2014.html");
    expect(links(await (await get("/?theme=dark")).text())).toContain("/0486-2014.html?theme=dark");
  });

  it("an evaluation's page: its report, its place within its model, its municipality's timeline, links back", async () => {
    const html = await (await get("/0486-2014.html")).text();
    const words = text(html);
    expect(words).toContain(
      "Totalt: 437 av 800 poäng, plats 5 av 6 bland kommuner utvärderade med Kommunkompassen 2.0",
    );
    expect(html).toContain('id="kk-history"');
    expect(words).toContain("Strängnäs kommun: utvärderingar 2014–2016");
    // The source of the figures, as published.
    expect(html).toContain(
      "https://www.strangnas.se/arkiv/nyheter/nyheter/2017-04-21-stark-forbattring-i-kommunkompassen",
    );
    const hrefs = links(html);
    expect(hrefs).toContain("index.html#kk-model-kommunkompassen-2.0");
    expect(hrefs).toContain("0486-2016.html");
    for (const href of hrefs.filter((h) => !h.startsWith("#") && !/^https?:/.test(h))) {
      const target = await get(new URL(href, new URL("/0486-2014.html", demo.url)).pathname);
      expect(target.status, href).toBe(200);
      await target.arrayBuffer();
    }
    // index.html is the index, with the overview's anchors the pages link to.
    const index = await (await get("/index.html")).text();
    expect(index).toContain('id="kk-model-kommunkompassen-2.0"');
    // An evaluation with no page of its own is 404; the English page is in English.
    expect((await get("/0486-2015.html")).status).toBe(404);
    expect(text(await (await get("/en/0486-2014.html")).text())).toContain(
      "5th of 6 municipalities evaluated with Kommunkompassen 2.0",
    );
  });

  it("pages go through renderReportDocument: the CSP is in the header and in the page, no scripts", async () => {
    for (const path of [
      "/",
      "/en/",
      "/avesta-2014",
      "/en/vasteras-2014?theme=dark",
      "/0486-2014.html",
      "/en/1880-2012.html",
    ]) {
      const response = await get(path);
      const html = await response.text();
      const csp = response.headers.get("content-security-policy");
      expect(csp).toMatch(
        /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+={0,2}'; img-src data:; base-uri 'none'; form-action 'none'$/,
      );
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp}">`);
      expect(html).not.toMatch(/<script|<link|\sstyle=|(src|href)="(https?:)?\/\//i);
    }
  });

  it("Avesta 2014 is the full report with 404; Västerås 2014 has the change table against 2012", async () => {
    const avesta = await (await get("/avesta-2014")).text();
    expect(avesta).toContain('<html lang="sv">');
    expect(avesta).toContain("404 av 800 poäng");
    expect(avesta).toContain("Avesta kommun 2014 – 404\u00a0p");
    expect(avesta.match(/<section id="kk-area-\d"/g)).toHaveLength(8);
    expect(avesta).not.toContain('id="kk-change"');

    const vasteras = await (await get("/vasteras-2014")).text();
    expect(vasteras).toContain('id="kk-change"');
    expect(vasteras).toContain("Förändring sedan 2012");
    expect(vasteras).toMatch(/<div [^>]*class="kk kk-delta-table"/);
    expect(vasteras).toContain("<caption>Förändring 2012–2014</caption>");
  });

  it("/en/ pages are in English, ?theme=dark is the dark theme", async () => {
    const en = await (await get("/en/vasteras-2014?theme=dark")).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Change since 2012");
    expect(en).toContain('<body class="kk-page" data-kk-theme="dark">');
    expect(en).toMatch(/<article [^>]*data-kk-theme="dark"/);
    expect(en).toContain('<a href="/en/?theme=dark">All examples</a>');
    expect((await get("/avesta-2014?theme=pink")).status).toBe(400);
  });

  it("unknown paths are 404, other methods 405, other host names 421", async () => {
    for (const path of [
      "/nope",
      "/avesta-2015",
      "/en/nope",
      "/avesta-2014/",
      "/storybook/missing.js",
      "/storybook/%2e%2e/%2e%2e/package.json",
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      await response.arrayBuffer();
    }
    const post = await get("/", { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    // fetch() does not let a Host header through; node:http does.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port: demo.port, path: "/", headers: { host: "evil.example" } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it("serves the Storybook build under /storybook/", async () => {
    expect((await get("/storybook")).headers.get("location")).toBe("/storybook/");
    const index = await get("/storybook/");
    expect(index.status).toBe(200);
    expect(await index.text()).toContain("<title>Storybook</title>");
    const script = await get("/storybook/assets/app.js");
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  it("without a Storybook build, the index says how to build it and /storybook/ is 404", async () => {
    const bare = await startDemoServer({ port: 0, storybookDir: join(storybookDir, "missing") });
    try {
      const html = await (await fetch(bare.url)).text();
      expect(html).toContain("pnpm storybook:build");
      expect(links(html)).not.toContain("/storybook/");
      expect((await fetch(new URL("/storybook/", bare.url))).status).toBe(404);
    } finally {
      await bare.close();
    }
  });

  it("serves the import studio's build at /studio/, every file under the policy its page gives, linked from both indexes", async () => {
    const studioDist = new URL("../../studio/dist/", import.meta.url);
    const policy =
      "default-src 'none'; script-src 'self'; style-src 'self'; worker-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";
    expect((await get("/studio")).headers.get("location")).toBe("/studio/");
    expect((await get("/en/studio/")).headers.get("location")).toBe("/studio/?lang=en");
    const page = await get("/studio/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toBe(policy);
    const html = await page.text();
    expect(html).toBe(readFileSync(new URL("index.html", studioDist), "utf8"));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}">`);
    expect(html).not.toMatch(/\sstyle=|<style|<script>(?!<)/);
    for (const [file, type] of <[string, string][]>[
      ["studio.js", "text/javascript; charset=utf-8"],
      ["studio.css", "text/css; charset=utf-8"],
      ["pdf.worker.min.mjs", "text/javascript; charset=utf-8"],
      ["published-results.json", "application/json; charset=utf-8"],
      ["THIRD_PARTY_NOTICES.txt", "text/plain; charset=utf-8"],
    ]) {
      const response = await get(`/studio/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type"), file).toBe(type);
      expect(response.headers.get("content-security-policy"), file).toBe(policy);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(new URL(file, studioDist))), file).toBe(
        true,
      );
    }
    // The bundled collection is the published results, as the demo's own national view reads them.
    const collection = validateCollection(await (await get("/studio/published-results.json")).json());
    expect(collection.valid).toBe(true);
    expect(collection.collection?.evaluations).toEqual(published.evaluations);
    expect((await get("/studio/..%2fpackage.json")).status).toBe(404);
    expect((await get("/studio/missing.js")).status).toBe(404);
    expect(links(await (await get("/")).text())).toContain("/studio/");
    expect(links(await (await get("/en/")).text())).toContain("/studio/?lang=en");
  });

  it("the embed configurator: a page under a strict CSP with its scripts, the embed's files and the data, all same-origin", async () => {
    const page = await get("/embed/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
    );
    const html = await page.text();
    expect(html).not.toMatch(/\sstyle=|<style|<script>(?!<)/);
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    for (const source of sources) expect(source, "same-origin only").toMatch(/^(\/|data:)/);
    for (const path of [
      "/embed/kommunkompass.js",
      "/embed/kommunkompass.css",
      "/embed/configurator.js",
      "/embed/snippet.js",
      "/data/avesta-2014.json",
      "/data/vasteras-2012.json",
      "/embed/kommunkompass-national.js",
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      await response.arrayBuffer();
    }
    expect((await get("/data/secret.json")).status).toBe(404);
    // Every script of the embed's folder, the modules it loads on demand and their shared chunks too; nothing else there.
    const embedScripts = readdirSync(new URL("../../embed/dist/", import.meta.url)).filter((n) => n.endsWith(".js"));
    expect(embedScripts).toContain("kommunkompass-report.js");
    for (const name of embedScripts) {
      const response = await get(`/embed/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get("content-type"), name).toMatch(/javascript/);
      await response.arrayBuffer();
    }
    expect((await get("/embed/THIRD_PARTY_NOTICES.txt")).status).toBe(404);
    expect((await get("/embed/kommunkompass-..%2F..%2Fpackage.json")).status).toBe(404);
    // The collection the configurator's national views show: the published results, valid.
    const collection = (await (await get("/data/published-results.json")).json()) as unknown;
    const checked = validateCollection(collection);
    expect(checked.valid).toBe(true);
    expect(checked.collection?.evaluations).toHaveLength(published.evaluations.length);
    expect(html).toContain('<option value="0486|2014">Strängnäs kommun 2014 (Kommunkompassen 2.0)</option>');
    expect(html).toContain('<option value="position">');
    expect((await get("/en/embed/")).status).toBe(200);
  });

  it("takes the next port when the one asked for is busy", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const busy = (blocker.address() as AddressInfo).port;
    try {
      const next = await startDemoServer({ port: busy, storybookDir });
      try {
        expect(next.port).toBeGreaterThan(busy);
        expect((await fetch(next.url)).status).toBe(200);
      } finally {
        await next.close();
      }
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
