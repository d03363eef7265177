import { spawnSync } from "node:child_process";
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixturePath, loadFixture, repoRoot } from "../../../test/support/fixtures";

const cli = join(repoRoot, "packages/cli/dist/cli.js");
const avesta = fixturePath("avesta-2014");
const v2012 = fixturePath("vasteras-2012");
const v2014 = fixturePath("vasteras-2014");
let dir: string;

/** Runs the built `kompass` binary as a user would. */
function kompass(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: repoRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeTemp(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'pnpm build' first (pnpm test does)`);
  dir = mkdtempSync(join(tmpdir(), "kompass-test-"));
});

describe("kompass validate", () => {
  it("exits 0 for the fixtures and prints Avesta's area 6 warning with file and pointer", () => {
    const { code, stdout, stderr } = kompass("validate", avesta, v2012, v2014);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(
      `${avesta}#/areas/5/score: warning: area 6 is published as 52, but its sub-question points add up to 51`,
    );
    expect(stdout).toContain(`${v2014}: valid (0 errors, 0 warnings)`);
  });

  it("exits 1 with each error on its own line, with file and JSON pointer", () => {
    const broken = loadFixture("avesta-2014");
    broken.areas[5]!.questions![2]!.achieved = 28;
    broken.areas[0]!.score = 120;
    const file = writeTemp("broken.json", JSON.stringify(broken));
    const { code, stderr } = kompass("validate", file);
    expect(code).toBe(1);
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      `${file}#/areas/0/score: error: 120 is more than the area's max 100`,
      `${file}#/areas/5/questions/2/achieved: error: 28 is more than the question's max 25`,
      `${file}: invalid (2 errors, 0 warnings)`,
    ]);
  });

  it("--lang sv words every issue and summary in Swedish, as the components do; English without it", () => {
    const broken = loadFixture("avesta-2014");
    broken.areas[0]!.score = 120;
    const file = writeTemp("broken-sv.json", JSON.stringify(broken));
    const sv = kompass("validate", "--lang", "sv", file, v2014, avesta);
    expect(sv.code).toBe(1);
    expect(sv.stderr).toContain(`${file}#/areas/0/score: fel: `);
    expect(sv.stderr).not.toMatch(/error|is more than/);
    expect(sv.stderr).toContain(`${file}: ogiltig (1 fel, 0 varningar)`);
    expect(sv.stdout).toContain(`${v2014}: giltig (0 fel, 0 varningar)`);
    expect(sv.stdout).toContain(`${avesta}#/areas/5/score: varning: område 6 publiceras med 52 poäng`);
    const en = kompass("validate", file);
    expect(en.stderr).toContain(`${file}#/areas/0/score: error: 120 is more than the area's max 100`);
  });

  it("--json gives every issue with its pointer", () => {
    const { code, stdout } = kompass("validate", "--json", avesta, v2014);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(true);
    expect(report.files).toHaveLength(2);
    expect(report.files[0]).toMatchObject({ file: avesta, valid: true, errors: [] });
    expect(report.files[0].warnings).toEqual([
      expect.objectContaining({
        kind: "area-sum-mismatch",
        path: "/areas/5/score",
        details: { area: 6, published: 52, sum: 51, difference: 1 },
      }),
    ]);
  });

  it("--strict turns warnings into errors", () => {
    expect(kompass("validate", "--strict", avesta).code).toBe(1);
    expect(kompass("validate", "--strict", v2014).code).toBe(0);
    const json = JSON.parse(kompass("validate", "--strict", "--json", avesta).stdout);
    expect(json.files[0].errors[0]).toMatchObject({ severity: "error", kind: "area-sum-mismatch" });
  });

  it("not JSON and empty files: one clear line, exit 1", () => {
    const notJson = writeTemp("not.json", '{\n  "year": 2014,\n}');
    const r1 = kompass("validate", notJson);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(
      new RegExp(
        `^${notJson.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: error: not valid JSON: expected a property name in double quotes at line 3, column 1 \\(byte 18\\)\\n`,
      ),
    );
    const empty = writeTemp("empty.json", "");
    const r2 = kompass("validate", empty);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain(`${empty}: error: the file is empty; expected a JSON evaluation`);
    noStackTrace(r1.stderr + r2.stderr);
  });

  it("a directory, a missing file and a 50 MB file: one line, exit 2, the big file refused fast", () => {
    const r1 = kompass("validate", dir);
    expect(r1).toMatchObject({ code: 2, stderr: `${dir}: is a directory, not a file\n` });
    const r2 = kompass("validate", join(dir, "nope.json"));
    expect(r2).toMatchObject({ code: 2, stderr: `${join(dir, "nope.json")}: no such file\n` });

    const big = join(dir, "big.json");
    const fd = openSync(big, "w");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const started = performance.now();
    const r3 = kompass("validate", big);
    const elapsed = performance.now() - started;
    expect(r3.code).toBe(2);
    expect(r3.stderr).toBe(`${big}: is 52,428,800 bytes; kompass reads files of at most 10,485,760 bytes (10 MB)\n`);
    // Refused from its size alone: well under the time it would take to read and parse 50 MB.
    expect(elapsed).toBeLessThan(5000);
  });
});

