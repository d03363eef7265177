/**
 * Reading the points overview ("Översikt av poängfördelning"): one table per area with the columns
 * Uppnått, Max and Procent, one row per sub-question ("1.1 <text> 10 15 65%") and a closing row
 * with the area's sum ("52 100 52%").
 *
 * The table is read as a stream of tokens, so tab-separated rows, rows run together on one line,
 * question texts wrapped over lines or split from their numbers, and page footers between rows
 * (removed before) all read the same. When the question texts and the number triples come in a
 * different order (all texts, then all numbers), they are paired in order and that is reported.
 */
import { same } from "@kommunkompassen/core";
import { CELL, foldName, parseNumber, parsePercent } from "./text";

interface Token {
  text: string;
  /** A line break comes before this token. */
  newline: boolean;
  /** Where the token is in the overview's text ("65 %" read as one token "65%" spans both). */
  start: number;
  end: number;
}

/** Where something is in the overview's text: `[start, end)`. */
export type Range = readonly [number, number];

/** Achieved, max and percent of one row. */
export interface Triple {
  achieved: number;
  max: number;
  percent: number | undefined;
  /** Where each number is printed in the overview's text (absent for rows that come from no text: a CSV's). */
  at?: { achieved: Range; max: Range; percent?: Range };
}

/** One sub-question row as read. */
export interface OverviewRow {
  id: string;
  text?: string;
  numbers?: Triple;
}

/** One area's table. */
export interface OverviewTable {
  area: number;
  /** The area name in the table header ("1. Offentlighet och demokrati Uppnått Max Procent"). */
  title?: string;
  rows: OverviewRow[];
  /** The closing sum row. */
  sum?: Triple;
  /** Texts and numbers were not side by side and were paired in order. */
  pairedByOrder?: boolean;
  /** Why numbers are missing, when they are: the counts of question rows and number rows that cannot be paired. */
  problem?: { questions: number; rows: number };
  /** Text that was read but left out (after the sum row, or not continuing a question). */
  ignored: string[];
}

/** The words of a text (runs of anything but white space and the cell marker), each marked when a line break precedes it. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const word = new RegExp(`[^\\s${CELL}]+`, "g");
  let newline = false;
  let nextBreak = text.indexOf("\n");
  for (let match = word.exec(text); match; match = word.exec(text)) {
    const piece = match[0];
    if (nextBreak >= 0 && nextBreak < match.index) {
      newline = true;
      nextBreak = text.indexOf("\n", match.index + piece.length);
    }
    // "65" "%" → "65%"
    const previous = tokens[tokens.length - 1];
    if (piece === "%" && previous && parseNumber(previous.text) !== undefined) {
      previous.text += "%";
      previous.end = match.index + 1;
      continue;
    }
    tokens.push({ text: piece, newline, start: match.index, end: match.index + piece.length });
    newline = false;
  }
  return tokens;
}

const QUESTION_ID = /^([1-9]\d?)\.([1-9]\d?)\.?$/;
const AREA_NUMBER = /^([1-9]\d?)\.?$/;
const SUM_LABELS = new Set(["summa", "totalt", "total", "sum", "summering"]);
const CONJUNCTIONS = new Set(["och", "eller", "samt", "till", "i", "på", "av", "för", "med", "om"]);

const isNumberToken = (t: Token | undefined) => t !== undefined && parseNumber(t.text) !== undefined;
const isPercentToken = (t: Token | undefined) =>
  t !== undefined && /%$/.test(t.text) && parsePercent(t.text) !== undefined;

/** Whether a word ends in a hyphen after a letter ("medborgar-"): checked on the word, not the growing text. */
function hyphenated(word: string): boolean {
  return word.endsWith("-") && /\p{L}$/u.test(word.slice(-3, -1));
}

/** Joins words of a wrapped text: a line ending in a hyphen is joined to a lower-case continuation without a space. */
export function joinWords(tokens: readonly Pick<Token, "text" | "newline">[]): string {
  const parts: string[] = [];
  let previous: string | undefined;
  for (const token of tokens) {
    const joined =
      previous !== undefined &&
      token.newline &&
      hyphenated(previous) &&
      /^\p{Ll}/u.test(token.text) &&
      !CONJUNCTIONS.has(token.text.toLowerCase());
    if (previous !== undefined && !joined) parts.push(" ");
    parts.push(token.text);
    previous = token.text;
  }
  return parts.join("");
}

type Item =
  { kind: "id"; id: string; area: number } | { kind: "triple"; triple: Triple } | { kind: "word"; token: Token };

const range = (token: Token): Range => [token.start, token.end];

