/**
 * The demo server behind `pnpm start`: report pages of the bundled evaluations, rendered on request
 * with `renderReportDocument` from `@kommunkompassen/react/server` (the same self-contained pages as
 * `kompass render`), and the built Storybook. Plain `node:http`, loopback only, no external requests.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import {
  escapeHtml,
  renderHtmlDocument,
  renderReportDocument,
  type RenderLang,
  type RenderTheme,
} from "@kommunkompassen/react/server";
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
  /** The folder with avesta-2014.json, vasteras-2012.json and vasteras-2014.json; test/fixtures by default. */
  fixturesDir?: string;
  /** The static Storybook build; stories/storybook-static by default. Served under /storybook/ when it exists. */
  storybookDir?: string;
}

/** One report page of the demo. */
interface DemoPage {
  slug: string;
  fixture: string;
  previous?: string;
  description: Record<RenderLang, string>;
}

const PAGES: readonly DemoPage[] = [
  {
    slug: "avesta-2014",
    fixture: "avesta-2014",
    description: {
      sv: "hela rapporten: 404 av 800 poäng, alla åtta delfrågetabeller, områdespoäng som inte stämmer med delfrågorna",
      en: "the full report: 404 of 800 points, all eight sub-question tables, an area score that disagrees with its sub-questions",
    },
  },
  {
    slug: "vasteras-2014",
    fixture: "vasteras-2014",
    previous: "vasteras-2012",
    description: {
      sv: "jämförd med 2012: förändringstabell och förändring per område; område 8 och totalen saknas",
      en: "compared with 2012: the change table and the change per area; area 8 and the total are missing",
    },
  },
  {
    slug: "vasteras-2012",
    fixture: "vasteras-2012",
    description: {
      sv: "områdespoäng 1–7 som de överlevde i rapportens text",
      en: "area scores 1–7 as they survived in the report's text",
    },
  },
];

const TEXT = {
  sv: {
    title: "Kommunkompassen – demo",
    intro:
      "Rapportsidor för de medföljande utvärderingarna, renderade på servern med kompass render (renderReportDocument): en fristående HTML-sida utan skript och utan externa anrop, med en strikt Content-Security-Policy.",
    reports: "Rapporter",
    dark: "mörkt tema",
    other: "in English",
    otherLang: "en" as RenderLang,
    tools: "Verktyg",
    storybook: "Storybook: alla komponenter med exempel",
    configurator: "Bygg inbäddningskoden för kommunens webbplats, med förhandsvisning",
    noStorybook: "Storybook är inte byggd (kör pnpm storybook:build).",
    back: "Alla exempel",
    notFound: "Sidan finns inte",
    notFoundText: "Det finns ingen sida på den här adressen.",
    home: "Till startsidan",
  },
  en: {
    title: "Kommunkompassen – demo",
    intro:
      "Report pages of the bundled evaluations, rendered on the server with kompass render (renderReportDocument): a self-contained HTML page without scripts or external requests, under a strict Content-Security-Policy.",
    reports: "Reports",
    dark: "dark theme",
    other: "på svenska",
    otherLang: "sv" as RenderLang,
    tools: "Tools",
    storybook: "Storybook: every component with examples",
    configurator: "Build the embed snippet for a municipality's website, with a live preview",
    noStorybook: "Storybook has not been built (run pnpm storybook:build).",
    back: "All examples",
    notFound: "Page not found",
    notFoundText: "There is no page at this address.",
    home: "To the start page",
  },
} as const;

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

/**
 * Creates the demo server (not yet listening): `/` (Swedish) and `/en/` (English) index pages,
 * `/avesta-2014`, `/vasteras-2014` (compared with 2012), `/vasteras-2012` and their `/en/…`
 * variants, each with `?theme=dark`; `/embed/` (and `/en/embed/`) is the embed configurator, with
 * the embed's files under `/embed/` and the data under `/data/`; `/storybook/` serves the
 * Storybook build when there is one.
 * Every page goes through `renderReportDocument` / `renderHtmlDocument`, with the same
 * Content-Security-Policy in a header as in the page's `<meta>`. Unknown paths are 404.
 * Use {@link startDemoServer} to listen: it binds 127.0.0.1 only.
 */
