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
 * `text` with a soft hyphen (U+00AD) before the ending of each word of eight letters or more that
 * has one of the endings (whatever its case); other words unchanged. For display only: what is
 * copied or read aloud should be the plain text ({@link Hyphenated} shows this and gives assistive
 * technology the other).
 */
export function softHyphens(text: string): string {
  return text.replace(/\p{L}{8,}/gu, (word) => {
    const lower = word.toLowerCase();
    const ending = ENDINGS.find((e) => lower.endsWith(e) && lower.length - e.length >= 3);
    return ending ? `${word.slice(0, -ending.length)}\u00ad${word.slice(-ending.length)}` : word;
  });
}
