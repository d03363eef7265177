import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root,
  resolve: {
    // Tests run against the sources; the CLI's end-to-end tests run the built `kompass` binary.
    alias: {
      "@kommunkompassen/core": `${root}packages/core/src/index.ts`,
      "@kommunkompassen/react": `${root}packages/react/src/index.ts`,
    },
  },
  test: {
    include: ["packages/*/test/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 30_000,
  },
});
