import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/pdf.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2020",
  // Pure code for Node and the browser: no Node built-ins (a test bundles it with --platform=browser).
  platform: "neutral",
  treeshake: true,
  // PDF.js is loaded by the pdf entry only, with a dynamic import.
  external: ["@kommunkompassen/core", "pdfjs-dist"],
});
