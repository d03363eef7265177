import { resolve } from "node:path";
import { frameworkLabel, type Collection, type Evaluation, type Framework } from "@kommunkompassen/core";
import { cliMessages } from "@kommunkompassen/core/messages";
import { loadFrameworks } from "../frameworks";
import { checkTogether, expandPaths, printLocated, readInputs } from "../inputs";
import { STDIN, type Output } from "../io";
import { writeFilesAtomic, WriteError } from "../render/files";
import { printable } from "../safe";

/** Where editors find the collection schema; written at the top of every collection. */
export const COLLECTION_SCHEMA_URL = "https://unpkg.com/@kommunkompassen/core/collection.schema.json";

/** Options of `kompass collect`. */
export interface CollectCommandOptions {
  /** Write the collection here; without it, it goes to stdout. */
  output?: string;
  /** The collection's title. */
  title?: string;
  /** `--frameworks`: files of framework definitions, written into the collection. */
  frameworks?: readonly string[];
}

function usage(io: Output, message: string): number {
  io.err(printable(`kompass: ${message}`));
  io.err("Run 'kompass --help' for usage.");
  return 2;
}

/** "Kommunkompassen 2.0: 4, Kommunkompassen 2020: 3": how many evaluations of each model, in order of first appearance. */
export function modelCounts(evaluations: readonly Evaluation[], frameworks: readonly Framework[]): string {
  const counts = new Map<string, number>();
  for (const e of evaluations) counts.set(e.framework, (counts.get(e.framework) ?? 0) + 1);
  return [...counts].map(([id, n]) => `${frameworkLabel(id, "en", frameworks)}: ${n}`).join(", ");
}

/** The collection as written: the schema first; each evaluation without its own `$schema` (a path relative to its file). */
function collectionOf(evaluations: readonly Evaluation[], options: CollectCommandOptions, frameworks: Framework[]) {
  const collection: Collection & { $schema: string } = {
    $schema: COLLECTION_SCHEMA_URL,
    schemaVersion: 1,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(frameworks.length > 0 ? { frameworks } : {}),
    evaluations: evaluations.map((e) => {
      const copy: Evaluation = { ...e };
      delete copy.$schema;
      return copy;
    }),
  };
  return collection;
}

/**
 * `kompass collect PATH… [-o collection.json] [--title T] [--frameworks DEFS.json]`: evaluation files
 * and folders (their `*.json` files, recursively) assembled into one collection, validated as a
 * collection with the registry check; every problem at its file and JSON pointer. A collection file
 * among the inputs is an error naming it. Written atomically; nothing is written when an input is
 * invalid (exit 1), unreadable (exit 2), or the same municipality and year come twice (exit 1).
 * Its texts are English, as `validate`'s are.
 */
export function collectCommand(paths: readonly string[], options: CollectCommandOptions, io: Output): number {
  const lang = "en";
  if (paths.length === 0) return usage(io, "collect needs at least one PATH (evaluation files or folders)");
  if (options.output === "") return usage(io, "-o needs a path");
  if (options.title !== undefined && (options.title.trim() === "" || [...options.title].length > 500))
    return usage(io, "--title must be a title of 1 to 500 characters");
  const output = options.output;
  if (output !== undefined && paths.some((p) => p !== STDIN && resolve(p) === resolve(output)))
    return usage(io, `${output} is both an input and the output`);
  const defined = loadFrameworks(options.frameworks, io, lang);
  if (!("frameworks" in defined)) return defined.exitCode;
  const listed = expandPaths(paths, io, lang, output !== undefined ? [output] : []);
  if (!("files" in listed)) return listed.exitCode;
  const read = readInputs(listed.files, defined.frameworks, io, lang, false);
  if (!("assembled" in read)) {
    io.err("kompass: nothing was written");
    return read.exitCode;
  }
  const { assembled } = read;
  const together = checkTogether(assembled, defined.frameworks, lang);
  printLocated(together.errors, io);
  printLocated([...assembled.warnings, ...together.warnings], io);
  if (together.errors.length > 0) {
    io.err("kompass: nothing was written");
    return 1;
  }
  const collection = collectionOf(assembled.evaluations, options, defined.frameworks);
  const content = `${JSON.stringify(collection, null, 2)}\n`;
  if (output === undefined) io.out(content.trimEnd());
  else {
    try {
      writeFilesAtomic([{ path: output, content }]);
    } catch (error) {
      io.err(
        printable(error instanceof WriteError ? cliMessages[lang].cannotWrite(output, error.problem) : String(error)),
      );
      return 2;
    }
  }
  const models = modelCounts(assembled.evaluations, defined.frameworks);
  io.err(
    printable(
      cliMessages[lang].stats.collected(output ?? null, assembled.evaluations.length, listed.files.length, models),
    ),
  );
  return 0;
}
