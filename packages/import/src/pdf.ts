/**
 * `@kommunkompassen/import/pdf`: a Kommunkompassen report as a PDF file → the evaluation, with the
 * page of every number's evidence. PDF.js (`pdfjs-dist`) reads the text items and their positions;
 * {@link rebuildText} makes lines, columns, paragraphs and pages of them, without the page headers
 * and footers; then the text importer runs on that text. A separate entry point: the pure importer
 * (`@kommunkompassen/import`) never loads PDF.js.
 *
 * In Node, PDF.js's legacy build runs in the same thread (no worker). In the browser PDF.js needs
 * its worker: pass `workerPort` (a module `Worker` running `pdfjs-dist/build/pdf.worker.min.mjs`,
 * from your own origin), or set up PDF.js yourself and pass it as `pdfjs`; nothing is fetched from
 * elsewhere, and a strict Content-Security-Policy (`script-src 'self'; worker-src 'self'`) is enough.
 */
import { finding } from "./findings";
import { rebuildText, type PdfPage, type PdfTextItem } from "./layout";
import { importReportText } from "./report";
import type { Finding, ImportOptions, ImportResult } from "./types";

export { rebuildText, type PdfPage, type PdfTextItem, type RebuiltText } from "./layout";

/** What this module needs of PDF.js (`pdfjs-dist`, any build of version 5). */
export interface PdfJs {
  getDocument(source: Record<string, unknown>): PdfLoadingTask;
  /** PDF.js's worker class: `create({ port })` wraps a worker the caller started (PDF.js 5 has no `fromPort`). */
  PDFWorker?: { create(params: { port: unknown }): unknown };
}

interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{
    view: number[];
    getTextContent(): Promise<{ items: unknown[] }>;
    cleanup(): void;
  }>;
  destroy(): Promise<void>;
}

/** Options of {@link importReportPdf}: the text importer's, and limits. */
export interface PdfImportOptions extends ImportOptions {
  /** PDF.js to use; by default `pdfjs-dist` is loaded with a dynamic import (its legacy build in Node). */
  pdfjs?: PdfJs;
  /**
   * A worker running PDF.js's worker script (`pdfjs-dist/build/pdf.worker.min.mjs`), needed in the
   * browser; one serves every import. In Node PDF.js runs in the calling thread without one.
   */
  workerPort?: unknown;
  /** Pages read at most (a finding says when more are left out). Default 500. */
  maxPages?: number;
  /** Milliseconds the reading may take before it is given up (a finding, no evaluation). Default 60 000. */
  timeoutMs?: number;
  /** Characters of text read at most, over all pages. Default 10 000 000. */
  maxChars?: number;
}

/** The outcome of a PDF import: the text import's, on the rebuilt text, with the number of pages. */
export interface PdfImportResult extends ImportResult {
  /** How many pages the PDF has (0 when it could not be read). */
  pages: number;
}

const DEFAULTS = { maxPages: 500, timeoutMs: 60_000, maxChars: 10_000_000 };

/** Whether bytes are a PDF: "%PDF-" within the first 1024 bytes (where readers look for it). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

const isNode = () =>
  typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node === "string";

/**
 * PDF.js's legacy build, for Node (it runs without a worker or a DOM). Named through a constant,
 * with the bundlers' comments to leave it alone, so that a bundle for the browser does not carry
 * it: about 1 MB a browser never loads. Node resolves it from this package's dependency.
 */
const NODE_BUILD = "pdfjs-dist/legacy/build/pdf.mjs";

async function loadPdfJs(): Promise<PdfJs> {
  // Both builds export the same API; the browser gets the main build.
  const pdfjs: unknown = isNode()
    ? await import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_BUILD)
    : await import("pdfjs-dist");
  return pdfjs as PdfJs;
}

class Timeout extends Error {}

/** A finding about the PDF itself (worded from the core's catalogue). */
const fail = (code: Finding["code"], values: Finding["values"] = {}): Finding => finding(code, "missing", "", values);

function items(raw: readonly unknown[]): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const item of raw) {
    const i = item as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown };
    if (typeof i.str !== "string" || !Array.isArray(i.transform)) continue;
    const [a, b, , d, x, y] = i.transform as number[];
    const size = Math.hypot(a ?? 0, b ?? 0) || Math.abs(d ?? 0) || Number(i.height) || 10;
    out.push({ str: i.str, x: x ?? 0, y: y ?? 0, width: Number(i.width) || 0, size });
  }
  return out;
}

