import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

// Tests run against the sources; the CLI's end-to-end tests run the built `kompass` binary.
// Exact package names only: subpaths such as @kommunkompassen/core/question-texts resolve normally.
const sources = [
  { find: /^@kommunkompassen\/core$/, replacement: `${root}packages/core/src/index.ts` },
  { find: /^@kommunkompassen\/core\/question-texts$/, replacement: `${root}packages/core/src/question-texts.ts` },
  { find: /^@kommunkompassen\/core\/messages$/, replacement: `${root}packages/core/src/messages/index.ts` },
  { find: /^@kommunkompassen\/core\/municipalities$/, replacement: `${root}packages/core/src/municipalities/index.ts` },
  { find: /^@kommunkompassen\/core\/downloads$/, replacement: `${root}packages/core/src/downloads/index.ts` },
  { find: /^@kommunkompassen\/react$/, replacement: `${root}packages/react/src/index.ts` },
  { find: /^@kommunkompassen\/react\/server$/, replacement: `${root}packages/react/src/server/index.ts` },
  { find: /^@kommunkompassen\/react\/internal$/, replacement: `${root}packages/react/src/internal.ts` },
  { find: /^@kommunkompassen\/import$/, replacement: `${root}packages/import/src/index.ts` },
];

/** The server entry imports the stylesheet as text, as its build does (esbuild's `text` loader). */
const stylesheetAsText: Plugin = {
  name: "stylesheet-as-text",
  enforce: "pre",
  resolveId(source, importer) {
    if (source === "../styles.css" && importer?.includes("/packages/react/src/server/")) return "\0kk-styles.css.js";
    return undefined;
  },
  load(id) {
    if (id !== "\0kk-styles.css.js") return undefined;
    return `export default ${JSON.stringify(readFileSync(`${root}packages/react/src/styles.css`, "utf8"))};`;
  },
};

// The components declare React 18 and 19; their server-rendering tests and a client test run a
// second time on React 18.3, installed in the private workspace package test/react18 (there,
// react-dom 18 finds its own React 18).
const react18Dir = `${root}test/react18/node_modules/`;
const react18 = [
  { find: /^react$/, replacement: `${react18Dir}react/index.js` },
  { find: /^react\/(.*)$/, replacement: `${react18Dir}react/$1.js` },
  { find: /^react-dom$/, replacement: `${react18Dir}react-dom/index.js` },
  { find: /^react-dom\/(.*)$/, replacement: `${react18Dir}react-dom/$1.js` },
];

export default defineConfig({
  root,
  plugins: [stylesheetAsText],
  resolve: { alias: sources },
  test: {
    environment: "node",
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "all",
          include: ["packages/*/test/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
          exclude: ["test/react18/**", "**/node_modules/**"],
        },
      },
      {
        extends: true,
        resolve: { alias: [...sources, ...react18] },
        test: {
          name: "react18",
          include: ["packages/react/test/**/*.ssr.test.tsx", "test/react18/**/*.test.tsx"],
          // Libraries that import React must go through the aliases too, or they would bring React 19.
          server: { deps: { inline: [/@visx\//] } },
        },
      },
    ],
  },
});
