import { spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { validateEvaluation, type Area, type Evaluation } from "@kommunkompassen/core";
import type * as ImportModule from "@kommunkompassen/import";
import { loadFixture, repoRoot } from "../../../test/support/fixtures";

const cli = join(repoRoot, "packages/cli/dist/cli.js");
// The published reports as extracted text, kept in the repository (see test/fixtures/reports/README.md).
const reportsDir = resolve(repoRoot, "test/fixtures/reports");
const avesta = join(reportsDir, "avesta-2014.txt");
const v2014 = join(reportsDir, "vasteras-2014.txt");
const v2012 = join(reportsDir, "vasteras-2012.txt");
let dir: string;

function kompass(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: repoRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Evaluation;
const figures = (a: Area) => [a.id, a.score, a.headings, a.questions, a.strengths, a.improvements, a.weaknesses];
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
let n = 0;
const fresh = (name: string) => join(dir, `${n++}-${name}`);

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'pnpm build' first (pnpm test does)`);
  for (const seed of [avesta, v2014, v2012]) {
    if (!existsSync(seed)) throw new Error(`the report text ${seed} is missing`);
  }
  dir = mkdtempSync(join(tmpdir(), "kompass-import-"));
});

describe("kompass import: the seeds", () => {
  it("Avesta: -o writes a file that validates and equals the fixture's figures; findings on stderr", () => {
    const out = fresh("avesta.json");
    const r = kompass("import", avesta, "-o", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(
      `${avesta}: missing: /total: the text does not state the total; left out (the core derives it when all eight area scores are known). It comes from a statement such as "Totalpoängen blev 404" or "Totalt 404 poäng", or a bar chart's title ("Avesta kommun 2014 – 404 p"), which is often an image`,
    );
    expect(lines).toContain(
      `${avesta}: missing: /municipality/code: the municipality code is not in the report; add it with --code NNNN`,
    );
    expect(lines.some((l) => l.startsWith(`${avesta}: inferred: /framework: Kommunkompassen 2.0: `))).toBe(true);
    expect(lines).toContain(
      `${avesta}: warning: /areas/5/score: area 6 is published as 52, but its sub-question points add up to 51`,
    );
    expect(lines[lines.length - 1]).toMatch(
      new RegExp(
        `^${avesta.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: wrote .*avesta\\.json: 8 areas \\(8 scores\\), 45 sub-questions; `,
      ),
    );

    const written = readJson(out);
    expect(written.$schema).toBe("https://unpkg.com/@kommunkompassen/core/evaluation.schema.json");
    expect(validateEvaluation(written).valid).toBe(true);
    expect(written.areas.map(figures)).toEqual(loadFixture("avesta-2014").areas.map(figures));
    const validate = kompass("validate", out);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain(`${out}: valid (0 errors, 1 warning)`);
  });

  it("without -o or -d the JSON goes to stdout; --code is used", () => {
    const r = kompass("import", avesta, "--code", "2084");
    expect(r.code).toBe(0);
    const evaluation = JSON.parse(r.stdout) as Evaluation;
    expect(evaluation.municipality).toEqual({ name: "Avesta kommun", code: "2084" });
    expect(evaluation.areas.map((a) => a.score)).toEqual([52, 41, 56, 44, 46, 52, 45, 68]);
    expect(r.stderr).not.toContain("/municipality/code");
  });

  it("-d writes each input as <basename>.json; the Västerås reports say what is missing", () => {
    const outDir = fresh("out");
    const r = kompass("import", avesta, v2014, v2012, "-d", outDir);
    expect(r.code).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual(["avesta-2014.json", "vasteras-2012.json", "vasteras-2014.json"]);
    for (const [file, fixture] of [
      ["vasteras-2014.json", "vasteras-2014"],
      ["vasteras-2012.json", "vasteras-2012"],
    ] as const) {
      const written = readJson(join(outDir, file));
      expect(written.areas.map((a) => [a.id, a.score])).toEqual(loadFixture(fixture).areas.map((a) => [a.id, a.score]));
      expect(kompass("validate", join(outDir, file)).code).toBe(0);
    }
    for (const seed of [v2014, v2012]) {
      expect(r.stderr).toContain(
        `${seed}: missing: /areas/7/score: area 8 (Kommunen som samhällsbyggare) has no section in the text`,
      );
      expect(r.stderr).toContain(`${seed}: missing: /total: `);
      expect(r.stderr).toContain(
        `${seed}: missing: /areas: the points overview ("Översikt av poängfördelning") with the sub-question tables is not in the text`,
      );
    }
  });

  it("--json: { files: [{ file, output, valid, findings }] } on stdout, the evaluations written as usual", () => {
    const out = fresh("avesta-json.json");
    const r = kompass("import", avesta, "-o", out, "--json");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(["files"]);
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ file: avesta, output: out, valid: true });
    expect(report.files[0].evaluation).toBeUndefined();
    expect(report.files[0].findings).toContainEqual({
      code: "total-not-stated",
      kind: "missing",
      severity: "warning",
      path: "/total",
      values: {},
      details: {},
      message: expect.stringContaining("does not state the total"),
      text: expect.stringContaining("does not state the total"),
    });
    expect(report.files[0].findings).toContainEqual(
      expect.objectContaining({ code: "code-missing", hint: "add it with --code NNNN" }),
    );
    for (const finding of report.files[0].findings) {
      expect(["inferred", "missing", "ignored", "warning"]).toContain(finding.kind);
      expect(finding.text).toBe(finding.message);
      expect(finding.details).toEqual(finding.values);
    }
    expect(existsSync(out)).toBe(true);

    const inline = JSON.parse(kompass("import", avesta, v2014, "--json").stdout);
    expect(inline.files.map((f: { output: string | null }) => f.output)).toEqual([null, null]);
    expect(inline.files[1].evaluation.municipality.name).toBe("Västerås stad");
  });
});

