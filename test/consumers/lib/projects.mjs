// The consumer projects: each is a template folder beside this one, copied into a temporary folder
// outside the workspace, with its `@kommunkompassen/*` dependencies pointed at the packed tarballs
// and the published reports it reads copied in.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { WORKSPACE } from "./process.mjs";

const TEMPLATES = join(WORKSPACE, "test/consumers");
const FIXTURES = join(WORKSPACE, "test/fixtures");

/** The published reports, under the names the consumers read them by. */
const AVESTA = { "avesta.json": "avesta-2014.json", "avesta-2014.txt": "reports/avesta-2014.txt" };
const NEXT_DATA = {
  "data/avesta.json": "avesta-2014.json",
  "data/vasteras-2012.json": "vasteras-2012.json",
  "data/vasteras-2014.json": "vasteras-2014.json",
};

/**
 * Every consumer project: its template folder, files shared with other templates, and fixtures
 * (destination in the project → file under test/fixtures).
 */
export const PROJECTS = [
  { name: "core", fixtures: AVESTA },
  { name: "typescript", fixtures: AVESTA },
  { name: "react18", shared: { "ssr.mjs": "ssr/ssr.mjs" }, fixtures: AVESTA },
  { name: "react19", shared: { "ssr.mjs": "ssr/ssr.mjs" }, fixtures: AVESTA },
  { name: "cli", fixtures: AVESTA },
  { name: "next", fixtures: NEXT_DATA },
];

/**
 * A template's package.json with each `"packed"` dependency replaced by its tarball, and every
 * packed package overridden by its tarball, so that the packages' dependencies on each other come
 * from the tarballs too (they are not on the registry). A template lists only what its own code
 * imports: a dependency missing from a package's manifest is then missing in the project as well.
 */
function packedManifest(name, tarballs) {
  const manifest = JSON.parse(readFileSync(join(TEMPLATES, name, "package.json"), "utf8"));
  for (const field of ["dependencies", "devDependencies"]) {
    for (const [dep, spec] of Object.entries(manifest[field] ?? {})) {
      if (spec !== "packed") continue;
      const tarball = tarballs.get(dep);
      if (!tarball) throw new Error(`test/consumers/${name}/package.json: ${dep} is not one of the packed packages`);
      manifest[field][dep] = `file:${tarball}`;
    }
  }
  manifest.overrides = Object.fromEntries([...tarballs].map(([dep, tarball]) => [dep, `file:${tarball}`]));
  return manifest;
}

/** Copies a file into the project, making its folder. */
function copyInto(dir, destination, source) {
  mkdirSync(dirname(join(dir, destination)), { recursive: true });
  cpSync(source, join(dir, destination));
}

/** Creates one consumer project under `root`; returns its folder. */
export function createProject(root, project, tarballs) {
  const dir = join(root, project.name);
  cpSync(join(TEMPLATES, project.name), dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(packedManifest(project.name, tarballs), null, 2)}\n`);
  for (const [destination, source] of Object.entries(project.shared ?? {}))
    copyInto(dir, destination, join(TEMPLATES, source));
  for (const [destination, source] of Object.entries(project.fixtures ?? {}))
    copyInto(dir, destination, join(FIXTURES, source));
  return dir;
}
