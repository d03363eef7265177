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

type Entries = readonly (readonly [string, unknown])[];

/** Every array and object reachable from `root`, with its entries (none when they cannot be read). */
function collect(root: object): Map<object, Entries> {
  const entries = new Map<object, Entries>();
  const todo: unknown[] = [root];
  while (todo.length > 0) {
    const node = todo.pop();
    if (typeof node !== "object" || node === null || entries.has(node)) continue;
    let own: Entries = [];
    try {
      own = Object.entries(node);
    } catch {
      // A getter or a Proxy trap that throws: the value is kept as it is.
    }
    entries.set(node, own);
    for (const [, child] of own) todo.push(child);
  }
  return entries;
}

/** The nodes that must be copied: those that hold a text with bidi controls, and every node that holds one of those. */
function nodesToCopy(entries: Map<object, Entries>): Set<object> {
  const copy = new Set<object>();
  const dirty: object[] = [];
  for (const [node, own] of entries) {
    if (own.some(([, child]) => typeof child === "string" && BIDI_CONTROL.test(child))) dirty.push(node);
  }
  // The common case, no bidi control anywhere, needs no map of parents.
  if (dirty.length === 0) return copy;
  const parents = new Map<unknown, object[]>();
  for (const [node, own] of entries) {
    for (const [, child] of own) {
      if (typeof child !== "object" || child === null) continue;
      const list = parents.get(child);
      if (list) list.push(node);
      else parents.set(child, [node]);
    }
  }
  for (let node = dirty.pop(); node !== undefined; node = dirty.pop()) {
    if (copy.has(node)) continue;
    copy.add(node);
    for (const parent of parents.get(node) ?? []) dirty.push(parent);
  }
  return copy;
}

/**
 * A copy of a value (such as a validated evaluation) with every string passed through
 * {@link isolateBidi}; the value itself when no string in it contains a bidi control. Only the
 * arrays and objects on the way to such a string are copied (as plain arrays and objects, own
 * enumerable properties only), and shared or cyclic parts stay shared or cyclic in the copy. Any
 * input is safe: the walk is iterative, and a property that cannot be read is left as it is.
 */
export function isolateBidiTexts<T>(value: T): T {
  if (typeof value === "string") return isolateBidi(value) as T;
  if (typeof value !== "object" || value === null) return value;
  const entries = collect(value);
  const copies = new Map<object, object>();
  for (const node of nodesToCopy(entries)) copies.set(node, Array.isArray(node) ? [] : {});
  for (const [node, copy] of copies) {
    for (const [key, child] of entries.get(node)!) {
      const isolated = typeof child === "string" ? isolateBidi(child) : (copies.get(child as object) ?? child);
      // Defined, not assigned: an own "__proto__" key stays a key and does not become the prototype.
      Object.defineProperty(copy, key, { value: isolated, enumerable: true, writable: true, configurable: true });
    }
  }
  return (copies.get(value) ?? value) as T;
}