describe("kompass import: languages and hints", () => {
  it("--lang sv words the findings in Swedish; the hints still name the options", () => {
    const r = kompass("import", avesta, "--lang", "sv", "-o", fresh("sv.json"));
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(
      `${avesta}: missing: /total: texten anger inte totalpoängen; utelämnad (kärnan räknar ut den när alla åtta områdens poäng är kända). Den kommer från en mening som "Totalpoängen blev 404" eller "Totalt 404 poäng", eller ett stapeldiagrams rubrik ("Avesta kommun 2014 – 404 p"), som ofta är en bild`,
    );
    expect(lines).toContain(
      `${avesta}: missing: /municipality/code: kommunkoden står inte i rapporten; lägg till den med --code NNNN`,
    );
    const json = JSON.parse(kompass("import", avesta, "--lang", "sv", "--json").stdout);
    const total = json.files[0].findings.find((f: { code: string }) => f.code === "total-not-stated");
    expect(total.text).toMatch(/^texten anger inte totalpoängen/);
    expect(total.message).toMatch(/^the text does not state the total/);
  });

  it("a CSV without metadata: the error and the hint name the options", () => {
    const csv = fresh("hint.csv");
    writeFileSync(csv, "area;question;achieved;max\n1;1.1;10;15\n");
    const r = kompass("import", csv);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${csv}: missing: nothing usable: no municipality (a "# municipality: …" line gives it); no year (a "# year: …" line gives it); pass --municipality NAME, pass --year YYYY`,
    );
  });
});

describe("kompass import: CSV", () => {
  it("the template imports; metadata on the command line works too", () => {
    const out = fresh("template.json");
    const r = kompass("import", join(repoRoot, "docs/csv-template.csv"), "-o", out);
    expect(r.code).toBe(0);
    expect(readJson(out)).toMatchObject({
      municipality: { name: "Avesta kommun", code: "2084" },
      year: 2014,
      framework: "kommunkompassen-2.0",
    });

    const csv = fresh("rows.csv");
    writeFileSync(csv, 'Område,Fråga,Text,Uppnått,Max,Procent\n1,1.1,"Finns en plan/strategi, kort",9.75,15,65%\n');
    const r2 = kompass("import", csv, "--municipality", "Avesta kommun", "--year", "2014", "--framework", "2.0");
    expect(r2.code).toBe(0);
    expect(JSON.parse(r2.stdout).areas).toEqual([
      { id: 1, questions: [{ id: "1.1", text: "Finns en plan/strategi, kort", achieved: 9.75, max: 15, percent: 65 }] },
    ]);
  });

  it("CSV without municipality and year: exit 1, nothing written", () => {
    const csv = fresh("nometa.csv");
    writeFileSync(csv, "area;question;achieved;max\n1;1.1;10;15\n");
    const out = fresh("nometa.json");
    const r = kompass("import", csv, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${csv}: nothing usable: no municipality`);
    expect(r.stderr).toContain("kompass: nothing was written");
    expect(existsSync(out)).toBe(false);
  });
});

