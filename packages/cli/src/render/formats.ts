/**
 * `kompass render FILE --format svg|png|card|csv|csv-plain -o OUT`: a chart's picture, the sharing
 * card or the data, on the server; and `--format csv|csv-plain` of a folder or a collection, a row
 * per evaluation. HTML (the default) is render.ts's.
 */
import type { Evaluation } from "@kommunkompassen/core";
import { collectionCsv, evaluationCsv, type CsvFormat } from "@kommunkompassen/core/downloads";
import { cliMessages, downloadMessages } from "@kommunkompassen/core/messages";
import {
  NothingToDrawError,
  renderCardSvg,
  renderChartSvg,
  type PictureChart,
  type RenderPictureOptions,
} from "@kommunkompassen/react/server";
import {
  checkFileOutputs,
  listInputs,
  loadInputs,
  readEntries,
  usage,
  write,
  type RenderCommandOptions,
  type Settings,
} from "../commands/render";
import { fileLabel } from "../format";
import type { Output } from "../io";
import { printable } from "../safe";
import { loadCollection } from "./collection";
import { svgToPng } from "./png";

/** What `kompass render` writes. */
export type RenderFormat = "html" | "svg" | "png" | "card" | "csv" | "csv-plain";

/** Every `--format`. */
export const RENDER_FORMATS: readonly RenderFormat[] = ["html", "svg", "png", "card", "csv", "csv-plain"];

/** A file written, as `--json` reports it. */
export interface RenderedFile {
  /** The path written. */
  file: string;
  /** Its format. */
  format: RenderFormat;
  /** Its size in bytes. */
  bytes: number;
  /** A picture's width and height in pixels (an SVG's in user units). */
  width?: number;
  height?: number;
}

/** The checked `--format`, `--chart` and `--scale`. */
export interface FormatSettings {
  format: RenderFormat;
  chart: PictureChart;
  scale: number;
}

/** The checked `--format`, `--chart` and `--scale`, or the usage error. */
export function formatSettings(options: RenderCommandOptions): FormatSettings | { error: string } {
  const format = (options.format ?? "html") as RenderFormat;
  if (!RENDER_FORMATS.includes(format))
    return { error: `--format must be ${RENDER_FORMATS.join(", ")}, not "${options.format}"` };
  const chart = options.chart ?? "radar";
  if (chart !== "radar" && chart !== "bars") return { error: `--chart must be radar or bars, not "${chart}"` };
  if (options.chart !== undefined && format !== "svg" && format !== "png")
    return { error: "--chart goes with --format svg or png" };
  const scale = options.scale === undefined ? 1 : Number(options.scale);
  if (!(scale >= 0.5 && scale <= 4)) return { error: `--scale must be a number from 0.5 to 4, not "${options.scale}"` };
  if (options.scale !== undefined && format !== "png" && format !== "card")
    return { error: "--scale goes with --format png or card" };
  if (options.fragment && format !== "html") return { error: "--fragment goes with --format html" };
  if (options.json && format === "html") return { error: "--json goes with --format svg, png, card, csv or csv-plain" };
  if (options.compare !== undefined && format.startsWith("csv"))
    return { error: "--compare goes with --format html, svg, png or card" };
  return { format, chart, scale };
}

const dialect = (format: RenderFormat): CsvFormat => (format === "csv-plain" ? "plain" : "excel");

/** Says what was written: one line each, or the `--json` document. */
function report(files: readonly RenderedFile[], json: boolean, settings: Settings, io: Output): void {
  if (json) io.out(JSON.stringify({ files }, null, 2));
  else for (const f of files) io.out(cliMessages[settings.lang].wrote(fileLabel(f.file)));
}

/** The picture or the data of one evaluation, as the file's content. */
function fileContent(
  evaluation: Evaluation,
  pictureOptions: RenderPictureOptions,
  format: RenderFormat,
  scale: number,
): { content: string | Uint8Array; width?: number; height?: number } {
  if (format === "csv" || format === "csv-plain")
    return { content: evaluationCsv(evaluation, dialect(format), pictureOptions) };
  const svg =
    format === "card" ? renderCardSvg(evaluation, pictureOptions) : renderChartSvg(evaluation, pictureOptions);
  if (format === "svg") {
    const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
    return { content: svg, width: Number(width), height: Number(height) };
  }
  const png = svgToPng(svg, scale);
  return { content: png.png, width: png.width, height: png.height };
}

