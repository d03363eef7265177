/**
 * The inputs of `kompass collect` and `kompass stats`: PATHs that are evaluation files, collection
 * files or folders (their `*.json` files, recursively), read and validated, then checked together
 * as one collection (two evaluations of the same municipality and year are an error), every
 * problem reported at the file (and JSON pointer) it comes from.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, resolve } from "node:path";
import {
  parseCollection,
  parseEvaluation,
  validateCollection,
  type Collection,
  type Evaluation,
  type Framework,
  type Issue,
  type Lang,
} from "@kommunkompassen/core";
import { cliMessages } from "@kommunkompassen/core/messages";
import { checkMunicipality } from "@kommunkompassen/core/municipalities";
import { fileLabel, issueLine } from "./format";
import {
  describeFsError,
  MAX_FILE_BYTES,
  readFileBytes,
  STDIN,
  withoutContent,
  type Output,
  type ReadFailure,
} from "./io";
import { printInvalid, unreadableLine } from "./commands/load";
import { printable } from "./safe";

/** How many files the PATHs may stand for (a collection holds at most 10 000 evaluations). */
export const MAX_INPUT_FILES = 10000;

/** The JSON files PATHs stand for, in order; or the exit code after printing why (2). */
export function expandPaths(
  paths: readonly string[],
  io: Output,
  lang: Lang,
  exclude: readonly string[] = [],
): { files: string[] } | { exitCode: number } {
  const files: string[] = [];
  const skip = new Set(exclude.map((p) => resolve(p)));
  let exitCode = 0;
  for (const path of paths) {
    if (path === STDIN) {
      files.push(path);
      continue;
    }
    let directory: boolean;
    try {
      directory = statSync(path).isDirectory();
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      io.err(
        `${fileLabel(path, lang)}: ${printable(missing ? cliMessages[lang].readProblem({ kind: "missing" }) : describeFsError(error))}`,
      );
      exitCode = 2;
      continue;
    }
    if (!directory) {
      files.push(path);
      continue;
    }
    const found: string[] = [];
    const problem = walk(path, found, new Set(), skip);
    if (problem) {
      io.err(printable(`${fileLabel(problem.dir, lang)}: ${describeFsError(problem.error)}`));
      exitCode = 2;
    } else if (found.length === 0) {
      io.err(`${fileLabel(path, lang)}: ${cliMessages[lang].stats.noJsonFound}`);
      exitCode = 2;
    }
    files.push(...found);
  }
  if (files.length > MAX_INPUT_FILES) {
    io.err(`kompass: ${files.length} files; at most ${MAX_INPUT_FILES} are read (a collection's limit)`);
    return { exitCode: 2 };
  }
  return exitCode ? { exitCode } : { files };
}

/**
 * A folder's `.json` files, recursively, in name order; names starting with "." are skipped, a
 * folder reached twice (through a link) is read once. Returns the first folder that cannot be read.
 */
function walk(
  dir: string,
  found: string[],
  seen: Set<string>,
  skip: ReadonlySet<string>,
): { dir: string; error: unknown } | undefined {
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return undefined;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    return { dir, error };
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    let directory = entry.isDirectory();
    let file = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = statSync(path);
        directory = stat.isDirectory();
        file = stat.isFile();
      } catch {
        // a dangling link: neither
      }
    }
    if (directory) {
      const problem = walk(path, found, seen, skip);
      if (problem) return problem;
    } else if (file && entry.name.toLowerCase().endsWith(".json") && !skip.has(resolve(path))) found.push(path);
  }
  return undefined;
}

/** One input file, read and validated. */
export type JsonInput =
  | { file: string; kind: "evaluation"; evaluation: Evaluation; warnings: Issue[] }
  | { file: string; kind: "collection"; collection: Collection; frameworks: Framework[]; warnings: Issue[] }
  | { file: string; kind: "invalid"; errors: Issue[] }
  | { file: string; kind: "unreadable"; failure: ReadFailure };

/** Whether parsed JSON is a collection (an object with an `evaluations` array) rather than an evaluation. */
function isCollection(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return (
      typeof value === "object" &&
      value !== null &&
      Array.isArray((value as { evaluations?: unknown }).evaluations) &&
      !("areas" in value)
    );
  } catch {
    return false;
  }
}

/**
 * Reads one input: a collection (an object with `evaluations`, validated with `parseCollection`,
 * its own definitions used) or else an evaluation (`parseEvaluation`); a syntax error said with
 * its place, never with the file's content.
 */
export function readJsonInput(file: string, frameworks: readonly Framework[]): JsonInput {
  const read = readFileBytes(file);
  if (!read.ok) return { file, kind: "unreadable", failure: read };
  const text = read.bytes.toString("utf8");
  const options = { maxBytes: MAX_FILE_BYTES, ...(frameworks.length > 0 ? { frameworks } : {}) };
  if (isCollection(text)) {
    const result = parseCollection(text, { ...options, checkMunicipality });
    if (!result.valid) return { file, kind: "invalid", errors: result.errors };
    return {
      file,
      kind: "collection",
      collection: result.collection,
      frameworks: result.frameworks,
      warnings: result.warnings,
    };
  }
  const result = withoutContent(text, parseEvaluation(text, options));
  if (!result.valid) return { file, kind: "invalid", errors: result.errors };
  return { file, kind: "evaluation", evaluation: result.evaluation, warnings: result.warnings };
}

