/**
 * The endings before which the catalogue's and the built-in models' own long words may break,
 * Swedish and English: the last part of a compound ("-utveckling", "-möjligheter") or a suffix
 * ("-het", "-bility"). `hyphens: auto` does this in a browser with the language's dictionary; these
 * hold where it has none (Chromium on Linux without its downloadable dictionaries), so that a narrow
 * column breaks "Förbättrings-/möjligheter" and "Kommun-/kompassen", never "Förbättringsmöjlighe/ter". The longer ending
 * first; one break per word, after at least three letters.
 */
const ENDINGS = (
  "möjligheter utveckling orientering kompassen politik byggare givare valda skap ändring vitet gation het " +
  "bility sational parency pality tation ment"
).split(" ");

/** The endings, as {@link softHyphens} looks for them (for the test that keeps them in step with the catalogue). */
export function hyphenationEndings(): string[] {
  return [...ENDINGS];
}

/**
 * A long word (the data's own: a municipality's or a model's name, a question's text) with a soft
 * hyphen at each syllable boundary found by the common Swedish rule: one consonant between two
 * vowels begins the next syllable, of several the last (or the last two where they begin syllables
 * together: "sk", "tr", …), never "n-g" or "c-k"; three letters at least on either side. A guess
 * where the catalogue has no break point, used by the browser only where the word does not fit.
 */
function syllables(word: string): string {
  return word.replace(/(?<=[aeiouyåäöéü])[^aeiouyåäöéü]+(?=[aeiouyåäöéü])/giu, (run: string, at: number) => {
    const lower = run.toLowerCase();
    let k = run.length - 1;
    if (/^(?:[bdfgkp][lr]|s[jklmnptv]|kv|t[rj])$/.test(lower.slice(k - 1))) k--;
    if (/^(?:ng|ck)/.test(lower.slice(k - 1))) k++;
    return at + k < 3 || at + k > word.length - 3 ? run : `${run.slice(0, k)}\u00ad${run.slice(k)}`;
  });
}

/**
 * `text` with a soft hyphen (U+00AD) before the ending of each word of eight letters or more that
 * has one of the endings (whatever its case), at the syllables of what is left of a word when that
 * is still 14 letters or more ({@link syllables}), and a break after a slash between words
 * ("kvalitets-/verksamhetsutveckling"); other words unchanged. For display only: what is copied or
 * read aloud should be the plain text ({@link Hyphenated} shows this and gives assistive
 * technology the other).
 */
export function softHyphens(text: string): string {
  return text
    .replace(/\p{L}{8,}/gu, (word) => {
      const lower = word.toLowerCase();
      const ending = ENDINGS.find((e) => lower.endsWith(e) && lower.length - e.length >= 3);
      const stem = ending ? word.slice(0, -ending.length) : word;
      const head = stem.length >= 14 ? syllables(stem) : stem;
      return ending ? `${head}\u00ad${word.slice(-ending.length)}` : head;
    })
    .replace(/\/(?=\p{L})/gu, "/\u200b");
}
