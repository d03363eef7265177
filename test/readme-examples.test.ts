import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./support/fixtures";

// The packages' READMEs promise examples that run as written. These tests run them as a user
// would: the code blocks copied out of each README into a folder that holds the files they name,
// run by Node against the built packages (`pnpm build` first, as for the CLI's end-to-end tests).

/** A scratch folder inside the workspace, so that `@kommunkompassen/*` resolve from packages/cli/node_modules. */
const scratchRoot = join(repoRoot, "packages/cli/.cache");
mkdirSync(scratchRoot, { recursive: true });
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh folder with the files the examples read, under the names the READMEs give them. */
function userFolder(): string {
  const dir = mkdtempSync(join(scratchRoot, "readme-"));
  folders.push(dir);
  for (const name of ["avesta-2014", "vasteras-2012", "vasteras-2014"]) {
    copyFileSync(join(repoRoot, `test/fixtures/${name}.json`), join(dir, `${name}.json`));
  }
  copyFileSync(join(repoRoot, "test/fixtures/reports/avesta-2014.txt"), join(dir, "avesta-2014.txt"));
  copyFileSync(join(repoRoot, "docs/csv-template.csv"), join(dir, "csv-template.csv"));
  return dir;
}

/** The code blocks of one language in a package's README, in order. */
function codeBlocks(pkg: string, lang: string): string[] {
  const readme = readFileSync(join(repoRoot, `packages/${pkg}/README.md`), "utf8");
  return [...readme.matchAll(new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```", "gm"))].map((m) => m[1]!);
}

/** Runs `code` as the README says (saved as a `.mjs` file, `node file.mjs`) and returns what it printed. */
function runModule(dir: string, code: string): { status: number | null; stdout: string; stderr: string } {
  const file = join(dir, "example.mjs");
  writeFileSync(file, code);
  const result = spawnSync(process.execPath, [file], { cwd: dir, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the packages' README examples run as written", () => {
  it("core: validates, prints the warning and scores Avesta 2014 (404 of 800, as published)", () => {
    const [example] = codeBlocks("core", "js");
    const run = runModule(userFolder(), example!);
    expect(run.stderr).toContain("/areas/5/score: area 6 is published as 52, but its sub-question points add up to 51");
    expect(run.stdout).toContain("total 404 of 800 (published)");
    expect(run.stdout).toContain("6 Kommunen som arbetsgivare – personalpolitik: 52 of 100");
    expect(run.status).toBe(0);
  });

  it("core: a model of one's own, from its definition file", () => {
    const [, example] = codeBlocks("core", "js");
    const dir = userFolder();
    const definition = {
      id: "region-x-1",
      label: "Region X 1",
      version: "1",
      areas: [
        { id: 1, name: { sv: "Demokrati", en: "Democracy" }, max: 150 },
        { id: 2, name: { sv: "Service", en: "Service" }, max: 100 },
      ],
    };
    const evaluation = {
      schemaVersion: 1,
      framework: "region-x-1",
      municipality: { name: "Test" },
      year: 2024,
      total: 200,
      areas: [
        { id: 1, score: 120 },
        { id: 2, score: 80 },
      ],
    };
    writeFileSync(join(dir, "region-x.json"), JSON.stringify(definition));
    writeFileSync(join(dir, "region-x-2024.json"), JSON.stringify(evaluation));
    const run = runModule(dir, example!);
    expect([run.stdout, run.stderr, run.status]).toEqual(["Region X 1: valid true, 0 warnings\n", "", 0]);
    // Without its English name, the definition is refused with a pointer, and the evaluation's model is unknown.
    definition.areas[1]!.name = { sv: "Service" } as (typeof definition.areas)[1]["name"];
    writeFileSync(join(dir, "region-x.json"), JSON.stringify(definition));
    const broken = runModule(dir, example!);
    expect(broken.stderr).toBe("/areas/1/name/en: is required but missing\n");
    // Area 1 (120 points) is then held to the convention of 100 points per area.
    expect(broken.stdout).toBe("region-x-1: valid false, 0 warnings\n");
  });

  it("import: imports the Avesta report's text with its findings, and the CSV template", () => {
    const dir = userFolder();
    rmSync(join(dir, "avesta-2014.json"));
    const [example] = codeBlocks("import", "js");
    const run = runModule(dir, example!);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^missing \/total: /m);
    const imported = JSON.parse(readFileSync(join(dir, "avesta-2014.json"), "utf8"));
    expect(imported.municipality).toEqual({ name: "Avesta kommun", code: "2084" });
    expect(imported.areas.map((a: { score: number }) => a.score)).toEqual([52, 41, 56, 44, 46, 52, 45, 68]);
    expect(run.stdout).toMatch(/^Avesta kommun \d+ findings$/m);
  });

  it("react: writes the report page, the fragment and its stylesheet from the server entry", () => {
    const dir = userFolder();
    const [example] = codeBlocks("react", "js");
    const run = runModule(dir, example!);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const page = readFileSync(join(dir, "avesta-2014.html"), "utf8");
    expect(page).toContain("<title>Kommunkompassen – Avesta kommun 2014</title>");
    expect(page).toContain("Content-Security-Policy");
    expect(readFileSync(join(dir, "report.html"), "utf8")).toMatch(/^<article [^>]*class="kk kk-report/);
    expect(readFileSync(join(dir, "kommunkompassen.css"), "utf8")).toContain(".kk");
  });

  it("cli: each command of the example succeeds", () => {
    const dir = userFolder();
    const cli = join(repoRoot, "packages/cli/dist/cli.js");
    const [example] = codeBlocks("cli", "sh").slice(1);
    const commands = example!.split("\n").filter((line) => line.startsWith("kompass "));
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const command of commands) {
      const result = spawnSync(process.execPath, [cli, ...command.split(" ").slice(1)], { cwd: dir, encoding: "utf8" });
      expect(result.status, `${command}\n${result.stderr}`).toBe(0);
    }
    expect(existsSync(join(dir, "avesta-2014.html"))).toBe(true);
  });
});
