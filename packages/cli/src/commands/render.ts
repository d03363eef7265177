import { lstatSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { formatNumber, type Evaluation, type Framework, type Reference } from "@kommunkompassen/core";
import { cliMessages, type WriteProblem } from "@kommunkompassen/core/messages";
import { fileLabel } from "../format";
import { printable } from "../safe";
import { describeFsError, readEvaluationFile, STDIN, type Output } from "../io";
import { outputProblem, WriteError, writeFilesAtomic, type OutputFile } from "../render/files";
import {
  renderReportDocument,
  renderReportFragment,
  renderSite,
  type FolderEntry,
  type RenderIndexOptions,
  type RenderLang,
  type RenderReportOptions,
  type RenderSiteOptions,
  type RenderTheme,
} from "@kommunkompassen/react/server";
import { loadFrameworks } from "../frameworks";
import { entryLabel, isCollectionFile, loadCollection } from "../render/collection";
import { loadReferenceFile } from "../render/references";
import { formatSettings, renderManyFormat, renderOneFormat } from "../render/formats";
import { loadValidEvaluation, printInvalid, unreadableLine } from "./load";

/** Options of `kompass render`. */
export interface RenderCommandOptions {
  /** `-o`: the output file (one FILE) or directory (a folder). */
  output?: string;
  /** `--compare`: the previous evaluation (one FILE only). */
  compare?: string;
  /** `--reference`: files with extra reference series, each one object or an array of them. */
  reference?: readonly string[];
  /** Language of the report. */
  lang: RenderLang;
  /** `--theme`: `light` (default) or `dark`. */
  theme?: string;
  /** `--fragment`: write only the report's markup to OUT and the CSS next to it (OUT.css). */
  fragment?: boolean;
  /** `--json`: with a `--format` other than html, what was written as JSON on stdout. */
  json?: boolean;
  /** `--format`: `html` (the default), `svg`, `png`, `card`, `csv` or `csv-plain` (render/formats.ts). */
  format?: string;
  /** `--chart`: the chart of `--format svg|png`, `radar` (the default) or `bars`. */
  chart?: string;
  /** `--scale`: the size of `--format png|card`, 1 (the default) to 4 times. */
  scale?: string;
  /** `--frameworks`: files of framework definitions (each one definition or an array of them). */
  frameworks?: readonly string[];
}

export interface Settings {
  lang: RenderLang;
  theme: RenderTheme;
  references: readonly string[];
  /** The definitions of the `--frameworks` files, for validation and for the pages. */
  frameworks: readonly Framework[];
}

export function usage(io: Output, message: string): number {
  io.err(printable(`kompass: ${message}`));
  io.err("Run 'kompass --help' for usage.");
  return 2;
}

/** One line, exit 2: an output that cannot be written. */
export function cannotWrite(io: Output, lang: RenderLang, path: string, problem: WriteProblem): number {
  io.err(printable(cliMessages[lang].cannotWrite(path, problem)));
  return 2;
}

/** `OUT.html` → `OUT.css` (the last extension replaced; added when there is none). */
export function fragmentCssPath(out: string): string {
  const ext = extname(out);
  return (ext ? out.slice(0, -ext.length) : out) + ".css";
}

/** Why a directory cannot take output files, or null when it can. */
function directoryProblem(dir: string): WriteProblem | null {
  try {
    return statSync(dir).isDirectory() ? null : { kind: "not-a-directory", dir };
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT"
      ? { kind: "missing-directory", dir }
      : { kind: "fs", detail: describeFsError(error) };
  }
}

/** Prints lines once each, in order. */
function bufferedOutput(): Output & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (text) => lines.push(text), err: (text) => lines.push(text) };
}

/**
 * `kompass render FILE -o OUT.html`: a self-contained HTML report page; `kompass render DIR -o SITE`
 * (a folder of evaluation files) and `kompass render COLLECTION.json -o SITE`: the whole site, an
 * index with the overview and the totals of each model, one page per evaluation with its position
 * and its municipality's timeline (see docs/cli.md). Exit 0 when written; 1 when an input is not
 * valid (its errors on stderr, nothing written); 2 for usage errors and for files that cannot be
 * read or written.
 */
