import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Evaluation, Reference } from "@kommunkompassen/core";
import { issueLine } from "../format";
import { readEvaluationFile, type Output } from "../io";
import { describeFsError } from "../io";
import { WriteError, writeFilesAtomic, type OutputFile } from "../render/files";
import {
  planFolder,
  renderIndexDocument,
  renderReportDocument,
  renderReportFragment,
  type FolderEntry,
  type RenderLang,
  type RenderTheme,
} from "@kommunkompassen/react/server";
import { loadReferenceFile } from "../render/references";
import { loadValidEvaluation } from "./load";

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
  /** `--json` is not an option of render; given, it is a usage error. */
  json?: boolean;
}

function usage(io: Output, message: string): number {
  io.err(`kompass: ${message}`);
  io.err("Run 'kompass --help' for usage.");
  return 2;
}

/** One line, exit 2: an output that cannot be written. */
function cannotWrite(io: Output, message: string): number {
  io.err(`kompass: ${message}`);
  return 2;
}

/** `OUT.html` → `OUT.css` (the last extension replaced; added when there is none). */
export function fragmentCssPath(out: string): string {
  const ext = extname(out);
  return (ext ? out.slice(0, -ext.length) : out) + ".css";
}

/** Why a directory cannot take output files, or null when it can. */
function directoryProblem(dir: string): string | null {
  try {
    return statSync(dir).isDirectory() ? null : `${dir} is not a directory`;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT"
      ? `the directory ${dir} does not exist`
      : `${dir}: ${describeFsError(error)}`;
  }
}

/** Prints lines once each, in order. */
function bufferedOutput(): Output & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (text) => lines.push(text), err: (text) => lines.push(text) };
}

/**
 * `kompass render FILE -o OUT.html` and `kompass render DIR -o OUTDIR`: self-contained HTML report
 * pages (see docs/cli.md). Exit 0 when written; 1 when an input is not valid (its errors on stderr,
 * nothing written); 2 for usage errors and for files that cannot be read or written.
 */
export function renderCommand(args: readonly string[], options: RenderCommandOptions, io: Output): number {
  if (args.length !== 1) return usage(io, `render takes one FILE or DIR, got ${args.length}`);
  if (options.json) return usage(io, "--json does not go with render");
  const theme = options.theme ?? "light";
  if (theme !== "light" && theme !== "dark") return usage(io, `--theme must be light or dark, not "${theme}"`);
  if (!options.output) return usage(io, "render needs -o OUT.html (or -o OUTDIR when rendering a folder)");
  const input = args[0]!;
  let isDirectory: boolean;
  try {
    isDirectory = statSync(input).isDirectory();
  } catch (error) {
    io.err(`${input}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : describeFsError(error)}`);
    return 2;
  }
  const settings = { lang: options.lang, theme: theme as RenderTheme, references: options.reference ?? [] };
  return isDirectory
    ? renderFolder(input, options.output, options, settings, io)
    : renderFile(input, options.output, options, settings, io);
}

interface Settings {
  lang: RenderLang;
  theme: RenderTheme;
  references: readonly string[];
}

