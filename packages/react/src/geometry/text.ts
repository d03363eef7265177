/**
 * Text measurement without a DOM. Server rendering cannot measure text, so label layout uses
 * per-character advance widths of a typical sans-serif face (in em), rounded up: real text is
 * never wider than the estimate by more than the safety factor allows for.
 */
const NARROW = new Set("iljtfrI.,:;'!|()[]/-– ");
const WIDE = new Set("mwMWÅÄÖ@%");

/** Estimated width of `text` at `fontSize`, in the same units as the font size. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.86;
    else if (ch >= "A" && ch <= "Z") em += 0.68;
    else em += 0.57;
  }
  // Safety factor for faces wider than the table (the host page's font applies in embeds).
  return em * fontSize * 1.08;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (estimated), at spaces and after hyphens and
 * slashes (never at a no-break space). A single word wider than `maxWidth` gets a line of its own (it is never cut).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  // The same labels (area names) are wrapped on every render: remember them, within a bound.
  const key = `${maxWidth}|${fontSize}|${text}`;
  const known = wrapped.get(key);
  if (known) return known.slice();
  if (wrapped.size >= 2000) wrapped.clear();
  const lines = breakLines(text, maxWidth, fontSize);
  wrapped.set(key, lines);
  return lines.slice();
}

const wrapped = new Map<string, string[]>();

function breakLines(text: string, maxWidth: number, fontSize: number): string[] {
  // Only ordinary spaces break: a no-break space (as between an area's number and name) holds. A
  // word is also broken after a hyphen or slash inside it ("förtroendevalda/medborgare"); a hyphen
  // before a space ("Chefs- och ledarskap") keeps its space.
  const words = text
    .trim()
    .split(/[ \t\n\r]+/)
    .flatMap((word) => word.split(/(?<=[-/])(?=\S)/).map((part, i) => ({ part, spaced: i === 0 })));
  const lines: string[] = [];
  let line = "";
  for (const { part: word, spaced } of words) {
    const joiner = line === "" || !spaced ? "" : " ";
    const candidate = line + joiner + word;
    if (line !== "" && estimateTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** An axis-aligned rectangle. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The smallest box containing all the boxes. */
export function unionBox(boxes: readonly Box[]): Box {
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.width));
  const maxY = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
