import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2020",
  // Pure code for Node and the browser: no Node built-ins (a test bundles it with --platform=browser).
  platform: "neutral",
  treeshake: true,
  external: ["@kommunkompassen/core"],
});