/** Splits the tokens of a table into question ids, number triples and words. */
function classify(tokens: readonly Token[]): Item[] {
  const used = new Array<boolean>(tokens.length).fill(false);
  const triples = new Map<number, Triple>();
  // Triples ending in a percent: "10 15 65%".
  for (let k = 2; k < tokens.length; k++) {
    if (!isPercentToken(tokens[k]) || used[k - 1] || used[k - 2]) continue;
    if (!isNumberToken(tokens[k - 1]) || !isNumberToken(tokens[k - 2])) continue;
    triples.set(k - 2, {
      achieved: parseNumber(tokens[k - 2]!.text)!,
      max: parseNumber(tokens[k - 1]!.text)!,
      percent: parsePercent(tokens[k]!.text),
      at: { achieved: range(tokens[k - 2]!), max: range(tokens[k - 1]!), percent: range(tokens[k]!) },
    });
    used[k - 2] = used[k - 1] = used[k] = true;
  }
  // Bare triples without "%": exactly three numbers, ending a row.
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (used[k] || used[k + 1] || used[k + 2]) continue;
    if (!isNumberToken(tokens[k]) || !isNumberToken(tokens[k + 1]) || !isNumberToken(tokens[k + 2])) continue;
    if (k > 0 && isNumberToken(tokens[k - 1])) continue;
    const next = tokens[k + 3];
    if (next !== undefined && isNumberToken(next)) continue;
    if (next !== undefined && !next.newline && !QUESTION_ID.test(next.text)) continue;
    triples.set(k, {
      achieved: parseNumber(tokens[k]!.text)!,
      max: parseNumber(tokens[k + 1]!.text)!,
      percent: parseNumber(tokens[k + 2]!.text),
      at: { achieved: range(tokens[k]!), max: range(tokens[k + 1]!), percent: range(tokens[k + 2]!) },
    });
    used[k] = used[k + 1] = used[k + 2] = true;
  }
  const items: Item[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const triple = triples.get(k);
    if (triple) {
      items.push({ kind: "triple", triple });
      k += 2;
      continue;
    }
    const token = tokens[k]!;
    const id = QUESTION_ID.exec(token.text);
    if (id) items.push({ kind: "id", id: `${id[1]}.${id[2]}`, area: Number(id[1]) });
    else items.push({ kind: "word", token });
  }
  return items;
}

interface RawRow {
  id: string;
  area: number;
  /** Words and triples after the id, in order. */
  sequence: (Token | Triple)[];
}

const isTriple = (x: Token | Triple): x is Triple => "achieved" in x;

function wordsOf(sequence: readonly (Token | Triple)[]): Token[] {
  return sequence.filter((x): x is Token => !isTriple(x));
}

function triplesOf(sequence: readonly (Token | Triple)[]): Triple[] {
  return sequence.filter(isTriple);
}

/** Reads one area's rows (or all rows when the tables have no recognisable headers). */
function readRows(items: readonly Item[], area: number | undefined): OverviewTable[] {
  const before: Triple[] = [];
  const rows: RawRow[] = [];
  for (const item of items) {
    if (item.kind === "id") rows.push({ id: item.id, area: item.area, sequence: [] });
    else if (item.kind === "triple") {
      const row = rows[rows.length - 1];
      if (row) row.sequence.push(item.triple);
      else before.push(item.triple);
    } else {
      const row = rows[rows.length - 1];
      if (row) row.sequence.push(item.token);
    }
  }
  // Group consecutive rows by area; with a header, every row belongs to the header's area.
  const groups: { area: number; rows: RawRow[]; before: Triple[] }[] = [];
  for (const row of rows) {
    const groupArea = area ?? row.area;
    const last = groups[groups.length - 1];
    if (last && last.area === groupArea) last.rows.push(row);
    else groups.push({ area: groupArea, rows: [row], before: groups.length === 0 ? before : [] });
  }
  if (groups.length === 0 && area !== undefined && before.length > 0) {
    return [{ area, rows: [], sum: before[before.length - 1]!, ignored: [] }];
  }
  return groups.map((group) => readGroup(group.area, group.rows, group.before));
}

