// @vitest-environment jsdom
/**
 * `kompass render --format svg|png|card|csv|csv-plain`: the built binary, end to end, each file
 * checked by its content: the SVG parsed and its numbers equal to the scorer's, the PNG decoded
 * (its size, and that it is not blank), the CSV re-read in the convention it claims.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatNumber, scoreEvaluation } from "@kommunkompassen/core";
import { fixturePath, loadFixture, repoRoot } from "../../../test/support/fixtures";
import { readCsv, readNumber, records } from "../../../test/support/csv-read";
import { decodePng, nonBackgroundPixels, pixelAt } from "../../../test/support/png";

const cli = join(repoRoot, "packages/cli/dist/cli.js");
const dir = mkdtempSync(join(tmpdir(), "kompass-formats-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kompass(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: repoRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Renders one format with --json and returns what it says it wrote, and the file. */
function render(input: string, format: string, name: string, ...args: string[]) {
  const out = join(dir, name);
  const result = kompass("render", input, "--format", format, "-o", out, "--json", ...args);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const written = (
    JSON.parse(result.stdout) as { files: { file: string; bytes: number; width?: number; height?: number }[] }
  ).files;
  expect(written).toHaveLength(1);
  const bytes = readFileSync(out);
  expect(written[0]!.bytes).toBe(bytes.byteLength);
  return { out, bytes, written: written[0]! };
}

describe("kompass render --format svg", () => {
  it("the bars of Avesta 2014: every value label is the scorer's score", () => {
    const { bytes, written } = render(fixturePath("avesta-2014"), "svg", "avesta-bars.svg", "--chart", "bars");
    const doc = new DOMParser().parseFromString(bytes.toString("utf8"), "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    const values = [...doc.querySelectorAll(".kk-series--evaluation .kk-bar__value")].map((t) => t.textContent);
    expect(values).toEqual(
      scoreEvaluation(loadFixture("avesta-2014")).areas.map((a) => formatNumber(a.score.value!, "sv")),
    );
    expect(doc.documentElement.getAttribute("width")).toBe(String(written.width));
  });

  it("the radar of Västerås 2014 compared with 2012, in English: both series and the legend", () => {
    const { bytes } = render(
      fixturePath("vasteras-2014"),
      "svg",
      "v.svg",
      "--compare",
      fixturePath("vasteras-2012"),
      "--lang",
      "en",
    );
    const svg = bytes.toString("utf8");
    expect(svg).toContain('lang="en"');
    expect(svg).toContain("Västerås stad 2012");
    expect(svg).toContain("Transparency and democracy");
  });
});

describe("kompass render --format png and card", () => {
  it("PNG at 1× and 2×: twice the width, not blank, the background of the theme", () => {
    const one = render(fixturePath("avesta-2014"), "png", "a1.png");
    const two = render(fixturePath("avesta-2014"), "png", "a2.png", "--scale", "2");
    const dark = render(fixturePath("avesta-2014"), "png", "a-dark.png", "--theme", "dark");
    const [p1, p2, pd] = [one, two, dark].map((r) => decodePng(r.bytes));
    expect([p1!.width, p1!.height]).toEqual([one.written.width, one.written.height]);
    expect(p2!.width).toBe(p1!.width * 2);
    expect(p2!.height).toBe(p1!.height * 2);
    for (const png of [p1!, p2!, pd!])
      expect(nonBackgroundPixels(png) / (png.width * png.height)).toBeGreaterThan(0.03);
    expect(pixelAt(p1!, 2, 2)).toEqual([255, 255, 255, 255]);
    expect(pixelAt(pd!, 2, 2)).toEqual([18, 18, 18, 255]);
  });

  it("the card: 1200 × 630 (2400 × 1260 at 2×), not blank", () => {
    const card = decodePng(render(fixturePath("avesta-2014"), "card", "card.png").bytes);
    expect([card.width, card.height]).toEqual([1200, 630]);
    expect(nonBackgroundPixels(card)).toBeGreaterThan(1200 * 630 * 0.02);
    const big = decodePng(render(fixturePath("avesta-2014"), "card", "card2.png", "--scale", "2").bytes);
    expect([big.width, big.height]).toEqual([2400, 1260]);
  });

  it("the same picture on every run (the shipped font, no system font)", () => {
    const a = render(fixturePath("vasteras-2014"), "png", "same-a.png").bytes;
    const b = render(fixturePath("vasteras-2014"), "png", "same-b.png").bytes;
    expect(Buffer.compare(a, b)).toBe(0);
  });
});

describe("kompass render --format csv and csv-plain", () => {
  it("one evaluation: the Swedish Excel dialect and the plain one, re-read, equal to the scorer's", () => {
    const scores = scoreEvaluation(loadFixture("avesta-2014"));
    for (const [format, separator, dialect] of [
      ["csv", ";", "excel"],
      ["csv-plain", ",", "plain"],
    ] as const) {
      const read = readCsv(render(fixturePath("avesta-2014"), format, `a.${format}`).bytes.toString("utf8"), separator);
      expect(read.bom).toBe(dialect === "excel");
      const rows = records(read);
      for (const area of scores.areas) {
        const row = rows.find((r) => r["Nivå"] === "Område" && r["Område"] === String(area.id))!;
        expect(readNumber(row["Poäng"]!, dialect)).toBe(area.score.value);
      }
    }
  });

  it("a folder: a row per evaluation, with its model and total", () => {
    const read = readCsv(
      render(join(repoRoot, "test/fixtures"), "csv", "all.csv", "--lang", "en").bytes.toString("utf8"),
      ";",
    );
    const rows = records(read);
    const avesta = rows.find((r) => r["Municipality"] === "Avesta kommun")!;
    expect(avesta).toMatchObject({ Model: "kommunkompassen-2.0", Total: "404", "Area 6": "52" });
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  it("a hostile name is inert in the file", () => {
    const evil = loadFixture("avesta-2014");
    evil.municipality.name = "=cmd|' /C calc'!A0";
    const input = join(dir, "evil.json");
    writeFileSync(input, JSON.stringify(evil));
    const rows = readCsv(render(input, "csv", "evil.csv").bytes.toString("utf8"), ";").rows.slice(1);
    expect(rows.every((r) => r[0] === "'=cmd|' /C calc'!A0")).toBe(true);
  });
});

describe("kompass render --format: errors", () => {
  it("usage errors exit 2, nothing to draw exits 1, and nothing is written", () => {
    const out = join(dir, "never.png");
    for (const args of [
      ["--format", "gif"],
      ["--format", "png", "--scale", "9"],
      ["--format", "csv", "--chart", "bars"],
      ["--format", "png", "--chart", "pie"],
      ["--format", "csv", "--compare", fixturePath("vasteras-2012")],
      ["--json"],
    ]) {
      const result = kompass("render", fixturePath("avesta-2014"), "-o", out, ...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^kompass: /);
    }
    const folder = kompass("render", join(repoRoot, "test/fixtures"), "--format", "png", "-o", out);
    expect(folder.code).toBe(2);
    const none = kompass("render", fixturePath("example-original-2006"), "--format", "png", "-o", out);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("har inget att rita");
    expect(existsSync(out)).toBe(false);
  });
});
