import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { DEFAULT_MAX_BYTES, parseEvaluation, type ValidationResult } from "@kommunkompassen/core";

/** Where the CLI writes: injectable so that tests can run commands in-process. */
export interface Output {
  /** Normal output (stdout). */
  out(text: string): void;
  /** Diagnostics (stderr). */
  err(text: string): void;
}

/** A file that could not be read at all (exit code 2), as opposed to one that is not a valid evaluation. */
export interface ReadFailure {
  ok: false;
  /** One line: what is wrong with the file. */
  message: string;
}

/** A file that was read and validated. */
export interface ReadSuccess {
  ok: true;
  /** The validation outcome (which may still be invalid: not JSON, empty, or errors in the data). */
  result: ValidationResult;
}

/** The largest file `kompass` reads, in bytes (10 MB); larger files are refused before reading. */
export const MAX_FILE_BYTES = DEFAULT_MAX_BYTES;

/** A file system error in a few words (`no such file or directory`, `permission denied`, …). */
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
 * Reads a text file within the size limit (see {@link readFileBytes}), decoded as UTF-8 with a byte
 * order mark removed.
 */
export function readTextFile(path: string, maxBytes = MAX_FILE_BYTES): { ok: true; text: string } | ReadFailure {
  const read = readFileBytes(path, maxBytes);
  if (!read.ok) return read;
  const text = read.bytes.toString("utf8");
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** A file's bytes, read within the size limit. */
export interface BytesSuccess {
  ok: true;
  bytes: Buffer;
}

/**
 * Reads a file's bytes. Directories, missing or unreadable files and files over `maxBytes` are
 * refused without reading their content: the size is checked with `fstat` before reading, and at
 * most `maxBytes + 1` bytes are read so that a file growing after the check is still caught.
 */
export function readFileBytes(path: string, maxBytes = MAX_FILE_BYTES): BytesSuccess | ReadFailure {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    // An input that is not there: "no such file" says it best.
    return {
      ok: false,
      message: (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : describeFsError(error),
    };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: "is a directory, not a file" };
    if (stat.size > maxBytes) {
      return { ok: false, message: `is ${stat.size} bytes; kompass reads files of at most ${maxBytes} bytes (10 MB)` };
    }
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) break;
    }
    if (length > maxBytes)
      return { ok: false, message: `is larger than ${maxBytes} bytes; kompass reads files of at most 10 MB` };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and validates an evaluation file. Directories, missing or unreadable files and files over
 * {@link MAX_FILE_BYTES} are refused without reading their content (a 50 MB file is refused at
 * once); everything else goes through {@link parseEvaluation}.
 */
export function readEvaluationFile(path: string, maxBytes = MAX_FILE_BYTES): ReadSuccess | ReadFailure {
  const read = readFileBytes(path, maxBytes);
  if (!read.ok) return read;
  return { ok: true, result: parseEvaluation(read.bytes.toString("utf8"), { maxBytes }) };
}
