// Sizes: every entry is bundled by esbuild (bundle, minify, ES module, es2020, browser platform,
// NODE_ENV=production, legal comments dropped) and the output is gzipped at level 9 (zlib).
// Nothing is written: esbuild returns the bundle in memory.
import { build, type Plugin } from "esbuild";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { BENCH, emit, log, ROOT } from "./util";

export interface Size {
  /** minified bytes */
  min: number;
  /** minified and gzipped (level 9) bytes */
  gzip: number;
}

export interface SizeRow extends Size {
  id: string;
  what: string;
  contents: string;
  /** The budget, in bytes, and its unit as written in package.json ("10 KiB", "35 kB"). */
  budget?: { bytes: number; label: string };
}

const REACT = ["react", "react-dom", "react/jsx-runtime", "react-dom/client", "scheduler"];

const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

/** Bundles `source` (an entry module written here) as if it were a file in packages/bench/src/. */
async function bundle(
  source: string,
  external: string[] = [],
  plugins: Plugin[] = [],
): Promise<Size & { meta: Record<string, number> }> {
  const result = await build({
    stdin: { contents: source, resolveDir: `${BENCH}src`, loader: "tsx", sourcefile: "entry.tsx" },
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    platform: "browser",
    jsx: "automatic",
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    external,
    plugins,
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const code = result.outputFiles[0]!.contents;
  const meta: Record<string, number> = {};
  for (const [input, info] of Object.entries(Object.values(result.metafile!.outputs)[0]!.inputs))
    meta[input] = info.bytesInOutput;
  return { min: code.length, gzip: gz(code), meta };
}

/** A file as it is (already bundled and minified): its size and gzip size. */
function file(path: string): Size {
  const bytes = readFileSync(path);
  return { min: bytes.length, gzip: gz(bytes) };
}

/** The embed's build measured: packages/embed/dist, or the folder BENCH_EMBED_DIST (as the browser part). */
const EMBED = process.env.BENCH_EMBED_DIST?.replace(/\/?$/, "/") ?? `${ROOT}packages/embed/dist/`;

/**
 * A module of the embed loaded on demand with any chunk it imports (each file gzipped on its own,
 * as a server sends it; the build puts the chunks into each module); what it takes from
 * kommunkompass.js, which the page has, not counted.
 */
function onDemand(name: string): Size {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || file === "kommunkompass.js") return;
    files.add(file);
    for (const [, next] of readFileSync(EMBED + file, "utf8").matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)) visit(next!);
  };
  visit(name);
  const sizes = [...files].map((f) => file(EMBED + f));
  return { min: sizes.reduce((n, x) => n + x.min, 0), gzip: sizes.reduce((n, x) => n + x.gzip, 0) };
}

/** Replaces the bundled copy of the schema in the core's dist with `{}`: what the schema copy costs. */
const stubSchema: Plugin = {
  name: "stub-schema",
  setup(b) {
    b.onLoad({ filter: /packages[\\/]core[\\/]dist[\\/]index\.js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      const stubbed = text.replace(
        /var evaluation_schema_default = \{.*\};\n/,
        "var evaluation_schema_default = {};\n",
      );
      if (stubbed === text) throw new Error("the schema copy was not found in packages/core/dist/index.js");
      return { contents: stubbed, loader: "js" };
    });
  },
};

/** Marks the React package's `forwardRef(…)` calls as pure, as an `@__PURE__` annotation in its source would. */
const pureForwardRef: Plugin = {
  name: "pure-forward-ref",
  setup(b) {
    b.onLoad({ filter: /packages[\\/]react[\\/]dist[\\/]index\.js$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replace(/= forwardRef\(/g, "= /* @__PURE__ */ forwardRef("),
      loader: "js",
    }));
  },
};

/** Sums esbuild's metafile bytes by package (node_modules/<name>) or workspace package. */
function byPackage(meta: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [input, bytes] of Object.entries(meta)) {
    const m =
      input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/) ?? input.match(/packages\/([^/]+)\//);
    const key = m ? m[1]! : input;
    out[key] = (out[key] ?? 0) + bytes;
  }
  return out;
}

