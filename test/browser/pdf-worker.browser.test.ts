/**
 * Issue 15, PDF in the browser: `importReportPdf` from `@kommunkompassen/import/pdf`, bundled by
 * esbuild into a tiny page, with `workerPort` a module `Worker` running PDF.js's
 * `pdf.worker.min.mjs` from the same origin, in headless Chromium under a strict
 * Content-Security-Policy (`default-src 'none'; script-src 'self'; worker-src 'self'; connect-src
 * 'self'`, on every response, the worker's included). A seed PDF gives the figures the Node import
 * gives; a broken, an encrypted and a scanned PDF give their findings, never a hang; one worker
 * serves import after import; no CSP violation, no request elsewhere.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importReportPdf, type PdfImportResult } from "../../packages/import/src/pdf";
import { evidenceProblems } from "../../packages/import/test/evidence-check";
import { encryptedPdf, reportPdf, scannedPdf } from "../../packages/import/test/pdf-writer";
import { figures } from "../../packages/import/test/transform";
import { launchBrowser } from "../support/browser";
import { repoRoot } from "../support/fixtures";
import { startServer, type Route, type TestServer } from "../support/server";

const CSP = "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'";
const worker = resolve(repoRoot, "packages/import/node_modules/pdfjs-dist/build/pdf.worker.min.mjs");

/** The page's script: one worker started at load, and a function that imports a PDF fetched from the page's origin. */
const ENTRY = `
import { importReportPdf } from ${JSON.stringify(resolve(repoRoot, "packages/import/src/pdf.ts"))};
const worker = new Worker("/pdf.worker.min.mjs", { type: "module" });
// A worker that never answers (a script that is not PDF.js's, or one that hangs).
const silent = new Worker("/silent.mjs", { type: "module" });
window.kkImport = async (path, options = {}, which = "pdf.js") => {
  const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
  const started = performance.now();
  const port = which === "silent" ? silent : which === "none" ? undefined : worker;
  const result = await importReportPdf(bytes, { workerPort: port, ...options });
  return { ...result, ms: performance.now() - started };
};
document.documentElement.dataset.ready = "true";
`;

let dir: string;
let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];
const seeds = new Map<string, Uint8Array>();