function renderFile(input: string, out: string, options: RenderCommandOptions, settings: Settings, io: Output): number {
  const cssPath = options.fragment ? fragmentCssPath(out) : undefined;
  if (cssPath !== undefined && resolve(cssPath) === resolve(out))
    return usage(io, `with --fragment, -o must not end in .css (the CSS is written to ${cssPath})`);
  if (existsSync(out) && statSync(out).isDirectory())
    return cannotWrite(io, `cannot write ${out}: it is a directory; give a file name (-o ${join(out, "report.html")})`);
  const dirProblem = directoryProblem(dirname(out));
  if (dirProblem) return cannotWrite(io, `cannot write ${out}: ${dirProblem}`);

  const main = loadValidEvaluation(input, io);
  const before = options.compare !== undefined ? loadValidEvaluation(options.compare, io) : undefined;
  if (!("evaluation" in main) || (before && !("evaluation" in before))) {
    return Math.max("exitCode" in main ? main.exitCode : 0, before && "exitCode" in before ? before.exitCode : 0);
  }
  const references: Reference[] = [];
  let failed = 0;
  for (const file of settings.references) {
    const loaded = loadReferenceFile(file, main.evaluation, io);
    if ("exitCode" in loaded) failed = Math.max(failed, loaded.exitCode);
    else references.push(...loaded.references);
  }
  if (failed) return failed;

  const renderOptions = {
    previous: before && "evaluation" in before ? before.evaluation : undefined,
    references,
    lang: settings.lang,
    theme: settings.theme,
  };
  const files: OutputFile[] = [];
  if (cssPath !== undefined) {
    const fragment = renderReportFragment(main.evaluation, renderOptions);
    files.push({ path: out, content: fragment.html + "\n" }, { path: cssPath, content: fragment.css });
  } else {
    files.push({ path: out, content: renderReportDocument(main.evaluation, renderOptions) });
  }
  return write(files, io);
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
  let outExists: boolean;
  try {
    if (!statSync(outDir).isDirectory()) return cannotWrite(io, `cannot write to ${outDir}: it is not a directory`);
    outExists = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      return cannotWrite(io, `cannot write to ${outDir}: ${describeFsError(error)}`);
    // A missing OUTDIR is created, but only inside a directory that exists.
    const parentProblem = directoryProblem(dirname(resolve(outDir)));
    if (parentProblem) return cannotWrite(io, `cannot write to ${outDir}: ${parentProblem}`);
    outExists = false;
  }

  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => !name.startsWith(".") && name.toLowerCase().endsWith(".json"))
      .sort();
  } catch (error) {
    io.err(`${dir}: ${describeFsError(error)}`);
    return 2;
  }
  if (names.length === 0) {
    io.err(`${dir}: no .json files to render`);
    return 2;
  }

  // Read and validate everything first: one bad file means nothing is written.
  let failed = 0;
  const entries: FolderEntry[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const read = readEvaluationFile(file);
    if (!read.ok) {
      io.err(`${file}: ${read.message}`);
      failed = Math.max(failed, 2);
    } else if (!read.result.valid) {
      for (const issue of read.result.errors) io.err(issueLine(file, issue));
      io.err(`${file}: invalid (${read.result.errors.length} error${read.result.errors.length === 1 ? "" : "s"})`);
      failed = Math.max(failed, 1);
    } else {
      entries.push({ file, evaluation: read.result.evaluation });
    }
  }
  const references = new Map<Evaluation, Reference[]>();
  for (const refFile of settings.references) {
    const printed = new Set<string>();
    for (const entry of entries) {
      const buffer = bufferedOutput();
      const loaded = loadReferenceFile(refFile, entry.evaluation, buffer);
      for (const line of buffer.lines) if (!printed.has(line)) (printed.add(line), io.err(line));
      if ("exitCode" in loaded) {
        failed = Math.max(failed, loaded.exitCode);
        if (loaded.exitCode === 2) break;
      } else references.set(entry.evaluation, [...(references.get(entry.evaluation) ?? []), ...loaded.references]);
    }
  }
  const { pages, conflicts } = planFolder(entries);
  for (const conflict of conflicts) io.err(conflict);
  if (conflicts.length > 0) failed = Math.max(failed, 1);
  if (failed) {
    io.err(`kompass: nothing written to ${outDir}`);
    return failed;
  }

  const back = { href: "index.html", label: settings.lang === "sv" ? "Alla utvärderingar" : "All evaluations" };
  // Each page is rendered as it is written (lazily), so memory does not grow with the folder.
  const files: OutputFile[] = pages.map((page) => ({
    path: join(outDir, page.name),
    content: () =>
      renderReportDocument(page.evaluation, {
        previous: page.previous?.evaluation,
        references: references.get(page.evaluation) ?? [],
        lang: settings.lang,
        theme: settings.theme,
        back,
      }),
  }));
  files.push({
    path: join(outDir, "index.html"),
    content: renderIndexDocument(
      pages.map((page) => ({ evaluation: page.evaluation, href: page.name })),
      { lang: settings.lang, theme: settings.theme },
    ),
  });
  if (!outExists) {
    try {
      mkdirSync(outDir);
    } catch (error) {
      return cannotWrite(io, `cannot create ${outDir}: ${describeFsError(error)}`);
    }
  }
  const code = write(files, io, false);
  if (code !== 0) return code;
  for (const page of pages) {
    const { municipality, year } = page.evaluation;
    io.out(
      `wrote ${join(outDir, page.name)}: ${municipality.name} ${year}${page.previous ? `, compared with ${page.previous.evaluation.year} (${basename(page.previous.file)})` : ""}`,
    );
  }
  io.out(`wrote ${join(outDir, "index.html")}: ${pages.length} evaluation${pages.length === 1 ? "" : "s"}`);
  return 0;
}

function write(files: readonly OutputFile[], io: Output, report = true): number {
  try {
    writeFilesAtomic(files);
  } catch (error) {
    if (error instanceof WriteError) return cannotWrite(io, error.message);
    throw error;
  }
  if (report) for (const file of files) io.out(`wrote ${file.path}`);
  return 0;
}