describe("kompass import: failures", () => {
  it("nothing usable: exit 1 with a clear message, nothing written", () => {
    const text = fresh("other.txt");
    writeFileSync(text, "Protokoll från kommunstyrelsen\n§ 12 Budget 2015\n");
    const out = fresh("other.json");
    const r = kompass("import", text, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${text}: nothing usable: no municipality and year found`);
    expect(existsSync(out)).toBe(false);
    noStackTrace(r.stderr);
  });

  it("one unusable input among several: exit 1 and nothing written at all", () => {
    const bad = fresh("bad.txt");
    writeFileSync(bad, "KommunKompassen ANALYS AV AVESTA KOMMUN 2014\n");
    const outDir = fresh("partial");
    const r = kompass("import", avesta, bad, "-d", outDir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: nothing usable: no area score found`);
    expect(existsSync(outDir)).toBe(false);
    const json = JSON.parse(kompass("import", avesta, bad, "-d", outDir, "--json").stdout);
    expect(json.files.map((f: { valid: boolean; output: string | null }) => [f.valid, f.output])).toEqual([
      [true, null],
      [false, null],
    ]);
    expect(existsSync(outDir)).toBe(false);
  });

  it("unreadable inputs exit 2: missing, a directory, a 50 MB file refused from its size", () => {
    expect(kompass("import", join(dir, "nope.txt"))).toMatchObject({
      code: 2,
      stderr: `${join(dir, "nope.txt")}: no such file\n`,
    });
    expect(kompass("import", dir)).toMatchObject({ code: 2, stderr: `${dir}: is a directory, not a file\n` });
    const big = fresh("big.txt");
    const fd = openSync(big, "w");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const started = performance.now();
    const r = kompass("import", big, "-o", fresh("big.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${big}: is 52,428,800 bytes; kompass reads files of at most 10,485,760 bytes (10 MB)\n`);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("usage errors exit 2 with one clear line, write nothing and print no stack trace", () => {
    const out = fresh("usage.json");
    const cases: [string[], string][] = [
      [["import"], "kompass: import needs at least one FILE"],
      [["import", avesta, "-o", out, "-d", dir], "kompass: -o and -d cannot be used together"],
      [["import", avesta, v2014, "-o", out], "kompass: -o takes one FILE, got 2; use -d OUTDIR for several"],
      [["import", avesta, v2014], "kompass: several files need -d OUTDIR (or --json), got 2"],
      [["import", avesta, "--code", "84"], 'kompass: --code must be a four-digit municipality code, not "84"'],
      [["import", avesta, "--year", "14"], 'kompass: --year must be a year from 1990 to 2100, not "14"'],
      [
        ["import", avesta, "--framework", "Kommunkompassen 2"],
        'kompass: --framework must be an id like kommunkompassen-2.0, not "Kommunkompassen 2"',
      ],
      [["import", avesta, join(dir, "x", "avesta-2014.txt"), "-d", dir], "would both be written to"],
      [["validate", avesta, "-d", dir], "kompass: --dir goes with import"],
      [["import", avesta, "--bogus"], "kompass: Unknown option '--bogus'"],
    ];
    for (const [args, message] of cases) {
      const r = kompass(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr.split("\n")[0], args.join(" ")).toContain(message);
      noStackTrace(r.stderr);
    }
    expect(existsSync(out)).toBe(false);
  });

  it("-d is all or nothing: when one file cannot be written, none is (issue 11 #9)", () => {
    const inputs = fresh("inputs");
    mkdirSync(inputs);
    const first = join(inputs, "avesta.txt");
    copyFileSync(avesta, first);
    // The output name of this one (its base name + ".json") is longer than a file name may be.
    const second = join(inputs, `${"v".repeat(251)}.t`);
    copyFileSync(v2014, second);
    const outDir = fresh("atomic");
    const r = kompass("import", first, second, "-d", outDir);
    expect(readdirSync(outDir)).toEqual([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${second}: cannot write ${join(outDir, `${"v".repeat(251)}.json`)}`);
    expect(r.stderr).toContain("kompass: nothing was written");
    noStackTrace(r.stderr);
    const json = JSON.parse(kompass("import", first, second, "-d", outDir, "--json").stdout);
    expect(json.files.map((f: { output: string | null }) => f.output)).toEqual([null, null]);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("an output directory that cannot be created: exit 2", () => {
    const file = fresh("a-file");
    writeFileSync(file, "");
    const r = kompass("import", avesta, "-o", join(file, "out.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot write ${join(file, "out.json")}`);
  });

  it("help lists import", () => {
    expect(kompass("--help").stdout).toContain("kompass import FILE… [-o OUT.json | -d OUTDIR]");
  });
});

describe("kompass import: an output that does not validate is a bug", () => {
  it("exit 3 with a clear message; nothing is written", async () => {
    vi.resetModules();
    vi.doMock("@kommunkompassen/import", async (importOriginal) => ({
      ...(await importOriginal<typeof ImportModule>()),
      importReportText: () => ({
        evaluation: {
          schemaVersion: 1,
          framework: "kommunkompassen-2.0",
          municipality: { name: "X" },
          year: 2014,
          areas: [{ id: 1, score: 500 }],
        },
        findings: [],
      }),
    }));
    const { run } = await import("../src/run");
    const out = fresh("bug.json");
    const err: string[] = [];
    const code = run(["import", avesta, "-o", out], { out: () => {}, err: (t) => err.push(t) });
    vi.doUnmock("@kommunkompassen/import");
    vi.resetModules();
    expect(code).toBe(3);
    expect(err.join("\n")).toContain(
      `${avesta}: internal error: the imported evaluation does not validate (/areas/0/score: 500 is more than the area's max 100); nothing was written (please report this)`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
