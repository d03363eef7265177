/**
 * Text helpers shared by the report and CSV importers: decoding bytes, normalising extracted text,
 * HTML fragments, numbers with decimal commas, and name matching. Pure functions, no I/O.
 */
import { Mapped } from "./mapped";

/** The result of decoding input bytes. */
export interface Decoded {
  text: string;
  /** How the bytes were read. */
  encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";
  /**
   * Bytes that are not valid UTF-8 in a text read as UTF-8 (each replaced by U+FFFD): how many
   * (maximal invalid sequences, as the WHATWG decoder counts them) and the byte offsets of the first few.
   */
  invalid?: { count: number; offsets: number[] };
}

/** How many invalid byte offsets {@link decodeInput} lists. */
const MAX_OFFSETS = 5;

/** Valid multi-byte sequences and invalid bytes in UTF-8 input, counted as the WHATWG decoder reads it. */
export function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number; offsets: number[] } {
  let multibyte = 0;
  let invalid = 0;
  const offsets: number[] = [];
  const fail = (at: number) => {
    invalid++;
    if (offsets.length < MAX_OFFSETS) offsets.push(at);
  };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) {
      fail(i);
      i++;
      continue;
    }
    let lower = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    let upper = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
    }
    if (j > need) multibyte++;
    else fail(i);
    // A broken sequence is one error; the byte that broke it is read again.
    i += j > need ? need + 1 : j;
  }
  return { multibyte, invalid, offsets };
}

/**
 * Decodes bytes by a rule decided per file: a byte order mark decides (UTF-8, UTF-16LE/BE); valid
 * UTF-8 is UTF-8; text with valid UTF-8 multi-byte sequences and some invalid bytes is UTF-8 with
 * each invalid sequence replaced by U+FFFD (and counted in `invalid`); only text with no valid
 * multi-byte sequence at all is Windows-1252 (spreadsheets saved by older Windows programs).
 * A string is returned as it is (a leading BOM removed).
 */
export function decodeInput(input: string | Uint8Array): Decoded {
  if (typeof input === "string") {
    return input.charCodeAt(0) === 0xfeff
      ? { text: input.slice(1), encoding: "utf-8-bom" }
      : { text: input, encoding: "utf-8" };
  }
  const bytes = input;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const scan = scanUtf8(body);
  if (!bom && scan.invalid > 0 && scan.multibyte === 0)
    return { text: fromWindows1252(body), encoding: "windows-1252" };
  const text = new TextDecoder("utf-8").decode(body);
  const offsets = scan.offsets.map((o) => o + (bom ? 3 : 0));
  return {
    text,
    encoding: bom ? "utf-8-bom" : "utf-8",
    ...(scan.invalid > 0 ? { invalid: { count: scan.invalid, offsets } } : {}),
  };
}

function fromWindows1252(bytes: Uint8Array): string {
  // Node's TextDecoder decodes "windows-1252" as ISO-8859-1 (0x80–0x9F become C1 controls);
  // map that range as Windows-1252 does (a no-op where the decoder already does it right).
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** Windows-1252 bytes 0x80–0x9F (the five bytes the code page leaves undefined keep their own code point). */
const CP1252_C1 = [..."€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"];

/** Marks where a `<ul>` fragment started (one table cell of bullets); never present in normalised input. */
export const CELL = "\u0001";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  bull: "•",
  shy: "",
};

function decodeEntity(whole: string, name: string): string {
  if (name[0] === "#") {
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) && code !== 1
      ? String.fromCodePoint(code)
      : whole;
  }
  return ENTITIES[name.toLowerCase()] ?? whole;
}

const LIGATURES: Record<string, string> = {
  "\ufb00": "ff",
  "\ufb01": "fi",
  "\ufb02": "fl",
  "\ufb03": "ffi",
  "\ufb04": "ffl",
};

/**
 * Normalises extracted report text: line breaks, form feeds (pdftotext's page breaks), control
 * characters, non-breaking and soft hyphens, ligatures, the bullet glyphs of Word documents, and
 * HTML fragments (`<ul>` becomes {@link CELL}, `<li>` a bullet, other tags white space). Every
 * character of the result keeps the range of the source it came from.
 */
export function normalizeMapped(raw: string | Mapped): Mapped {
  let text = (typeof raw === "string" ? Mapped.of(raw) : raw)
    .replace(/\r\n?/g, "\n")
    .replace(/\f/g, "\n")
    // Control characters (the cell marker included) are never content.
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, " ")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/\u00ad/g, "")
    .replace(/[\ufb00-\ufb04]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\uf0b7\uf0a7\u25aa\u25cf\u25e6\u25a0\u2219\u2023\u2043]/g, "•");
  if (/<\/?[a-z][^<>]*>/i.test(text.text)) {
    text = text
      .replace(/<ul\b[^<>]*>/gi, ` ${CELL} `)
      .replace(/<li\b[^<>]*>/gi, " • ")
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/(p|div|tr|h[1-6])>/gi, "\n")
      .replace(/<\/?[a-z][^<>]*>/gi, " ");
  }
  text = text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, decodeEntity);
  // NFC one character (with its combining marks) at a time, so that each keeps its source range.
  return text.replace(/\P{M}\p{M}+|[^\u0000-\u02ff]/gu, (c) => c.normalize("NFC"));
}

/** {@link normalizeMapped}'s text. */
export function normalizeText(raw: string): string {
  return normalizeMapped(raw).text;
}

/** Removes the cell marker (for text that is not a list of cells). */
export function withoutCells(text: string): string {
  return text.split(CELL).join(" ");
}

/** Collapses all white space to single spaces and trims. */
export function squash(text: string): string {
  return withoutCells(text).replace(/\s+/g, " ").trim();
}

/**
 * A comparison key for names: case, diacritics, punctuation and white space do not count
 * ("Strategi for" matches "Strategi för", "Etik motverkan" matches "Etik – motverkan").
 */
export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A number as published: `52`, `9,75`, `9.75`. Returns `undefined` for anything else. */
export function parseNumber(text: string): number | undefined {
  const match = /^\s*(\d{1,6})(?:[.,](\d{1,6}))?\s*$/.exec(text);
  if (!match) return undefined;
  const value = Number(`${match[1]}${match[2] !== undefined ? `.${match[2]}` : ""}`);
  return Number.isFinite(value) ? value : undefined;
}

/** A percent as published: `65%`, `65 %`, `65,5%` or a bare number. */
export function parsePercent(text: string): number | undefined {
  // trimEnd and one "%" by hand: /\s*%\s*$/ is tried at every position, quadratic on long white space.
  const trimmed = text.trimEnd();
  return parseNumber(trimmed.endsWith("%") ? trimmed.slice(0, -1) : trimmed);
}

/** Swedish month names, for dates like "december år 2014". */
export const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
] as const;

/** The month number (1–12) of a Swedish month name, any case. */
export function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name.toLowerCase() as (typeof MONTHS)[number]);
  return index < 0 ? undefined : index + 1;
}

/** `YYYY-MM` for a year and month. */
export function yearMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Cuts a string for a message: at most `max` characters, with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const flat = squash(text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
