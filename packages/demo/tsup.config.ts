import { defineConfig } from "tsup";

export default defineConfig({
  // The server (importable, for tests) and the `pnpm start` entry point.
  entry: ["src/server.ts", "src/main.ts"],
  format: ["esm"],
  clean: true,
  target: "node20",
  platform: "node",
});
