// `pnpm bench`: compiles the benchmark's TypeScript with esbuild (no type check, nothing
// downloaded) into packages/bench/dist/ and runs it. Needs `pnpm install && pnpm build` first.
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL("..", import.meta.url));
const root = fileURLToPath(new URL("../../..", import.meta.url));

const needed = [
  "packages/core/dist/index.js",
  "packages/react/dist/index.js",
  "packages/cli/dist/cli.js",
  "packages/cli/dist/index.js",
  "packages/embed/dist/kommunkompass.js",
  "packages/embed/dist/kommunkompass.css",
];
const missing = needed.filter((path) => !existsSync(root + path));
if (missing.length > 0) {
  console.error(`pnpm bench: build the packages first (pnpm build); missing: ${missing.join(", ")}`);
  process.exit(2);
}

await build({
  entryPoints: [
    "main.ts",
    "size.ts",
    "ssr.tsx",
    "scale.tsx",
    "browser.tsx",
    "profile.tsx",
    "workload.tsx",
    "limits.ts",
    "national.tsx",
  ].map((f) => `${here}src/${f}`),
  outdir: `${here}dist`,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  jsx: "automatic",
  // Libraries stay imports, resolved from packages/bench/node_modules at run time: the benchmark
  // measures the built packages (packages/*/dist) and the installed peers exactly as published.
  packages: "external",
  logLevel: "warning",
  sourcemap: "inline",
});

await import(`${here}dist/main.js`); // `--report`: only rewrite the page from bench-results.json; `--only limits`: only the limits part, merged into it
