/**
 * Issue 12's importer items, each with the issue's input at a size that shows the difference in a
 * few seconds: the code before the fix took tens of seconds (or threw) on each of these.
 * Times are CPU time of this process, so other work on the machine does not count.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeInput, importCsv, importReportText, type ImportResult } from "../src";
import { MAX_FINDINGS_PER_CODE } from "../src/findings";
import { findTitles } from "../src/locate";
import { joinWords } from "../src/overview";
import { repoRoot } from "../../../test/support/fixtures";

const reports = resolve(repoRoot, "test/fixtures/reports");
const AVESTA = readFileSync(resolve(reports, "avesta-2014.txt"), "utf8");
const VASTERAS = readFileSync(resolve(reports, "vasteras-2014.txt"), "utf8");

/** CPU milliseconds `run` takes, and what it returns. */
function timed<T>(run: () => T): { ms: number; value: T } {
  const start = process.cpuUsage();
  const value = run();
  const { user, system } = process.cpuUsage(start);
  return { ms: (user + system) / 1000, value };
}

const codes = (result: ImportResult) => result.findings.map((f) => f.code);

describe("issue 12 #1: no backtracking regular expressions", () => {
  it('the report title: "ANALYS AV" + 30 000 spaces + "x" (23 s before)', () => {
    const { ms, value } = timed(() => importReportText(`ANALYS AV${" ".repeat(30_000)}x`));
    expect(ms).toBeLessThan(1000);
    expect(value.evaluation).toBeNull();
    expect(codes(value)).toContain("no-municipality-or-year");
  });

  it("findTitles still reads titles with white space, line breaks and a month inside", () => {
    const text = `KommunKompassen\nANALYS AV   VALLENTUNA KOMMUN FEBRUARI\t 2017\nANALYS AV AVESTA KOMMUN${" ".repeat(5000)}2014`;
    expect(findTitles(text).map(({ name, year, month }) => ({ name, year, month }))).toEqual([
      { name: "VALLENTUNA KOMMUN", year: 2017, month: 2 },
      { name: "AVESTA KOMMUN", year: 2014, month: undefined },
    ]);
  });

  it('the totals: the Avesta report + "totalt" + 200 000 spaces (over 100 s before)', () => {
    const { ms, value } = timed(() => importReportText(`${AVESTA}\ntotalt${" ".repeat(200_000)}`));
    expect(ms).toBeLessThan(3000);
    expect(value.evaluation?.municipality.name).toBe("Avesta kommun");
  });

  it("a total is still read across white space of any kind", () => {
    const stated = importReportText(`${AVESTA}\nTotalt \u00a0\n 404\t poäng\n`);
    expect(stated.evaluation?.total).toBe(404);
    const named = importReportText(`${AVESTA}\nAvesta kommun 2014${" ".repeat(10_000)}–\n404 p\n`);
    expect(named.evaluation?.total).toBe(404);
  });
});

describe("issue 12 #2: word joining is linear", () => {
  it("joinWords on 100 000 words (quadratic before: the growing text was tested on every word)", () => {
    const tokens = Array.from({ length: 100_000 }, (_, i) => ({ text: i % 2 ? "ord" : "medborgar-", newline: true }));
    const { ms, value } = timed(() => joinWords(tokens));
    expect(ms).toBeLessThan(500);
    expect(value.startsWith("medborgar-ord medborgar-ord")).toBe(true);
    expect(value.length).toBe(50_000 * "medborgar-ord".length + 49_999);
  });

  it('the Avesta report followed by 100 000 lines of "ord" (20 s before)', () => {
    const { ms, value } = timed(() => importReportText(AVESTA + "\nord".repeat(100_000)));
    expect(ms).toBeLessThan(4000);
    expect(value.evaluation?.areas).toHaveLength(8);
  });
});

describe("issue 12 #3: the importer never throws", () => {
  it('"ANALYS AV AVESTA KOMMUN 2014\\nAvesta kommun 2014" + 10 M spaces + "–" (a stack overflow before)', () => {
    const input = `ANALYS AV AVESTA KOMMUN 2014\nAvesta kommun 2014${" ".repeat(10_000_000)}–`;
    const { value } = timed(() => importReportText(input));
    expect(value.evaluation).toBeNull();
    expect(codes(value)).toContain("no-area-score");
  });
});

