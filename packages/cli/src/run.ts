import { parseArgs } from "node:util";
import { formatNumber } from "@kommunkompassen/core";
import { collectCommand } from "./commands/collect";
import { diffCommand } from "./commands/diff";
import { importCommand } from "./commands/import";
import { renderCommand, type RenderCommandOptions } from "./commands/render";
import { scoreCommand } from "./commands/score";
import { statsCommand } from "./commands/stats";
import { validateCommand } from "./commands/validate";
import { STDIN, type Output } from "./io";
import { printable, safeOutput } from "./safe";

/** The CLI's version, kept in step with package.json by the build. */
export const VERSION = "0.1.0";

/** Exit codes of `kompass`. */
export const EXIT = {
  /** Success (validate: every file valid; warnings allowed unless --strict). */
  ok: 0,
  /** Invalid input: a file is not a valid evaluation. */
  invalid: 1,
  /** Usage error, or a file that cannot be read (missing, a directory, too large). */
  usage: 2,
  /** A bug in kompass itself. */
  internal: 3,
} as const;

/** The usage text `kompass --help` prints. */
export const USAGE = `kompass: validate, score, compare, render, import, collect and rank Kommunkompassen evaluations

Usage:
  kompass validate FILE… [--json] [--strict] [--lang sv|en] [--frameworks DEFS.json]
  kompass score FILE [--json] [--lang sv|en] [--frameworks DEFS.json]
  kompass diff OLD NEW [--json] [--lang sv|en] [--frameworks DEFS.json]
  kompass render FILE -o OUT.html [--compare PREVIOUS.json] [--reference REF.json]
                 [--lang sv|en] [--theme light|dark] [--fragment] [--frameworks DEFS.json]
  kompass render DIR -o OUTDIR [--reference REF.json] [--lang sv|en] [--theme light|dark]
                 [--frameworks DEFS.json]
  kompass render FILE --format svg|png|card|csv|csv-plain -o OUT [--chart radar|bars]
                 [--scale 2] [--compare PREVIOUS.json] [--reference REF.json] [--lang sv|en]
                 [--theme light|dark] [--frameworks DEFS.json] [--json]
  kompass render DIR|COLLECTION.json --format csv|csv-plain -o OUT.csv [--lang sv|en]
  kompass import FILE… [-o OUT.json | -d OUTDIR] [--framework ID] [--code NNNN] [--json]
                 [--municipality NAME] [--year YYYY] [--title T]
  kompass collect PATH… [-o COLLECTION.json] [--title T] [--frameworks DEFS.json]
  kompass stats PATH… [--json] [--all] [--group county|kommungrupp] [--lang sv|en]
                 [--frameworks DEFS.json]
  kompass --help | --version

Commands:
  validate   check files against the evaluation schema and the framework;
             exit 0 when valid (warnings are printed), 1 when invalid, 2 when unreadable
  score      per-area score, max and percent and the total, as published or derived
  diff       year-over-year change per area and of the total, with the comparability verdict
  render     a self-contained HTML report page; for a folder or a collection, the whole site:
             an index with the overview and each model's distribution, one page per
             evaluation with its position and timeline; exit 1 when an input is invalid
  import     a report as PDF or as text, or a CSV of sub-question rows → evaluation
             JSON, validated before it is written; what was inferred, missing or left out
             goes to stderr; exit 1 when nothing usable is found, nothing is written.
             A results table (one evaluation per row: municipality;code;year;framework;
             framework_basis;total;area_1…area_8;source_url) → one collection (-o), or one
             file per row with -d (<municipality>-<year>.json)
  collect    evaluation files and folders (their *.json, recursively) → one collection,
             validated as a whole (the same municipality and year twice is an error)
  stats      per model, never across models: n, mean, median, quartiles, min and max of
             the total and each area, and where each evaluation stands; PATH: collections,
             evaluation files or folders

Options:
  --json     machine-readable output on stdout
  --strict   (validate) treat warnings as errors
  --lang     language of the output (score, diff, render, stats): sv (default) or en;
             validate and import: English unless given
  --frameworks FILE
             (validate, score, diff, render, collect, stats) framework definitions
             beyond the built-in models: one definition or an array of them; repeatable.
             An invalid file is reported like an invalid evaluation (exit 1)

Render options:
  -o OUT            the output file, or the output directory for a folder (required)
  --compare FILE    the previous evaluation: adds the change section (one FILE only)
  --reference FILE  extra reference series: one reference object or an array; repeatable
  --theme           light (default) or dark
  --fragment        only the report markup in OUT and its CSS in OUT.css (one FILE only)
  --format          html (default: the report page); svg or png: a chart's picture; card: a
                    1200x630 PNG for sharing (municipality, year, total, radar); csv: the data
                    for Swedish Excel (UTF-8 with BOM, ';', decimal comma), csv-plain: ',' and
                    '.' (a folder or collection: a row per evaluation)
  --chart           (svg, png) radar (default) or bars
  --scale           (png, card) 1 (default) to 4 times the size, e.g. 2 for print

Import options:
  -o OUT.json          write the evaluation here (one FILE); without -o or -d it goes to stdout
  -d OUTDIR            write each FILE's evaluation to OUTDIR/<basename>.json
  --framework ID       kommunkompassen-2.0 or kommunkompassen-2.1 (otherwise inferred)
  --code NNNN          the municipality code, which the reports do not print
  --municipality NAME  (CSV) the municipality, e.g. "Avesta kommun"
  --year YYYY          (CSV) the evaluation year
  --title T            (a results table) the collection's title; the file's name otherwise

Collect and stats options:
  -o COLLECTION.json   (collect) write the collection here; without it, it goes to stdout
  --title T            (collect) the collection's title
  --all                (stats) rank every evaluation, not only the latest of each municipality
                       within a model
  --group KIND         (stats) within each county (county) or SKR's municipality group of 2023
                       (kommungrupp; kommungrupp2017 for 2017's)

FILE may be - for standard input (one file only). Any kind of file is read (a pipe, a FIFO,
/proc), up to 10 MB; more is refused. Output goes only to regular files or new paths, never
through a symbolic link or over a device. See docs/cli.md and docs/import.md.`;

