// Builds the embed: the same components as @kommunkompassen/react, rendered by Preact (aliased
// for React), into one ES module, one classic script, the national views' module and one
// stylesheet; beside them the
// third-party notices of what they bundle, the TypeScript declarations and the Custom Elements
// Manifest (see artifacts.mjs).
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bundledPackages, declarations, loadAttributes, manifest, thirdPartyNotices } from "./artifacts.mjs";
import { embedBuildOptions } from "./build-options.mjs";
import { embedMessages } from "../core/dist/messages.js";

const here = fileURLToPath(new URL(".", import.meta.url));

// The metafile's paths are relative to absWorkingDir.
const common = { ...embedBuildOptions(here), metafile: true, absWorkingDir: here };

// The whole bundle runs inside one try: a page that has broken a built-in the bundled code uses as
// it loads (Array.prototype.map, say) gets a console message, never an uncaught error. The ES module
// is an IIFE too, its exports taken from what it returns.
const cannotRun = JSON.stringify(`<kommunkompass-profil>: ${embedMessages.en.cannotRun}`);
// The licence comments are not in the minified code; the one file with them is named at its top.
const guard = { js: "/*! Licences of the bundled packages: THIRD_PARTY_NOTICES.txt */try{" };
// Without a DOM (a server rendering the page that imports it) there is nothing to say.
const report = `}catch(e){try{typeof document<"u"&&console.error(${cannotRun},e)}catch{}}`;

mkdirSync(`${here}dist`, { recursive: true });
const esm = await build({
  ...common,
  format: "iife",
  globalName: "kk",
  outfile: `${here}dist/kommunkompass.js`,
  define: { ...common.define, "import.meta.url": "kkUrl" },
  banner: { js: guard.js.replace("try{", "const kkUrl=import.meta.url;try{") },
  // Where it could not run (no DOM), the tag is still the tag and defining does nothing.
  footer: {
    js:
      report +
      'export const{KommunkompassProfil}=kk||{},TAG="kommunkompass-profil",defineKommunkompassProfil=kk?kk.defineKommunkompassProfil:()=>{};',
  },
});
// A classic script has no import.meta; the element then finds its URL from document.currentScript.
const classic = await build({
  ...common,
  format: "iife",
  outfile: `${here}dist/kommunkompass.classic.js`,
  define: { ...common.define, "import.meta.url": "undefined" },
  banner: guard,
  footer: { js: report },
});
// The national views (view="position", view="overview"): a module of its own beside the element's
// scripts, which either imports only when one of those views is asked for. It has its own copy of
// the renderer and the components it needs, so the profile views carry none of them.
const national = await build({
  ...common,
  entryPoints: [`${here}src/national.tsx`],
  format: "esm",
  outfile: `${here}dist/kommunkompass-national.js`,
  banner: { js: "/*! Licences of the bundled packages: THIRD_PARTY_NOTICES.txt */" },
});
const css =
  readFileSync(`${here}../react/src/styles.css`, "utf8") + "\n" + readFileSync(`${here}src/embed.css`, "utf8");
writeFileSync(`${here}dist/kommunkompass.css`, css);

const packages = [...new Set([esm, classic, national].flatMap((result) => bundledPackages(result.metafile, here)))];
writeFileSync(`${here}dist/THIRD_PARTY_NOTICES.txt`, thirdPartyNotices(packages.sort()));
const attributes = await loadAttributes(here);
writeFileSync(`${here}dist/kommunkompass.d.ts`, declarations(attributes));
const { description } = JSON.parse(readFileSync(`${here}package.json`, "utf8"));
writeFileSync(`${here}dist/custom-elements.json`, JSON.stringify(manifest(attributes, description), null, 2) + "\n");