/** Encodes text as Windows-1252 (every character of the fixtures has a byte there). */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = {
    "€": 0x80,
    "…": 0x85,
    "’": 0x92,
    "“": 0x93,
    "”": 0x94,
    "•": 0x95,
    "–": 0x96,
    "—": 0x97,
  };
  return Uint8Array.from([...text].map((c) => special[c] ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
}

describe("issue 12 #13: the encoding is decided per file, by a sound rule", () => {
  const utf8 = new TextEncoder().encode(VASTERAS);

  it("valid UTF-8 is UTF-8", () => {
    expect(decodeInput(utf8)).toEqual({ text: VASTERAS, encoding: "utf-8" });
  });

  it("UTF-8 with one stray byte stays UTF-8: one U+FFFD, the offset named, Västerås intact", () => {
    const at = utf8.indexOf(0x0a, 2000);
    const bytes = new Uint8Array([...utf8.subarray(0, at), 0xe4, ...utf8.subarray(at)]);
    const decoded = decodeInput(bytes);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.invalid).toEqual({ count: 1, offsets: [at] });
    expect(decoded.text).toBe(
      `${VASTERAS.slice(0, new TextDecoder().decode(utf8.subarray(0, at)).length)}\ufffd${VASTERAS.slice(new TextDecoder().decode(utf8.subarray(0, at)).length)}`,
    );
    const result = importReportText(bytes);
    expect(result.evaluation?.municipality.name).toBe(importReportText(VASTERAS).evaluation?.municipality.name);
    expect(result.evaluation?.municipality.name).toMatch(/^Västerås/);
    expect(result.findings.find((f) => f.code === "encoding-invalid-utf8")).toMatchObject({
      kind: "warning",
      values: { count: 1, offsets: String(at) },
    });
  });

  it("the same text in Windows-1252 is Windows-1252, and reads the same", () => {
    const bytes = cp1252(VASTERAS);
    const decoded = decodeInput(bytes);
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.text).toBe(VASTERAS);
    expect(importReportText(bytes).evaluation).toEqual(importReportText(VASTERAS).evaluation);
    expect(codes(importReportText(bytes))).toContain("encoding-windows-1252");
  });

  it("a byte order mark decides, and invalid bytes after it are still counted", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Västerås "), 0xff, 0x41]);
    expect(decodeInput(bytes)).toEqual({
      text: "Västerås \ufffdA",
      encoding: "utf-8-bom",
      invalid: { count: 1, offsets: [3 + 11] },
    });
  });

  it("counts invalid sequences as the WHATWG decoder replaces them", () => {
    // A truncated three-byte sequence is one error; the ASCII byte that ends it is read again.
    const bytes = Uint8Array.from([0xc3, 0xa4, 0xe2, 0x80, 0x41, 0x80, 0xf0, 0x9f, 0x98, 0x80]);
    const decoded = decodeInput(bytes);
    expect(decoded.text).toBe(new TextDecoder().decode(bytes));
    expect(decoded.text).toBe("ä\ufffdA\ufffd😀");
    expect(decoded.invalid).toEqual({ count: 2, offsets: [2, 5] });
  });
});

describe("issue 12 #14: CSV import is fast and bounded", () => {
  const header = "area;question;text;achieved;max;percent";

  it("10 MB with a bad cell in every row: about a second (4 s and 730 MB before), findings bounded per code", () => {
    const rows = Array.from({ length: 600_000 }, (_, i) => `1;1.${(i % 9) + 1};t;x;15;65%`);
    const input = `${header}\n${rows.join("\n")}`;
    expect(input.length).toBeGreaterThan(10_000_000);
    const { ms, value } = timed(() => importCsv(input, { municipality: "Avesta kommun", year: 2014 }));
    expect(ms).toBeLessThan(2500);
    const bad = value.findings.filter((f) => f.code === "csv-cell-not-number");
    expect(bad).toHaveLength(MAX_FINDINGS_PER_CODE);
    expect(
      value.findings.find((f) => f.code === "more-findings" && f.values.code === "csv-cell-not-number"),
    ).toMatchObject({
      values: { count: 600_000 - MAX_FINDINGS_PER_CODE },
    });
    expect(value.findings.length).toBeLessThan(100);
  });

  it("a header of 5 M columns: only the first 64 are read, and that is said (9.6 s and 1.2 GB before)", () => {
    const input = `question;achieved;${"x;".repeat(5_000_000)}\n1.1;10\n`;
    const { ms, value } = timed(() => importCsv(input, { municipality: "Avesta kommun", year: 2014 }));
    expect(ms).toBeLessThan(2000);
    expect(value.findings.find((f) => f.code === "csv-too-many-columns")).toMatchObject({
      values: { columns: 5_000_003, read: 64 },
    });
    expect(value.evaluation?.areas[0]?.questions?.[0]).toMatchObject({ id: "1.1", achieved: 10 });
  });

  describe("memory", () => {
    const dir = mkdtempSync(join(tmpdir(), "kk-import-memory-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("10 MB of bad rows imports in a Node with a 160 MB heap (out of memory before)", () => {
      const bundle = join(dir, "import.mjs");
      const built = spawnSync(
        resolve(repoRoot, "node_modules/.bin/esbuild"),
        [
          resolve(repoRoot, "packages/import/src/index.ts"),
          "--bundle",
          "--format=esm",
          "--platform=neutral",
          `--alias:@kommunkompassen/core=${resolve(repoRoot, "packages/core/src/index.ts")}`,
          `--alias:@kommunkompassen/core/messages=${resolve(repoRoot, "packages/core/src/messages/index.ts")}`,
          `--alias:@kommunkompassen/core/municipalities=${resolve(repoRoot, "packages/core/src/municipalities/index.ts")}`,
          `--outfile=${bundle}`,
          "--log-level=error",
        ],
        { encoding: "utf8" },
      );
      expect(built.status, built.stderr).toBe(0);
      const script = join(dir, "run.mjs");
      writeFileSync(
        script,
        `import { importCsv } from ${JSON.stringify(bundle)};
const rows = [];
for (let i = 0; i < 600000; i++) rows.push("1;1." + ((i % 9) + 1) + ";t;x;15;65%");
const result = importCsv("${header}\\n" + rows.join("\\n"), { municipality: "Avesta kommun", year: 2014 });
console.log(result.findings.length);`,
      );
      const run = spawnSync(process.execPath, ["--max-old-space-size=160", script], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(Number(run.stdout.trim())).toBeLessThan(100);
    }, 60_000);
  });
});
