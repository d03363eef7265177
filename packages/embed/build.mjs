// Builds the embed: the same components as @kommunkompassen/react, rendered by Preact (aliased
// for React), into one ES module, one classic script and one stylesheet.
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

const common = {
  entryPoints: [`${here}src/index.ts`],
  bundle: true,
  minify: true,
  target: "es2020",
  legalComments: "none",
  jsx: "automatic",
  jsxImportSource: "preact",
  alias: {
    react: "preact/compat",
    "react-dom": "preact/compat",
    "react/jsx-runtime": "preact/jsx-runtime",
    // The built packages (pnpm builds them first): exactly the code that @kommunkompassen/react
    // publishes, with the core's schema already stripped of its editor-only descriptions.
    "@kommunkompassen/react": `${here}../react/dist/index.js`,
    "@kommunkompassen/core": `${here}../core/dist/index.js`,
  },
  define: { "process.env.NODE_ENV": '"production"' },
  // Code outside this package (../react/dist) finds Preact here.
  nodePaths: [`${here}node_modules`],
  logLevel: "warning",
};

mkdirSync(`${here}dist`, { recursive: true });
await build({ ...common, format: "esm", outfile: `${here}dist/kommunkompass.js` });
// A classic script has no import.meta; the element then finds its URL from document.currentScript.
await build({ ...common, format: "iife", outfile: `${here}dist/kommunkompass.classic.js`, define: { ...common.define, "import.meta.url": "undefined" } });
const css = readFileSync(`${here}../react/src/styles.css`, "utf8") + "\n" + readFileSync(`${here}src/embed.css`, "utf8");
writeFileSync(`${here}dist/kommunkompass.css`, css);
