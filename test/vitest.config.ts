import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root,
  resolve: {
    // Tests run against the sources; the CLI's end-to-end tests run the built `kompass` binary.
    // Exact package names only: subpaths such as @kommunkompassen/core/question-texts resolve normally.
    alias: [
      { find: /^@kommunkompassen\/core$/, replacement: `${root}packages/core/src/index.ts` },
      { find: /^@kommunkompassen\/core\/question-texts$/, replacement: `${root}packages/core/src/question-texts.ts` },
      { find: /^@kommunkompassen\/react$/, replacement: `${root}packages/react/src/index.ts` },
    ],
  },
  test: {
    include: ["packages/*/test/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 30_000,
  },
});
