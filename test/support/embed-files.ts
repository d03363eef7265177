/**
 * The embed's built files as a test server serves them: every script and the stylesheet of
 * packages/embed/dist (the element's scripts, the modules it loads on demand, their shared chunks),
 * each at `prefix` + its name, as a website hosts the folder.
 */
import { readdirSync, readFileSync } from "node:fs";
import { repoRoot } from "./fixtures";
import { file, type Route } from "./server";

/** The embed's dist folder. */
export const embedDist = `${repoRoot}packages/embed/dist/`;

/** The routes of every .js and .css file of the embed's dist folder, under `prefix` ("/" by default). */
export function embedRoutes(prefix = "/"): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (const name of readdirSync(embedDist))
    if (/\.(js|css)$/.test(name))
      routes[`${prefix}${name}`] = file(`${embedDist}${name}`, name.endsWith(".css") ? "text/css" : "text/javascript");
  return routes;
}

/**
 * The files a module of the embed loaded on demand brings (`kommunkompass-report.js`): itself and the
 * shared chunks it imports, read from the built files' import statements; not kommunkompass.js,
 * which the page has already.
 */
export function embedModuleFiles(name: string): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || file === "kommunkompass.js") return;
    files.add(file);
    for (const [, next] of readFileSync(`${embedDist}${file}`, "utf8").matchAll(/from\s*"\.\/([\w.-]+\.js)"/g))
      visit(next!);
  };
  visit(name);
  return [...files].sort();
}
