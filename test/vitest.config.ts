import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

// Tests run against the sources; the CLI's end-to-end tests run the built `kompass` binary.
// Exact package names only: subpaths such as @kommunkompassen/core/question-texts resolve normally.
const sources = [
  { find: /^@kommunkompassen\/core$/, replacement: `${root}packages/core/src/index.ts` },
  { find: /^@kommunkompassen\/core\/question-texts$/, replacement: `${root}packages/core/src/question-texts.ts` },
  { find: /^@kommunkompassen\/react$/, replacement: `${root}packages/react/src/index.ts` },
];

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
