// Builds the embed: the same components as @kommunkompassen/react, rendered by Preact (aliased
// for React), into one ES module, one classic script and one stylesheet.
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { embedBuildOptions } from "./build-options.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));

const common = embedBuildOptions(here);

mkdirSync(`${here}dist`, { recursive: true });
await build({ ...common, format: "esm", outfile: `${here}dist/kommunkompass.js` });
// A classic script has no import.meta; the element then finds its URL from document.currentScript.
await build({
  ...common,
  format: "iife",
  outfile: `${here}dist/kommunkompass.classic.js`,
  define: { ...common.define, "import.meta.url": "undefined" },
});
const css =
  readFileSync(`${here}../react/src/styles.css`, "utf8") + "\n" + readFileSync(`${here}src/embed.css`, "utf8");
writeFileSync(`${here}dist/kommunkompass.css`, css);
