#!/usr/bin/env node
// Consumer tests: packs every published package, installs the tarballs with npm into fresh projects
// outside the workspace, and checks them as their users would use them (see README.md).
//
//   node test/consumers/run.mjs [--cold] [--cache DIR] [--keep] [--build | --skip-build] [--only NAME,NAME]
//
//   --cold        npm uses an empty cache in the temporary folder (a fresh machine)
//   --cache DIR   npm uses this cache folder
//   --keep        keep the temporary folder (it is printed) instead of removing it
//   --build       build every package first, even when its dist looks up to date
//   --skip-build  pack the dist folders as they are (by default a missing or stale one is built)
//   --only        only these projects: core, typescript, react18, react19, cli, next
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CHECKS } from "./lib/checks.mjs";
import { ensureBuilt, packAll } from "./lib/pack.mjs";
import { limiter, run, tail } from "./lib/process.mjs";
import { PROJECTS, createProject } from "./lib/projects.mjs";

const started = Date.now();
const seconds = (from = started) => ((Date.now() - from) / 1000).toFixed(1);
const log = (line) => console.log(`[${seconds().padStart(6)} s] ${line}`);

const { values: options } = parseArgs({
  options: {
    cold: { type: "boolean", default: false },
    cache: { type: "string" },
    keep: { type: "boolean", default: false },
    build: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    only: { type: "string" },
  },
});

/** The projects asked for (all by default); an unknown name is an error. */
function selectedProjects() {
  if (!options.only) return PROJECTS;
  const names = options.only.split(",").map((n) => n.trim());
  const unknown = names.filter((n) => !PROJECTS.some((p) => p.name === n));
  if (unknown.length > 0)
    throw new Error(`--only: unknown project ${unknown.join(", ")}; known: ${PROJECTS.map((p) => p.name).join(", ")}`);
  return PROJECTS.filter((p) => names.includes(p.name));
}

/** `npm install` in a project; the cache as asked. Resolves with the result. */
async function install(dir, name, cache) {
  const args = ["install", "--no-audit", "--no-fund", "--no-update-notifier", "--loglevel=error"];
  if (cache) args.push("--cache", cache);
  const from = Date.now();
  log(`${name}: npm install …`);
  const result = await run("npm", args, { cwd: dir, timeoutMs: 480_000 });
  log(`${name}: npm install ${result.code === 0 ? "done" : `FAILED (exit ${result.code})`} in ${seconds(from)} s`);
  return result;
}

/** Checks not run because an earlier step of their project failed. */
const notRun = [];

/**
 * Installs one project and runs its checks in order, the heavy steps through `cpu`; a check marked
 * `afterEarlier` (it needs what an earlier one made) is not run once an earlier one failed.
 */
async function runProject(root, project, tarballs, cache, cpu, results) {
  const dir = createProject(root, project, tarballs);
  const installed = await install(dir, project.name, cache);
  if (installed.code !== 0) {
    results.push({ name: `${project.name}: npm install`, ok: false, output: installed.output });
    notRun.push(...CHECKS[project.name].map((check) => `${project.name}: ${check.name}`));
    return;
  }
  let failed = false;
  for (const check of CHECKS[project.name]) {
    const name = `${project.name}: ${check.name}`;
    if (failed && check.afterEarlier) {
      notRun.push(name);
      continue;
    }
    const from = Date.now();
    const result = await cpu(() => check.run(dir));
    log(`${result.ok ? "PASS" : "FAIL"} ${name} (${seconds(from)} s)`);
    results.push({ name, ok: result.ok, output: result.output });
    failed ||= !result.ok;
  }
}

/** Prints every failure with its output and the closing count; resolves with the exit code. */
function report(results) {
  const failed = results.filter((r) => !r.ok);
  for (const failure of failed) console.log(`\nFAIL ${failure.name}\n${tail(failure.output, 120)}`);
  console.log(`\nconsumer checks in ${seconds()} s:`);
  for (const r of results) console.log(`  ${r.ok ? "PASS" : "FAIL"} ${r.name}`);
  for (const name of notRun) console.log(`  NOT RUN ${name} (an earlier step of its project failed)`);
  console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
  return failed.length === 0 ? 0 : 1;
}

async function main() {
  const projects = selectedProjects();
  const root = mkdtempSync(join(tmpdir(), "kk-consumers-"));
  const cache = options.cold ? join(root, "npm-cache") : options.cache;
  log(`consumer projects in ${root}${cache ? `, npm cache ${cache}` : ""}`);
  const results = [];
  try {
    if (!options["skip-build"]) await ensureBuilt({ force: options.build, log });
    const tarballs = join(root, "tarballs");
    mkdirSync(tarballs);
    const packed = await packAll(tarballs);
    log(`packed ${[...packed.keys()].join(", ")}`);
    const cpu = limiter(2);
    await Promise.all(projects.map((project) => runProject(root, project, packed, cache, cpu, results)));
  } catch (error) {
    results.push({ name: "setup", ok: false, output: error instanceof Error ? error.message : String(error) });
  } finally {
    if (options.keep || results.some((r) => !r.ok)) log(`kept ${root}`);
    else {
      log(`removing ${root} …`);
      rmSync(root, { recursive: true, force: true });
    }
  }
  return report(results);
}

process.exitCode = await main();
