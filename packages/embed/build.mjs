// Builds the embed: the same components as @kommunkompassen/react, rendered by Preact (aliased
// for React), into
//   kommunkompass.js           the element and its default view (radar), an ES module
//   kommunkompass.classic.js   the same as a classic script
//   kommunkompass-NAME.js      each module loaded on demand (src/on-demand/NAME.ts(x): the other
//                              views, the English texts, the definition files' check, the download
//                              menu), ES modules that take what they share with kommunkompass.js
//                              from it; what they share among themselves is in each (merge.mjs)
//   kommunkompass.css          one minified stylesheet
// and beside them the third-party notices of what they bundle, the TypeScript declarations and the
// Custom Elements Manifest (see artifacts.mjs).
import { build, transform } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledPackages, declarations, loadAttributes, manifest, thirdPartyNotices } from "./artifacts.mjs";
import { embedBuildOptions } from "./build-options.mjs";
import { inlineChunks, mergeEntryChunks } from "./merge.mjs";
import { embedMessages } from "../core/dist/messages.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = `${here}dist/`;

// The metafile's paths are relative to absWorkingDir.
const common = { ...embedBuildOptions(here), metafile: true, absWorkingDir: here };

// The element's script runs inside one try: a page that has broken a built-in the bundled code uses
// as it loads (Array.prototype.map, say) gets a console message, never an uncaught error. The
// exports are taken from what the code in the try returns.
const cannotRun = JSON.stringify(`<kommunkompass-profil>: ${embedMessages.en.cannotRun}`);
// The licence comments are not in the minified code; the one file with them is named at its top.
const licences = "/*! Licences of the bundled packages: THIRD_PARTY_NOTICES.txt */";
// Without a DOM (a server rendering the page that imports it) there is nothing to say.
const report = `catch(e){try{typeof document<"u"&&console.error(${cannotRun},e)}catch{}}`;
// Where it could not run (no DOM), the tag is still the tag and defining does nothing.
const fallback =
  'export const{KommunkompassProfil}=KK||{},TAG="kommunkompass-profil",defineKommunkompassProfil=KK?KK.defineKommunkompassProfil:()=>{};';

// The ES modules: the element's script and every module loaded on demand, split by esbuild, then
// the chunks the element's script imports merged into it (merge.mjs). Each module loaded on demand
// is built as if it imported the element's script too (it does: the element imports it), so that
// esbuild puts everything the element's script has into one chunk, which merges into one function
// (a chunk per combination of modules would each be minified apart, and the script be bigger).
const onDemand = readdirSync(`${here}src/on-demand`);
/** @type {import("esbuild").Plugin} */
const withTheElement = {
  name: "embed-on-demand-entries",
  setup(b) {
    b.onResolve({ filter: /^on-demand:/ }, ({ path }) => ({ path: path.slice(10), namespace: "embed-on-demand" }));
    b.onLoad({ filter: /.*/, namespace: "embed-on-demand" }, ({ path }) => ({
      contents: `export { defineKommunkompassProfil as element } from "./index.ts";\nexport * from "./on-demand/${path}";\n`,
      loader: "ts",
      resolveDir: `${here}src`,
    }));
  },
};
const esm = await build({
  ...common,
  plugins: [withTheElement, ...common.plugins],
  entryPoints: {
    kommunkompass: `${here}src/index.ts`,
    ...Object.fromEntries(
      onDemand.map((file) => [`kommunkompass-${file.replace(/\.tsx?$/, "")}`, `on-demand:${file}`]),
    ),
  },
  entryNames: "[name]",
  chunkNames: "kommunkompass-shared-[hash]",
  format: "esm",
  splitting: true,
  outdir: dist,
  write: false,
});
const outputs = Object.fromEntries(esm.outputFiles.map((file) => [basename(file.path), file.text]));
const merged = mergeEntryChunks(outputs, "kommunkompass.js", { banner: licences, report: report, fallback });
// Each module with the chunks it shares with the other modules put into it: one request for a view.
// A chunk a module imports with import() (the download menu's files' code) stays a file of its own,
// and gets the same treatment.
const dynamic = Object.fromEntries(
  Object.entries(esm.metafile.outputs).map(([path, output]) => [
    basename(path),
    output.imports.filter((i) => i.kind === "dynamic-import").map((i) => basename(i.path)),
  ]),
);
const modules = Object.keys(merged).filter((file) => /^kommunkompass-(?!shared-)/.test(file));
for (const file of modules) for (const next of dynamic[file] ?? []) if (!modules.includes(next)) modules.push(next);
/** Every file to write, by name: dist/ is replaced only once everything is built. */
const files = {
  "kommunkompass.js": merged["kommunkompass.js"],
  ...Object.fromEntries(
    modules.map((file) => [file, `${licences}\n${inlineChunks(merged, file, "kommunkompass.js")}`]),
  ),
};

// A classic script has no import.meta; the element then finds its URL from document.currentScript.
// It is built apart (an IIFE of its own) and imports the modules loaded on demand as the ES module does.
const classic = await build({
  ...common,
  format: "iife",
  globalName: "KK",
  outfile: `${dist}kommunkompass.classic.js`,
  define: { ...common.define, "import.meta.url": "undefined" },
  banner: { js: `${licences}try{` },
  footer: { js: `}${report}` },
  write: false,
});
files["kommunkompass.classic.js"] = classic.outputFiles[0].text;

const css = await transform(
  readFileSync(`${here}../react/src/styles.css`, "utf8") + "\n" + readFileSync(`${here}src/embed.css`, "utf8"),
  { loader: "css", minify: true, legalComments: "none", target: ["chrome84", "firefox90", "safari15"] },
);
files["kommunkompass.css"] = css.code;

const packages = [...new Set([esm, classic].flatMap((result) => bundledPackages(result.metafile, here)))];
const scripts = "kommunkompass.js, kommunkompass.classic.js and the kommunkompass-*.js modules beside them";
files["THIRD_PARTY_NOTICES.txt"] = thirdPartyNotices(packages.sort(), scripts);
const attributes = await loadAttributes(here);
files["kommunkompass.d.ts"] = declarations(attributes);
const { description } = JSON.parse(readFileSync(`${here}package.json`, "utf8"));
files["custom-elements.json"] = JSON.stringify(manifest(attributes, description), null, 2) + "\n";

// Only now: the old files out (a shared chunk's name changes with its contents), the new ones in.
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const [file, contents] of Object.entries(files)) writeFileSync(`${dist}${file}`, contents);