/** Where an evaluation of the assembled collection comes from: its file, and its pointer there. */
export interface Origin {
  file: string;
  /** `""` for an evaluation file, `/evaluations/K` for an evaluation in a collection file. */
  pointer: string;
}

/** The evaluations of every input in one list, each with its origin, and the definitions the collections carry. */
export interface Assembled {
  evaluations: Evaluation[];
  origins: Origin[];
  /** The collections' own framework definitions (each model once). */
  frameworks: Framework[];
  /** Each input's warnings, at its file (a collection's with the registry check). */
  warnings: { file: string; issue: Issue }[];
}

/** An issue at a pointer of the assembled collection, at its file and pointer there. */
export function located(issue: Issue, origins: readonly Origin[]): { file: string; issue: Issue } {
  const match = /^\/evaluations\/(\d+)(.*)$/.exec(issue.path);
  const origin = match ? origins[Number(match[1])] : undefined;
  if (!origin || !match) return { file: origins[0]?.file ?? "", issue };
  return { file: origin.file, issue: { ...issue, path: origin.pointer + match[2]! } };
}

const where = (origin: Origin | undefined, lang: Lang) =>
  origin ? `${fileLabel(origin.file, lang)}${origin.pointer ? `#${origin.pointer}` : ""}` : "";

/**
 * Checks the evaluations of every input together (with `checkMunicipality`): the same municipality
 * and year twice is an error at the second, naming the first's file. Returns the errors, and the
 * warnings each input's own check could not give (a code of an evaluation file that does not fit
 * its name in the registry), each at its file.
 */
export function checkTogether(
  assembled: Assembled,
  frameworks: readonly Framework[],
  lang: Lang,
): { errors: { file: string; issue: Issue }[]; warnings: { file: string; issue: Issue }[] } {
  const whole = { schemaVersion: 1, frameworks: assembled.frameworks, evaluations: assembled.evaluations };
  const result = validateCollection(whole, { frameworks, checkMunicipality });
  const errors = result.errors.map((issue) => {
    if (issue.kind !== "duplicate-evaluation") return located(issue, assembled.origins);
    const first = /^\/evaluations\/(\d+)$/.exec(String(issue.details?.at ?? ""));
    const other = first ? assembled.origins[Number(first[1])] : undefined;
    const { municipality, year } = issue.details as { municipality: string; year: number };
    const message = cliMessages[lang].stats.duplicate(municipality, year, where(other, lang));
    return located({ ...issue, message }, assembled.origins);
  });
  const fromFiles = result.warnings.filter(
    (issue) =>
      issue.kind === "municipality-code-mismatch" &&
      located(issue, assembled.origins).issue.path === "/municipality/code",
  );
  return { errors, warnings: fromFiles.map((issue) => located(issue, assembled.origins)) };
}

/**
 * Reads every input and assembles their evaluations, printing every problem (unreadable: exit 2;
 * invalid, a model defined differently in two collections: exit 1). `collectionsAllowed: false`
 * (collect) makes a collection file an error naming it.
 */
export function readInputs(
  files: readonly string[],
  frameworks: readonly Framework[],
  io: Output,
  lang: Lang,
  collectionsAllowed: boolean,
): { assembled: Assembled } | { exitCode: number } {
  const assembled: Assembled = { evaluations: [], origins: [], frameworks: [], warnings: [] };
  let exitCode = 0;
  for (const file of files) {
    const input = readJsonInput(file, frameworks);
    if (input.kind === "unreadable") {
      io.err(unreadableLine(file, input.failure, lang));
      exitCode = Math.max(exitCode, 2);
    } else if (input.kind === "invalid") {
      printInvalid(file, input.errors, lang, io);
      exitCode = Math.max(exitCode, 1);
    } else if (input.kind === "evaluation") {
      assembled.evaluations.push(input.evaluation);
      assembled.origins.push({ file, pointer: "" });
      assembled.warnings.push(...input.warnings.map((issue) => ({ file, issue })));
    } else if (!collectionsAllowed) {
      io.err(`${fileLabel(file, lang)}: error: ${cliMessages[lang].stats.collectionNotEvaluation}`);
      exitCode = Math.max(exitCode, 1);
    } else {
      const conflict = addFrameworks(assembled.frameworks, input.collection.frameworks ?? []);
      if (conflict) {
        io.err(
          printable(
            `${fileLabel(file, lang)}#/frameworks: error: ${conflict} is defined differently in an earlier input`,
          ),
        );
        exitCode = Math.max(exitCode, 1);
        continue;
      }
      assembled.warnings.push(...input.warnings.map((issue) => ({ file, issue })));
      input.collection.evaluations.forEach((evaluation, index) => {
        assembled.evaluations.push(evaluation);
        assembled.origins.push({ file, pointer: `/evaluations/${index}` });
      });
    }
  }
  return exitCode ? { exitCode } : { assembled };
}

/** Adds a collection's own definitions (each model once); the id of one defined differently before, if any. */
function addFrameworks(into: Framework[], own: readonly Framework[]): string | undefined {
  for (const framework of own) {
    const before = into.find((f) => f.id === framework.id);
    if (!before) into.push(framework);
    else if (JSON.stringify(before) !== JSON.stringify(framework)) return framework.id;
  }
  return undefined;
}

/** Prints issues located at their files, one a line (`FILE#/pointer: severity: message`). */
export function printLocated(issues: readonly { file: string; issue: Issue }[], io: Output): void {
  for (const { file, issue } of issues) io.err(issueLine(file, issue));
}