/** Reads every page's text items (at most `maxPages` pages and `maxChars` characters). */
async function readPages(
  pdf: PdfDocument,
  limits: typeof DEFAULTS,
  expired: () => boolean,
): Promise<{ pages: PdfPage[]; truncated: boolean }> {
  const pages: PdfPage[] = [];
  let chars = 0;
  const count = Math.min(pdf.numPages, limits.maxPages);
  for (let n = 1; n <= count; n++) {
    if (expired()) throw new Timeout();
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const read = items(content.items);
    chars += read.reduce((sum, i) => sum + i.str.length, 0);
    const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
    pages.push({
      items: read.map((i) => ({ ...i, x: i.x - x0, y: i.y - y0 })),
      width: x1 - x0,
      height: y1 - y0,
    });
    page.cleanup();
    if (chars > limits.maxChars) return { pages, truncated: true };
  }
  return { pages, truncated: pdf.numPages > count };
}

/** Why PDF.js could not open a file, as a finding. */
function openFailure(error: unknown): Finding {
  const name = (error as { name?: unknown })?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") return fail("pdf-encrypted");
  return fail("pdf-broken", { reason: message.slice(0, 120) });
}

/**
 * Imports a Kommunkompassen report from a PDF file: the text rebuilt from the positions of the text
 * items, page by page (pages separated by form feeds in `text`), then {@link importReportText}.
 * Every evidence entry has its page. A PDF with no text (a scan), an encrypted or broken one gives
 * a finding of severity `error` and no evaluation; so does one that takes longer than `timeoutMs`.
 * Never throws.
 */
export async function importReportPdf(
  input: Uint8Array | ArrayBuffer,
  options: PdfImportOptions = {},
): Promise<PdfImportResult> {
  const limits = {
    maxPages: options.maxPages ?? DEFAULTS.maxPages,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    maxChars: options.maxChars ?? DEFAULTS.maxChars,
  };
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const nothing = (f: Finding, pages = 0): PdfImportResult => ({
    evaluation: null,
    findings: [f],
    evidence: [],
    pages,
  });
  if (!looksLikePdf(bytes)) return nothing(fail("pdf-broken", { reason: "no %PDF- header" }));
  let pdfjs: PdfJs;
  try {
    pdfjs = options.pdfjs ?? (await loadPdfJs());
  } catch (error) {
    return nothing(fail("pdf-unavailable", { reason: error instanceof Error ? error.message.slice(0, 120) : "" }));
  }
  const started = Date.now();
  const expired = () => Date.now() - started > limits.timeoutMs;
  let task: PdfLoadingTask;
  try {
    // PDF.js takes over the buffer it is given: a copy, so the caller's bytes stay as they are; and
    // a plain Uint8Array, which PDF.js requires (a Node Buffer's slice() is a Buffer, on the same memory).
    task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
      ...(options.workerPort !== undefined && pdfjs.PDFWorker
        ? { worker: pdfjs.PDFWorker.create({ port: options.workerPort }) }
        : {}),
    });
  } catch (error) {
    return nothing(fail("pdf-unavailable", { reason: error instanceof Error ? error.message.slice(0, 120) : "" }));
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), limits.timeoutMs);
  });
  let pdf: PdfDocument | undefined;
  try {
    pdf = await Promise.race([task.promise, timeout]);
    const read = await Promise.race([readPages(pdf, limits, expired), timeout]);
    return finishPdf(read, pdf.numPages, limits, options);
  } catch (error) {
    if (error instanceof Timeout)
      return nothing(fail("pdf-timeout", { seconds: limits.timeoutMs / 1000 }), pdf?.numPages ?? 0);
    return nothing(
      pdf
        ? fail("pdf-broken", { reason: String((error as Error)?.message ?? error).slice(0, 120) })
        : openFailure(error),
    );
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

/** The text import of the rebuilt text, with the PDF's own findings first. */
function finishPdf(
  read: { pages: PdfPage[]; truncated: boolean },
  total: number,
  limits: typeof DEFAULTS,
  options: PdfImportOptions,
): PdfImportResult {
  const rebuilt = rebuildText(read.pages);
  const own: Finding[] = [];
  const empty = rebuilt.pages.flatMap((text, i) => (text.trim() === "" ? [i + 1] : []));
  if (empty.length === rebuilt.pages.length)
    return { evaluation: null, findings: [fail("pdf-no-text", { pages: total })], evidence: [], pages: total };
  if (read.truncated)
    own.push(
      finding("pdf-pages-left-out", "ignored", "", { pages: total, read: read.pages.length, max: limits.maxPages }),
    );
  if (empty.length > 0) own.push(finding("pdf-pages-without-text", "ignored", "", { pages: empty.join(", ") }));
  if (rebuilt.furniture > 0)
    own.push(
      finding("pdf-furniture-ignored", "ignored", "", {
        count: rebuilt.furniture,
        pages: rebuilt.furniturePages.length,
      }),
    );
  const text = rebuilt.pages.join("\f");
  const { maxPages: _p, timeoutMs: _t, maxChars: _c, pdfjs: _j, workerPort: _w, ...importOptions } = options;
  const result = importReportText(text, importOptions);
  return { ...result, findings: [...own, ...result.findings], pages: total };
}
