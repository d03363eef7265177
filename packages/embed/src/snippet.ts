/**
 * The snippet a web editor pastes to show `<kommunkompass-profil>`: the one writer of it, used by
 * the demo's configurator (built to `/embed/snippet.js` by the demo's build) and by the import
 * studio (bundled). Plain string work, no DOM: it runs anywhere.
 */
import type { AttributeName } from "./attributes";
import { modulesOf, onDemandFile } from "./on-demand";

/** One attribute of the element, as it is to be written; an empty value writes the name alone (`shadow`). */
export type SnippetAttribute = readonly [name: AttributeName, value: string];

/** Options of {@link embedSnippet}. */
export interface SnippetOptions {
  /** The folder of the embed's files on the website, with a trailing slash; `/kommunkompassen/` by default. */
  base?: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" };

/** A value for a double-quoted attribute. */
const attributeValue = (value: string) => value.replace(/[&"<>]/g, (c) => ESCAPES[c]!);

/**
 * The snippet: the data preloaded (the `src` evaluation and the `collection`, each fetched once
 * before the script runs), every module the element will import preloaded (its view's, the English
 * texts for `lang="en"`, the definition files' check for `frameworks`: the element's own choice,
 * {@link modulesOf}), the stylesheet, the element's script, an empty line, and the element with its
 * attributes in the order given. URLs are written as given: pass them as they will be on the website.
 */
export function embedSnippet(attributes: readonly SnippetAttribute[], options: SnippetOptions = {}): string {
  const base = options.base ?? "/kommunkompassen/";
  const data = attributes.filter(([name]) => name === "src" || name === "collection").map(([, value]) => value);
  const value = (wanted: AttributeName) => attributes.find(([name]) => name === wanted)?.[1];
  const modules = modulesOf(
    value("view") ?? null,
    value("lang")?.startsWith("en") ? "en" : "sv",
    value("frameworks") !== undefined,
  );
  const written = attributes.map(([name, value]) => (value === "" ? name : `${name}="${attributeValue(value)}"`));
  return [
    ...data.map((url) => `<link rel="preload" href="${attributeValue(url)}" as="fetch" crossorigin>`),
    ...modules.map((name) => `<link rel="modulepreload" href="${base}${onDemandFile(name)}">`),
    `<link rel="stylesheet" href="${base}kommunkompass.css">`,
    `<script type="module" src="${base}kommunkompass.js"></script>`,
    "",
    `<kommunkompass-profil${written.map((w) => ` ${w}`).join("")}></kommunkompass-profil>`,
  ].join("\n");
}
