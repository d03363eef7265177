// Builds the import studio into dist/, a folder that any static web server can host:
//   index.html            the page (its Content-Security-Policy in a <meta>, the same as docs/studio.md gives for the header)
//   studio.js             the studio: React, the components, the importers and PDF.js, one ES module
//   studio.css            the components' stylesheet, the page's and the studio's own
//   pdf.worker.min.mjs    PDF.js's worker, copied from pdfjs-dist, started by the page as a module worker
//   published-results.json  the published results (test/fixtures/data/published-results.csv, read
//                         here with importResultsTable and checked by validateCollection), for the position preview
//   THIRD_PARTY_NOTICES.txt the licences of what studio.js and the worker bundle
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateCollection } from "@kommunkompassen/core";
import { checkMunicipality } from "@kommunkompassen/core/municipalities";
import { studioMessages } from "@kommunkompassen/core/messages";
import { importResultsTable } from "@kommunkompassen/import";
import { escapeHtml, PAGE_CSS } from "@kommunkompassen/react/server";
import { bundledPackages, thirdPartyNotices } from "../embed/artifacts.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = join(here, "dist");
const require = createRequire(import.meta.url);
const results = join(here, "../../test/fixtures/data/published-results.csv");

/**
 * The page's policy: its own script, stylesheet, worker and data, nothing else (no inline code or
 * styles, no other origin, no form submission). Also to be sent as a header where the host can
 * (docs/studio.md); the demo sends the one from the page.
 */
const STUDIO_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; worker-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// The published results as one collection, checked as the demo checks them: the build fails on data it cannot show.
const imported = importResultsTable(readFileSync(results), { file: "published-results.csv" });
if (!imported.collection) throw new Error(`published-results.csv gives no collection: ${imported.findings[0]?.code}`);
const checked = validateCollection(imported.collection, { checkMunicipality });
if (!checked.valid) throw new Error(`published-results.csv is not a valid collection: ${checked.errors[0]?.message}`);
writeFileSync(join(dist, "published-results.json"), JSON.stringify(imported.collection) + "\n");

const bundle = await build({
  entryPoints: [join(here, "src/main.tsx")],
  outfile: join(dist, "studio.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  banner: { js: "/*! Licences of the bundled packages: THIRD_PARTY_NOTICES.txt */" },
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  metafile: true,
  absWorkingDir: here,
  logLevel: "warning",
  // The core's chunks are imported for their exports too: the bare imports esbuild warns of are empty.
  logOverride: { "ignored-bare-import": "silent" },
});

const pdfjsDir = dirname(require.resolve("pdfjs-dist/package.json"));
copyFileSync(join(pdfjsDir, "build/pdf.worker.min.mjs"), join(dist, "pdf.worker.min.mjs"));

const css = [
  // The components' stylesheet from its source, as the embed's build reads it.
  readFileSync(join(here, "../react/src/styles.css"), "utf8"),
  PAGE_CSS,
  readFileSync(join(here, "src/studio.css"), "utf8"),
].join("\n");
writeFileSync(join(dist, "studio.css"), css);

const packages = [...new Set([...bundledPackages(bundle.metafile, here), pdfjsDir])].sort();
writeFileSync(join(dist, "THIRD_PARTY_NOTICES.txt"), thirdPartyNotices(packages, "studio.js and pdf.worker.min.mjs"));

// The page before its script runs: the title, and what to do where scripts do not run, in both languages.
const { sv, en } = studioMessages;
const html = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${STUDIO_CSP}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(sv.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="studio.css">
<link rel="preload" href="published-results.json" as="fetch" crossorigin>
<script type="module" src="studio.js"></script>
</head>
<body class="kk-page" data-kk-theme="light">
<div id="kk-studio"><noscript><main class="kk-page__main"><h1>${escapeHtml(sv.heading)}</h1><p>${escapeHtml(sv.noScript)}</p><p lang="en">${escapeHtml(en.noScript)}</p></main></noscript></div>
</body>
</html>
`;
writeFileSync(join(dist, "index.html"), html);
