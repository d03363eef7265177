import { frameworkLabel, getFramework, toPointer, type Framework, type Issue, type Lang } from "@kommunkompassen/core";
import { componentMessages } from "@kommunkompassen/core/messages";
import { fileLabel, issueLine } from "./format";
import { readFrameworksFile, type Output, type ReadFailure } from "./io";
import { printInvalid, unreadableLine } from "./commands/load";

/** One `--frameworks` file, read and validated. */
export interface FrameworkFileRead {
  file: string;
  /** Set when the file could not be read at all. */
  failure?: ReadFailure;
  /** The file's definitions, in file order (empty when it is unreadable or invalid). */
  frameworks: Framework[];
  errors: Issue[];
  warnings: Issue[];
}

/**
 * Reads every `--frameworks` file (each one definition or an array of them) with
 * {@link readFrameworksFile}. A model defined in two files is an error in the later one (where it
 * is, and where it was first defined), as it is within one file.
 */
export function readFrameworkFiles(files: readonly string[]): FrameworkFileRead[] {
  const first = new Map<string, string>();
  return files.map((file): FrameworkFileRead => {
    const read = readFrameworksFile(file);
    if (!read.ok) return { file, failure: read, frameworks: [], errors: [], warnings: [] };
    if (!read.result.valid) return { file, frameworks: [], errors: read.result.errors, warnings: [] };
    const { frameworks, warnings } = read.result;
    const single = !read.array;
    const errors: Issue[] = [];
    frameworks.forEach((framework, index) => {
      const at = first.get(framework.id);
      if (at === undefined) return;
      errors.push({
        severity: "error",
        kind: "duplicate-id",
        path: toPointer(single ? ["id"] : [index, "id"]),
        message: `framework ${framework.id} is defined twice (first at ${at})`,
        details: { framework: framework.id, at },
      });
    });
    frameworks.forEach((framework, index) => {
      if (!first.has(framework.id)) first.set(framework.id, single ? fileLabel(file) : `${fileLabel(file)}#/${index}`);
    });
    return errors.length > 0
      ? { file, frameworks: [], errors, warnings: [] }
      : { file, frameworks, errors: [], warnings };
  });
}

/**
 * The definitions of the `--frameworks` files for `score`, `diff` and `render`. An unreadable file
 * prints one line (exit 2); an invalid one its errors with file and JSON pointer and the summary
 * (exit 1), as an invalid evaluation does. Warnings (a definition that replaces a built-in one) go
 * to stderr, so that `--json` output stays one document.
 */
export function loadFrameworks(
  files: readonly string[] | undefined,
  io: Output,
  lang: Lang,
): { frameworks: Framework[] } | { exitCode: number } {
  let exitCode = 0;
  const frameworks: Framework[] = [];
  for (const read of readFrameworkFiles(files ?? [])) {
    if (read.failure) {
      io.err(unreadableLine(read.file, read.failure, lang));
      exitCode = Math.max(exitCode, 2);
    } else if (read.errors.length > 0) {
      printInvalid(read.file, read.errors, lang, io);
      exitCode = Math.max(exitCode, 1);
    } else {
      for (const warning of read.warnings) io.err(issueLine(read.file, warning));
      frameworks.push(...read.frameworks);
    }
  }
  return exitCode ? { exitCode } : { frameworks };
}

/**
 * How every human-readable output names a model: its label in the language, or, for an id with no
 * definition (built in or given with `--frameworks`), the id with the note that it is not a
 * built-in model ("region-x (ingen inbyggd modell)").
 */
export function modelName(id: string, lang: Lang, frameworks: readonly Framework[]): string {
  return getFramework(id, frameworks) === undefined
    ? componentMessages[lang].unknownModel(id)
    : frameworkLabel(id, lang, frameworks);
}
