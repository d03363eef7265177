/**
 * Issue 11 #5: the importer bundles for the browser with no Node built-in, and the bundle runs
 * where there is no Node at all (a bare context with only the web's TextDecoder and TextEncoder).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../../test/support/fixtures";

const esbuild = resolve(repoRoot, "node_modules/.bin/esbuild");
const out = mkdtempSync(join(tmpdir(), "kk-import-browser-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Bundles packages/import/src/index.ts for the browser (core from its sources too); returns the metafile. */
function bundle(format: "esm" | "iife"): { code: number | null; stderr: string; file: string; meta: string } {
  const file = join(out, `import.${format}.js`);
  const meta = join(out, `meta.${format}.json`);
  const result = spawnSync(
    esbuild,
    [
      resolve(repoRoot, "packages/import/src/index.ts"),
      "--bundle",
      "--platform=browser",
      `--format=${format}`,
      ...(format === "iife" ? ["--global-name=KommunkompassenImport"] : []),
      `--alias:@kommunkompassen/core=${resolve(repoRoot, "packages/core/src/index.ts")}`,
      `--alias:@kommunkompassen/core/messages=${resolve(repoRoot, "packages/core/src/messages/index.ts")}`,
      `--alias:@kommunkompassen/core/municipalities=${resolve(repoRoot, "packages/core/src/municipalities/index.ts")}`,
      `--outfile=${file}`,
      `--metafile=${meta}`,
      "--log-level=error",
    ],
    { encoding: "utf8" },
  );
  return { code: result.status, stderr: result.stderr, file, meta };
}

const BUILT_INS =
  /^(?:node:|(?:fs|path|os|url|util|crypto|buffer|stream|child_process|events|module|process|vm|zlib|worker_threads)(?:\/|$))/;

describe("@kommunkompassen/import in the browser", () => {
  it("bundles with platform browser, and no input or import is a Node built-in", () => {
    const built = bundle("esm");
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    const meta = JSON.parse(readFileSync(built.meta, "utf8")) as {
      inputs: Record<string, { imports: { path: string }[] }>;
    };
    const inputs = Object.keys(meta.inputs);
    expect(inputs.some((i) => i.endsWith("packages/import/src/report.ts"))).toBe(true);
    expect(inputs.some((i) => i.endsWith("packages/import/src/results.ts"))).toBe(true);
    const imports = Object.values(meta.inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(imports.filter((p) => BUILT_INS.test(p))).toEqual([]);
    expect(inputs.filter((p) => BUILT_INS.test(p))).toEqual([]);
    // Issue 15: PDF.js is not in the pure importer's bundle; the PDF entry point is separate.
    expect(inputs.filter((p) => /pdfjs-dist|src\/pdf\.ts|src\/layout\.ts/.test(p))).toEqual([]);
  });

  it("the PDF entry point bundles for the browser too: PDF.js's browser build in a chunk of its own, loaded when a PDF is read, no Node built-in", () => {
    const dir = join(out, "pdf");
    const meta = join(out, "meta.pdf.json");
    const result = spawnSync(
      esbuild,
      [
        resolve(repoRoot, "packages/import/src/pdf.ts"),
        "--bundle",
        "--platform=browser",
        "--format=esm",
        "--splitting",
        `--alias:@kommunkompassen/core=${resolve(repoRoot, "packages/core/src/index.ts")}`,
        `--alias:@kommunkompassen/core/messages=${resolve(repoRoot, "packages/core/src/messages/index.ts")}`,
        `--alias:@kommunkompassen/core/municipalities=${resolve(repoRoot, "packages/core/src/municipalities/index.ts")}`,
        `--outdir=${dir}`,
        `--metafile=${meta}`,
        "--log-level=error",
      ],
      { encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const built = JSON.parse(readFileSync(meta, "utf8")) as {
      inputs: Record<string, { imports: { path: string }[] }>;
      outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown> }>;
    };
    const imports = Object.values(built.inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(imports.filter((p) => BUILT_INS.test(p))).toEqual([]);
    const entry = Object.values(built.outputs).find((o) => o.entryPoint?.endsWith("src/pdf.ts"))!;
    expect(Object.keys(entry.inputs).some((i) => i.includes("pdfjs-dist"))).toBe(false);
    expect(Object.keys(built.inputs).some((i) => i.includes("pdfjs-dist/build/pdf.mjs"))).toBe(true);
    // The legacy build is Node's: a browser never loads it, so a browser's bundle does not carry it (about 1 MB).
    expect(Object.keys(built.inputs).filter((i) => i.includes("pdfjs-dist/legacy"))).toEqual([]);
  });

  it("the bundle imports the Avesta report with nothing but the web's TextDecoder and TextEncoder", () => {
    const built = bundle("iife");
    expect(built.code).toBe(0);
    const avesta = readFileSync(resolve(repoRoot, "test/fixtures/reports/avesta-2014.txt"));
    const sandbox: Record<string, unknown> = { TextDecoder, TextEncoder, bytes: new Uint8Array(avesta), result: null };
    runInNewContext(
      `${readFileSync(built.file, "utf8")}\nresult = KommunkompassenImport.importReportText(bytes, { code: "2084" });`,
      sandbox,
    );
    const result = sandbox.result as { evaluation: { municipality: { name: string }; areas: unknown[] } | null };
    expect(result.evaluation?.municipality.name).toBe("Avesta kommun");
    expect(result.evaluation?.areas).toHaveLength(8);
    expect(runInNewContext("typeof process + typeof require + typeof Buffer", {})).toBe("undefinedundefinedundefined");
  });

  it("the bundle imports published-results.csv into a collection (the municipality registry bundled with it)", () => {
    const built = bundle("iife");
    expect(built.code).toBe(0);
    const table = readFileSync(resolve(repoRoot, "test/fixtures/data/published-results.csv"));
    const sandbox: Record<string, unknown> = { TextDecoder, TextEncoder, bytes: new Uint8Array(table), result: null };
    runInNewContext(
      `${readFileSync(built.file, "utf8")}\nresult = KommunkompassenImport.importResultsTable(bytes, { file: "published-results.csv" });`,
      sandbox,
    );
    const result = sandbox.result as { collection: { evaluations: { municipality: { code?: string } }[] } | null };
    expect(result.collection?.evaluations).toHaveLength(19);
    expect(result.collection?.evaluations[0]?.municipality.code).toBe("0115");
  });
});