export function renderCommand(args: readonly string[], options: RenderCommandOptions, io: Output): number {
  if (args.length !== 1) return usage(io, `render takes one FILE or DIR, got ${formatNumber(args.length, "en")}`);
  const formats = formatSettings(options);
  if ("error" in formats) return usage(io, formats.error);
  const theme = options.theme ?? "light";
  if (theme !== "light" && theme !== "dark") return usage(io, `--theme must be light or dark, not "${theme}"`);
  if (!options.output)
    return usage(
      io,
      formats.format === "html"
        ? "render needs -o OUT.html (or -o OUTDIR when rendering a folder)"
        : `render --format ${formats.format} needs -o OUT`,
    );
  const input = args[0]!;
  let isDirectory = false;
  try {
    if (input !== STDIN) isDirectory = statSync(input).isDirectory();
  } catch (error) {
    const problem =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? ({ kind: "missing" } as const)
        : { kind: "fs" as const, detail: describeFsError(error) };
    io.err(`${fileLabel(input, options.lang)}: ${cliMessages[options.lang].readProblem(problem)}`);
    return 2;
  }
  const defined = loadFrameworks(options.frameworks, io, options.lang);
  if (!("frameworks" in defined)) return defined.exitCode;
  const settings: Settings = {
    lang: options.lang,
    theme: theme as RenderTheme,
    references: options.reference ?? [],
    frameworks: defined.frameworks,
  };
  const collection = !isDirectory && isCollectionFile(input);
  if (formats.format !== "html") {
    return isDirectory || collection
      ? renderManyFormat(input, isDirectory ? "folder" : "collection", options.output, formats, options, settings, io)
      : renderOneFormat(input, options.output, formats, options, settings, io);
  }
  if (isDirectory) return renderFolder(input, options.output, options, settings, io);
  return collection
    ? renderCollection(input, options.output, options, settings, io)
    : renderFile(input, options.output, options, settings, io);
}

/** The pages' `frameworks` option: the definitions of `--frameworks`, for the model's label and area names. */
function pageFrameworks(settings: Settings): Pick<RenderReportOptions & RenderIndexOptions, "frameworks"> {
  return settings.frameworks.length > 0 ? { frameworks: settings.frameworks } : {};
}

/** Why OUT (and OUT.css with --fragment) cannot be written, printed; or 0 when they can. */
export function checkFileOutputs(out: string, cssPath: string | undefined, lang: RenderLang, io: Output): number {
  if (cssPath !== undefined && resolve(cssPath) === resolve(out))
    return usage(io, `with --fragment, -o must not end in .css (the CSS is written to ${cssPath})`);
  for (const path of cssPath === undefined ? [out] : [out, cssPath]) {
    const problem = outputProblem(path);
    if (problem?.kind === "directory" && path === out)
      return usage(io, `-o ${out} is a directory; give a file name (-o ${join(out, "report.html")})`);
    if (problem) return cannotWrite(io, lang, path, problem);
  }
  const dirProblem = directoryProblem(dirname(out));
  return dirProblem ? cannotWrite(io, lang, out, dirProblem) : 0;
}

/** The `--reference` series for one evaluation, or the exit code when a file is unreadable or invalid. */
export function loadReferences(
  evaluation: Evaluation,
  settings: Settings,
  io: Output,
): { references: Reference[] } | { exitCode: number } {
  const references: Reference[] = [];
  let failed = 0;
  for (const file of settings.references) {
    const loaded = loadReferenceFile(file, evaluation, io, settings.lang, settings.frameworks);
    if ("exitCode" in loaded) failed = Math.max(failed, loaded.exitCode);
    else references.push(...loaded.references);
  }
  return failed ? { exitCode: failed } : { references };
}

/** One FILE, its `--compare` evaluation and its `--reference` series, each validated; or the exit code (the problems printed). */
export function loadInputs(
  input: string,
  options: RenderCommandOptions,
  settings: Settings,
  io: Output,
): { evaluation: Evaluation; previous: Evaluation | undefined; references: Reference[] } | { exitCode: number } {
  const main = loadValidEvaluation(input, io, settings.lang, settings.frameworks);
  const before =
    options.compare !== undefined
      ? loadValidEvaluation(options.compare, io, settings.lang, settings.frameworks)
      : undefined;
  if (!("evaluation" in main) || (before && !("evaluation" in before)))
    return {
      exitCode: Math.max("exitCode" in main ? main.exitCode : 0, before && "exitCode" in before ? before.exitCode : 0),
    };
  const loaded = loadReferences(main.evaluation, settings, io);
  if ("exitCode" in loaded) return loaded;
  return {
    evaluation: main.evaluation,
    previous: before && "evaluation" in before ? before.evaluation : undefined,
    references: loaded.references,
  };
}

