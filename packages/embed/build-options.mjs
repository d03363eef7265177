// The esbuild options of the embed, shared by build.mjs and the benchmark (packages/bench), which
// rebuilds the embed with in-memory patches and must measure exactly what build.mjs builds.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { builtInFrameworks, collectionSchema, evaluationSchema, frameworkSchema } from "../core/dist/index.js";

/**
 * The components word validation issues through `react/src/i18n/issue-text.ts`; the embed puts its
 * own `src/issue-text.ts` there (see that file for why).
 * @param {string} embedDir this package's directory, with a trailing slash
 * @returns {import("esbuild").Plugin}
 */
function embedIssueText(embedDir) {
  return {
    name: "embed-issue-text",
    setup(build) {
      build.onResolve({ filter: /\/i18n\/issue-text$/ }, (args) =>
        args.importer.includes("/react/src/") ? { path: `${embedDir}src/issue-text.ts` } : undefined,
      );
    },
  };
}

/**
 * The barrels of the core and the components (`export { a, b } from "./file"`) read as
 * `export * from "./file"`, which exports the same names. esbuild splits code between the element's
 * script and the modules loaded on demand file by file, and a file named in a barrel's
 * `export { … } from` belongs to every output that imports the barrel, even when none of its
 * names is used there; a file behind `export *` belongs only to the outputs that use it.
 * @param {string} embedDir
 * @returns {import("esbuild").Plugin}
 */
function starBarrels(embedDir) {
  const barrels = ["core/src/index.ts", "core/src/frameworks/index.ts", "core/src/messages/index.ts"]
    .concat(["react/src/index.ts", "react/src/internal.ts", "react/src/client.ts"])
    .map((file) => resolve(embedDir, "..", file));
  return {
    name: "embed-star-barrels",
    setup(build) {
      build.onLoad({ filter: /[\\/](index|internal|client)\.ts$/ }, (args) => {
        if (!barrels.includes(args.path)) return undefined;
        const source = readFileSync(args.path, "utf8");
        const contents = source.replace(/export\s+(type\s+)?\{[^}]*\}\s*from\s*("[^"]+");/g, (_, type, from) =>
          type ? "" : `export * from ${from};`,
        );
        return { contents, loader: "ts" };
      });
    },
  };
}

/**
 * The national views' texts (react's `i18n/national-messages.ts`, which carries the page texts),
 * split from the element's script: react's `i18n/messages.ts` re-exports them with `export *`, which
 * in this build would tie them to every output that imports `i18n/messages.ts` (all of them). Here
 * it does not re-export them; the components that use them import both files instead.
 * @param {string} embedDir
 * @returns {import("esbuild").Plugin}
 */
function nationalMessages(embedDir) {
  const i18n = resolve(embedDir, "../react/src/i18n");
  const star = 'export * from "./national-messages";';
  return {
    name: "embed-national-messages",
    setup(build) {
      build.onResolve({ filter: /\/i18n\/messages$/ }, ({ importer }) =>
        importer.startsWith(resolve(embedDir, "../react/src")) &&
        readFileSync(importer, "utf8").includes("resolveNationalMessages")
          ? { path: "national-messages", namespace: "embed-national-messages" }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: "embed-national-messages" }, () => ({
        contents: `export * from "./messages";\nexport * from "./national-messages";\n`,
        loader: "ts",
        resolveDir: i18n,
      }));
      build.onLoad({ filter: /[\\/]i18n[\\/]messages\.ts$/ }, ({ path }) => {
        const source = readFileSync(path, "utf8");
        if (!source.includes(star))
          throw new Error(`${path}: no longer re-exports ./national-messages (see build-options.mjs)`);
        return { contents: source.replace(star, ""), loader: "ts" };
      });
    },
  };
}

/**
 * The chart frame's own download menu (react's `ChartFigure` imports `./ChartDownloads`) replaced by
 * `src/no-chart-menu.ts`, and the tables' (react's client boundary exports them from
 * `./components/TableDownloads`) by `src/no-table-menu.ts`, which draw none: the element draws one menu for its view, from a module
 * loaded on demand (src/on-demand/downloads.tsx), so none of the menu's code is in its script.
 * @param {string} embedDir
 * @returns {import("esbuild").Plugin}
 */
