/**
 * The embed split into the element's script and the modules it loads on demand (issue 16), as built
 * (pnpm --filter @kommunkompassen/embed build first): the files are the registry's
 * (src/on-demand.ts), the element's script imports nothing, every import of a module loaded on
 * demand is a file beside it, and the script loads without a DOM. And merge.mjs on an esbuild build
 * of its own: the merged modules run as the split ones do.
 */
import { build } from "esbuild";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { inlineChunks, mergeEntryChunks, parseModule } from "../merge.mjs";
import { ON_DEMAND, onDemandFile, VIEW_MODULES } from "../src/on-demand";
import { VIEWS } from "../src/attributes";

const embedDir = fileURLToPath(new URL("..", import.meta.url));
const dist = `${embedDir}dist/`;
const scripts = readdirSync(dist).filter((name) => name.endsWith(".js"));
/** The files a built script imports statically (`from "./x.js"`, `import "./x.js"`). */
const importsOf = (file: string) =>
  [...readFileSync(`${dist}${file}`, "utf8").matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)].map((m) => m[1]!);

describe("dist/: the element's script and the modules it loads on demand", () => {
  it("has a file for every module of the registry, and no script that is not the element's, a module's or one a module imports when used", () => {
    const modules = ON_DEMAND.map(onDemandFile);
    for (const file of modules) expect(scripts).toContain(file);
    expect(readdirSync(`${embedDir}src/on-demand`).map((f) => onDemandFile(f.replace(/\.tsx?$/, "") as never))).toEqual(
      expect.arrayContaining(modules),
    );
    // Beside them, only what a module imports with import() when it is used (the download menu's files' code).
    const imported = scripts.flatMap((f) =>
      [...readFileSync(`${dist}${f}`, "utf8").matchAll(/import\("\.\/([\w.-]+\.js)"\)/g)].map((m) => m[1]!),
    );
    const others = scripts.filter(
      (name) => !["kommunkompass.js", "kommunkompass.classic.js", ...modules].includes(name),
    );
    for (const name of others) expect(imported, name).toContain(name);
    // Every view but the default one has its module; the national views share one.
    expect(Object.keys(VIEW_MODULES).sort()).toEqual(VIEWS.filter((v) => v !== "radar").sort());
    expect(VIEW_MODULES.position).toBe("national");
    expect(onDemandFile("national")).toBe("kommunkompass-national.js");
  });

  it("the element's script imports no other file: the default view needs no second request", () => {
    expect(importsOf("kommunkompass.js")).toEqual([]);
    expect(importsOf("kommunkompass.classic.js")).toEqual([]);
  });

  it("each module loaded on demand is one file: it imports the element's script, for what it shares with it, and nothing else", () => {
    for (const file of scripts.filter((name) => name.startsWith("kommunkompass-")))
      for (const imported of importsOf(file)) expect(imported, file).toBe("kommunkompass.js");
    // What the report shares with the element's script, it takes from it.
    expect(importsOf("kommunkompass-report.js")).toContain("kommunkompass.js");
  });

  it("kommunkompass.js loads without a DOM (a server importing it): the tag, a define that does nothing, no throw", async () => {
    const module = (await import(pathToFileURL(`${dist}kommunkompass.js`).href)) as Record<string, unknown>;
    expect(module.TAG).toBe("kommunkompass-profil");
    expect(typeof module.defineKommunkompassProfil).toBe("function");
    expect(() => (module.defineKommunkompassProfil as () => void)()).not.toThrow();
    expect(module.KommunkompassProfil).toBeUndefined();
  });

  it("the stylesheet is minified", () => {
    const css = readFileSync(`${dist}kommunkompass.css`, "utf8");
    expect(css).not.toMatch(/\/\*|\n\s+/);
    expect(css).toContain(".kk-chart");
  });
});

describe("merge.mjs", () => {
  const work = mkdtempSync(join(tmpdir(), "kk-merge-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Three modules sharing code, split by esbuild and merged: each output's text by name. */
  async function splitAndMerge(): Promise<Record<string, string>> {
    writeFileSync(join(work, "shared.js"), "export const twice = (x) => 2 * x; export let count = 0; count++;");
    writeFileSync(join(work, "lazyOnly.js"), "export const word = 'lazy';");
    writeFileSync(
      join(work, "main.js"),
      "import { twice, count } from './shared.js'; export const main = twice(21) + count;",
    );
    writeFileSync(
      join(work, "lazy.js"),
      "import { twice } from './shared.js'; import { word } from './lazyOnly.js'; export const lazy = word + twice(2);",
    );
    writeFileSync(
      join(work, "other.js"),
      "import { word } from './lazyOnly.js'; export const other = word.toUpperCase();",
    );
    const result = await build({
      entryPoints: ["main.js", "lazy.js", "other.js"].map((f) => join(work, f)),
      bundle: true,
      splitting: true,
      format: "esm",
      minify: true,
      outdir: join(work, "out"),
      write: false,
      logLevel: "error",
    });
    const outputs = Object.fromEntries(result.outputFiles.map((f) => [basename(f.path), f.text]));
    return mergeEntryChunks(outputs, "main.js", {
      banner: "/*! x */",
      report: "catch(e){globalThis.failed=e}",
      fallback: "export const{main}=KK||{};",
    });
  }

  it("merges the chunks the entry imports into it; the other modules import them from it and run the same", async () => {
    const merged = await splitAndMerge();
    const dir = join(work, "merged");
    rmSync(dir, { recursive: true, force: true });
    (await import("node:fs")).mkdirSync(dir);
    for (const [file, code] of Object.entries(merged)) writeFileSync(join(dir, file), code);
    // The chunk of shared.js is in main.js now; that of lazyOnly.js, which main does not use, is left.
    expect(Object.keys(merged).filter((file) => file.startsWith("chunk-"))).toHaveLength(1);
    expect(merged["main.js"]).not.toMatch(/\bimport\s*[{"]/);
    const load = async (file: string) => (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    expect((await load("main.js")).main).toBe(43);
    expect((await load("lazy.js")).lazy).toBe("lazy4");
    expect((await load("other.js")).other).toBe("LAZY");
    // The code only the other modules use stays out of the entry.
    expect(merged["main.js"]).not.toContain("lazy");
    // With the chunk they share put into each, they run the same, importing main.js alone.
    for (const file of ["lazy.js", "other.js"]) {
      const code = inlineChunks(merged, file, "main.js");
      expect([...code.matchAll(/from\s*"([^"]+)"/g)].map((m) => m[1])).toEqual(file === "lazy.js" ? ["./main.js"] : []);
      writeFileSync(join(dir, `one-${file}`), code);
    }
    expect((await load("one-lazy.js")).lazy).toBe("lazy4");
    expect((await load("one-other.js")).other).toBe("LAZY");
  });

  it("refuses output it does not understand rather than merging it wrongly", () => {
    expect(() => parseModule('import{a}from"./x.js";let b=a;import{c}from"./y.js";', "odd.js")).toThrow(/odd\.js/);
    expect(parseModule('import{a as b,c}from"./x.js";import"./y.js";f(b,c);export{f as g};', "ok.js")).toEqual({
      imports: [
        {
          names: [
            ["a", "b"],
            ["c", "c"],
          ],
          from: "./x.js",
        },
        { names: null, from: "./y.js" },
      ],
      body: "f(b,c);",
      exports: [["f", "g"]],
    });
  });
});