const commandOptions = {
  json: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  lang: { type: "string", default: "sv" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
  output: { type: "string", short: "o" },
  compare: { type: "string" },
  reference: { type: "string", multiple: true },
  frameworks: { type: "string", multiple: true },
  theme: { type: "string" },
  fragment: { type: "boolean", default: false },
  format: { type: "string" },
  chart: { type: "string" },
  scale: { type: "string" },
  dir: { type: "string", short: "d" },
  framework: { type: "string" },
  code: { type: "string" },
  municipality: { type: "string" },
  year: { type: "string" },
  title: { type: "string" },
  all: { type: "boolean", default: false },
  group: { type: "string" },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof commandOptions; allowPositionals: true; strict: true }>
>["values"];

/** An option given with a command it does not go with: the usage error, or `undefined`. */
function misplacedOption(command: string, values: Values): string | undefined {
  if (values.strict && command !== "validate") return "--strict goes with validate";
  const given = (names: readonly (keyof Values)[]) => names.find((o) => values[o] !== undefined && values[o] !== false);
  const renderOption = given(["compare", "reference", "theme", "fragment", "format", "chart", "scale"]);
  if (renderOption && command !== "render") return `--${renderOption} goes with render`;
  const importOption = given(["dir", "framework", "code", "municipality", "year"]);
  if (importOption && command !== "import") return `--${importOption} goes with import`;
  if (values.frameworks && command === "import")
    return "--frameworks goes with validate, score, diff, render, collect and stats";
  if (values.title !== undefined && command !== "import" && command !== "collect")
    return "--title goes with import and collect";
  const statsOption = given(["all", "group"]);
  if (statsOption && command !== "stats") return `--${statsOption} goes with stats`;
  if (values.json && command === "collect") return "--json does not go with collect";
  if (values.output !== undefined && command === "stats") return "-o does not go with stats";
  return undefined;
}

/** `collect` and `stats`: commands over many evaluations (issue 14). */
function manyCommand(
  command: "collect" | "stats",
  args: readonly string[],
  values: Values,
  frameworks: readonly string[],
  io: Output,
): number {
  if (command === "collect") {
    const { output, title } = values;
    return collectCommand(
      args,
      { ...(output !== undefined ? { output } : {}), ...(title !== undefined ? { title } : {}), frameworks },
      io,
    );
  }
  const group = values.group !== undefined ? { group: values.group } : {};
  const lang = values.lang === "en" ? "en" : "sv";
  return statsCommand(args, { json: values.json, all: values.all, ...group, frameworks, lang }, io);
}

/** The options of `render`, from the command line. */
function renderOptions(values: Values, lang: "sv" | "en", frameworks: readonly string[]): RenderCommandOptions {
  return {
    output: values.output,
    compare: values.compare,
    reference: values.reference,
    lang,
    theme: values.theme,
    fragment: values.fragment,
    json: values.json,
    frameworks,
    ...(values.format !== undefined ? { format: values.format } : {}),
    ...(values.chart !== undefined ? { chart: values.chart } : {}),
    ...(values.scale !== undefined ? { scale: values.scale } : {}),
  };
}

function usageError(io: Output, message: string): number {
  // One line: whatever the message quotes from the command line is shown escaped, newlines too.
  io.err(printable(`kompass: ${message}`));
  io.err("Run 'kompass --help' for usage.");
  return EXIT.usage;
}

/**
 * Runs `kompass` with the given arguments (without the node and script paths) and returns the
 * exit code. Never throws: unexpected failures are reported in one line with exit code 3.
 */
export function run(argv: readonly string[], output: Output): number {
  // Everything printed goes through one function that shows control characters escaped.
  const io = safeOutput(output);
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: commandOptions, allowPositionals: true, strict: true });
    } catch (error) {
      return usageError(
        io,
        error instanceof Error ? error.message.split("\n")[0]!.replace(/\. To specify.*$/, "") : String(error),
      );
    }
    const { values, positionals } = parsed;
    if (values.version) {
      io.out(VERSION);
      return EXIT.ok;
    }
    const [command, ...args] = positionals;
    if (values.help || command === "help" || command === undefined) {
      if (command === undefined && !values.help) {
        io.err(USAGE);
        return EXIT.usage;
      }
      io.out(USAGE);
      return EXIT.ok;
    }
    if (values.lang !== "sv" && values.lang !== "en")
      return usageError(io, `--lang must be sv or en, not "${values.lang}"`);
    const lang = values.lang;
    const misplaced = misplacedOption(command, values);
    if (misplaced) return usageError(io, misplaced);
    const frameworks = values.frameworks ?? [];
    const stdinUses = [...args, values.compare, ...(values.reference ?? []), ...frameworks].filter(
      (file) => file === STDIN,
    ).length;
    if (stdinUses > 1) return usageError(io, "standard input (-) can be read only once; give '-' for one file only");

    switch (command) {
      case "validate":
        if (args.length === 0) return usageError(io, "validate needs at least one FILE");
        return validateCommand(
          args,
          {
            json: values.json,
            strict: values.strict,
            frameworks,
            // The issues are in English unless --lang is given (its default, sv, is for the other commands).
            ...(argv.some((arg) => arg === "--lang" || arg.startsWith("--lang=")) ? { lang } : {}),
          },
          io,
        );
      case "score":
        if (args.length !== 1) return usageError(io, `score takes one FILE, got ${formatNumber(args.length, "en")}`);
        return scoreCommand(args[0]!, { json: values.json, lang, frameworks }, io);
      case "diff":
        if (args.length !== 2)
          return usageError(io, `diff takes two files, OLD and NEW, got ${formatNumber(args.length, "en")}`);
        return diffCommand(args[0]!, args[1]!, { json: values.json, lang, frameworks }, io);
      case "render":
        return renderCommand(args, renderOptions(values, lang, frameworks), io);
      case "import":
        return importCommand(
          args,
          {
            output: values.output,
            dir: values.dir,
            framework: values.framework,
            code: values.code,
            municipality: values.municipality,
            year: values.year,
            json: values.json,
            ...(values.title !== undefined ? { title: values.title } : {}),
            // Findings are English unless --lang is given (its default, sv, is for the other commands' area names).
            ...(argv.some((arg) => arg === "--lang" || arg.startsWith("--lang=")) ? { lang } : {}),
          },
          io,
        );
      case "collect":
      case "stats":
        return manyCommand(command, args, values, frameworks, io);
      default:
        return usageError(io, `unknown command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(printable(`kompass: internal error: ${message} (please report this)`));
    return EXIT.internal;
  }
}