function noChartMenu(embedDir) {
  return {
    name: "embed-no-chart-menu",
    setup(build) {
      build.onResolve({ filter: /^\.\/ChartDownloads$/ }, (args) =>
        /[\\/]react[\\/]src[\\/]components[\\/]ChartFigure\.tsx$/.test(args.importer)
          ? { path: `${embedDir}src/no-chart-menu.ts` }
          : undefined,
      );
      // The tables' menus likewise (react's client boundary exports them from components/TableDownloads).
      build.onResolve({ filter: /^\.\/components\/TableDownloads$/ }, (args) =>
        /[\\/]react[\\/]src[\\/]client\.ts$/.test(args.importer)
          ? { path: `${embedDir}src/no-table-menu.ts` }
          : undefined,
      );
    },
  };
}

/**
 * d3-path's place taken by `src/d3-path.ts`, the part of it the charts use (see that file).
 * @param {string} embedDir
 * @returns {import("esbuild").Plugin}
 */
function smallerD3Path(embedDir) {
  return {
    name: "embed-d3-path",
    setup(build) {
      build.onResolve({ filter: /^d3-path$/ }, () => ({ path: resolve(embedDir, "src/d3-path.ts") }));
    },
  };
}

/**
 * classnames' place taken by `src/classnames.ts`, and @visx/shape's tables of stack orders and
 * offsets by `src/no-stacks.ts`, which throws when a stack is asked for (see those files).
 * @param {string} embedDir
 * @returns {import("esbuild").Plugin}
 */
function smallerVisx(embedDir) {
  return {
    name: "embed-smaller-visx",
    setup(build) {
      build.onResolve({ filter: /^classnames$/ }, () => ({ path: resolve(embedDir, "src/classnames.ts") }));
      build.onResolve({ filter: /^\.\.?\/(util\/)?stack(Order|Offset)(\.js)?$/ }, ({ importer }) =>
        /[\\/]@visx[\\/]shape[\\/]/.test(importer) ? { path: resolve(embedDir, "src/no-stacks.ts") } : undefined,
      );
    },
  };
}

/** The virtual module of the components' English texts (src/on-demand/en.ts imports it). */
export const ENGLISH_MODULE = "virtual:kk-component-messages-en";
/** The virtual module of the report page's Swedish texts (src/on-demand/report.tsx imports it). */
export const SWEDISH_REPORT_MODULE = "virtual:kk-component-messages-sv-report";

/** The blocks of the core's `messages/components.ts` taken out of the element's script, by name. */
const BLOCKS = {
  en: { module: ENGLISH_MODULE, opening: "const en: ComponentMessages = {", closing: "};" },
  svReport: {
    module: SWEDISH_REPORT_MODULE,
    opening: "const svReport = {",
    closing: "} satisfies Partial<ComponentMessages>;",
  },
};

/**
 * Texts out of the element's script: the core's `messages/components.ts` is read with its English
 * block (`const en: ComponentMessages = { … };`) and its block of the report page's Swedish texts
 * (`const svReport = { … }`) empty, and each block is a module of its own instead:
 * {@link ENGLISH_MODULE}, which `src/on-demand/en.ts` (kommunkompass-en.js) brings, loaded for an
 * element in English before it renders, and {@link SWEDISH_REPORT_MODULE}, which the report view
 * (kommunkompass-report.js) brings. Each puts its texts into the catalogue it shares with the
 * element's script when it loads.
 * @param {string} embedDir
 * @returns {import("esbuild").Plugin}
 */
