import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "src");

/**
 * The entries that other entries import as separate files instead of bundling a copy: the client
 * boundary (`client.ts`, which must stay its own module so that its `"use client"` directive marks
 * it for React Server Components) and the main entry, which the server entry renders.
 */
const SHARED_ENTRIES: Record<string, string> = {
  [resolve(src, "client.ts")]: "client",
  [resolve(src, "index.ts")]: "index",
};

function sharedEntries(extension: string): NonNullable<Options["esbuildPlugins"]>[number] {
  return {
    name: "shared-entries",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\/(\.\.\/)?(client|index)$/ }, (args) => {
        const target = SHARED_ENTRIES[resolve(args.resolveDir, `${args.path}.ts`)];
        // Only imports from another entry's module tree become external; the entry itself is built.
        if (!target || args.kind === "entry-point") return undefined;
        return { path: `./${target}${extension}`, external: true };
      });
    },
  };
}

/**
 * Puts the `"use client"` directive back at the top of the built client boundary: bundlers drop
 * module-level directives, and React Server Components need it to treat the file as client code.
 */
function markClient(file: string): () => Promise<void> {
  return async () => {
    const path = resolve(src, "../dist", file);
    const code = readFileSync(path, "utf8");
    if (!code.startsWith('"use client"')) writeFileSync(path, `"use client";\n${code}`);
  };
}

const common: Options = {
  entry: { index: "src/index.ts", client: "src/client.ts", server: "src/server/index.ts" },
  dts: true,
  sourcemap: true,
  target: "es2020",
  treeshake: true,
  // The stylesheet is built into the server entry as text (reportStylesheet).
  loader: { ".css": "text" },
  // The core is a dependency, not bundled: apps that use both get one copy.
  external: ["react", "react/jsx-runtime", "react-dom", "react-dom/server", "@kommunkompassen/core", "@visx/shape"],
};

export default defineConfig([
  { ...common, format: "esm", esbuildPlugins: [sharedEntries(".js")], onSuccess: markClient("client.js") },
  { ...common, format: "cjs", esbuildPlugins: [sharedEntries(".cjs")], onSuccess: markClient("client.cjs") },
]);
