/**
 * The demo server behind `pnpm start`: the national view of the published results in the repository
 * (test/fixtures/data/published-results.csv, read once at start: the overview, each model's
 * distribution, and a page per evaluation from `renderSite` with its place within its model and its
 * municipality's timeline), report pages of the bundled evaluations rendered on request with
 * `renderReportDocument` from `@kommunkompassen/react/server` (the same self-contained pages as
 * `kompass render`), the embed configurator, the import studio (packages/studio/dist, a static
 * folder, at /studio/) and the built Storybook. Plain `node:http`, loopback only, no external requests.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { renderReportDocument, type RenderLang, type RenderTheme } from "@kommunkompassen/react/server";
import { demoMessages } from "@kommunkompassen/core/messages";
import { readNationalData, type NationalData } from "./national";
import { configuratorPage, indexPage, notFoundPage, PAGES, prefixOf, type DemoPage } from "./pages";
import { validateEvaluation, type Evaluation } from "@kommunkompassen/core";

/** The only address the demo listens on. */
export const DEMO_HOST = "127.0.0.1";

/** The policy of the embed configurator: scripts and styles from this server only, data by fetch from it. */
const EMBED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** The port `pnpm start` tries first when `PORT` is not set. */
export const DEFAULT_PORT = 4173;

/** The repository root (this file is in packages/demo/src or packages/demo/dist). */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Where the demo finds its data and the Storybook build. */
export interface DemoOptions {
  /** The folder with the pages' evaluation files (`PAGES`); test/fixtures by default. */
  fixturesDir?: string;
  /** The static Storybook build; stories/storybook-static by default. Served under /storybook/ when it exists. */
  storybookDir?: string;
  /** The results table of the national view; test/fixtures/data/published-results.csv by default. */
  resultsFile?: string;
  /** The import studio's build; packages/studio/dist by default. Served under /studio/. */
  studioDir?: string;
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
};

/** The CSP of a rendered page, from its own <meta>, so the header and the meta never disagree. */
function cspOf(html: string): string {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "default-src 'none'";
}

function sendHtml(request: IncomingMessage, response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(html),
    "content-security-policy": cspOf(html),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
  });
  response.end(request.method === "HEAD" ? undefined : html);
}

function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "x-content-type-options": "nosniff",
    ...headers,
  });
  response.end(text + "\n");
}

/** What the request handlers share: where the files are, and the evaluations read once. */
interface DemoContext {
  staticFiles: Readonly<Record<string, string>>;
  /** packages/embed/dist: its scripts and stylesheet are served under /embed/ by name ({@link EMBED_FILE}). */
  embedDir: string;
  storybookDir: string;
  studioDir: string;
  evaluation: (page: DemoPage | string) => Evaluation;
  hasStorybook: () => boolean;
  /** The published results, read at start. */
  national: NationalData;
  /** The collection as JSON, for the embed configurator's national views (`/data/published-results.json`). */
  collectionJson: string;
}

/**
 * The embed's files under /embed/: the element's scripts, the modules it loads on demand and their
 * shared chunks (whose names change with their contents), and its stylesheet.
 */
const EMBED_FILE = /^\/embed\/(kommunkompass[\w.-]*\.(?:js|css))$/;

function demoContext(options: DemoOptions): DemoContext {
  const fixturesDir = options.fixturesDir ?? join(repoRoot, "test/fixtures");
  const embedDir = join(repoRoot, "packages/embed/dist");
  const publicDir = join(repoRoot, "packages/demo/public");
  const storybookDir = resolve(options.storybookDir ?? join(repoRoot, "stories/storybook-static"));
  const studioDir = resolve(options.studioDir ?? join(repoRoot, "packages/studio/dist"));
  const evaluations = new Map<string, Evaluation>();
  const evaluation = (page: DemoPage | string): Evaluation => {
    const name = typeof page === "string" ? page : page.fixture;
    let found = evaluations.get(name);
    if (!found) {
      const result = validateEvaluation(JSON.parse(readFileSync(join(fixturesDir, `${name}.json`), "utf8")));
      if (!result.valid) throw new Error(`${name}.json is not a valid evaluation: ${result.errors[0]?.message}`);
      found = result.evaluation;
      evaluations.set(name, found);
    }
    return found;
  };
  const hasStorybook = () => {
    try {
      return statSync(join(storybookDir, "index.html")).isFile();
    } catch {
      return false;
    }
  };
  // Files served as they are: the configurator's, the data (the embed's, by name: see EMBED_FILE).
  const staticFiles: Record<string, string> = {
    "/embed/configurator.js": join(publicDir, "configurator.js"),
    // The embed's one snippet writer (packages/embed/src/snippet.ts), built by the demo's build for the configurator.
    "/embed/snippet.js": join(repoRoot, "packages/demo/dist/public/snippet.js"),
    "/embed/configurator.css": join(publicDir, "configurator.css"),
    ...Object.fromEntries(PAGES.map((p) => [`/data/${p.fixture}.json`, join(fixturesDir, `${p.fixture}.json`)])),
  };
  const national = readNationalData(
    options.resultsFile ?? join(repoRoot, "test/fixtures/data/published-results.csv"),
    repoRoot,
  );
  const collectionJson = JSON.stringify(national.collection);
  return { staticFiles, embedDir, storybookDir, studioDir, evaluation, hasStorybook, national, collectionJson };
}