export function createDemoServer(options: DemoOptions = {}): Server {
  const fixturesDir = options.fixturesDir ?? join(repoRoot, "test/fixtures");
  const embedDir = join(repoRoot, "packages/embed/dist");
  const publicDir = join(repoRoot, "packages/demo/public");
  /** Files served as they are: the embed's script and stylesheet, the configurator's, the data. */
  const staticFiles: Record<string, string> = {
    "/embed/kommunkompass.js": join(embedDir, "kommunkompass.js"),
    "/embed/kommunkompass.classic.js": join(embedDir, "kommunkompass.classic.js"),
    "/embed/kommunkompass.css": join(embedDir, "kommunkompass.css"),
    "/embed/configurator.js": join(publicDir, "configurator.js"),
    "/embed/configurator.css": join(publicDir, "configurator.css"),
    ...Object.fromEntries(PAGES.map((p) => [`/data/${p.fixture}.json`, join(fixturesDir, `${p.fixture}.json`)])),
  };
  const storybookDir = resolve(options.storybookDir ?? join(repoRoot, "stories/storybook-static"));
  const evaluations = new Map<string, Evaluation>();

  const load = (name: string): Evaluation => {
    let evaluation = evaluations.get(name);
    if (!evaluation) {
      const result = validateEvaluation(JSON.parse(readFileSync(join(fixturesDir, `${name}.json`), "utf8")));
      if (!result.valid) throw new Error(`${name}.json is not a valid evaluation: ${result.errors[0]?.message}`);
      evaluation = result.evaluation;
      evaluations.set(name, evaluation);
    }
    return evaluation;
  };
  const hasStorybook = () => {
    try {
      return statSync(join(storybookDir, "index.html")).isFile();
    } catch {
      return false;
    }
  };

  const indexPage = (lang: RenderLang, theme: RenderTheme): string => {
    const t = TEXT[lang];
    const prefix = lang === "sv" ? "/" : "/en/";
    const themeQuery = theme === "dark" ? "?theme=dark" : "";
    const items = PAGES.map((page) => {
      const evaluation = load(page.fixture);
      const name = `${evaluation.municipality.name} ${evaluation.year}`;
      const otherPrefix = t.otherLang === "sv" ? "/" : "/en/";
      return (
        `<li><a href="${prefix}${page.slug}${themeQuery}">${escapeHtml(name)}</a>: ${escapeHtml(page.description[lang])} ` +
        `(<a href="${prefix}${page.slug}?theme=${theme === "dark" ? "light" : "dark"}">${escapeHtml(name)}, ${escapeHtml(theme === "dark" ? (lang === "sv" ? "ljust tema" : "light theme") : t.dark)}</a>, ` +
        `<a href="${otherPrefix}${page.slug}${themeQuery}" lang="${t.otherLang}" hreflang="${t.otherLang}">${escapeHtml(name)}, ${escapeHtml(t.other)}</a>)</li>`
      );
    }).join("\n");
    const storybook =
      `<li><a href="${prefix}embed/">${escapeHtml(t.configurator)}</a></li>\n` +
      (hasStorybook()
        ? `<li><a href="/storybook/">${escapeHtml(t.storybook)}</a></li>`
        : `<li>${escapeHtml(t.noStorybook)}</li>`);
    const otherIndex = `<a href="${t.otherLang === "sv" ? "/" : "/en/"}${themeQuery}" lang="${t.otherLang}" hreflang="${t.otherLang}">${t.otherLang === "sv" ? "Demo på svenska" : "Demo in English"}</a>`;
    const body = `<div class="kk kk-index" data-kk-theme="${theme}">
<h1 class="kk-index__title">${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.intro)}</p>
<p>${otherIndex}</p>
<h2>${escapeHtml(t.reports)}</h2>
<ul>
${items}
</ul>
<h2>${escapeHtml(t.tools)}</h2>
<ul>
${storybook}
</ul>
</div>`;
    return renderHtmlDocument({ lang, title: t.title, body, theme });
  };

  const notFoundPage = (lang: RenderLang): string => {
    const t = TEXT[lang];
    const body = `<div class="kk kk-index" data-kk-theme="light"><h1 class="kk-index__title">${escapeHtml(t.notFound)}</h1><p>${escapeHtml(t.notFoundText)}</p><p><a href="${lang === "sv" ? "/" : "/en/"}">${escapeHtml(t.home)}</a></p></div>`;
    return renderHtmlDocument({ lang, title: t.notFound, body });
  };

  const configuratorPage = (lang: RenderLang): string => {
    const sv = lang === "sv";
    const option = (value: string, label: string) => `<option value="${value}">${escapeHtml(label)}</option>`;
    const select = (name: string, label: string, options: string) =>
      `<div><label for="kk-${name}">${escapeHtml(label)}</label><select id="kk-${name}" name="${name}">${options}</select></div>`;
    return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sv ? "Bygg inbäddningskoden" : "Build the embed snippet"} – Kommunkompassen</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/embed/configurator.css">
<link rel="stylesheet" href="/embed/kommunkompass.css">
<script type="module" src="/embed/kommunkompass.js"></script>
<script type="module" src="/embed/configurator.js"></script>
</head>
<body>
<main>
<p><a href="${sv ? "/" : "/en/"}">${escapeHtml(TEXT[lang].back)}</a></p>
<h1>${sv ? "Bygg inbäddningskoden för &lt;kommunkompass-profil&gt;" : "Build the snippet for &lt;kommunkompass-profil&gt;"}</h1>
<p>${sv ? "Välj vad som ska visas. Koden nedan uppdateras och förhandsvisningen visar resultatet. Se docs/embed.md för hur filerna läggs på webbplatsen." : "Choose what to show. The snippet below updates and the preview shows the result. See docs/embed.md for putting the files on your website."}</p>
<form id="kk-config" class="kk-config">
${select("data", sv ? "Utvärdering" : "Evaluation", option("avesta-2014", "Avesta kommun 2014") + option("vasteras-2014", "Västerås stad 2014") + option("vasteras-2012", "Västerås stad 2012"))}
${select("compare", sv ? "Jämför med" : "Compare with", option("", sv ? "ingen" : "none") + option("vasteras-2012", "Västerås stad 2012"))}
${select("view", sv ? "Vy" : "View", ["radar", "bars", "table", "deltas", "summary", "report"].map((v) => option(v, v)).join(""))}
${select("lang", sv ? "Språk" : "Language", option(lang, lang === "sv" ? "svenska" : "English") + option(lang === "sv" ? "en" : "sv", lang === "sv" ? "engelska" : "Swedish"))}
${select("theme", sv ? "Färgtema" : "Theme", option("light", sv ? "ljust" : "light") + option("dark", sv ? "mörkt" : "dark") + option("auto", sv ? "som systemet" : "follow the system"))}
<div><label><input type="checkbox" name="shadow" value="1"> ${sv ? "Shadow DOM" : "Shadow DOM"}</label></div>
</form>
<h2 id="kk-snippet-title">${sv ? "Kod att klistra in" : "Snippet to paste"}</h2>
<pre aria-labelledby="kk-snippet-title"><code id="kk-snippet"></code></pre>
<p><button type="button" id="kk-copy">${sv ? "Kopiera koden" : "Copy the snippet"}</button> <span id="kk-copy-status" role="status"></span></p>
<h2>${sv ? "Förhandsvisning" : "Preview"}</h2>
<div id="kk-preview" class="kk-preview"></div>
</main>
</body>
</html>`;
  };

  /** Streams a file (a directory means its index.html); `notFound` answers when there is none. */
  const serveFile = (request: IncomingMessage, response: ServerResponse, path: string, notFound: () => void): void => {
    try {
      if (statSync(path).isDirectory()) path = join(path, "index.html");
      const stat = statSync(path);
      if (!stat.isFile()) throw new Error("not a file");
      response.writeHead(200, {
        "content-type": MIME[extname(path).toLowerCase()] ?? "application/octet-stream",
        "content-length": stat.size,
        "x-content-type-options": "nosniff",
        "cache-control": "no-cache",
      });
      if (request.method === "HEAD") response.end();
      else createReadStream(path).pipe(response);
    } catch {
      notFound();
    }
  };

  const serveStorybook = (request: IncomingMessage, response: ServerResponse, rest: string): void => {
    if (!hasStorybook()) return sendHtml(request, response, 404, notFoundPage("sv"));
    let relative: string;
    try {
      relative = decodeURIComponent(rest);
    } catch {
      return sendText(response, 400, "bad request");
    }
    if (relative.includes("\0")) return sendText(response, 400, "bad request");
    const path = resolve(storybookDir, `.${sep}${relative}`);
    if (path !== storybookDir && !path.startsWith(storybookDir + sep))
      return sendHtml(request, response, 404, notFoundPage("sv"));
    serveFile(request, response, path, () => sendHtml(request, response, 404, notFoundPage("sv")));
  };

  return createServer((request, response) => {
    try {
      if (request.method !== "GET" && request.method !== "HEAD")
        return sendText(response, 405, "method not allowed", { allow: "GET, HEAD" });
      // Only this machine's own names are answered (no DNS rebinding).
      const host = (request.headers.host ?? "").replace(/:\d+$/, "");
      if (host !== "127.0.0.1" && host !== "localhost") return sendText(response, 421, "misdirected request");
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const path = url.pathname;
      if (path === "/storybook") {
        response.writeHead(301, { location: "/storybook/" });
        return response.end();
      }
      if (path.startsWith("/storybook/")) return serveStorybook(request, response, path.slice("/storybook/".length));
      const file = Object.prototype.hasOwnProperty.call(staticFiles, path) ? staticFiles[path] : undefined;
      if (file)
        return serveFile(request, response, file, () => sendText(response, 404, "not found (run pnpm build first)"));
      if (path === "/embed/" || path === "/en/embed/") {
        const html = configuratorPage(path.startsWith("/en/") ? "en" : "sv");
        response.writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          "content-security-policy": EMBED_CSP,
          "x-content-type-options": "nosniff",
          "referrer-policy": "no-referrer",
        });
        return response.end(request.method === "HEAD" ? undefined : html);
      }

      const lang: RenderLang = path === "/en" || path.startsWith("/en/") ? "en" : "sv";
      const themeParam = url.searchParams.get("theme") ?? "light";
      if (themeParam !== "light" && themeParam !== "dark")
        return sendText(response, 400, "theme must be light or dark");
      const theme: RenderTheme = themeParam;
      const rest = lang === "en" ? path.slice(3) : path;
      if (rest === "/" || rest === "") return sendHtml(request, response, 200, indexPage(lang, theme));

      const page = PAGES.find((p) => `/${p.slug}` === rest);
      if (!page) return sendHtml(request, response, 404, notFoundPage(lang));
      const html = renderReportDocument(load(page.fixture), {
        previous: page.previous ? load(page.previous) : undefined,
        lang,
        theme,
        back: {
          href: `${lang === "sv" ? "/" : "/en/"}${theme === "dark" ? "?theme=dark" : ""}`,
          label: TEXT[lang].back,
        },
      });
      return sendHtml(request, response, 200, html);
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