function textsOnDemand(embedDir) {
  const file = resolve(embedDir, "../core/src/messages/components.ts");
  const split = () => {
    let rest = readFileSync(file, "utf8");
    const imports = rest.match(/^import [^;]*;$/gm) ?? [];
    /** @type {Record<string, string>} */
    const modules = {};
    for (const [name, { module, opening, closing }] of Object.entries(BLOCKS)) {
      const start = rest.indexOf(`\n${opening}\n`);
      const end = start < 0 ? -1 : rest.indexOf(`\n${closing}\n`, start);
      if (end < 0) throw new Error(`${file}: no "${opening} … ${closing}" block (see build-options.mjs)`);
      const block = rest.slice(start, end + closing.length + 2);
      rest = `${rest.slice(0, start)}\nconst ${name} = {} as ComponentMessages;${rest.slice(end + closing.length + 1)}`;
      modules[module] = [
        ...imports,
        'import type { ComponentMessages } from "./components";',
        block,
        `export { ${name} };`,
      ].join("\n");
    }
    return { script: rest, modules };
  };
  return {
    name: "embed-texts-on-demand",
    setup(build) {
      build.onResolve({ filter: /^virtual:kk-component-messages-/ }, ({ path }) => ({
        path,
        namespace: "embed-texts",
      }));
      build.onLoad({ filter: /.*/, namespace: "embed-texts" }, ({ path }) => {
        const contents = split().modules[path];
        if (contents === undefined) throw new Error(`${path}: no such block (see build-options.mjs)`);
        return { contents, loader: "ts", resolveDir: resolve(file, "..") };
      });
      build.onLoad({ filter: /[\\/]messages[\\/]components\.ts$/ }, ({ path }) =>
        path === file ? { contents: split().script, loader: "ts" } : undefined,
      );
    },
  };
}

/**
 * The core from its sources (so that each of its files is split on its own, see
 * {@link starBarrels}), with the JSON it bundles as the built core bundles it: the schemas without
 * their editor-only annotations and the built-in definitions without their notes and sources
 * (packages/core/tsup.config.ts strips them; they are taken from the built core, which pnpm builds first).
 * @returns {import("esbuild").Plugin}
 */
function builtCoreJson() {
  const schemas = { evaluation: evaluationSchema, framework: frameworkSchema, collection: collectionSchema };
  return {
    name: "embed-built-core-json",
    setup(build) {
      build.onLoad(
        { filter: /[\\/]core[\\/](frameworks[\\/][^\\/]+|(evaluation|framework|collection)\.schema)\.json$/ },
        (args) => {
          const schema = /(\w+)\.schema\.json$/.exec(args.path)?.[1];
          const data = schema ? schemas[schema] : builtInFrameworks[JSON.parse(readFileSync(args.path, "utf8")).id];
          if (!data) throw new Error(`${args.path}: not in the built core`);
          return { contents: JSON.stringify(data), loader: "json" };
        },
      );
    },
  };
}

/**
 * The options both of the embed's builds share: the same components as @kommunkompassen/react,
 * rendered by Preact (aliased for React), minified.
 * @param {string} embedDir this package's directory, with a trailing slash
 * @returns {import("esbuild").BuildOptions}
 */
export function embedBuildOptions(embedDir) {
  return {
    entryPoints: [`${embedDir}src/index.ts`],
    bundle: true,
    minify: true,
    // ES2022 for native class fields and private names, which minify to short names.
    target: "es2022",
    legalComments: "none",
    jsx: "automatic",
    jsxImportSource: "preact",
    alias: {
      react: "preact/compat",
      "react-dom": "preact/compat",
      "react/jsx-runtime": "preact/jsx-runtime",
      // The components and the core from their sources (the internal entry has the building blocks
      // the embed shares with the components, which the package does not publish).
      "@kommunkompassen/react/internal": `${embedDir}../react/src/internal.ts`,
      "@kommunkompassen/core/messages": `${embedDir}../core/src/messages/index.ts`,
      "@kommunkompassen/core/municipalities": `${embedDir}../core/src/municipalities/index.ts`,
      "@kommunkompassen/core/downloads": `${embedDir}../core/src/downloads/index.ts`,
      "@kommunkompassen/core/question-texts": `${embedDir}../core/src/question-texts.ts`,
      "@kommunkompassen/core": `${embedDir}../core/src/index.ts`,
    },
    plugins: [
      embedIssueText(embedDir),
      starBarrels(embedDir),
      nationalMessages(embedDir),
      textsOnDemand(embedDir),
      smallerD3Path(embedDir),
      smallerVisx(embedDir),
      noChartMenu(embedDir),
      builtCoreJson(),
    ],
    define: { "process.env.NODE_ENV": '"production"' },
    // Code outside this package (../react/dist) finds Preact here.
    nodePaths: [`${embedDir}node_modules`],
    logLevel: "warning",
  };
}
