/**
 * writeFilesAtomic when a rename fails half way (a full disk, a file system that changes under
 * it): the targets already replaced get their old content back and new ones are removed.
 * node:fs is wrapped so that one chosen rename fails; everything else is the real file system.
 */
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type * as NodeFs from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";

const failRenameTo = vi.hoisted(() => ({ target: "" }));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (String(to) === failRenameTo.target) {
      throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    }
    return fs.renameSync(from, to);
  };
  return { ...fs, default: { ...fs, renameSync }, renameSync };
});

const { WriteError, writeFilesAtomic } = await import("../src/render/files");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kompass-files-"));
  failRenameTo.target = "";
});

describe("writeFilesAtomic: all or nothing", () => {
  it("a rename failing after others: the replaced file restored, the new one removed, nothing left over", () => {
    const site = join(dir, "site");
    mkdirSync(site);
    writeFileSync(join(site, "a.html"), "old a");
    failRenameTo.target = join(site, "index.html");
    let thrown: unknown;
    try {
      writeFilesAtomic([
        { path: join(site, "a.html"), content: "new a" },
        { path: join(site, "b.html"), content: () => "new b" },
        { path: join(site, "index.html"), content: "new index" },
      ]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WriteError);
    expect((thrown as InstanceType<typeof WriteError>).message).toBe(
      `cannot write ${join(site, "index.html")}: no space left on the device`,
    );
    expect(readdirSync(site)).toEqual(["a.html"]);
    expect(readFileSync(join(site, "a.html"), "utf8")).toBe("old a");
  });

  it("without a failure, every file is replaced and no backup or temporary file is left", () => {
    writeFileSync(join(dir, "a.html"), "old a");
    writeFilesAtomic([
      { path: join(dir, "a.html"), content: "new a" },
      { path: join(dir, "b.html"), content: "new b" },
    ]);
    expect(readdirSync(dir).sort()).toEqual(["a.html", "b.html"]);
    expect(readFileSync(join(dir, "a.html"), "utf8")).toBe("new a");
  });

  it("a target swapped for a symbolic link while the contents are written: refused, nothing renamed", () => {
    const secret = join(dir, "secret");
    writeFileSync(secret, "keep me");
    writeFileSync(join(dir, "a.html"), "old a");
    const swap = () => {
      // Between the first check and the renames, a.html becomes a link to another file.
      unlinkSync(join(dir, "a.html"));
      symlinkSync(secret, join(dir, "a.html"));
      return "new b";
    };
    expect(() =>
      writeFilesAtomic([
        { path: join(dir, "a.html"), content: "new a" },
        { path: join(dir, "b.html"), content: swap },
      ]),
    ).toThrow(`cannot write ${join(dir, "a.html")}: it changed while kompass was writing; nothing was written`);
    expect(lstatSync(join(dir, "a.html")).isSymbolicLink()).toBe(true);
    expect(readFileSync(secret, "utf8")).toBe("keep me");
    expect(readdirSync(dir).sort()).toEqual(["a.html", "secret"]);
  });

  it("the same path twice is refused before anything is written", () => {
    expect(() =>
      writeFilesAtomic([
        { path: join(dir, "a.html"), content: "1" },
        { path: join(dir, ".", basename(join(dir, "a.html"))), content: "2" },
      ]),
    ).toThrow(/given twice/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
