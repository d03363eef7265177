import { parseArgs } from "node:util";
import { formatNumber } from "@kommunkompassen/core";
import { diffCommand } from "./commands/diff";
import { importCommand } from "./commands/import";
import { renderCommand } from "./commands/render";
import { scoreCommand } from "./commands/score";
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
export const USAGE = `kompass: validate, score, compare, render and import Kommunkompassen evaluation files

Usage:
  kompass validate FILE… [--json] [--strict] [--frameworks DEFS.json]
  kompass score FILE [--json] [--lang sv|en] [--frameworks DEFS.json]
  kompass diff OLD NEW [--json] [--lang sv|en] [--frameworks DEFS.json]
  kompass render FILE -o OUT.html [--compare PREVIOUS.json] [--reference REF.json]
                 [--lang sv|en] [--theme light|dark] [--fragment] [--frameworks DEFS.json]
  kompass render DIR -o OUTDIR [--reference REF.json] [--lang sv|en] [--theme light|dark]
                 [--frameworks DEFS.json]
  kompass import FILE… [-o OUT.json | -d OUTDIR] [--framework ID] [--code NNNN] [--json]
                 [--municipality NAME] [--year YYYY]
  kompass --help | --version

Commands:
  validate   check files against the evaluation schema and the framework;
             exit 0 when valid (warnings are printed), 1 when invalid, 2 when unreadable
  score      per-area score, max and percent and the total, as published or derived
  diff       year-over-year change per area and of the total, with the comparability verdict
  render     a self-contained HTML report page (or, for a folder, one page per evaluation
             and an index.html); exit 1 when an input is invalid, nothing is written
  import     a report's text (pdftotext output) or a CSV of sub-question rows → evaluation
             JSON, validated before it is written; what was inferred, missing or left out
             goes to stderr; exit 1 when nothing usable is found, nothing is written

Options:
  --json     machine-readable output on stdout
  --strict   (validate) treat warnings as errors
  --lang     language of the output (score, diff, render): sv (default) or en
  --frameworks FILE
             (validate, score, diff, render) framework definitions beyond the built-in
             models: one definition or an array of them; repeatable. An invalid file is
             reported like an invalid evaluation (exit 1)

Render options:
  -o OUT            the output file, or the output directory for a folder (required)
  --compare FILE    the previous evaluation: adds the change section (one FILE only)
  --reference FILE  extra reference series: one reference object or an array; repeatable
  --theme           light (default) or dark
  --fragment        only the report markup in OUT and its CSS in OUT.css (one FILE only)

Import options:
  -o OUT.json          write the evaluation here (one FILE); without -o or -d it goes to stdout
  -d OUTDIR            write each FILE's evaluation to OUTDIR/<basename>.json
  --framework ID       kommunkompassen-2.0 or kommunkompassen-2.1 (otherwise inferred)
  --code NNNN          the municipality code, which the reports do not print
  --municipality NAME  (CSV) the municipality, e.g. "Avesta kommun"
  --year YYYY          (CSV) the evaluation year

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
  dir: { type: "string", short: "d" },
  framework: { type: "string" },
  code: { type: "string" },
  municipality: { type: "string" },
  year: { type: "string" },
} as const;

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
    if (values.strict && command !== "validate") return usageError(io, "--strict goes with validate");
    const renderOption = (["compare", "reference", "theme", "fragment"] as const).find(
      (o) => values[o] !== undefined && values[o] !== false,
    );
    if (renderOption && command !== "render") return usageError(io, `--${renderOption} goes with render`);
    const importOption = (["dir", "framework", "code", "municipality", "year"] as const).find(
      (o) => values[o] !== undefined,
    );
    if (importOption && command !== "import") return usageError(io, `--${importOption} goes with import`);
    if (values.frameworks && command === "import")
      return usageError(io, "--frameworks goes with validate, score, diff and render");
    const frameworks = values.frameworks ?? [];
    const stdinUses = [...args, values.compare, ...(values.reference ?? []), ...frameworks].filter(
      (file) => file === STDIN,
    ).length;
    if (stdinUses > 1) return usageError(io, "standard input (-) can be read only once; give '-' for one file only");

    switch (command) {
      case "validate":
        if (args.length === 0) return usageError(io, "validate needs at least one FILE");
        return validateCommand(args, { json: values.json, strict: values.strict, frameworks }, io);
      case "score":
        if (args.length !== 1) return usageError(io, `score takes one FILE, got ${formatNumber(args.length, "en")}`);
        return scoreCommand(args[0]!, { json: values.json, lang, frameworks }, io);
      case "diff":
        if (args.length !== 2)
          return usageError(io, `diff takes two files, OLD and NEW, got ${formatNumber(args.length, "en")}`);
        return diffCommand(args[0]!, args[1]!, { json: values.json, lang, frameworks }, io);
      case "render":
        return renderCommand(
          args,
          {
            output: values.output,
            compare: values.compare,
            reference: values.reference,
            lang,
            theme: values.theme,
            fragment: values.fragment,
            json: values.json,
            frameworks,
          },
          io,
        );
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
            // Findings are English unless --lang is given (its default, sv, is for the other commands' area names).
            ...(argv.some((arg) => arg === "--lang" || arg.startsWith("--lang=")) ? { lang } : {}),
          },
          io,
        );
      default:
        return usageError(io, `unknown command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(printable(`kompass: internal error: ${message} (please report this)`));
    return EXIT.internal;
  }
}
