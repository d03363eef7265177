// "What if" patches, applied in memory to the built packages by esbuild plugins (nothing on disk
// changes): they measure what the fixes proposed in docs/benchmarks.md would give. Each patch
// replaces an exact piece of the built code and fails loudly when that code is no longer there.
import type { Plugin } from "esbuild";
import { readFileSync } from "node:fs";

export type PatchName = "memoResolve" | "memoValidate" | "noIntl";

/** Patches whose code was not found: the fix is in the build already, or the code moved. */
export const notApplied = new Set<string>();

function replaceExactly(text: string, from: string, to: string, what: string): string {
  if (!text.includes(from)) {
    // The fix landed (or the code changed): measure the build as it is, and say so in the report.
    if (!notApplied.has(what))
      console.warn(`patch ${what}: the expected code is not in the build; measuring it unpatched`);
    notApplied.add(what);
    return text;
  }
  return text.replace(from, to);
}

const CORE = {
  memoResolve: (text: string) =>
    replaceExactly(
      text,
      "function resolve(node) {\n  let current = node;",
      "var resolvedNodes = /* @__PURE__ */ new WeakMap();\nfunction resolve(node) {\n  let resolved = resolvedNodes.get(node);\n  if (!resolved) {\n    resolved = resolveOnce(node);\n    resolvedNodes.set(node, resolved);\n  }\n  return resolved;\n}\nfunction resolveOnce(node) {\n  let current = node;",
      "memoResolve",
    ),
  memoValidate: (text: string) =>
    replaceExactly(
      text,
      "function validateEvaluation(input, options = {}) {",
      'var validated = /* @__PURE__ */ new WeakMap();\nfunction validateEvaluation(input, options = {}) {\n  const plain = Object.entries(options).every(([key, value]) => value === undefined || (key === "frameworks" && Array.isArray(value) && value.length === 0));\n  if (typeof input !== "object" || input === null || !plain) return validateEvaluationOnce(input, options);\n  let result = validated.get(input);\n  if (!result) {\n    result = validateEvaluationOnce(input, options);\n    validated.set(input, result);\n  }\n  return result;\n}\nfunction validateEvaluationOnce(input, options = {}) {',
      "memoValidate",
    ),
};

/** Hand-written number formatting for the charts' numbers instead of Intl.NumberFormat. */
const NO_INTL = `{ format: (value) => {
    const factor = 10 ** maximumFractionDigits;
    const rounded = Math.round(Math.abs(value) * factor) / factor;
    const [whole, fraction] = String(rounded).split(".");
    const grouped = whole.replace(/\\B(?=(\\d{3})+(?!\\d))/g, lang === "sv" ? "\\u00a0" : ",");
    return (value < 0 && rounded !== 0 ? "\\u2212" : "") + grouped + (fraction ? (lang === "sv" ? "," : ".") + fraction : "");
  } }`;

export function patches(names: readonly PatchName[]): Plugin[] {
  const plugins: Plugin[] = [];
  const core = names.filter((n): n is "memoResolve" | "memoValidate" => n in CORE);
  if (core.length > 0)
    plugins.push({
      name: "core-patches",
      setup(b) {
        b.onLoad({ filter: /packages[\\/]core[\\/]dist[\\/]index\.js$/ }, (args) => ({
          contents: core.reduce((text, name) => CORE[name](text), readFileSync(args.path, "utf8")),
          loader: "js",
        }));
      },
    });
  if (names.includes("noIntl"))
    plugins.push({
      name: "no-intl",
      setup(b) {
        b.onLoad({ filter: /packages[\\/]react[\\/]dist[\\/]index\.js$/ }, (args) => ({
          contents: replaceExactly(
            readFileSync(args.path, "utf8"),
            "new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits, useGrouping: true })",
            NO_INTL,
            "noIntl",
          ),
          loader: "js",
        }));
      },
    });
  return plugins;
}
