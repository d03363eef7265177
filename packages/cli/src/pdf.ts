/**
 * `kompass import report.pdf`: the PDF is read by `@kommunkompassen/import/pdf` (PDF.js) in a child
 * Node process, so that the command stays synchronous and a hostile or huge PDF cannot take it
 * down: the child has a memory limit and a time limit, and whatever happens to it becomes a
 * finding, never a hang.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { wordFinding, type Finding, type ImportOptions, type ImportResult } from "@kommunkompassen/import";

/** How long the child may take in all (PDF.js's own limit inside it is shorter). */
export const PDF_TIMEOUT_MS = 90_000;
/** The child's heap, in MB. */
export const PDF_MEMORY_MB = 1024;

/** Whether bytes are a PDF: "%PDF-" within the first 1024 bytes. */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-");
}

const SCRIPT = `
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { importReportPdf } = await import(process.argv[1]);
const options = JSON.parse(process.argv[2]);
const result = await importReportPdf(new Uint8Array(Buffer.concat(chunks)), options);
delete result.text;
process.stdout.write(JSON.stringify(result));
`;

function failure(code: Finding["code"], values: Finding["values"] = {}): ImportResult {
  const finding: Finding = {
    code,
    kind: "missing",
    severity: "error",
    path: "",
    values,
    message: wordFinding({ code, values }, "en"),
  };
  return { evaluation: null, findings: [finding], evidence: [] };
}

/** Where the PDF entry point of the installed @kommunkompassen/import is. */
function pdfModule(): string {
  const require = createRequire(import.meta.url);
  return pathToFileURL(join(dirname(require.resolve("@kommunkompassen/import/package.json")), "dist/pdf.js")).href;
}

/** Imports a report PDF in a child process with limits; the result, or a finding saying why there is none. */
export function importPdf(bytes: Uint8Array, options: ImportOptions): ImportResult & { pages?: number } {
  let module: string;
  try {
    module = pdfModule();
  } catch (error) {
    return failure("pdf-unavailable", { reason: error instanceof Error ? error.message.slice(0, 120) : "" });
  }
  const child = spawnSync(
    process.execPath,
    [`--max-old-space-size=${PDF_MEMORY_MB}`, "--input-type=module", "-e", SCRIPT, module, JSON.stringify(options)],
    { input: bytes, timeout: PDF_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024, encoding: "utf8", killSignal: "SIGKILL" },
  );
  const error = child.error as NodeJS.ErrnoException | undefined;
  if (error?.code === "ETIMEDOUT" || (child.signal === "SIGKILL" && child.status === null))
    return failure("pdf-timeout", { seconds: PDF_TIMEOUT_MS / 1000 });
  if (child.status !== 0 || error) {
    const reason = /heap out of memory/i.test(child.stderr ?? "")
      ? `the reader ran out of memory (${PDF_MEMORY_MB} MB)`
      : (error?.message ?? (child.stderr || "").trim().split("\n").pop() ?? "").slice(0, 120);
    return failure(/Cannot find (?:package|module)/.test(child.stderr ?? "") ? "pdf-unavailable" : "pdf-broken", {
      reason,
    });
  }
  try {
    return JSON.parse(child.stdout) as ImportResult & { pages?: number };
  } catch {
    return failure("pdf-broken", { reason: "the reader gave no result" });
  }
}
