/** A key that appears more than once in one JSON object. */
export interface DuplicateKey {
  /** JSON Pointer of the object. */
  path: string;
  /** The repeated key. */
  key: string;
}

import { MAX_DEPTH } from "./inspect";
import { segment as toSegment } from "./issues";

const [QUOTE, COMMA, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET] = [...'",{}[]'].map((c) => c.charCodeAt(0));

/** The index of the quote that ends the JSON string opening at `start`. */
function closingQuote(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  // A quote preceded by an odd number of backslashes is escaped, part of the string.
  for (;;) {
    if (end < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/** The JSON Pointer of the innermost frame: every frame's segment but the document's. */
const pathOf = (stack: readonly { segment: string }[]) =>
  stack
    .slice(1)
    .map((frame) => toSegment(frame.segment))
    .join("");

/**
 * Finds keys that appear twice in one object of a valid JSON text. `JSON.parse` silently keeps the
 * last value, which would hide a published number; this scan reports them instead. Iterative (no
 * recursion), so deep nesting cannot overflow the stack; linear in the length of the text.
 */
export function findDuplicateKeys(text: string, limit = 100): DuplicateKey[] {
  return scanKeys(text, limit).duplicates;
}

/** What {@link scanKeys} finds: repeated keys, and the first place nesting passes MAX_DEPTH. */
export interface KeyScan {
  /** Keys repeated within one object, up to the limit. */
  duplicates: DuplicateKey[];
  /** JSON Pointer of the first array or object past MAX_DEPTH levels, or `null`. */
  tooDeep: string | null;
}

/** The key whose quotes are at `start` and `end`: its text, decoded only when it has escapes; `undefined` when it is not a valid JSON string. */
function keyText(text: string, start: number, end: number): string | undefined {
  const raw = text.slice(start + 1, end);
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return undefined;
  }
}

/** {@link findDuplicateKeys}, and where the text first nests deeper than MAX_DEPTH. */
export function scanKeys(text: string, limit = 100): KeyScan {
  let tooDeep: string | null = null;
  // A frame's place in its parent (`segment`) rather than its whole path: paths are only joined for
  // a duplicate, so a text nested a million deep costs no million paths.
  type Frame = { keys: Set<string> | null; segment: string; index: number; key: string | null };
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  // Levels past MAX_DEPTH get no frame: validation rejects them anyway (`max-depth`), and a text
  // nested millions deep would otherwise hold millions of frames.
  let unframed = 0;
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const ch = text.charCodeAt(i);
    if (unframed > 0) {
      if (ch === QUOTE) i = closingQuote(text, i);
      else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) unframed++;
      else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) unframed--;
    } else if (ch === QUOTE) {
      const end = closingQuote(text, i);
      const frame = stack[stack.length - 1];
      if (frame?.keys && expectKey) {
        // A key without escapes is its own text; only escaped keys need decoding.
        const key = keyText(text, i, end);
        // A key that is not a JSON string: the text is not JSON, which JSON.parse reports after the scan.
        if (key === undefined) break;
        if (frame.keys.has(key)) found.push({ path: pathOf(stack), key });
        frame.keys.add(key);
        frame.key = key;
        expectKey = false;
      }
      i = end;
    } else if ((ch === OPEN_BRACE || ch === OPEN_BRACKET) && stack.length >= MAX_DEPTH) {
      const parent = stack[stack.length - 1]!;
      tooDeep ??= pathOf(stack) + toSegment(parent.keys ? (parent.key ?? "") : String(parent.index));
      unframed = 1;
    } else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      const parent = stack[stack.length - 1];
      const segment = parent ? (parent.keys ? (parent.key ?? "") : String(parent.index)) : "";
      stack.push({ keys: ch === OPEN_BRACE ? new Set() : null, segment, index: 0, key: null });
      expectKey = ch === OPEN_BRACE;
    } else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) {
      stack.pop();
    } else if (ch === COMMA) {
      const frame = stack[stack.length - 1];
      if (frame?.keys) expectKey = true;
      else if (frame) frame.index++;
    }
  }
  return { duplicates: found, tooDeep };
}