/** Bundles the entry for the browser: PDF.js's main build in a chunk of its own, loaded when a PDF is read. */
async function bundle(out: string): Promise<Record<string, Route>> {
  writeFileSync(join(out, "entry.js"), ENTRY);
  const core = (path: string) => resolve(repoRoot, "packages/core/src", path);
  await build({
    entryPoints: [join(out, "entry.js")],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    outdir: join(out, "app"),
    entryNames: "app",
    alias: {
      "@kommunkompassen/core": core("index.ts"),
      "@kommunkompassen/core/messages": core("messages/index.ts"),
      "@kommunkompassen/core/municipalities": core("municipalities/index.ts"),
    },
    logLevel: "error",
  });
  const headers = { "content-security-policy": CSP };
  const routes: Record<string, Route> = {
    "/": {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PDF import</title><script type="module" src="/app.js"></script></head><body></body></html>`,
      type: "text/html; charset=utf-8",
      headers,
    },
    "/pdf.worker.min.mjs": { body: readFileSync(worker), type: "text/javascript", headers },
    "/silent.mjs": { body: "self.onmessage = () => {};", type: "text/javascript", headers },
  };
  for (const name of readdirSync(join(out, "app")))
    routes[`/${name}`] = { body: readFileSync(join(out, "app", name)), type: "text/javascript", headers };
  return routes;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kk-pdf-worker-"));
  const routes = await bundle(dir);
  const pdf = (body: Uint8Array): Route => ({ body: Buffer.from(body), type: "application/pdf" });
  for (const name of ["avesta-2014", "example-2020"]) {
    const bytes = await reportPdf(readFileSync(resolve(repoRoot, `test/fixtures/reports/${name}.txt`), "utf8"), {
      header: "KommunKompassen – Analys",
    });
    seeds.set(name, bytes);
    routes[`/${name}.pdf`] = pdf(bytes);
  }
  routes["/broken.pdf"] = pdf(new TextEncoder().encode("%PDF-1.7\nrubbish rubbish\n"));
  routes["/truncated.pdf"] = pdf(seeds.get("example-2020")!.slice(0, 4000));
  routes["/encrypted.pdf"] = pdf(await encryptedPdf());
  routes["/scan.pdf"] = pdf(await scannedPdf(3));
  server = await startServer(routes);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error" || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  // An init script is not governed by the page's CSP: it hears every violation of it.
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await page.goto(`${server.origin}/`);
  await page.waitForSelector("html[data-ready]", { state: "attached" });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type BrowserResult = PdfImportResult & { ms: number };
const run = (path: string, options: Record<string, unknown> = {}, worker: "pdf.js" | "silent" | "none" = "pdf.js") =>
  page.evaluate(
    ([p, o, w]) =>
      (window as unknown as { kkImport: (p: string, o: unknown, w: string) => Promise<unknown> }).kkImport(p, o, w),
    [path, options, worker] as const,
  ) as Promise<BrowserResult>;
const only = (result: PdfImportResult) => result.findings.map((f) => [f.code, f.severity]);

describe("importReportPdf in Chromium, with PDF.js's worker from the same origin, under a strict CSP", () => {
  it("a seed PDF gives the figures the Node import gives, every value with its evidence and page", async () => {
    for (const name of ["avesta-2014", "example-2020"]) {
      const inBrowser = await run(`/${name}.pdf`);
      const inNode = await importReportPdf(seeds.get(name)!);
      expect(figures(inBrowser.evaluation)).toEqual(figures(inNode.evaluation));
      expect(inBrowser.evaluation).toEqual(inNode.evaluation);
      expect(inBrowser.evidence).toEqual(inNode.evidence);
      expect(inBrowser.text).toBe(inNode.text);
      expect(evidenceProblems(inBrowser)).toEqual([]);
      expect(inBrowser.pages).toBe(inNode.pages);
    }
  });

  it("a broken, a truncated, an encrypted and a scanned PDF give their findings, in bounded time", async () => {
    expect(only(await run("/broken.pdf"))).toEqual([["pdf-broken", "error"]]);
    const truncated = await run("/truncated.pdf");
    expect(truncated.evaluation).toBeNull();
    expect(truncated.findings.some((f) => f.severity === "error")).toBe(true);
    expect(only(await run("/encrypted.pdf"))).toEqual([["pdf-encrypted", "error"]]);
    const scan = await run("/scan.pdf");
    expect(only(scan)).toEqual([["pdf-no-text", "error"]]);
    expect(scan.pages).toBe(3);
    const late = await run("/avesta-2014.pdf", { timeoutMs: 1 });
    expect(only(late)).toEqual([["pdf-timeout", "error"]]);
    expect(late.ms).toBeLessThan(5000);
  });

  it("a worker that never answers gives a timeout, and no worker at all says PDF.js needs one: never a hang", async () => {
    const silent = await run("/example-2020.pdf", { timeoutMs: 1500 }, "silent");
    expect(only(silent)).toEqual([["pdf-timeout", "error"]]);
    expect(silent.ms).toBeLessThan(5000);
    // In a browser PDF.js needs its worker: without workerPort (or a PDF.js set up with its
    // workerSrc, passed as pdfjs) nothing is read, and the finding says why.
    const none = await run("/example-2020.pdf", {}, "none");
    expect(only(none)).toEqual([["pdf-unavailable", "error"]]);
    expect(none.findings[0]!.values.reason).toMatch(/workerSrc/);
  });

  it("the same worker serves the next import after every failure", async () => {
    const again = await run("/example-2020.pdf");
    expect(figures(again.evaluation)).toEqual(figures((await importReportPdf(seeds.get("example-2020")!)).evaluation));
  });

  it("no CSP violation, no error, and nothing requested but the page's own files", () => {
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
    expect(server.requests).toContain("/pdf.worker.min.mjs");
  });
});
