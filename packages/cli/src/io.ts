import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import {
  DEFAULT_MAX_BYTES,
  findJsonSyntaxError,
  textPosition,
  parseEvaluation,
  parseFrameworks,
  type Framework,
  type FrameworksValidationResult,
  type Issue,
  type ValidationResult,
} from "@kommunkompassen/core";
import { cliMessages, type ReadProblem } from "@kommunkompassen/core/messages";

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
  /** One line, in English: what is wrong with the file. */
  message: string;
  /** The same, as data, for a message in another language (`cliMessages[lang].readProblem`). */
  problem: ReadProblem;
}

/** A file that was read and validated. */
export interface ReadSuccess {
  ok: true;
  /** The validation outcome (which may still be invalid: not JSON, empty, or errors in the data). */
  result: ValidationResult;
}

/** The largest file `kompass` reads, in bytes (10 MB). */
export const MAX_FILE_BYTES = DEFAULT_MAX_BYTES;

/** The file name that stands for standard input. */
export const STDIN = "-";

/**
 * Names of standard input that are read from the open descriptor itself: opening them again
 * fails when it is a socket (ENXIO), as it is for a program started by Node or by some shells.
 */
const STDIN_NAMES = new Set([STDIN, "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]);

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
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

const failure = (problem: ReadProblem): ReadFailure => ({
  ok: false,
  message: cliMessages.en.readProblem(problem),
  problem,
});

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

/** Waits a few milliseconds without spinning (for a non-blocking standard input with nothing yet). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Reads from `fd` until its end, refusing as soon as more than `maxBytes` have arrived. */
function readStream(fd: number, maxBytes: number): BytesSuccess | ReadFailure {
  const chunks: Buffer[] = [];
  let length = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - length));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      pause(10);
      continue;
    }
    if (n === 0) return { ok: true, bytes: Buffer.concat(chunks, length) };
    chunks.push(chunk.subarray(0, n));
    length += n;
    if (length > maxBytes) return failure({ kind: "too-large", maxBytes });
  }
}

/**
 * Reads a file's bytes as a stream, whatever its kind: a regular file, a pipe, a FIFO, a `/proc`
 * file, or standard input for `-`. A directory, a missing or unreadable file, and a regular file
 * whose size is over `maxBytes` are refused before reading; anything else is refused as soon as
 * more than `maxBytes` bytes have arrived.
 */
export function readFileBytes(path: string, maxBytes = MAX_FILE_BYTES): BytesSuccess | ReadFailure {
  let fd: number;
  try {
    fd = STDIN_NAMES.has(path) ? 0 : openSync(path, "r");
  } catch (error) {
    return failure((error as NodeJS.ErrnoException).code === "ENOENT" ? { kind: "missing" } : fsProblem(error));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return failure({ kind: "directory" });
    if (stat.isFile() && stat.size > maxBytes) return failure({ kind: "too-large", bytes: stat.size, maxBytes });
    return readStream(fd, maxBytes);
  } catch (error) {
    return failure(fsProblem(error));
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

function fsProblem(error: unknown): ReadProblem {
  return (error as NodeJS.ErrnoException).code === "EISDIR"
    ? { kind: "directory" }
    : { kind: "fs", detail: describeFsError(error) };
}

/**
 * A JSON syntax error said without quoting the file (the JavaScript engine's message shows its
 * first characters, which may be a secret): where it is and what was expected there.
 */
export function jsonSyntaxIssue(text: string): Issue | null {
  const found = findJsonSyntaxError(text);
  if (!found) return null;
  const { line, column, byte } = textPosition(text, found.offset);
  return {
    severity: "error",
    kind: "json-syntax",
    path: "",
    message: cliMessages.en.jsonSyntax(found.expected, line, column, byte),
    details: { line, column, byte },
  };
}

/** A validation result with a JSON syntax error (if any) worded by {@link jsonSyntaxIssue}. */
export function withoutContent<R extends { valid: boolean; errors: Issue[] }>(text: string, result: R): R {
  if (result.valid || !result.errors.some((issue) => issue.kind === "json-syntax")) return result;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const own = jsonSyntaxIssue(body) ?? {
    severity: "error",
    kind: "json-syntax",
    path: "",
    message: "not valid JSON",
  };
  return { ...result, errors: result.errors.map((issue) => (issue.kind === "json-syntax" ? own : issue)) };
}

/**
 * Reads and validates an evaluation file (see {@link readFileBytes} for what is refused before
 * reading); everything read goes through {@link parseEvaluation}, and a syntax error is reported
 * with its place, never with the file's content.
 */
export function readEvaluationFile(
  path: string,
  maxBytes = MAX_FILE_BYTES,
  options: { frameworks?: readonly Framework[] } = {},
): ReadSuccess | ReadFailure {
  const read = readFileBytes(path, maxBytes);
  if (!read.ok) return read;
  const text = read.bytes.toString("utf8");
  const frameworks = options.frameworks && options.frameworks.length > 0 ? { frameworks: options.frameworks } : {};
  return { ok: true, result: withoutContent(text, parseEvaluation(text, { maxBytes, ...frameworks })) };
}

/** A file of framework definitions that was read and validated. */
export interface FrameworksReadSuccess {
  ok: true;
  /** The validation outcome (which may still be invalid: not JSON, empty, or errors in a definition). */
  result: FrameworksValidationResult;
  /** Whether the file holds an array of definitions (pointers `/0/…`) rather than one (pointers `/…`). */
  array: boolean;
}

/**
 * Reads and validates a file of framework definitions (`--frameworks FILE`: one definition or an
 * array of them), as {@link readEvaluationFile} reads an evaluation: within the size limit, a byte
 * order mark ignored, everything through core's {@link parseFrameworks}, a syntax error reported
 * with its place and never with the file's content.
 */
export function readFrameworksFile(path: string, maxBytes = MAX_FILE_BYTES): FrameworksReadSuccess | ReadFailure {
  const read = readFileBytes(path, maxBytes);
  if (!read.ok) return read;
  const text = read.bytes.toString("utf8");
  const array = /^\uFEFF?[ \t\n\r]*\[/.test(text);
  return { ok: true, result: withoutContent(text, parseFrameworks(text, { maxBytes })), array };
}
