/**
 * What the embed ships beside its scripts (pnpm --filter @kommunkompassen/embed build first):
 * the third-party notices cover every package that ends up in the bundles, and the Custom
 * Elements Manifest and the declarations list exactly the element's attributes.
 */
import { build } from "esbuild";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { embedBuildOptions } from "../build-options.mjs";
import { ATTRIBUTE_NAMES, ATTRIBUTES } from "../src/attributes";

const embedDir = fileURLToPath(new URL("..", import.meta.url));
const dist = (name: string) => readFileSync(`${embedDir}dist/${name}`, "utf8");

/** The `name@version` of every package under node_modules with bytes in a fresh build of the embed. */
async function bundled(format: "esm" | "iife", entry = "src/index.ts"): Promise<string[]> {
  const result = await build({
    ...embedBuildOptions(embedDir),
    entryPoints: [`${embedDir}${entry}`],
    format,
    write: false,
    metafile: true,
    outfile: "x.js",
    absWorkingDir: embedDir,
  });
  const found = new Set<string>();
  for (const output of Object.values(result.metafile.outputs))
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const at = input.lastIndexOf("node_modules/");
      if (at < 0 || bytesInOutput === 0) continue;
      const name = /^(@[^/]+\/)?[^/]+/.exec(input.slice(at + 13))![0];
      const dir = `${embedDir}${input.slice(0, at + 13)}${name}`;
      found.add(`${name}@${(JSON.parse(readFileSync(`${dir}/package.json`, "utf8")) as { version: string }).version}`);
    }
  return [...found].sort();
}

describe("dist/THIRD_PARTY_NOTICES.txt", () => {
  it("names every bundled package with its version, licence and licence text", async () => {
    const notices = dist("THIRD_PARTY_NOTICES.txt");
    const onDemand = readdirSync(`${embedDir}src/on-demand`).map((file) => `src/on-demand/${file}`);
    const lazy = await Promise.all(onDemand.map((entry) => bundled("esm", entry)));
    const packages = [...new Set([...(await bundled("esm")), ...(await bundled("iife")), ...lazy.flat()])].sort();
    expect(packages).toEqual(expect.arrayContaining(["preact@11.2.0", "d3-shape@3.2.0"]));
    // d3-path's place is taken by src/d3-path.ts (build-options.mjs).
    expect(packages.some((p) => p.startsWith("d3-path@"))).toBe(false);
    expect(packages.some((p) => p.startsWith("@visx/"))).toBe(true);
    const headers = [...notices.matchAll(/^(\S+@\d\S*)\nLicense: (\S+)\n\n/gm)].map((m) => m[1]);
    expect(headers.sort()).toEqual(packages);
    for (const section of notices.split(/\n-{72}\n/).slice(1))
      expect(section).toMatch(/(Permission is hereby granted|Permission to use, copy, modify|Licensed under)/);
    expect(notices).toContain("Copyright");
    for (const script of readdirSync(`${embedDir}dist`).filter((name) => name.endsWith(".js")))
      expect(dist(script).slice(0, 80), script).toContain(
        "/*! Licences of the bundled packages: THIRD_PARTY_NOTICES.txt */",
      );
  }, 60_000);
});

describe("dist/custom-elements.json and dist/kommunkompass.d.ts", () => {
  const manifest = JSON.parse(dist("custom-elements.json")) as {
    schemaVersion: string;
    modules: {
      path: string;
      declarations: { tagName: string; attributes: { name: string; type: { text: string } }[] }[];
      exports: { kind: string; name: string }[];
    }[];
  };

  it("is a Custom Elements Manifest 2.x of <kommunkompass-profil> with every attribute, described", () => {
    expect(manifest.schemaVersion).toMatch(/^2\.\d+\.\d+$/);
    const [module] = manifest.modules;
    expect(module!.path).toBe("kommunkompass.js");
    const [element] = module!.declarations;
    expect(element!.tagName).toBe("kommunkompass-profil");
    expect(element!.attributes.map((a) => a.name)).toEqual([...ATTRIBUTE_NAMES]);
    expect(element!.attributes.find((a) => a.name === "view")!.type.text).toBe(
      '"radar" | "bars" | "table" | "deltas" | "summary" | "report" | "position" | "overview"',
    );
    expect(module!.exports).toContainEqual({
      kind: "custom-element-definition",
      name: "kommunkompass-profil",
      declaration: { name: "KommunkompassProfil", module: "kommunkompass.js" },
    });
  });

  it("the declarations carry each attribute with its documented type", () => {
    const declarations = dist("kommunkompass.d.ts");
    for (const name of ATTRIBUTE_NAMES)
      expect(declarations).toContain(`/** ${ATTRIBUTES[name].description} */\n  ${name}?:`);
  });
});
