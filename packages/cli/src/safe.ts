import type { Output } from "./io";

/**
 * Characters that a terminal or a log viewer acts on instead of showing: C0 controls (ESC, BEL,
 * CR, LF, …), DEL, C1 controls (CSI U+009B among them), the line and paragraph separators and the
 * bidirectional controls, which can reorder what is shown.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (char: string) => "\\u" + char.charCodeAt(0).toString(16).padStart(4, "0");

/**
 * Text made safe to print: every control character shown as its `\uXXXX` escape (ESC as `\u001b`, a
 * newline as `\u000a`). The escape is JSON's own, so JSON text passed through stays the same JSON.
 */
export function printable(text: string): string {
  return text.replace(CONTROLS, escape);
}

/** {@link printable} for text of several lines: the line breaks are kept, each line made safe. */
export function printableLines(text: string): string {
  return text.split("\n").map(printable).join("\n");
}

/** An output that makes everything written to it safe to print (see {@link printableLines}). */
export function safeOutput(io: Output): Output {
  return { out: (text) => io.out(printableLines(text)), err: (text) => io.err(printableLines(text)) };
}