/** Streams a file (a directory means its index.html), with any further headers; `notFound` answers when there is none. */
function serveFile(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  notFound: () => void,
  headers: Record<string, string> = {},
): void {
  try {
    if (statSync(path).isDirectory()) path = join(path, "index.html");
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error("not a file");
    response.writeHead(200, {
      "content-type": MIME[extname(path).toLowerCase()] ?? "application/octet-stream",
      "content-length": stat.size,
      "x-content-type-options": "nosniff",
      "cache-control": "no-cache",
      ...headers,
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(path).pipe(response);
  } catch {
    notFound();
  }
}

/** A file of a static folder (`rest` is its path in the folder, as requested), never one outside it. */
function serveFolder(
  request: IncomingMessage,
  response: ServerResponse,
  dir: string,
  rest: string,
  notFound: () => void,
  headers: Record<string, string> = {},
): void {
  let relative: string;
  try {
    relative = decodeURIComponent(rest);
  } catch {
    return sendText(response, 400, "bad request");
  }
  if (relative.includes("\0")) return sendText(response, 400, "bad request");
  const path = resolve(dir, `.${sep}${relative}`);
  if (path !== dir && !path.startsWith(dir + sep)) return notFound();
  serveFile(request, response, path, notFound, headers);
}

/** The built Storybook under /storybook/. */
function serveStorybook(ctx: DemoContext, request: IncomingMessage, response: ServerResponse, rest: string): void {
  const notFound = () => sendHtml(request, response, 404, notFoundPage("sv"));
  if (!ctx.hasStorybook()) return notFound();
  serveFolder(request, response, ctx.storybookDir, rest, notFound);
}

/**
 * The import studio under /studio/: its static folder as built, every file with the policy its
 * page's `<meta>` gives (also the worker's, whose policy is its own response's), and no-referrer.
 */
function serveStudio(ctx: DemoContext, request: IncomingMessage, response: ServerResponse, rest: string): void {
  const notFound = () => sendText(response, 404, "not found (run pnpm build first)");
  let page: string;
  try {
    page = readFileSync(join(ctx.studioDir, "index.html"), "utf8");
  } catch {
    return notFound();
  }
  const headers = { "content-security-policy": cspOf(page), "referrer-policy": "no-referrer" };
  serveFolder(request, response, ctx.studioDir, rest, notFound, headers);
}

/** The embed configurator, under a policy that lets it run the embed's scripts from this server. */
function serveConfigurator(ctx: DemoContext, request: IncomingMessage, response: ServerResponse, lang: RenderLang) {
  response.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": EMBED_CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  });
  response.end(request.method === "HEAD" ? undefined : configuratorPage(lang, ctx.evaluation, ctx.national));
}

/** The collection of the published results, for the embed configurator's national views. */
function serveCollection(ctx: DemoContext, request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(ctx.collectionJson),
    "x-content-type-options": "nosniff",
    "cache-control": "no-cache",
  });
  response.end(request.method === "HEAD" ? undefined : ctx.collectionJson);
}

/** The pages in a language: the index and the report pages, each light or dark. */
function servePage(ctx: DemoContext, request: IncomingMessage, response: ServerResponse, url: URL): void {
  const path = url.pathname;
  const lang: RenderLang = path === "/en" || path.startsWith("/en/") ? "en" : "sv";
  const themeParam = url.searchParams.get("theme") ?? "light";
  if (themeParam !== "light" && themeParam !== "dark") return sendText(response, 400, "theme must be light or dark");
  const theme: RenderTheme = themeParam;
  const rest = lang === "en" ? path.slice(3) : path;
  if (rest === "/" || rest === "" || rest === "/index.html")
    return sendHtml(request, response, 200, indexPage(lang, theme, ctx.evaluation, ctx.hasStorybook(), ctx.national));
  // An evaluation's page of the national view (its links to the others and to index.html are relative).
  const sitePage = /^\/[\w.-]+\.html$/.test(rest)
    ? ctx.national.site(lang, theme).files.find((f) => f.page && `/${f.name}` === rest)
    : undefined;
  if (sitePage) return sendHtml(request, response, 200, sitePage.content());
  const page = PAGES.find((p) => `/${p.slug}` === rest);
  if (!page) return sendHtml(request, response, 404, notFoundPage(lang));
  const html = renderReportDocument(ctx.evaluation(page), {
    previous: page.previous ? ctx.evaluation(page.previous) : undefined,
    lang,
    theme,
    back: { href: `${prefixOf(lang)}${theme === "dark" ? "?theme=dark" : ""}`, label: demoMessages[lang].back },
  });
  sendHtml(request, response, 200, html);
}

