import { basename } from "node:path";
import { parseCollection, type Collection, type Framework, type Lang } from "@kommunkompassen/core";
import type { FolderEntry } from "@kommunkompassen/react/server";
import { fileLabel } from "../format";
import { readTextFile, STDIN, type Output } from "../io";
import { printInvalid, unreadableLine } from "../commands/load";

/**
 * Whether a file holds a collection (`collection.schema.json`: an object with an `evaluations`
 * array and no `municipality`) rather than one evaluation. Only a file that is readable JSON can be
 * one; anything else is left to be read as an evaluation, which reports what is wrong with it.
 */
export function isCollectionFile(path: string): boolean {
  if (path === STDIN) return false;
  const read = readTextFile(path);
  if (!read.ok) return false;
  try {
    const data: unknown = JSON.parse(read.text.charCodeAt(0) === 0xfeff ? read.text.slice(1) : read.text);
    return (
      typeof data === "object" &&
      data !== null &&
      !Array.isArray(data) &&
      Array.isArray((data as { evaluations?: unknown }).evaluations) &&
      !("municipality" in data)
    );
  } catch {
    return false;
  }
}

/** A collection read for a site: its evaluations as entries, its definitions and the collection itself. */
export interface LoadedCollection {
  collection: Collection;
  entries: FolderEntry[];
  /** Its own framework definitions, then those of `--frameworks`. */
  frameworks: Framework[];
}

/**
 * Reads and validates a collection file (the core's `parseCollection`, with the `--frameworks`
 * definitions); every error is printed against the file with its JSON pointer
 * (`collection.json#/evaluations/17/areas/3/score`). Returns the collection, or the exit code: 2 when
 * the file cannot be read, 1 when it is not valid.
 */
export function loadCollection(
  file: string,
  frameworks: readonly Framework[],
  lang: Lang,
  io: Output,
): LoadedCollection | { exitCode: number } {
  const read = readTextFile(file);
  if (!read.ok) {
    io.err(unreadableLine(file, read, lang));
    return { exitCode: 2 };
  }
  const result = parseCollection(read.text, frameworks.length > 0 ? { frameworks } : {});
  if (!result.valid) {
    printInvalid(file, result.errors, lang, io);
    return { exitCode: 1 };
  }
  const entries = result.collection.evaluations.map((evaluation, i) => ({
    file: `${file}#/evaluations/${i}`,
    evaluation,
  }));
  return { collection: result.collection, entries, frameworks: result.frameworks };
}

/** How an entry's source is named in the output: a file's name, or a collection's name with the evaluation's pointer. */
export function entryLabel(file: string): string {
  const hash = file.indexOf("#/evaluations/");
  return hash < 0 ? fileLabel(basename(file)) : `${fileLabel(basename(file.slice(0, hash)))}${file.slice(hash)}`;
}
