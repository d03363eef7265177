import { closeSync, fstatSync, openSync, readSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { MAX_FILE_BYTES } from "../io";

/** A file system error in a few words (`no such file`, `permission denied`, …). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory, not a file";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "read-only file system";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Reads a text file of at most {@link MAX_FILE_BYTES} (refused from its size before reading), with
 * a UTF-8 byte order mark removed. Returns the text, or one line saying why it could not be read.
 */
export function readTextFile(path: string, maxBytes = MAX_FILE_BYTES): { ok: true; text: string } | { ok: false; message: string } {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    return { ok: false, message: (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : describeFsError(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: "is a directory, not a file" };
    if (stat.size > maxBytes) return { ok: false, message: `is ${stat.size} bytes; kompass reads files of at most ${maxBytes} bytes (10 MB)` };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { ok: false, message: `is larger than ${maxBytes} bytes; kompass reads files of at most 10 MB` };
    const text = buffer.subarray(0, length).toString("utf8");
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}

/** A file to write: its path and content. */
export interface OutputFile {
  path: string;
  content: string;
}

/**
 * Writes files so that none is ever half-written: every content goes first to a temporary file in
 * the target's own directory (so the rename stays on one file system); only when all of them are
 * written are they renamed over their targets. On failure the temporary files are removed and the
 * error is thrown with the path concerned.
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
      const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
      temps.push({ temp, path: file.path });
      try {
        writeFileSync(temp, file.content, { flag: "wx" });
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