/** Continuation words after a row's numbers are kept only when they plainly continue the sentence. */
function continues(words: readonly Token[]): boolean {
  const first = words[0];
  return first !== undefined && /^[\p{Ll}(]/u.test(first.text);
}

function readGroup(area: number, rows: RawRow[], before: Triple[]): OverviewTable {
  const table: OverviewTable = { area, rows: [], ignored: [] };
  const allTriples = [...before, ...rows.flatMap((r) => triplesOf(r.sequence))];
  const sideBySide = before.length === 0 && rows.every((r) => triplesOf(r.sequence).length >= 1);

  if (sideBySide) {
    rows.forEach((row, index) => {
      const isLast = index === rows.length - 1;
      const triples = triplesOf(row.sequence);
      const first = row.sequence.findIndex(isTriple);
      const textWords = wordsOf(row.sequence.slice(0, first));
      const afterFirst = row.sequence.slice(first + 1);
      const secondAt = afterFirst.findIndex(isTriple);
      const between = wordsOf(secondAt < 0 ? afterFirst : afterFirst.slice(0, secondAt));
      let trailing: Token[] = [];
      if (isLast && triples.length === 2) {
        table.sum = triples[1]!;
        trailing = wordsOf(afterFirst.slice(secondAt + 1));
      } else if (triples.length > 1) {
        table.ignored.push(
          `${row.id} … ${triples
            .slice(1)
            .map((t) => `${t.achieved} ${t.max} ${t.percent ?? ""}`.trim())
            .join("; ")}`,
        );
      }
      const sumLabel =
        between.length > 0 &&
        SUM_LABELS.has(between[between.length - 1]!.text.toLowerCase()) &&
        table.sum !== undefined;
      const continuation = sumLabel ? between.slice(0, -1) : between;
      let words = textWords;
      if (continuation.length > 0) {
        if (continues(continuation)) words = [...textWords, ...continuation];
        else table.ignored.push(joinWords(continuation));
      }
      if (trailing.length > 0) table.ignored.push(joinWords(trailing));
      const text = joinWords(words);
      table.rows.push({ id: row.id, ...(text ? { text } : {}), numbers: triples[0]! });
    });
    return table;
  }

  // Texts and numbers in a different order: pair them in order when the counts fit.
  const texts = rows.map((row) => ({ id: row.id, text: joinWords(wordsOf(row.sequence)) }));
  const n = rows.length;
  let paired: Triple[] | null = null;
  let sum: Triple | undefined;
  if (n > 0 && allTriples.length === n) paired = allTriples;
  else if (n > 0 && allTriples.length === n + 1) {
    const maxSum = (list: Triple[]) => list.reduce((s, t) => s + t.max, 0);
    const last = allTriples[n]!;
    const first = allTriples[0]!;
    if (same(last.max, maxSum(allTriples.slice(0, n)))) {
      paired = allTriples.slice(0, n);
      sum = last;
    } else if (same(first.max, maxSum(allTriples.slice(1)))) {
      paired = allTriples.slice(1);
      sum = first;
    }
  }
  texts.forEach((row, i) => {
    const numbers = paired?.[i];
    table.rows.push({ id: row.id, ...(row.text ? { text: row.text } : {}), ...(numbers ? { numbers } : {}) });
  });
  if (paired) {
    table.pairedByOrder = true;
    if (sum) table.sum = sum;
  } else {
    table.problem = { questions: n, rows: allTriples.length };
  }
  return table;
}

/** A table header: "<n>. <area name> Uppnått Max Procent". */
interface Header {
  area: number;
  title?: string;
  /** Token index where the header starts (the area number) and ends (after "Procent"). */
  start: number;
  end: number;
}

function findHeaders(tokens: readonly Token[]): Header[] {
  const headers: Header[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    // "pp" first: folding every token of a large table is what took the time.
    if (
      !/pp/i.test(tokens[i]!.text) ||
      foldName(tokens[i]!.text) !== "uppnatt" ||
      foldName(tokens[i + 1]!.text) !== "max" ||
      foldName(tokens[i + 2]!.text) !== "procent"
    )
      continue;
    const floor = headers.length > 0 ? headers[headers.length - 1]!.end : 0;
    let numberAt = -1;
    for (let k = i - 1; k >= Math.max(floor, i - 25); k--) {
      const token = tokens[k]!;
      if (isPercentToken(token) || QUESTION_ID.test(token.text)) break;
      if (AREA_NUMBER.test(token.text) && k + 1 < i && !isNumberToken(tokens[k + 1])) {
        numberAt = k;
        break;
      }
    }
    if (numberAt < 0) continue;
    const title = joinWords(tokens.slice(numberAt + 1, i));
    headers.push({
      area: Number(AREA_NUMBER.exec(tokens[numberAt]!.text)![1]),
      ...(title ? { title } : {}),
      start: numberAt,
      end: i + 3,
    });
  }
  return headers;
}

/** Reads every area table in the text of the points overview. */
export function readOverview(text: string): OverviewTable[] {
  const tokens = tokenize(text);
  const headers = findHeaders(tokens);
  const tables: OverviewTable[] = [];
  if (headers.length === 0) return readRows(classify(tokens), undefined);
  headers.forEach((header, index) => {
    const end = headers[index + 1]?.start ?? tokens.length;
    const read = readRows(classify(tokens.slice(header.end, end)), header.area);
    if (read.length === 0)
      tables.push({ area: header.area, ...(header.title ? { title: header.title } : {}), rows: [], ignored: [] });
    for (const table of read) tables.push({ ...table, ...(header.title ? { title: header.title } : {}) });
  });
  return tables;
}
