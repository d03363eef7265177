import {
  closeSync,
  copyFileSync,
  constants,
  fchmodSync,
  linkSync,
  lstatSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { cliMessages, type WriteProblem } from "@kommunkompassen/core/messages";
import { describeFsError } from "../io";

/** A file to write: its path and content. */
export interface OutputFile {
  path: string;
  /**
   * The content, or a function that makes it when the file is written: a folder of 300 reports is
   * rendered page by page into its temporary files, never held in memory all at once.
   */
  content: string | Uint8Array | (() => string);
}

/** A file that could not be written. */
export class WriteError extends Error {
  /** The file that was to be written. */
  readonly path: string;
  /** Why, as data, for a message in another language (`cliMessages[lang].cannotWrite`). */
  readonly problem: WriteProblem;
  constructor(path: string, problem: WriteProblem) {
    super(cliMessages.en.cannotWrite(path, problem).replace(/^kompass: /, ""));
    this.name = "WriteError";
    this.path = path;
    this.problem = problem;
  }
}

const fsProblem = (error: unknown): WriteProblem =>
  (error as NodeJS.ErrnoException).code === "EISDIR"
    ? { kind: "directory" }
    : { kind: "fs", detail: describeFsError(error) };

/** The target's lstat, or null when there is nothing at the path yet. Never follows a link. */
function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new WriteError(path, fsProblem(error));
  }
}

/**
 * Why `path` cannot take an output file, or null when it can: output goes only to a regular file
 * or a new path, never through a symbolic link and never over a directory, device, FIFO or socket.
 */
export function outputProblem(path: string): WriteProblem | null {
  let stat: Stats | null;
  try {
    stat = lstatOrNull(path);
  } catch (error) {
    return (error as WriteError).problem;
  }
  if (stat === null || stat.isFile()) return null;
  if (stat.isSymbolicLink()) return { kind: "symlink" };
  return stat.isDirectory() ? { kind: "directory" } : { kind: "special" };
}

/** A target as checked before writing: its path and what was there (null for a new path). */
interface Target {
  file: OutputFile;
  before: Stats | null;
  temp?: string;
  backup?: string;
  committed?: boolean;
}

function checkTarget(file: OutputFile): Target {
  const problem = outputProblem(file.path);
  if (problem) throw new WriteError(file.path, problem);
  return { file, before: lstatOrNull(file.path) };
}

const tempName = (path: string) => join(dirname(path), `.kompass-${randomBytes(8).toString("hex")}.tmp`);

/** Writes a target's content to a new temporary file beside it (`wx`: never an existing file or link). */
function writeTemp(target: Target): void {
  const content = typeof target.file.content === "function" ? target.file.content() : target.file.content;
  const temp = tempName(target.file.path);
  let fd: number;
  try {
    fd = openSync(temp, "wx", 0o666);
  } catch (error) {
    throw new WriteError(target.file.path, fsProblem(error));
  }
  target.temp = temp;
  try {
    // A replaced file keeps its permissions.
    if (target.before) fchmodSync(fd, target.before.mode & 0o777);
    if (typeof content === "string") writeSync(fd, content);
    else writeSync(fd, content);
  } catch (error) {
    throw new WriteError(target.file.path, fsProblem(error));
  } finally {
    closeSync(fd);
  }
}

/** Whether what is at the path now is still what was checked (the same file, or still nothing). */
function unchanged(target: Target): boolean {
  const now = lstatOrNull(target.file.path);
  if (now === null || target.before === null) return now === target.before;
  return now.isFile() && now.dev === target.before.dev && now.ino === target.before.ino;
}

/** Keeps the file a target replaces under a second name (a hard link, or a copy), to restore it on failure. */
function keepBackup(target: Target): void {
  if (!target.before) return;
  const backup = tempName(target.file.path);
  try {
    linkSync(target.file.path, backup);
  } catch {
    copyFileSync(target.file.path, backup, constants.COPYFILE_EXCL);
  }
  target.backup = backup;
}

function removeQuietly(path: string | undefined): void {
  if (path === undefined) return;
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** Puts back what was at each committed target, and removes every temporary file. */
function rollBack(targets: readonly Target[]): void {
  for (const target of [...targets].reverse()) {
    try {
      if (target.committed && target.backup) renameSync(target.backup, target.file.path);
      else if (target.committed) unlinkSync(target.file.path);
    } catch {
      // nothing more can be done; the temporary names are removed below
    }
    removeQuietly(target.temp);
    removeQuietly(target.backup);
  }
}

function commit(targets: readonly Target[]): void {
  for (const target of targets) if (!unchanged(target)) throw new WriteError(target.file.path, { kind: "changed" });
  for (const target of targets) {
    try {
      keepBackup(target);
      renameSync(target.temp!, target.file.path);
      target.committed = true;
    } catch (error) {
      throw error instanceof WriteError ? error : new WriteError(target.file.path, fsProblem(error));
    }
  }
}

/**
 * Writes files all at once or not at all. Every target is checked first (a regular file or a new
 * path; never a symbolic link, directory, device, FIFO or socket; no path twice); every content
 * then goes to a temporary file in the target's own directory, created with `wx`; only when all
 * are written, and every target is still what was checked, are they renamed over their targets.
 * When a rename fails, the targets already replaced get their old files back (kept as hard links
 * until the end) and new ones are removed. Lazy contents are made one at a time, as they are written.
 * Throws a {@link WriteError} naming the path concerned.
 */
export function writeFilesAtomic(files: readonly OutputFile[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(resolve(file.path))) throw new WriteError(file.path, { kind: "fs", detail: "it is given twice" });
    seen.add(resolve(file.path));
  }
  const targets = files.map(checkTarget);
  try {
    for (const target of targets) writeTemp(target);
    commit(targets);
  } catch (error) {
    rollBack(targets);
    throw error;
  }
  for (const target of targets) removeQuietly(target.backup);
}