describe("kompass score", () => {
  it("--json gives the published figures of Avesta 2014", () => {
    const { code, stdout } = kompass("score", avesta, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      total: 404,
      max: 800,
      totalSource: "published",
      year: 2014,
      framework: "kommunkompassen-2.0",
    });
    expect(
      json.areas.map((a: { id: number; score: number; max: number; percent: number }) => [
        a.id,
        a.score,
        a.max,
        a.percent,
      ]),
    ).toEqual([
      [1, 52, 100, 52],
      [2, 41, 100, 41],
      [3, 56, 100, 56],
      [4, 44, 100, 44],
      [5, 46, 100, 46],
      [6, 52, 100, 52],
      [7, 45, 100, 45],
      [8, 68, 100, 68],
    ]);
  });

  it("Västerås 2014: area 8 and the total are null, not a partial sum", () => {
    const json = JSON.parse(kompass("score", v2014, "--json").stdout);
    expect(json.total).toBeNull();
    expect(json.areas.map((a: { score: number | null }) => a.score)).toEqual([67, 78, 84, 75, 72, 69, 84, null]);
  });

  it("prints a readable table, in English on request", () => {
    const sv = kompass("score", avesta).stdout;
    expect(sv).toMatch(/^Avesta kommun 2014, Kommunkompassen 2\.0$/m);
    expect(sv).toMatch(/^1\s+Offentlighet och demokrati\s+52\s+100\s+52$/m);
    expect(sv).toMatch(/^\s+Totalt\s+404\s+800\s+51$/m);
    const en = kompass("score", avesta, "--lang", "en").stdout;
    expect(en).toMatch(/^6\s+The municipality as employer – HR policy\s+52/m);
    const partial = kompass("score", v2014).stdout;
    expect(partial).toContain("– uppgift saknas: område 8; därför är totalen okänd");
    expect(kompass("score", v2014, "--lang", "en").stdout).toContain("– not known: area 8; so the total is unknown");
  });

  it("an invalid file: its errors and exit 1", () => {
    const file = writeTemp("bad-score.json", JSON.stringify({ ...loadFixture("avesta-2014"), year: "2014" }));
    const r = kompass("score", file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}#/year: error: expected a whole number, got "2014"`);
    expect(r.stdout).toBe("");
  });
});

describe("kompass diff", () => {
  it("--json gives Västerås 2012 → 2014 with the comparability verdict", () => {
    const { code, stdout } = kompass("diff", v2012, v2014, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.comparable).toBe(false);
    expect(json.reasons.map((r: { kind: string }) => r.kind)).toEqual(["missing-values"]);
    expect(json.total).toEqual({ from: null, to: null, delta: null });
    expect(
      json.areas.map((a: { id: number; from: number; to: number; delta: number }) => [a.id, a.from, a.to, a.delta]),
    ).toEqual([
      [1, 58, 67, 9],
      [2, 69, 78, 9],
      [3, 82, 84, 2],
      [4, 65, 75, 10],
      [5, 68, 72, 4],
      [6, 64, 69, 5],
      [7, 74, 84, 10],
      [8, null, null, null],
    ]);
  });

  it("prints signed changes and says what is unknown", () => {
    const { stdout } = kompass("diff", v2012, v2014);
    expect(stdout).toMatch(/^Västerås stad 2012 → 2014, Kommunkompassen 2\.0$/m);
    expect(stdout).toMatch(/^Jämförbara: nej$/m);
    expect(stdout).toMatch(/^4\s+Ledarskap, ansvar och delegation\s+65\s+75\s+\+10$/m);
    expect(stdout).toMatch(/^\s+Totalt\s+–\s+–\s+okänd$/m);
  });
});

describe("usage", () => {
  it("help and version", () => {
    expect(kompass("--help")).toMatchObject({ code: 0 });
    expect(kompass("--help").stdout).toContain("kompass validate FILE…");
    const { version } = JSON.parse(readFileSync(join(repoRoot, "packages/cli/package.json"), "utf8")) as {
      version: string;
    };
    expect(kompass("--version").stdout.trim()).toBe(version);
  });

  it("usage errors exit 2 with one clear line and no stack trace", () => {
    for (const args of [
      [],
      ["frobnicate"],
      ["validate"],
      ["score"],
      ["score", avesta, v2014],
      ["diff", avesta],
      ["validate", "--bogus", avesta],
      ["score", avesta, "--lang", "de"],
      ["score", "--strict", avesta],
    ]) {
      const r = kompass(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      noStackTrace(r.stderr);
    }
    expect(kompass("frobnicate").stderr).toBe(
      "kompass: unknown command \"frobnicate\"\nRun 'kompass --help' for usage.\n",
    );
    expect(kompass("validate", "--bogus", avesta).stderr.split("\n")[0]).toBe("kompass: Unknown option '--bogus'");
  });
});
