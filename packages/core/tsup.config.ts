import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

/** Annotation keywords that help editors but that the validator never reads. */
const EDITOR_ONLY = new Set(["description", "examples", "title"]);

function stripAnnotations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripAnnotations);
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // A property may itself be called "title" (its value is then a schema object), so only
    // string and array annotations are dropped.
    if (EDITOR_ONLY.has(key) && (typeof value === "string" || Array.isArray(value))) continue;
    out[key] = stripAnnotations(value);
  }
  return out;
}

/** What a framework definition file carries for readers that the bundled built-in models leave out. */
const DEFINITION_ONLY = new Set(["$schema", "notes", "sources"]);

function stripDefinition(definition: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(definition).filter(([key]) => !DEFINITION_ONLY.has(key)));
}

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "question-texts": "src/question-texts.ts",
    messages: "src/messages/index.ts",
    municipalities: "src/municipalities/index.ts",
    downloads: "src/downloads/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2020",
  treeshake: true,
  esbuildPlugins: [
    {
      // The published evaluation.schema.json keeps its descriptions for editors; the copy bundled
      // into the validator drops them, which keeps the core within its 10 KB gzip budget.
      name: "strip-schema-annotations",
      setup(build) {
        build.onLoad({ filter: /(evaluation|framework|collection)\.schema\.json$/ }, (args) => ({
          contents: JSON.stringify(stripAnnotations(JSON.parse(readFileSync(args.path, "utf8")))),
          loader: "json",
        }));
        // The built-in definitions keep their notes and sources in frameworks/*.json, which are
        // shipped; the copies bundled into the library carry only what the code reads.
        build.onLoad({ filter: /[\\/]frameworks[\\/][^\\/]+\.json$/ }, (args) => ({
          contents: JSON.stringify(
            stripDefinition(JSON.parse(readFileSync(args.path, "utf8")) as Record<string, unknown>),
          ),
          loader: "json",
        }));
      },
    },
  ],
});
