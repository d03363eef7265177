/**
 * Issue 15: `kompass import report.pdf` — a PDF told by its magic bytes (whatever its name), read in
 * a child process with a memory and a time limit; the same figures as the report's text, every
 * value's evidence with its page in --json; a scan, an encrypted, a broken PDF or one that is no
 * report: a clear finding, exit 1, nothing written.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Evaluation } from "@kommunkompassen/core";
import type { ImportJson } from "../src/commands/import";
import { repoRoot } from "../../../test/support/fixtures";
import { reportPdf } from "../../import/test/pdf-writer";

const cli = join(repoRoot, "packages/cli/dist/cli.js");
const avestaText = resolve(repoRoot, "test/fixtures/reports/avesta-2014.txt");
const dir = mkdtempSync(join(tmpdir(), "kk-import-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kompass(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: repoRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const numbers = (e: Evaluation) =>
  e.areas.map((a) => [a.id, a.score, a.max, (a.questions ?? []).map((q) => [q.id, q.achieved, q.max, q.percent])]);

beforeAll(async () => {
  writeFileSync(
    join(dir, "avesta.pdf"),
    await reportPdf(readFileSync(avestaText, "utf8"), { header: "KommunKompassen" }),
  );
  const doc = async (draw: (page: PDFPage, font: PDFFont) => void) => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    draw(pdf.addPage([595, 842]), font);
    return pdf.save({ useObjectStreams: false });
  };
  writeFileSync(
    join(dir, "scan.pdf"),
    await doc((page) => page.drawRectangle({ x: 40, y: 40, width: 500, height: 700, color: rgb(0.7, 0.7, 0.7) })),
  );
  const plain = Buffer.from(await doc((page, font) => page.drawText("Hemlig", { x: 50, y: 700, font }))).toString(
    "latin1",
  );
  const hex = (n: number) => `<${"ab".repeat(n)}>`;
  const locked = plain.replace(
    /trailer\s*<</,
    `trailer\n<<\n/Encrypt << /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -44 >>\n/ID [${hex(16)} ${hex(16)}]\n`,
  );
  // Named .txt: the magic bytes decide.
  writeFileSync(join(dir, "locked.txt"), Buffer.from(locked, "latin1"));
  writeFileSync(join(dir, "broken.pdf"), "%PDF-1.7\nthis is not a PDF at all\n");
  writeFileSync(
    join(dir, "minutes.pdf"),
    await doc((page, font) => page.drawText("Protokoll från kommunstyrelsen 2014-03-02", { x: 50, y: 700, font })),
  );
}, 30_000);

describe("kompass import of a PDF", () => {
  it("the report's PDF: written, valid, the figures of its text; --json gives every value's evidence with its page", () => {
    const out = join(dir, "avesta.json");
    const r = kompass("import", join(dir, "avesta.pdf"), "-o", out, "--json");
    expect(r.code).toBe(0);
    const fromPdf = JSON.parse(readFileSync(out, "utf8")) as Evaluation;
    const fromText = JSON.parse(kompass("import", avestaText).stdout) as Evaluation;
    expect(numbers(fromPdf)).toEqual(numbers(fromText));
    expect(fromPdf.municipality.name).toBe("Avesta kommun");
    const report = (JSON.parse(r.stdout) as ImportJson).files[0]!;
    expect(report.pages).toBe(20);
    expect(report.evidence!.length).toBeGreaterThan(150);
    expect(report.evidence!.every((e) => typeof e.page === "number" && e.snippet !== undefined)).toBe(true);
    expect(report.findings.some((f) => f.code === "pdf-furniture-ignored")).toBe(true);
  });

  it("a scan, an encrypted PDF named .txt, a broken PDF and one that is no report: exit 1, each says why", () => {
    const files = ["scan.pdf", "locked.txt", "broken.pdf", "minutes.pdf"].map((f) => join(dir, f));
    const r = kompass("import", ...files, "-d", join(dir, "out"), "--json");
    expect(r.code).toBe(1);
    const reports = (JSON.parse(r.stdout) as ImportJson).files;
    expect(reports.map((f) => [f.valid, f.findings.find((x) => x.severity === "error")?.code])).toEqual([
      [false, "pdf-no-text"],
      [false, "pdf-encrypted"],
      [false, "pdf-broken"],
      [false, "no-municipality-or-year"],
    ]);
    expect(reports[0]!.error).toMatch(/none of the PDF's 1 page\(s\) has any text/);
    expect(existsSync(join(dir, "out"))).toBe(false);
    const sv = kompass("import", files[1]!, "--lang", "sv");
    expect(sv.code).toBe(1);
    expect(sv.stderr).toMatch(/PDF-filen är krypterad/);
  });
});