function renderFile(input: string, out: string, options: RenderCommandOptions, settings: Settings, io: Output): number {
  const cssPath = options.fragment ? fragmentCssPath(out) : undefined;
  const outputs = checkFileOutputs(out, cssPath, settings.lang, io);
  if (outputs) return outputs;
  const loaded = loadInputs(input, options, settings, io);
  if ("exitCode" in loaded) return loaded.exitCode;
  const renderOptions = {
    previous: loaded.previous,
    references: loaded.references,
    lang: settings.lang,
    theme: settings.theme,
    ...pageFrameworks(settings),
  };
  const files: OutputFile[] = [];
  if (cssPath !== undefined) {
    const fragment = renderReportFragment(loaded.evaluation, renderOptions);
    files.push({ path: out, content: fragment.html + "\n" }, { path: cssPath, content: fragment.css });
  } else {
    files.push({ path: out, content: renderReportDocument(loaded.evaluation, renderOptions) });
  }
  const code = write(files, settings.lang, io);
  if (code === 0) for (const file of files) io.out(cliMessages[settings.lang].wrote(fileLabel(file.path)));
  return code;
}

/**
 * Whether OUTDIR can take the pages: an existing directory (never a symbolic link to one), or a
 * new path inside a directory that exists. Returns whether it exists, or the exit code.
 */
function checkOutDir(outDir: string, lang: RenderLang, io: Output): { exists: boolean } | { exitCode: number } {
  let stat;
  try {
    stat = lstatSync(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      return { exitCode: cannotWrite(io, lang, outDir, { kind: "fs", detail: describeFsError(error) }) };
    // A missing OUTDIR is created, but only inside a directory that exists.
    const parentProblem = directoryProblem(dirname(resolve(outDir)));
    return parentProblem ? { exitCode: cannotWrite(io, lang, outDir, parentProblem) } : { exists: false };
  }
  if (stat.isSymbolicLink()) return { exitCode: cannotWrite(io, lang, outDir, { kind: "symlink" }) };
  if (!stat.isDirectory()) return { exitCode: cannotWrite(io, lang, outDir, { kind: "not-a-directory", dir: outDir }) };
  return { exists: true };
}

/** The `.json` files of a folder, sorted; or the exit code when there are none or it cannot be read. */
export function listInputs(dir: string, lang: RenderLang, io: Output): { names: string[] } | { exitCode: number } {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => !name.startsWith(".") && name.toLowerCase().endsWith(".json"))
      .sort();
  } catch (error) {
    io.err(printable(`${fileLabel(dir)}: ${describeFsError(error)}`));
    return { exitCode: 2 };
  }
  if (names.length > 0) return { names };
  io.err(`${fileLabel(dir)}: ${cliMessages[lang].noJsonFiles}`);
  return { exitCode: 2 };
}

/** Reads and validates every file of the folder, printing every problem; the valid ones and the worst exit code. */
export function readEntries(dir: string, names: readonly string[], settings: Settings, io: Output) {
  const { lang } = settings;
  let failed = 0;
  const entries: FolderEntry[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const read = readEvaluationFile(file, undefined, { frameworks: settings.frameworks });
    if (!read.ok) {
      io.err(unreadableLine(file, read, lang));
      failed = Math.max(failed, 2);
    } else if (!read.result.valid) {
      printInvalid(file, read.result.errors, lang, io);
      failed = Math.max(failed, 1);
    } else {
      entries.push({ file, evaluation: read.result.evaluation });
    }
  }
  return { entries, failed };
}

/** The `--reference` series of every entry (each message printed once); and the worst exit code. */
function folderReferences(entries: readonly FolderEntry[], settings: Settings, io: Output) {
  let failed = 0;
  const references = new Map<Evaluation, Reference[]>();
  for (const refFile of settings.references) {
    const printed = new Set<string>();
    for (const entry of entries) {
      const buffer = bufferedOutput();
      const loaded = loadReferenceFile(refFile, entry.evaluation, buffer, settings.lang, settings.frameworks);
      for (const line of buffer.lines.filter((l) => !printed.has(l))) {
        printed.add(line);
        io.err(line);
      }
      if ("exitCode" in loaded) {
        failed = Math.max(failed, loaded.exitCode);
        if (loaded.exitCode === 2) break;
      } else references.set(entry.evaluation, [...(references.get(entry.evaluation) ?? []), ...loaded.references]);
    }
  }
  return { references, failed };
}

/** The files of the site, each rendered only when it is written. */
function siteFiles(
  outDir: string,
  entries: readonly FolderEntry[],
  references: Map<Evaluation, Reference[]>,
  settings: Settings,
  extra: Pick<RenderSiteOptions, "about" | "title" | "frameworks"> & { published?: readonly Reference[] } = {},
) {
  const frameworks = extra.frameworks ?? settings.frameworks;
  const site = renderSite(entries, {
    lang: settings.lang,
    theme: settings.theme,
    ...(frameworks.length > 0 ? { frameworks } : {}),
    ...(extra.about ? { about: extra.about } : {}),
    ...(extra.title ? { title: extra.title } : {}),
    // A page draws its own --reference series, and the collection's published ones of its model.
    references: (evaluation) => [
      ...(references.get(evaluation) ?? []),
      ...(extra.published ?? []).filter((r) => r.framework === evaluation.framework),
    ],
  });
  const files: OutputFile[] = site.files.map((file) => ({ path: join(outDir, file.name), content: file.content }));
  return { site, files };
}