/**
 * One evaluation as a picture (`svg`, `png`, `card`) or as data (`csv`, `csv-plain`), written to
 * OUT. Exit 0 when written; 1 when an input is invalid or the chart has nothing to draw; 2 for
 * files that cannot be read or written.
 */
export function renderOneFormat(
  input: string,
  out: string,
  { format, chart, scale }: FormatSettings,
  options: RenderCommandOptions,
  settings: Settings,
  io: Output,
): number {
  const outputs = checkFileOutputs(out, undefined, settings.lang, io);
  if (outputs) return outputs;
  const loaded = loadInputs(input, options, settings, io);
  if ("exitCode" in loaded) return loaded.exitCode;
  const pictureOptions: RenderPictureOptions = {
    ...(loaded.previous ? { previous: loaded.previous } : {}),
    references: loaded.references,
    lang: settings.lang,
    theme: settings.theme,
    chart,
    ...(settings.frameworks.length > 0 ? { frameworks: settings.frameworks } : {}),
  };
  let made;
  try {
    // The --reference series go into the evaluation itself for the CSV, as the picture draws them.
    const withReferences: Evaluation =
      loaded.references.length > 0
        ? { ...loaded.evaluation, references: [...(loaded.evaluation.references ?? []), ...loaded.references] }
        : loaded.evaluation;
    made = fileContent(format.startsWith("csv") ? withReferences : loaded.evaluation, pictureOptions, format, scale);
  } catch (error) {
    if (!(error instanceof NothingToDrawError)) throw error;
    io.err(
      printable(
        downloadMessages[settings.lang].nothingToDraw(
          fileLabel(input, settings.lang),
          format === "card" ? "radar" : chart,
        ),
      ),
    );
    return 1;
  }
  const code = write([{ path: out, content: made.content }], settings.lang, io);
  if (code !== 0) return code;
  const bytes = typeof made.content === "string" ? Buffer.byteLength(made.content) : made.content.byteLength;
  report(
    [{ file: out, format, bytes, ...(made.width !== undefined ? { width: made.width, height: made.height! } : {}) }],
    !!options.json,
    settings,
    io,
  );
  return 0;
}

/**
 * `--format csv|csv-plain` of a folder or a collection: one CSV, a row per evaluation (the headers
 * `kompass import` reads as a results table). Pictures of many evaluations are a usage error.
 */
export function renderManyFormat(
  input: string,
  kind: "folder" | "collection",
  out: string,
  checked: FormatSettings,
  options: RenderCommandOptions,
  settings: Settings,
  io: Output,
): number {
  if (!checked.format.startsWith("csv"))
    return usage(io, `--format ${checked.format} goes with one FILE; a ${kind} gives --format html, csv or csv-plain`);
  if (settings.references.length > 0) return usage(io, `--reference does not go with --format csv of a ${kind}`);
  const outputs = checkFileOutputs(out, undefined, settings.lang, io);
  if (outputs) return outputs;
  let evaluations: Evaluation[];
  let frameworks = settings.frameworks;
  if (kind === "collection") {
    const loaded = loadCollection(input, settings.frameworks, settings.lang, io);
    if ("exitCode" in loaded) return loaded.exitCode;
    evaluations = loaded.entries.map((e) => e.evaluation);
    frameworks = loaded.frameworks;
  } else {
    const listed = listInputs(input, settings.lang, io);
    if ("exitCode" in listed) return listed.exitCode;
    const read = readEntries(input, listed.names, settings, io);
    if (read.failed) {
      io.err(cliMessages[settings.lang].nothingWritten(fileLabel(out)));
      return read.failed;
    }
    evaluations = read.entries.map((e) => e.evaluation);
  }
  const content = collectionCsv(evaluations, dialect(checked.format), { lang: settings.lang, frameworks });
  const code = write([{ path: out, content }], settings.lang, io);
  if (code !== 0) return code;
  report([{ file: out, format: checked.format, bytes: Buffer.byteLength(content) }], !!options.json, settings, io);
  return 0;
}
