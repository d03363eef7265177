import { scanKeys } from "./duplicate-keys";
import { MAX_DEPTH } from "./inspect";
import { findJsonSyntaxError, textPosition, utf8Length } from "./json-syntax";
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

/** Parsed JSON text with the keys it repeats, or the one error that stops it being read. */
export type ReadJson = { ok: true; data: unknown; duplicates: Issue[] } | { ok: false; errors: Issue[] };

/** What a file is expected to hold, for the `empty` error's wording. */
type Document = "evaluation" | "framework" | "collection";
const EXPECTED_DOCUMENT: Record<Document, string> = {
  evaluation: "a JSON evaluation",
  framework: "a JSON framework definition",
  collection: "a JSON collection",
};

const fail = (kind: string, message: string, details?: Issue["details"]): ReadJson => ({
  ok: false,
  errors: [{ severity: "error", kind, path: "", message, ...(details ? { details } : {}) }],
});

/**
 * `JSON.parse` with a syntax error turned into a `json-syntax` issue that says where and what was
 * expected there, never quoting the text (the engine's own message shows part of it, which may be a
 * secret, and gives no position in current engines).
 */
function parseText(body: string): ReadJson {
  try {
    return { ok: true, data: JSON.parse(body), duplicates: [] };
  } catch {
    const found = findJsonSyntaxError(body);
    if (!found) return fail("json-syntax", "not valid JSON");
    const { line, column, byte } = textPosition(body, found.offset);
    return fail(
      "json-syntax",
      `not valid JSON: expected ${found.expected} at line ${line}, column ${column} (byte ${byte})`,
      {
        line,
        column,
        byte,
        expected: found.expected,
      },
    );
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
    const expected = EXPECTED_DOCUMENT[document];
    return fail(
      "empty",
      `the file is empty; expected ${expected}`,
      document === "evaluation" ? undefined : { document },
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