export async function runSize() {
  const rows: SizeRow[] = [];
  const add = (id: string, what: string, contents: string, size: Size, budget?: SizeRow["budget"]) =>
    rows.push({ id, what, contents, min: size.min, gzip: size.gzip, budget });
  const reactDom = `import { createRoot } from "react-dom/client"; import { jsx } from "react/jsx-runtime"; export function mount(e, c) { createRoot(e).render(jsx(c, {})); }`;

  add(
    "core",
    "`@kommunkompassen/core`",
    "everything it exports (`import *`)",
    await bundle(`export * from "@kommunkompassen/core";`),
    { bytes: 10 * 1024, label: "10 KiB" },
  );
  add(
    "questionTexts",
    "`@kommunkompassen/core/question-texts`",
    "the wording of the 45 sub-questions (a separate entry point, not in the row above)",
    await bundle(`export * from "@kommunkompassen/core/question-texts";`),
  );
  add(
    "reactComponents",
    "`@kommunkompassen/react`",
    "every component, the core included, React excluded",
    await bundle(
      `export { RadarProfile, AreaBarChart, SubQuestionTable, DeltaTable, DeltaBadge, EvaluationReport } from "@kommunkompassen/react";`,
      REACT,
    ),
    { bytes: 25 * 1024, label: "25 KiB" },
  );
  const reactAll = await bundle(`export * from "@kommunkompassen/react";`, REACT);
  add(
    "reactAll",
    "`@kommunkompassen/react`",
    "everything it exports (the whole core re-exported), React excluded",
    reactAll,
    { bytes: 27 * 1024, label: "27 KiB" },
  );
  add(
    "embedJs",
    "`@kommunkompassen/embed` kommunkompass.js",
    "the element and its default view (radar) with the components it draws and Preact (the built file as it is)",
    file(`${EMBED}kommunkompass.js`),
    { bytes: 35_000, label: "35 kB" },
  );
  for (const [name, what] of [
    ["report", '`view="report"`'],
    ["national", '`view="position"` and `view="overview"`'],
    ["summary", '`view="summary"`'],
    ["bars", '`view="bars"`'],
  ] as const)
    add(
      `embed-${name}`,
      `\`@kommunkompassen/embed\` kommunkompass-${name}.js`,
      `${what}, loaded on demand: the module (one file; what it takes from kommunkompass.js, which the page has, not counted)`,
      onDemand(`kommunkompass-${name}.js`),
    );
  add(
    "embedClassic",
    "`@kommunkompassen/embed` kommunkompass.classic.js",
    "the same as a classic script",
    file(`${EMBED}kommunkompass.classic.js`),
  );
  const css = readFileSync(`${EMBED}kommunkompass.css`, "utf8");
  const cssMin = (
    await build({ stdin: { contents: css, loader: "css" }, minify: true, write: false, logLevel: "error" })
  ).outputFiles[0]!.contents;
  add(
    "embedCss",
    "`@kommunkompassen/embed` kommunkompass.css",
    "the built file as it is (minified)",
    file(`${EMBED}kommunkompass.css`),
    { bytes: 5_000, label: "5 kB" },
  );
  add(
    "embedCssMin",
    "`@kommunkompassen/embed` kommunkompass.css, minified",
    "minified by esbuild (what a site's pipeline could serve)",
    { min: cssMin.length, gzip: gz(cssMin) },
  );

  // The radar + grouped bar view, three ways; React excluded, then with React DOM included.
  const peers: Record<string, { label: string; excluded: Size; included: Size; packages: Record<string, number> }> = {};
  for (const [id, label, component] of [
    ["ours", "ours: `RadarProfile` + `AreaBarChart`", "OursView"],
    ["nivo", "Nivo: `Radar` + `Bar`", "NivoView"],
    ["recharts", "Recharts: `RadarChart` + `BarChart`", "RechartsView"],
  ] as const) {
    const excluded = await bundle(`export { ${component} } from "./peers/${id}";`, REACT);
    const included = await bundle(`export { mount } from "./peers/mount-${id}";`);
    peers[id] = { label, excluded, included, packages: byPackage(excluded.meta) };
  }
  const reactDomAlone = await bundle(reactDom);

  // What the core and the React package are made of.
  const core = rows.find((r) => r.id === "core")!;
  const coreNoSchema = await bundle(`export * from "@kommunkompassen/core";`, [], [stubSchema]);
  const visxShape = await bundle(`export { LinePath, Bar } from "@visx/shape";`, REACT);
  const visxScale = await bundle(`export { scaleLinear, scaleBand } from "@visx/scale";`, REACT);
  const reactComponents = rows.find((r) => r.id === "reactComponents")!;
  const breakdown = {
    schemaCopy: { gzip: core.gzip - coreNoSchema.gzip, min: core.min - coreNoSchema.min },
    visxShape: { min: visxShape.min, gzip: visxShape.gzip },
    visxScale: { min: visxScale.min, gzip: visxScale.gzip },
    componentsByDifference: {
      gzip: reactComponents.gzip - core.gzip - visxShape.gzip,
      min: reactComponents.min - core.min - visxShape.min,
    },
    reactAllPackages: byPackage(reactAll.meta),
  };
  // Tree-shaking: one or two components alone, as built and with forwardRef marked pure.
  const treeShaking = [];
  for (const names of [
    ["DeltaBadge"],
    ["SubQuestionTable"],
    ["RadarProfile"],
    ["RadarProfile", "AreaBarChart"],
    ["EvaluationReport"],
  ]) {
    const entry = `export { ${names.join(", ")} } from "@kommunkompassen/react";`;
    const asBuilt = await bundle(entry, REACT);
    const pure = await bundle(entry, REACT, [pureForwardRef]);
    treeShaking.push({
      names,
      asBuilt: { min: asBuilt.min, gzip: asBuilt.gzip },
      pure: { min: pure.min, gzip: pure.gzip },
    });
  }
  return {
    treeShaking,
    rows,
    peers: Object.fromEntries(
      Object.entries(peers).map(([k, v]) => [
        k,
        {
          label: v.label,
          excluded: { min: v.excluded.min, gzip: v.excluded.gzip },
          included: { min: v.included.min, gzip: v.included.gzip },
          packages: v.packages,
        },
      ]),
    ),
    reactDom: { min: reactDomAlone.min, gzip: reactDomAlone.gzip },
    breakdown,
  };
}

export type SizeResult = Awaited<ReturnType<typeof runSize>>;

if (process.argv[1]?.endsWith("size.js")) {
  log("sizes: esbuild minify + gzip -9");
  emit(await runSize());
}
