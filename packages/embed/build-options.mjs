// The esbuild options of the embed, shared by build.mjs and the benchmark (packages/bench), which
// rebuilds the embed with in-memory patches and must measure exactly what build.mjs builds.

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
      // The components from their sources (the internal entry has the building blocks the embed
      // shares with them, which the package does not publish); the built core, whose bundled
      // schema is already stripped of its editor-only descriptions (pnpm builds it first).
      "@kommunkompassen/react/internal": `${embedDir}../react/src/internal.ts`,
      "@kommunkompassen/core/messages": `${embedDir}../core/dist/messages.js`,
      "@kommunkompassen/core/municipalities": `${embedDir}../core/dist/municipalities.js`,
      "@kommunkompassen/core": `${embedDir}../core/dist/index.js`,
    },
    plugins: [embedIssueText(embedDir)],
    define: { "process.env.NODE_ENV": '"production"' },
    // Code outside this package (../react/dist) finds Preact here.
    nodePaths: [`${embedDir}node_modules`],
    logLevel: "warning",
  };
}
