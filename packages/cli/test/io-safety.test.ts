// @vitest-environment jsdom
/**
 * The `kompass` command's input and output safety (issue 12), run as a user would with the built
 * binary: any kind of input read as a stream within the size limit, `-` for standard input, output
 * never through a symbolic link or over a device, multi-file output all or nothing, text printed
 * to a terminal made safe, folder pages paired by municipality, and no file content in errors.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Evaluation } from "@kommunkompassen/core";
import { renderReportDocument } from "@kommunkompassen/react/server";
import { fixturePath, loadFixture, repoRoot } from "../../../test/support/fixtures";

const cli = join(repoRoot, "packages/cli/dist/cli.js");
const avesta = fixturePath("avesta-2014");
const avestaText = readFileSync(avesta, "utf8");
let root: string;
let n = 0;

/** Runs the built binary; `input` is piped to its standard input. */
function kompass(args: readonly string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    cwd: repoRoot,
    input,
    timeout: 20_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a shell command line (for FIFOs), with `$K` the built binary. */
function shell(script: string, ...args: string[]) {
  const result = spawnSync("sh", ["-c", script, "sh", ...args], {
    encoding: "utf8",
    env: { ...process.env, K: `${process.execPath} ${cli}` },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function freshDir(): string {
  const path = join(root, `case-${++n}`);
  mkdirSync(path);
  return path;
}

const writeJson = (path: string, value: unknown) => (writeFileSync(path, JSON.stringify(value)), path);

/** Every C0/C1 control, DEL and bidi control, none of which may reach a terminal raw. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run 'pnpm build' first (pnpm test does)`);
  root = mkdtempSync(join(tmpdir(), "kompass-safety-"));
});

describe("input: any kind of file, read as a stream (#9)", () => {
  it("a real pipe as /dev/stdin and as -: validate, score and render read all of it", () => {
    // A shell's pipe (`cat x.json | kompass validate /dev/stdin`), read whole rather than as one byte.
    const piped = shell('cat "$1" | $K validate /dev/stdin', avesta);
    expect(piped.stderr).toBe("");
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain("/dev/stdin: valid (0 errors, 1 warning)");
    // Node's child processes get a socket, which /dev/stdin cannot reopen: read from the descriptor.
    const viaDevStdin = kompass(["validate", "/dev/stdin"], avestaText);
    expect(viaDevStdin.code).toBe(0);
    expect(viaDevStdin.stdout).toContain("/dev/stdin: valid (0 errors, 1 warning)");

    const viaDash = kompass(["validate", "-"], avestaText);
    expect(viaDash.code).toBe(0);
    expect(viaDash.stdout).toContain("standard input: valid (0 errors, 1 warning)");
    expect(JSON.parse(kompass(["validate", "-", "--json"], avestaText).stdout).files[0].file).toBe("-");

    const score = kompass(["score", "-", "--json"], avestaText);
    expect(score.code).toBe(0);
    expect(JSON.parse(score.stdout).total).toBe(404);

    const out = join(freshDir(), "report.html");
    const render = kompass(["render", "-", "-o", out], avestaText);
    expect(render).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(out, "utf8")).toContain("Avesta kommun");
    // --compare and --reference take - too.
    const compared = kompass(
      ["render", fixturePath("vasteras-2014"), "--compare", "-", "-o", out],
      readFileSync(fixturePath("vasteras-2012"), "utf8"),
    );
    expect(compared.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("2012");
  });

  it("diff reads one side from standard input", () => {
    const r = kompass(
      ["diff", "-", fixturePath("vasteras-2014"), "--json"],
      readFileSync(fixturePath("vasteras-2012"), "utf8"),
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).areas[0]).toMatchObject({ from: 58, to: 67, delta: 9 });
  });

  it("standard input can be given only once", () => {
    const r = kompass(["diff", "-", "-"], avestaText);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kompass: standard input \(-\) can be read only once/);
  });

  it("a FIFO (mkfifo) is read to its end", () => {
    const fifo = join(freshDir(), "in.fifo");
    const r = shell('mkfifo "$1" && (cat "$2" > "$1" &) && $K score "$1" --json', fifo, avesta);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(404);
  });

  it("a /proc file (size 0 on stat) is read whole: not JSON, said with its place, exit 1", () => {
    const r = kompass(["validate", "/proc/self/status"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "/proc/self/status: error: not valid JSON: expected a value at line 1, column 1 (byte 0)\n" +
        "/proc/self/status: invalid (1 error, 0 warnings)\n",
    );
    // Read whole, not as one byte: a JSON /proc-like stream of many bytes is valid.
    const r2 = shell('$K validate /dev/fd/3 3< "$1"', avesta);
    expect(r2.code).toBe(0);
  });

  it("a stream over 10 MB is refused as soon as more arrives, exit 2", () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    const r = kompass(["validate", "-"], big);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("standard input: is larger than 10,485,760 bytes (10 MB)\n");
    // Exactly at the limit, it is read (and is only white space: empty).
    const r2 = kompass(["validate", "-"], big.subarray(1));
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain("the file is empty");
  });
});

describe("output: only regular files or new paths (#6)", () => {
  it("-o a symbolic link: refused, exit 2, the link and its target untouched", () => {
    const folder = freshDir();
    const target = join(folder, "target.txt");
    writeFileSync(target, "keep me");
    const link = join(folder, "out.html");
    symlinkSync(target, link);
    const r = kompass(["render", avesta, "-o", link, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `kompass: cannot write ${link}: it is a symbolic link, and kompass never writes through a link\n`,
    );
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, "utf8")).toBe("keep me");
    expect(readdirSync(folder).sort()).toEqual(["out.html", "target.txt"]);
  });

  it("a dangling symbolic link is refused too (it would create its target)", () => {
    const folder = freshDir();
    const link = join(folder, "out.html");
    symlinkSync(join(folder, "elsewhere.html"), link);
    const r = kompass(["render", avesta, "-o", link, "--lang", "en"]);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toContain("it is a symbolic link");
    expect(readdirSync(folder)).toEqual(["out.html"]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it("-o a device node (a copy of /dev/null made with mknod) stays a device", () => {
    const folder = freshDir();
    const device = join(folder, "null");
    const made = spawnSync("mknod", [device, "c", "1", "3"]);
    if (made.status !== 0) {
      // Not root: /dev/null itself is the device at hand, and must stay one.
      expect(kompass(["render", avesta, "-o", "/dev/null"]).code).toBe(2);
      expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
      return;
    }
    const r = kompass(["render", avesta, "-o", device, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("it is not a regular file (a device, FIFO or socket)");
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(folder)).toEqual(["null"]);
  });

  it("-o a FIFO is refused without opening it (which would block)", () => {
    const folder = freshDir();
    const fifo = join(folder, "out.fifo");
    spawnSync("mkfifo", [fifo]);
    const r = kompass(["render", avesta, "-o", fifo, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("it is not a regular file (a device, FIFO or socket)");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("--fragment's OUT.css a symbolic link, and a folder's OUTDIR a symbolic link: refused", () => {
    const folder = freshDir();
    const elsewhere = freshDir();
    symlinkSync(join(elsewhere, "x.css"), join(folder, "r.css"));
    const css = kompass(["render", avesta, "--fragment", "-o", join(folder, "r.html"), "--lang", "en"]);
    expect(css.code).toBe(2);
    expect(css.stderr).toContain(`cannot write ${join(folder, "r.css")}: it is a symbolic link`);
    expect(readdirSync(folder)).toEqual(["r.css"]);

    const input = freshDir();
    writeFileSync(join(input, "avesta.json"), avestaText);
    const linkedOut = join(folder, "site");
    symlinkSync(elsewhere, linkedOut);
    const r = kompass(["render", input, "-o", linkedOut, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("it is a symbolic link");
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it("a regular file is replaced, and keeps its permissions", () => {
    const folder = freshDir();
    const out = join(folder, "out.html");
    writeFileSync(out, "old", { mode: 0o640 });
    expect(kompass(["render", avesta, "-o", out]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("<!doctype html>");
    expect(lstatSync(out).mode & 0o777).toBe(0o640);
  });
});

describe("multi-file output: all or nothing (#10)", () => {
  it("--fragment with OUT.css a directory: exit 2, no OUT written, an old OUT kept as it was", () => {
    const folder = freshDir();
    mkdirSync(join(folder, "r.css"));
    const r = kompass(["render", avesta, "--fragment", "-o", join(folder, "r.html"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kompass: cannot write ${join(folder, "r.css")}: it is a directory\n`);
    expect(readdirSync(folder)).toEqual(["r.css"]);

    writeFileSync(join(folder, "r.html"), "old page");
    expect(kompass(["render", avesta, "--fragment", "-o", join(folder, "r.html")]).code).toBe(2);
    expect(readFileSync(join(folder, "r.html"), "utf8")).toBe("old page");
    expect(readdirSync(folder).sort()).toEqual(["r.css", "r.html"]);
  });

  it("folder mode with index.html a directory: exit 2, not one page written", () => {
    const input = freshDir();
    for (const name of ["avesta-2014", "vasteras-2012", "vasteras-2014"] as const)
      writeFileSync(join(input, `${name}.json`), readFileSync(fixturePath(name)));
    const out = freshDir();
    mkdirSync(join(out, "index.html"));
    const r = kompass(["render", input, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(readdirSync(out)).toEqual(["index.html"]);
  });
});

describe("terminal-safe printing (#11)", () => {
  const evil = "\u001b]0;pwned\u0007\u001b[2J";

  it("a key with escapes and a newline: shown escaped, no fake 'valid' line; --json keeps the exact key", () => {
    const evaluation = loadFixture("avesta-2014") as unknown as Record<string, unknown>;
    const key = `${evil}\n/tmp/x.json: valid (0 errors, 0 warnings)\u009b31m\u202e`;
    evaluation[key] = 1;
    const file = writeJson(join(freshDir(), "evil.json"), evaluation);
    const r = kompass(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toMatch(/^\/tmp\/x\.json: valid/m);
    expect(r.stderr).toContain("#/\\u001b]0;pwned\\u0007\\u001b[2J\\u000a~1tmp~1x.json: valid");
    expect(r.stderr).toContain("\\u009b31m\\u202e");

    const json = kompass(["validate", file, "--json"]);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const errors = JSON.parse(json.stdout).files[0].errors as { path: string }[];
    expect(errors.map((e) => e.path)).toContain("/" + key.replace(/~/g, "~0").replace(/\//g, "~1"));
  });

  it("score and diff tables, file names and folder mode's lines: names shown escaped", () => {
    const folder = freshDir();
    const evaluation = loadFixture("vasteras-2014");
    evaluation.municipality.name = `Västerås${evil}\nstad`;
    const file = writeJson(join(folder, `v${evil}.json`), evaluation);
    const score = kompass(["score", file]);
    expect(score.code).toBe(0);
    expect(score.stdout).not.toMatch(RAW_CONTROL);
    expect(score.stdout.split("\n")[0]).toBe(
      "Västerås\\u001b]0;pwned\\u0007\\u001b[2J\\u000astad 2014, Kommunkompassen 2.0",
    );

    const old = loadFixture("vasteras-2012");
    old.municipality.name = evaluation.municipality.name;
    const diff = kompass(["diff", writeJson(join(folder, "old.json"), old), file]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).not.toMatch(RAW_CONTROL);

    const missing = kompass(["validate", join(folder, `nope${evil}.json`)]);
    expect(missing.stderr).toBe(`${join(folder, "nope")}\\u001b]0;pwned\\u0007\\u001b[2J.json: no such file\n`);

    const out = join(freshDir(), "site");
    const rendered = kompass(["render", folder, "-o", out]);
    expect(rendered.code).toBe(0);
    expect(rendered.stdout + rendered.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe("terminal-safe printing of what the command line gives", () => {
  it("an option value or output path with a newline cannot print a line of its own", () => {
    const fake = "pink\nstandard input: valid (0 errors, 0 warnings)";
    const theme = kompass(["render", avesta, "-o", join(freshDir(), "o.html"), "--theme", fake]);
    expect(theme.code).toBe(2);
    expect(theme.stderr).not.toMatch(/^standard input: valid/m);
    expect(theme.stderr).toContain("pink\\u000astandard input");

    const folder = freshDir();
    const out = join(folder, "new\nstandard input: valid", "o.html");
    const r = kompass(["render", avesta, "-o", out, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain("new\\u000astandard input: valid");
  });
});

describe("folder mode pairs by municipality, never by a lossy slug (#12)", () => {
  const named = (fixture: "vasteras-2012" | "vasteras-2014", name: string): Evaluation => {
    const evaluation = loadFixture(fixture);
    evaluation.municipality.name = name;
    delete evaluation.municipality.code;
    return evaluation;
  };

  it("two municipalities whose names have no Latin letters: two page names, never compared", () => {
    const input = freshDir();
    writeJson(join(input, "a.json"), named("vasteras-2012", "Αθήνα"));
    writeJson(join(input, "b.json"), named("vasteras-2014", "Москва"));
    const out = join(freshDir(), "site");
    const r = kompass(["render", input, "-o", out, "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const pages = readdirSync(out).filter((f) => f !== "index.html");
    expect(pages).toHaveLength(2);
    expect(new Set(pages.map((p) => p.replace(/-\d{4}\.html$/, ""))).size).toBe(2);
    expect(r.stdout).not.toContain("compared with");
    for (const page of pages) expect(readFileSync(join(out, page), "utf8")).not.toContain('id="kk-change"');
  });

  it("the same non-Latin name in two years: paired, with page names of one slug", () => {
    const input = freshDir();
    writeJson(join(input, "a.json"), named("vasteras-2012", "Αθήνα"));
    writeJson(join(input, "b.json"), named("vasteras-2014", " Αθήνα "));
    writeJson(join(input, "c.json"), named("vasteras-2014", "Москва"));
    const out = join(freshDir(), "site");
    const r = kompass(["render", input, "-o", out, "--lang", "en"]);
    expect(r.code).toBe(0);
    const pages = readdirSync(out)
      .filter((f) => f !== "index.html")
      .sort();
    // The pages of Athens by their title (Moscow's page names Athens too: in its position among the model's).
    const athens = pages.filter((p) => /<title>[^<]*Αθήνα/.test(readFileSync(join(out, p), "utf8")));
    expect(athens).toHaveLength(2);
    expect(new Set(athens.map((p) => p.replace(/-\d{4}\.html$/, ""))).size).toBe(1);
    expect(r.stdout).toMatch(/: {1,2}Αθήνα {1,2}2014, compared with 2012 \(a\.json\)$/m);
    expect(r.stdout).toMatch(/: Москва 2014$/m);
  });
});

describe("errors never show the file's content (#15)", () => {
  it("a symbolic link to a secret file: where it stops being JSON and what was expected, not its bytes", () => {
    const folder = freshDir();
    const secret = join(folder, "secret.txt");
    writeFileSync(secret, "hunter2-top-secret-token\n");
    const link = join(folder, "innocent.json");
    symlinkSync(secret, link);
    for (const args of [
      ["validate", link],
      ["score", link],
      ["render", link, "-o", join(folder, "o.html")],
      ["validate", link, "--json"],
    ]) {
      const r = kompass(args);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stdout + r.stderr).not.toMatch(/hunter|secret-token|"h/);
    }
    expect(kompass(["validate", link]).stderr).toContain(
      `${link}: error: not valid JSON: expected a value at line 1, column 1 (byte 0)`,
    );
    // A reference file too.
    const ref = kompass(["render", avesta, "--reference", link, "-o", join(folder, "o.html"), "--lang", "en"]);
    expect(ref.code).toBe(1);
    expect(ref.stderr).not.toMatch(/hunter/);
    expect(ref.stderr).toContain("expected a value at line 1, column 1 (byte 0)");
  });

  it("the place is exact: line, column and UTF-8 byte offset", () => {
    const file = join(freshDir(), "bad.json");
    writeFileSync(file, '{\n  "år": "Västerås" x\n}');
    const r = kompass(["validate", file]);
    expect(r.stderr).toContain("not valid JSON: expected ',' or '}' at line 2, column 20 (byte 24)");
    expect(r.stderr).not.toContain("Västerås");
  });
});

describe("one JSON-pointer helper", () => {
  it("a reference file's issues point into it with RFC 6901 escapes (core's toPointer)", () => {
    const folder = freshDir();
    const reference = { kind: "average", label: "B", framework: "kommunkompassen-2.0", areas: [{ id: 1, score: 5 }] };
    const array = writeJson(join(folder, "refs.json"), [reference, { ...reference, "a/b~c": 1 }]);
    const single = writeJson(join(folder, "ref.json"), { ...reference, "a/b~c": 1 });
    const out = join(folder, "o.html");
    expect(kompass(["render", avesta, "--reference", array, "-o", out, "--lang", "en"]).stderr).toContain(
      `${array}#/1/a~1b~0c: error: unknown property "a/b~c"`,
    );
    expect(kompass(["render", avesta, "--reference", single, "-o", out, "--lang", "en"]).stderr).toContain(
      `${single}#/a~1b~0c: error: unknown property "a/b~c"`,
    );
  });
});

describe("numbers through core's formatter (issue 11 #7)", () => {
  it("score prints a score of 0.35 as the report page does: 0,4 in Swedish, 0.4 in English", () => {
    const evaluation = loadFixture("vasteras-2014");
    evaluation.areas[0]!.score = 0.35;
    const file = writeJson(join(freshDir(), "fraction.json"), evaluation);
    const row = (stdout: string) => stdout.split("\n").find((line) => line.startsWith("1 "))!;
    expect(row(kompass(["score", file]).stdout)).toMatch(/^1\s+Offentlighet och demokrati\s+0,4\s+100\s+0$/);
    expect(row(kompass(["score", file, "--lang", "en"]).stdout)).toMatch(/\s0\.4\s+100\s+0$/);

    const page = new DOMParser().parseFromString(renderReportDocument(evaluation, { lang: "sv" }), "text/html");
    const cells = [...page.querySelectorAll("tr")]
      .filter((tr) => tr.textContent?.includes("Offentlighet och demokrati"))
      .map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.some((cellsOfRow) => cellsOfRow.includes("0,4"))).toBe(true);
    expect(JSON.parse(kompass(["score", file, "--json"]).stdout).areas[0].score).toBe(0.35);
  });

  it("counts and sizes in messages go through it too (en for validate)", () => {
    const r = kompass(["diff", fixturePath("vasteras-2012"), fixturePath("vasteras-2014"), "--lang", "en"]);
    expect(r.stdout).toMatch(/^4\s+Leadership, responsibility and delegation\s+65\s+75\s+\+10$/m);
  });
});
