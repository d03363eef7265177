/**
 * Text that remembers where each of its characters came from in the source text: the importer
 * normalises, cuts and collapses the text it reads, and every number it writes must still point at
 * the characters of the source it was read from (its evidence).
 */

/** Text whose every character carries the source range it was made from. */
export class Mapped {
  private constructor(
    /** The text. */
    readonly text: string,
    /** For each character, where its source range starts. */
    private readonly starts: Int32Array,
    /** For each character, where its source range ends. */
    private readonly ends: Int32Array,
    /** Where an empty range at the end of the text is in the source. */
    private readonly tail: number,
  ) {}

  /** The source itself: each character is its own range. */
  static of(text: string): Mapped {
    const n = text.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new Mapped(text, starts, ends, n);
  }

  get length(): number {
    return this.text.length;
  }

  /** Where the empty range at `i` is in the source. */
  private at(i: number): number {
    return i < this.text.length ? this.starts[i]! : this.tail;
  }

  /** The source range `[start, end)` of the characters `[a, b)` of this text. */
  source(a: number, b: number): [number, number] {
    const from = Math.max(0, Math.min(a, this.text.length));
    const to = Math.max(from, Math.min(b, this.text.length));
    if (to === from) {
      const at = this.at(from);
      return [at, at];
    }
    return [this.starts[from]!, Math.max(this.starts[from]!, this.ends[to - 1]!)];
  }

  /** The characters `[a, b)`, each keeping its source range. */
  slice(a: number, b: number = this.text.length): Mapped {
    const from = Math.max(0, Math.min(a, this.text.length));
    const to = Math.max(from, Math.min(b, this.text.length));
    return new Mapped(
      this.text.slice(from, to),
      this.starts.subarray(from, to),
      this.ends.subarray(from, to),
      this.at(to),
    );
  }

  /**
   * Replaces every match of a global pattern; each character of a replacement carries the source
   * range of the whole match (an expanded ligature, a decoded entity, a footer made a line break).
   * A string replacement is used as it is (no `$1`).
   */
  replace(pattern: RegExp, replacement: string | ((match: string, ...groups: string[]) => string)): Mapped {
    if (!pattern.global) throw new Error("Mapped.replace needs a global pattern");
    const pieces: { from: number; to: number; text: string | null }[] = [];
    let last = 0;
    let length = 0;
    let changed = false;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(this.text); match; match = pattern.exec(this.text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) pattern.lastIndex++;
      const text =
        typeof replacement === "string" ? replacement : replacement(match[0], ...match.slice(1).map((g) => g ?? ""));
      if (text === match[0]) continue;
      changed = true;
      if (start > last) {
        pieces.push({ from: last, to: start, text: null });
        length += start - last;
      }
      pieces.push({ from: start, to: end, text });
      length += text.length;
      last = end;
    }
    if (!changed) return this;
    if (last < this.text.length) {
      pieces.push({ from: last, to: this.text.length, text: null });
      length += this.text.length - last;
    }
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    const parts: string[] = [];
    let j = 0;
    for (const piece of pieces) {
      if (piece.text === null) {
        starts.set(this.starts.subarray(piece.from, piece.to), j);
        ends.set(this.ends.subarray(piece.from, piece.to), j);
        parts.push(this.text.slice(piece.from, piece.to));
        j += piece.to - piece.from;
        continue;
      }
      const [s, e] = this.source(piece.from, piece.to);
      starts.fill(s, j, j + piece.text.length);
      ends.fill(e, j, j + piece.text.length);
      parts.push(piece.text);
      j += piece.text.length;
    }
    return new Mapped(parts.join(""), starts, ends, this.tail);
  }
}
