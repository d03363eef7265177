import { renameSync, unlinkSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { describeFsError } from "../io";

/** A file to write: its path and content. */
export interface OutputFile {
  path: string;
  /**
   * The content, or a function that makes it when the file is written: a folder of 300 reports is
   * rendered page by page into its temporary files, never held in memory all at once.
   */
  content: string | (() => string);
}

/**
 * Writes files so that none is ever half-written: every content goes first to a temporary file in
 * the target's own directory (so the rename stays on one file system); only when all of them are
 * written are they renamed over their targets. On failure the temporary files are removed and the
 * error is thrown with the path concerned. Lazy contents are made one at a time, as they are written.
 */
export function writeFilesAtomic(files: readonly OutputFile[]): void {
  const temps: { temp: string; path: string }[] = [];
  const cleanUp = () => {
    for (const { temp } of temps) {
      try {
        unlinkSync(temp);
      } catch {
        // already renamed or never created
      }
    }
  };
  try {
    for (const file of files) {
      const temp = join(
        dirname(file.path),
        `.${basename(file.path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
      );
      temps.push({ temp, path: file.path });
      try {
        writeFileSync(temp, typeof file.content === "function" ? file.content() : file.content, { flag: "wx" });
      } catch (error) {
        throw new WriteError(file.path, error);
      }
    }
    for (const { temp, path } of temps) {
      try {
        renameSync(temp, path);
      } catch (error) {
        throw new WriteError(path, error);
      }
    }
  } catch (error) {
    cleanUp();
    throw error;
  }
}

/** A file that could not be written. */
export class WriteError extends Error {
  /** The file that was to be written. */
  readonly path: string;
  constructor(path: string, cause: unknown) {
    super(`cannot write ${path}: ${describeFsError(cause)}`);
    this.name = "WriteError";
    this.path = path;
  }
}
