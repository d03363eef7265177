/**
 * Bidirectional-text controls in published texts, made harmless for display.
 *
 * A text with an unterminated RIGHT-TO-LEFT OVERRIDE (U+202E) or a stray POP DIRECTIONAL ISOLATE
 * (U+2069) reorders whatever follows it on the same line: "Profil för Avesta‮ 2014" would show the
 * year backwards, and a crafted name can make a sentence read differently from what it says. Such
 * a text is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, which ends every embedding
 * and override opened inside it (Unicode Bidirectional Algorithm, rules X6a and BD9). The text
 * itself is kept as it is: nothing is removed.
 */

/** Every bidi formatting character: embeddings, overrides, isolates, marks. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const FSI = "\u2068";
const PDI = "\u2069";

/** True if the text contains a bidirectional formatting character. */
export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/**
 * The text, isolated so its bidi controls cannot reach the text around it; texts without bidi
 * controls are returned unchanged. Stray PDIs in the text (which would close the wrapping isolate
 * early) get an isolate of their own to close, and isolates the text leaves open are closed.
 */
export function isolateBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  let open = 0;
  let stray = 0;
  for (const char of text) {
    if (char === "\u2066" || char === "\u2067" || char === FSI) open++;
    else if (char === PDI) {
      if (open > 0) open--;
      else stray++;
    }
  }
  // The stray PDIs close the extra FSIs; the trailing PDIs close what the text left open, then ours.
  return FSI.repeat(stray + 1) + text + PDI.repeat(open + 1);
}

/**
 * A copy of a JSON value (such as a validated evaluation) with every string passed through
 * {@link isolateBidi}; the value itself when no string contains a bidi control, so the common case
 * allocates nothing.
 */
export function isolateBidiTexts<T>(value: T): T {
  if (typeof value === "string") return isolateBidi(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const isolated = isolateBidiTexts(item);
      if (isolated !== item) (copy ??= value.slice())[i] = isolated;
    });
    return (copy ?? value) as T;
  }
  if (typeof value === "object" && value !== null) {
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const isolated = isolateBidiTexts(item);
      if (isolated !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = isolated;
    }
    return (copy ?? value) as T;
  }
  return value;
}