/** Answers one request (methods, host, then the routes). */
function route(ctx: DemoContext, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== "GET" && request.method !== "HEAD")
    return sendText(response, 405, "method not allowed", { allow: "GET, HEAD" });
  // Only this machine's own names are answered (no DNS rebinding).
  const host = (request.headers.host ?? "").replace(/:\d+$/, "");
  if (host !== "127.0.0.1" && host !== "localhost") return sendText(response, 421, "misdirected request");
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const path = url.pathname;
  if (path === "/storybook") {
    response.writeHead(301, { location: "/storybook/" });
    return void response.end();
  }
  if (path.startsWith("/storybook/")) return serveStorybook(ctx, request, response, path.slice("/storybook/".length));
  // Its files are named relative to the page: /studio is redirected to /studio/ (as is /storybook).
  if (path === "/studio" || path === "/en/studio" || path === "/en/studio/") {
    response.writeHead(301, { location: path.startsWith("/en") ? "/studio/?lang=en" : "/studio/" });
    return void response.end();
  }
  if (path.startsWith("/studio/")) return serveStudio(ctx, request, response, path.slice("/studio/".length));
  const embedFile = EMBED_FILE.exec(path)?.[1];
  const file = embedFile
    ? join(ctx.embedDir, embedFile)
    : Object.prototype.hasOwnProperty.call(ctx.staticFiles, path)
      ? ctx.staticFiles[path]
      : undefined;
  if (file)
    return serveFile(request, response, file, () => sendText(response, 404, "not found (run pnpm build first)"));
  if (path === "/data/published-results.json") return serveCollection(ctx, request, response);
  if (path === "/embed/" || path === "/en/embed/")
    return serveConfigurator(ctx, request, response, path.startsWith("/en/") ? "en" : "sv");
  servePage(ctx, request, response, url);
}

/**
 * Creates the demo server (not yet listening): `/` (Swedish) and `/en/` (English) index pages with
 * the national view of the published results, one page per evaluation of them (`/0486-2014.html`,
 * `/en/0486-2014.html`), `/avesta-2014`, `/vasteras-2014` (compared with 2012), `/vasteras-2012`
 * and their `/en/…` variants, each with `?theme=dark`; `/embed/` (and `/en/embed/`) is the embed configurator, with
 * the embed's files under `/embed/` and the data under `/data/`; `/studio/` is the import studio
 * (`?lang=en` in English); `/storybook/` serves the Storybook build when there is one.
 * Every page goes through `renderReportDocument` / `renderHtmlDocument`, with the same
 * Content-Security-Policy in a header as in the page's `<meta>`. Unknown paths are 404.
 * Use {@link startDemoServer} to listen: it binds 127.0.0.1 only.
 */
export function createDemoServer(options: DemoOptions = {}): Server {
  const ctx = demoContext(options);
  return createServer((request, response) => {
    try {
      route(ctx, request, response);
    } catch (error) {
      sendText(response, 500, `internal error: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/** A listening demo server. */
export interface RunningDemo {
  server: Server;
  /** The port it listens on. */
  port: number;
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const onError = (error: Error) => {
      server.off("listening", onListening);
      reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolvePromise();
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, DEMO_HOST);
  });
}

/**
 * Creates the demo server and listens on 127.0.0.1 (never on other interfaces). Starts at `port`
 * (0 for any free port) and, when that port is busy, tries the next ones (up to `attempts`).
 */
export async function startDemoServer(
  options: DemoOptions & { port?: number; attempts?: number } = {},
): Promise<RunningDemo> {
  const first = options.port ?? DEFAULT_PORT;
  const attempts = first === 0 ? 1 : (options.attempts ?? 20);
  const server = createDemoServer(options);
  let lastError: unknown;
  for (let port = first; port < first + attempts && port <= 65535; port++) {
    try {
      await listen(server, port);
      const actual = (server.address() as AddressInfo).port;
      return {
        server,
        port: actual,
        url: `http://${DEMO_HOST}:${actual}/`,
        close: () =>
          new Promise<void>((resolvePromise) => {
            server.closeAllConnections();
            server.close(() => resolvePromise());
          }),
      };
    } catch (error) {
      lastError = error;
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") break;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
