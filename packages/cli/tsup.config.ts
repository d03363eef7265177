import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The programmatic API (`run`), for tools that embed the CLI.
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    platform: "node",
    // `import.meta.url` (used to find @kommunkompassen/react/styles.css) in the CommonJS build.
    shims: true,
  },
  {
    // The `kompass` executable.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
