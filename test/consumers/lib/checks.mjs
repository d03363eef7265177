// The checks, per consumer project. Each resolves with `{ ok, output }`.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkNextInChromium } from "./browser.mjs";
import { consumerEnv, run } from "./process.mjs";

/** Text of some HTML without its tags, non-breaking spaces as spaces. */
const text = (html) => html.replace(/<[^>]+>/g, "").replace(/&nbsp;|\u00a0/g, " ");

/** A check that passes when the command exits 0. */
const command =
  (cmd, args, options = {}) =>
  async (dir) => {
    const result = await run(cmd, args, { cwd: dir, ...options });
    return { ok: result.code === 0, output: `$ ${cmd} ${args.join(" ")} (exit ${result.code})\n${result.output}` };
  };

/** Every copy of a package installed under `dir`'s node_modules, as its version list. */
function installedCopies(dir, name) {
  const versions = [];
  const walk = (modules) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      const scoped = entry.startsWith("@") ? readdirSync(join(modules, entry)).map((e) => `${entry}/${e}`) : [entry];
      for (const pkg of scoped) {
        if (pkg === name) versions.push(JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8")).version);
        walk(join(modules, pkg, "node_modules"));
      }
    }
  };
  walk(join(dir, "node_modules"));
  return versions;
}

/** `kompass render` next to React 18: exit 0, the page with the total, and one copy of React. */
async function kompassRender(dir) {
  const result = await run("npx", ["--no", "kompass", "render", "avesta.json", "-o", "out.html"], { cwd: dir });
  const log = `$ npx kompass render avesta.json -o out.html (exit ${result.code})\n${result.output}`;
  if (result.code !== 0) return { ok: false, output: log };
  const page = readFileSync(join(dir, "out.html"), "utf8");
  const reacts = installedCopies(dir, "react");
  const problems = [];
  if (!/^<!doctype html>/i.test(page)) problems.push("out.html is not an HTML document");
  if (!text(page).includes("Totalt: 404 av 800 poäng")) problems.push('out.html lacks "Totalt: 404 av 800 poäng"');
  if (reacts.join() !== "18.3.1")
    problems.push(`installed copies of react: ${reacts.join(", ")} (one, 18.3.1, expected)`);
  return { ok: problems.length === 0, output: [...problems, log].join("\n") };
}

/**
 * `kompass render --format card` beside React 18: exit 0 and a 1200 × 630 PNG, drawn by the
 * `@resvg/resvg-js` the tarball depends on, with the fonts its `fonts/` folder ships.
 */
async function kompassCard(dir) {
  const result = await run("npx", ["--no", "kompass", "render", "avesta.json", "--format", "card", "-o", "card.png"], {
    cwd: dir,
  });
  const log = `$ npx kompass render avesta.json --format card -o card.png (exit ${result.code})\n${result.output}`;
  if (result.code !== 0) return { ok: false, output: log };
  const png = readFileSync(join(dir, "card.png"));
  const problems = [];
  const fonts = join(dir, "node_modules/@kommunkompassen/cli/fonts");
  if (png.toString("latin1", 1, 4) !== "PNG") problems.push("card.png is not a PNG");
  else if (png.readUInt32BE(16) !== 1200 || png.readUInt32BE(20) !== 630)
    problems.push(`card.png is ${png.readUInt32BE(16)} × ${png.readUInt32BE(20)}, not 1200 × 630`);
  for (const font of ["SourceSans3-Regular.ttf", "SourceSans3-Bold.ttf", "OFL.md"])
    if (!existsSync(join(fonts, font))) problems.push(`the installed package lacks fonts/${font}`);
  return { ok: problems.length === 0, output: [...problems, log].join("\n") };
}

/**
 * `kompass import` of the report's text, then `kompass score --json` of what it wrote: the text
 * states no total, so the total is the sum of the published area scores, 404.
 */
async function kompassImport(dir) {
  const imported = await run("npx", ["--no", "kompass", "import", "avesta-2014.txt", "-o", "imported.json"], {
    cwd: dir,
  });
  const log = `$ npx kompass import avesta-2014.txt -o imported.json (exit ${imported.code})\n${imported.output}`;
  if (imported.code !== 0) return { ok: false, output: log };
  const scored = await run("npx", ["--no", "kompass", "score", "imported.json", "--json"], { cwd: dir });
  const both = `${log}\n$ npx kompass score imported.json --json (exit ${scored.code})\n${scored.output}`;
  if (scored.code !== 0) return { ok: false, output: both };
  const score = JSON.parse(scored.output);
  const ok = score.total === 404 && score.totalSource === "derived";
  return { ok, output: ok ? both : `total ${score.total} (${score.totalSource}), 404 derived expected\n${both}` };
}

/** `next build`: exit 0, the prerendered page holds the report, SWC came from the registry. */
async function nextBuild(dir) {
  const result = await run("node", ["node_modules/next/dist/bin/next", "build"], { cwd: dir, timeoutMs: 480_000 });
  const log = `$ next build (exit ${result.code})\n${result.output}`;
  if (result.code !== 0) return { ok: false, output: log };
  const problems = [];
  const html = join(dir, ".next/server/app/index.html");
  if (!existsSync(html)) problems.push("no prerendered .next/server/app/index.html");
  else if (!text(readFileSync(html, "utf8")).includes("Totalt: 404 av 800 poäng"))
    problems.push('the prerendered page lacks the report\'s "Totalt: 404 av 800 poäng"');
  if (!existsSync(join(dir, "node_modules/@next/swc-linux-x64-gnu")) && process.arch === "x64")
    problems.push("@next/swc-linux-x64-gnu is not installed: next build would download SWC");
  return { ok: problems.length === 0, output: [...problems, log].join("\n") };
}

/** The checks of each project, in order; `afterEarlier`: needs what the earlier checks made. */
export const CHECKS = {
  core: [
    { name: "core and import from ESM (import)", run: command("node", ["esm.mjs"]) },
    { name: "core and import from CommonJS (require)", run: command("node", ["cjs.cjs"]) },
  ],
  typescript: [
    {
      name: "strict TypeScript, moduleResolution node16",
      run: command("node", ["node_modules/typescript/bin/tsc", "-p", "tsconfig.node16.json"]),
    },
    {
      name: "strict TypeScript, moduleResolution bundler",
      run: command("node", ["node_modules/typescript/bin/tsc", "-p", "tsconfig.bundler.json"]),
    },
  ],
  react18: [{ name: "server rendering with React 18", run: command("node", ["ssr.mjs", "18"]) }],
  react19: [{ name: "server rendering with React 19", run: command("node", ["ssr.mjs", "19"]) }],
  cli: [
    { name: "kompass render beside React 18", run: kompassRender },
    { name: "kompass render --format card (resvg and the shipped fonts)", run: kompassCard },
    { name: "kompass import and score", run: kompassImport },
  ],
  next: [
    { name: "Next.js 15 App Router: next build", run: nextBuild },
    {
      name: "Next.js 15 App Router: next start in Chromium, no hydration error, charts interactive",
      afterEarlier: true,
      run: (dir) => checkNextInChromium(dir, ["node_modules/next/dist/bin/next", "start"], consumerEnv()),
    },
    {
      // Production React reports only text mismatches; development React reports attributes too.
      name: "Next.js 15 App Router: next dev in Chromium, no hydration warning, charts interactive",
      afterEarlier: true,
      run: (dir) => checkNextInChromium(dir, ["node_modules/next/dist/bin/next", "dev"], consumerEnv()),
    },
  ],
};
