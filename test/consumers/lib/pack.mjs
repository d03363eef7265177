// The packages as a registry would serve them: built if their dist is missing or older than their
// sources, then packed with `pnpm pack` (which rewrites `workspace:^` to the real version range).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { WORKSPACE, run, tail } from "./process.mjs";

/** Every published package, in build order (each after the packages it depends on). */
export const PACKAGES = ["core", "import", "react", "embed", "cli"];

/** The newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Whether a package's dist is missing or older than its sources or its package.json. */
function stale(name) {
  const dir = join(WORKSPACE, "packages", name);
  const built = newest(join(dir, "dist"));
  if (built === 0) return true;
  const sources = Math.max(newest(join(dir, "src")), statSync(join(dir, "package.json")).mtimeMs);
  return sources > built;
}

/**
 * Builds the packages whose dist is missing or stale (all of them with `force`), in build order;
 * a package is rebuilt too when one it depends on was. Throws with the build's output on failure.
 */
export async function ensureBuilt({ force = false, log }) {
  let rebuilt = false;
  for (const name of PACKAGES) {
    if (!force && !rebuilt && !stale(name)) continue;
    log(`building @kommunkompassen/${name}`);
    const result = await run("pnpm", ["--filter", `@kommunkompassen/${name}`, "build"], {
      cwd: WORKSPACE,
      env: process.env,
    });
    if (result.code !== 0) throw new Error(`building @kommunkompassen/${name} failed:\n${tail(result.output)}`);
    rebuilt = true;
  }
}

/** Every file path named by a manifest's exports, bin, main, module and types fields (wildcards left out). */
function namedFiles(manifest) {
  const files = [];
  const collect = (target) => {
    if (typeof target === "string") files.push(target);
    else if (target && typeof target === "object") Object.values(target).forEach(collect);
  };
  collect([manifest.exports, manifest.bin, manifest.main, manifest.module, manifest.types]);
  return [...new Set(files.filter((f) => !f.includes("*")).map((f) => f.replace(/^\.\//, "")))];
}

/**
 * Throws unless the tarball holds every file its package.json names (a file left out of `files`,
 * or a dist folder that was being rebuilt while it was packed).
 */
export async function checkTarball(name, tarball) {
  const listing = await run("tar", ["-xzOf", tarball, "package/package.json"], { env: process.env });
  const contents = await run("tar", ["-tzf", tarball], { env: process.env });
  if (listing.code !== 0 || contents.code !== 0) throw new Error(`${tarball} cannot be read:\n${listing.output}`);
  const present = new Set(contents.output.split("\n").map((line) => line.replace(/^package\//, "")));
  const missing = namedFiles(JSON.parse(listing.output)).filter((file) => !present.has(file));
  if (missing.length > 0)
    throw new Error(
      `the tarball of ${name} lacks files its package.json names: ${missing.join(", ")} ` +
        "(left out of `files`, or its dist was being rebuilt while it was packed)",
    );
}

/** Packs every package into `dir`; resolves with a map from package name to its tarball's path. */
export async function packAll(dir) {
  const packed = await Promise.all(
    PACKAGES.map(async (name) => {
      const result = await run("pnpm", ["pack", "--pack-destination", dir], {
        cwd: join(WORKSPACE, "packages", name),
        env: process.env,
      });
      if (result.code !== 0) throw new Error(`pnpm pack of @kommunkompassen/${name} failed:\n${tail(result.output)}`);
      const tarball = readdirSync(dir).find((file) => file.startsWith(`kommunkompassen-${name}-`));
      if (!tarball) throw new Error(`pnpm pack of @kommunkompassen/${name} wrote no tarball:\n${tail(result.output)}`);
      await checkTarball(`@kommunkompassen/${name}`, join(dir, tarball));
      return [`@kommunkompassen/${name}`, join(dir, tarball)];
    }),
  );
  return new Map(packed);
}