/** Writes a site into OUTDIR (created when missing, removed again when writing fails) and says what was written. */
function writeSite(
  outDir: string,
  exists: boolean,
  built: ReturnType<typeof siteFiles>,
  settings: Settings,
  io: Output,
): number {
  const t = cliMessages[settings.lang];
  if (!exists) {
    try {
      mkdirSync(outDir);
    } catch (error) {
      return cannotWrite(io, settings.lang, outDir, { kind: "fs", detail: describeFsError(error) });
    }
  }
  const code = write(built.files, settings.lang, io);
  if (code !== 0) {
    if (!exists) rmdirSync(outDir);
    return code;
  }
  for (const page of built.site.pages) {
    const { municipality, year } = page.evaluation;
    const previous = page.previous && { year: page.previous.evaluation.year, file: entryLabel(page.previous.file) };
    io.out(t.wrotePage(fileLabel(join(outDir, page.name)), printable(municipality.name), year, previous));
  }
  io.out(t.wroteIndex(fileLabel(join(outDir, "index.html")), built.site.pages.length));
  return 0;
}

/** `render COLLECTION.json -o SITE`: the site of a collection file, its own definitions and published references included. */
function renderCollection(
  file: string,
  outDir: string,
  options: RenderCommandOptions,
  settings: Settings,
  io: Output,
): number {
  if (options.compare !== undefined)
    return usage(io, "--compare goes with one FILE; in a collection, previous evaluations are paired automatically");
  if (options.fragment) return usage(io, "--fragment goes with one FILE, not a collection");
  const out = checkOutDir(outDir, settings.lang, io);
  if ("exitCode" in out) return out.exitCode;
  const loaded = loadCollection(file, settings.frameworks, settings.lang, io);
  if ("exitCode" in loaded) {
    if (loaded.exitCode === 1) io.err(cliMessages[settings.lang].nothingWritten(fileLabel(outDir)));
    return loaded.exitCode;
  }
  const withDefinitions = { ...settings, frameworks: loaded.frameworks };
  const refs = folderReferences(loaded.entries, withDefinitions, io);
  if (refs.failed) {
    io.err(cliMessages[settings.lang].nothingWritten(fileLabel(outDir)));
    return refs.failed;
  }
  const { collection } = loaded;
  const built = siteFiles(outDir, loaded.entries, refs.references, withDefinitions, {
    frameworks: loaded.frameworks,
    about: {
      ...(collection.title ? { title: collection.title } : {}),
      ...(collection.notes ? { notes: collection.notes } : {}),
      ...(collection.sources ? { sources: collection.sources } : {}),
    },
    ...(collection.title ? { title: collection.title } : {}),
    ...(collection.references ? { published: collection.references } : {}),
  });
  for (const conflict of built.site.conflicts) io.err(printable(conflict));
  if (built.site.conflicts.length > 0) return 1;
  return writeSite(outDir, out.exists, built, withDefinitions, io);
}

function renderFolder(
  dir: string,
  outDir: string,
  options: RenderCommandOptions,
  settings: Settings,
  io: Output,
): number {
  if (options.compare !== undefined)
    return usage(io, "--compare goes with one FILE; in a folder, previous evaluations are paired automatically");
  if (options.fragment) return usage(io, "--fragment goes with one FILE, not a folder");
  const t = cliMessages[settings.lang];
  const out = checkOutDir(outDir, settings.lang, io);
  if ("exitCode" in out) return out.exitCode;
  const listed = listInputs(dir, settings.lang, io);
  if ("exitCode" in listed) return listed.exitCode;

  // Read and validate everything first: one bad file means nothing is written.
  const read = readEntries(dir, listed.names, settings, io);
  const refs = folderReferences(read.entries, settings, io);
  const built = siteFiles(outDir, read.entries, refs.references, settings);
  for (const conflict of built.site.conflicts) io.err(printable(conflict));
  const failed = Math.max(read.failed, refs.failed, built.site.conflicts.length > 0 ? 1 : 0);
  if (failed) {
    io.err(t.nothingWritten(fileLabel(outDir)));
    return failed;
  }
  return writeSite(outDir, out.exists, built, settings, io);
}

export function write(files: readonly OutputFile[], lang: RenderLang, io: Output): number {
  try {
    writeFilesAtomic(files);
  } catch (error) {
    if (error instanceof WriteError) return cannotWrite(io, lang, error.path, error.problem);
    throw error;
  }
  return 0;
}
