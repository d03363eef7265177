import { scanKeys } from "./duplicate-keys";
import { MAX_DEPTH } from "./inspect";
import type { Issue } from "./issues";
import { validateEvaluation, type ValidateOptions, type ValidationResult } from "./validate";

/** The largest evaluation file the library reads by default: 10 MB (the largest real report is about 60 KB). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Options for {@link parseEvaluation}. */
export interface ParseOptions extends ValidateOptions {
  /** Refuse text longer than this many bytes (UTF-8); defaults to {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
}

/** The `max-depth` error validation would give, at the place the scan found. */
function tooDeep(path: string): Issue {
  return {
    severity: "error",
    kind: "max-depth",
    path,
    message: `nested more than ${MAX_DEPTH} levels deep`,
    details: { maxDepth: MAX_DEPTH },
  };
}

/** The UTF-8 length of a string, without TextEncoder (not in every runtime's type library). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parsed JSON text with the keys it repeats, or the one error that stops it being read. */
export type ReadJson = { ok: true; data: unknown; duplicates: Issue[] } | { ok: false; errors: Issue[] };

/** What a file is expected to hold, for the `empty` error's wording. */
type Document = "evaluation" | "framework";

const fail = (kind: string, message: string, details?: Issue["details"]): ReadJson => ({
  ok: false,
  errors: [{ severity: "error", kind, path: "", message, ...(details ? { details } : {}) }],
});

/** `JSON.parse` with a syntax error turned into a `json-syntax` issue at its line and column. */
function parseText(body: string): ReadJson {
  try {
    return { ok: true, data: JSON.parse(body), duplicates: [] };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(raw);
    if (position) {
      const { line, column } = lineAndColumn(body, Number(position[1]));
      const reason = raw.replace(/\s*(in JSON )?at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)/, "");
      return fail("json-syntax", `not valid JSON: ${reason} at line ${line}, column ${column}`, { line, column });
    }
    return fail("json-syntax", `not valid JSON: ${raw}`);
  }
}

/**
 * Reads JSON text for validation: empty text, text over the size limit, nesting deeper than
 * {@link MAX_DEPTH} and invalid JSON give one clear error instead of an exception; keys repeated
 * within one object are returned as `duplicate-key` errors, since `JSON.parse` keeps only the last
 * value. A UTF-8 byte order mark is ignored.
 */
export function readJson(text: string, maxBytes = DEFAULT_MAX_BYTES, document: Document = "evaluation"): ReadJson {
  // A string of n UTF-16 units is at most 3n UTF-8 bytes, so most texts need no exact count.
  const bytes = text.length * 3 <= maxBytes ? text.length : utf8Length(text);
  if (bytes > maxBytes) {
    return fail("too-large", `the file is ${bytes} bytes; at most ${maxBytes} bytes are read`, { bytes, maxBytes });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") {
    const expected = document === "framework" ? "a JSON framework definition" : "a JSON evaluation";
    return fail(
      "empty",
      `the file is empty; expected ${expected}`,
      document === "framework" ? { document } : undefined,
    );
  }
  // Nesting is checked before JSON.parse, which would build every level of a text nested millions deep.
  const scan = scanKeys(body);
  if (scan.tooDeep !== null) return { ok: false, errors: [tooDeep(scan.tooDeep)] };
  const parsed = parseText(body);
  if (!parsed.ok) return parsed;
  const repeated: Issue[] = scan.duplicates.map(({ path, key }) => ({
    severity: "error",
    kind: "duplicate-key",
    path,
    message: `the key ${JSON.stringify(key)} appears more than once in this object; JSON keeps only the last value`,
    details: { key },
  }));
  return { ok: true, data: parsed.data, duplicates: repeated };
}

/**
 * Parses JSON text and validates it as an evaluation. Empty text, text over the size limit and
 * invalid JSON give one clear error (with line and column for syntax errors) instead of an
 * exception; a key repeated within one object is an error (`duplicate-key`), since `JSON.parse`
 * would silently keep only its last value. A UTF-8 byte order mark is ignored.
 */
export function parseEvaluation(text: string, options: ParseOptions = {}): ValidationResult {
  const read = readJson(text, options.maxBytes);
  if (!read.ok) return { valid: false, errors: read.errors, warnings: [] };
  const result = validateEvaluation(read.data, options);
  if (read.duplicates.length === 0) return result;
  return { valid: false, errors: [...read.duplicates, ...result.errors], warnings: [] };
}
