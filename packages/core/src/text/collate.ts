/**
 * Swedish alphabetical order, as `Intl.Collator("sv").compare` has it, written out by hand for the
 * letters names are made of: the first collator of a page loads ICU's collation data, about 10 ms
 * in a fresh Chromium page, which an embed's first render would wait for (docs/benchmarks.md).
 * A test checks the two agree on every pair of the registry's names and on generated strings.
 * A string with a character outside the table goes to `Intl.Collator` (created when first needed).
 */

/** A character's weights: primary (the letter), secondary (its accent), tertiary (its case). */
type Weights = readonly [primary: number, secondary: number, tertiary: number];

// Secondary weights in the order of Unicode's collation table (acute before grave before
// circumflex …), then the Swedish tailoring's own: æ after ä, ø and ô after ö, ü after y.
const ACCENTS = { acute: 1, grave: 2, circumflex: 3, ring: 4, diaeresis: 5, tilde: 6, cedilla: 7, tailored: 9 };

function weightTable(): Map<string, Weights> {
  const table = new Map<string, Weights>();
  const add = (char: string, primary: number, secondary: number) => {
    table.set(char, [primary, secondary, 0]);
    const upper = char.toUpperCase();
    if (upper !== char && upper.length === 1) table.set(upper, [primary, secondary, 1]);
  };
  // Space, then punctuation and symbols, then the digits, then the letters (none is ignored).
  [..." _-,;:!?.'\"()/&+"].forEach((char, i) => table.set(char, [1 + i, 0, 0]));
  for (let d = 0; d <= 9; d++) table.set(String(d), [30 + d, 0, 0]);
  const letter = (base: string) => 100 + "abcdefghijklmnopqrstuvwxyzåäö".indexOf(base);
  for (const base of "abcdefghijklmnopqrstuvwxyzåäö") add(base, letter(base), 0);
  const accented: [string, string, number][] = [
    ["á", "a", ACCENTS.acute],
    ["à", "a", ACCENTS.grave],
    ["â", "a", ACCENTS.circumflex],
    ["ã", "a", ACCENTS.tilde],
    ["ç", "c", ACCENTS.cedilla],
    ["é", "e", ACCENTS.acute],
    ["è", "e", ACCENTS.grave],
    ["ê", "e", ACCENTS.circumflex],
    ["ë", "e", ACCENTS.diaeresis],
    ["í", "i", ACCENTS.acute],
    ["ì", "i", ACCENTS.grave],
    ["î", "i", ACCENTS.circumflex],
    ["ï", "i", ACCENTS.diaeresis],
    ["ñ", "n", ACCENTS.tilde],
    ["ó", "o", ACCENTS.acute],
    ["ò", "o", ACCENTS.grave],
    ["ú", "u", ACCENTS.acute],
    ["ù", "u", ACCENTS.grave],
    ["û", "u", ACCENTS.circumflex],
    ["ý", "y", ACCENTS.acute],
    ["ü", "y", ACCENTS.tailored],
    ["æ", "ä", ACCENTS.tailored],
    ["ø", "ö", ACCENTS.tailored],
    ["ô", "ö", ACCENTS.tailored + 1],
  ];
  for (const [char, base, secondary] of accented) add(char, letter(base), secondary);
  return table;
}

let table: Map<string, Weights> | undefined;
let collator: Intl.Collator | undefined;

/** The three levels' weights of a string, each level in order; `null` where a character has none here. */
function keyOf(text: string): [number[], number[], number[]] | null {
  table ??= weightTable();
  const key: [number[], number[], number[]] = [[], [], []];
  for (const char of text.normalize("NFC")) {
    const w = table.get(char);
    if (!w) return null;
    key[0].push(w[0]);
    key[1].push(w[1]);
    key[2].push(w[2]);
  }
  return key;
}

function compareLevel(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** The keys of the strings compared lately: a sort compares each name many times. */
const keys = new Map<string, ReturnType<typeof keyOf>>();

function cachedKey(text: string): ReturnType<typeof keyOf> {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= 5000) keys.clear();
    key = keyOf(text);
    keys.set(text, key);
  }
  return key;
}

/**
 * Compares two names in Swedish alphabetical order (negative, zero or positive, for `sort`): the
 * letters first (å, ä, ö after z; é as e, ü as y), then their accents, then their case (lower case
 * first), as `new Intl.Collator("sv").compare` does.
 */
export function compareSwedish(a: string, b: string): number {
  const ka = cachedKey(a);
  const kb = cachedKey(b);
  if (ka && kb) return compareLevel(ka[0], kb[0]) || compareLevel(ka[1], kb[1]) || compareLevel(ka[2], kb[2]);
  if (typeof Intl === "undefined") return a < b ? -1 : a > b ? 1 : 0;
  collator ??= new Intl.Collator("sv");
  return collator.compare(a, b);
}
