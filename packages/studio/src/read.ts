/**
 * Reading a file the studio is given: a report's PDF (PDF.js in the page's worker), its text, or a
 * CSV spreadsheet, with the importers of `@kommunkompassen/import`. Everything happens here, in the
 * browser: the bytes are never sent anywhere.
 */
import {
  decodeInput,
  importCsv,
  importReportText,
  looksLikeCsv,
  looksLikeResultsTable,
  type ImportOptions,
  type ImportResult,
} from "@kommunkompassen/import";
import { importReportPdf, looksLikePdf, type PdfJs } from "@kommunkompassen/import/pdf";
import type { StudioSourceKind } from "@kommunkompassen/core/messages";
import * as pdfjs from "pdfjs-dist";

/** PDF.js's worker, started when the page loads (so that reading a PDF makes no request). */
export interface PdfWorker {
  /** The worker, or `null` where it could not be made. */
  worker: Worker | null;
  /** Whether it has started (its first message), or failed (false). */
  ready: Promise<boolean>;
}

/** Starts PDF.js's worker from beside this script (`pdf.worker.min.mjs`, a module worker). */
export function startPdfWorker(): PdfWorker {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./pdf.worker.min.mjs", import.meta.url), { type: "module", name: "pdf.js" });
  } catch {
    return { worker: null, ready: Promise.resolve(false) };
  }
  const ready = new Promise<boolean>((resolve) => {
    worker.addEventListener("message", () => resolve(true), { once: true });
    worker.addEventListener("error", () => resolve(false), { once: true });
  });
  return { worker, ready };
}

/** A file read into memory, and what kind of input it is. */
export interface Source {
  /** The file's name, as the user's system gives it. */
  name: string;
  kind: StudioSourceKind;
  bytes: Uint8Array;
}

/** The import of a source: the importer's result, and a PDF's number of pages. */
export interface Imported {
  source: Source;
  result: ImportResult;
  pages: number;
  /** The municipality and year the import was given, when the file lacks them. */
  options: Pick<ImportOptions, "municipality" | "year">;
}

/** Why a file gives nothing to import at all (before an importer runs). */
export type Refusal = "results-table" | "pdf-unavailable";

/** What kind of input bytes are: a PDF by its header, a results table or CSV by their header row, text otherwise. */
export function kindOf(bytes: Uint8Array): StudioSourceKind | "results-table" {
  if (looksLikePdf(bytes)) return "pdf";
  const { text } = decodeInput(bytes);
  if (looksLikeResultsTable(text)) return "results-table";
  return looksLikeCsv(text) ? "csv" : "text";
}

/** Runs the importer of a source's kind, with the options given (the file name is recorded as its source). */
export async function runImport(
  source: Source,
  pdf: PdfWorker,
  options: Imported["options"] = {},
): Promise<Imported | Refusal> {
  const given: ImportOptions = { file: source.name, ...options };
  if (source.kind === "csv") return { source, result: importCsv(source.bytes, given), pages: 0, options };
  if (source.kind === "text") return { source, result: importReportText(source.bytes, given), pages: 0, options };
  if (!pdf.worker || !(await pdf.ready)) return "pdf-unavailable";
  const result = await importReportPdf(source.bytes, {
    ...given,
    pdfjs: pdfjs as unknown as PdfJs,
    workerPort: pdf.worker,
  });
  return { source, result, pages: result.pages, options };
}

/** Reads a file the user picked or dropped and imports it. */
export async function readFile(file: File, pdf: PdfWorker): Promise<Imported | Refusal> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = kindOf(bytes);
  if (kind === "results-table") return "results-table";
  return runImport({ name: file.name, kind, bytes }, pdf);
}
