/** Where a JSON text stops being JSON: the character offset and what the grammar expected there. */
export interface JsonSyntaxError {
  /** Offset of the offending character (UTF-16 units), or the text's length at an early end. */
  offset: number;
  /** What would have been valid there, in words: `a value`, `',' or '}'`, `the end of the text`. */
  expected: string;
}

type Expect = "value" | "key" | "colon" | "object-next" | "array-next" | "array-first" | "object-first" | "end";

const EXPECTED: Record<Expect, string> = {
  value: "a value",
  key: "a property name in double quotes",
  colon: "':'",
  "object-next": "',' or '}'",
  "array-next": "',' or ']'",
  "array-first": "a value or ']'",
  "object-first": "a property name in double quotes or '}'",
  end: "the end of the text",
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const WHITE = /[ \t\n\r]*/y;
const LITERAL = /true|false|null/y;

function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** After a complete value: what may follow, given the open containers. */
function afterValue(stack: string[]): Expect {
  const top = stack[stack.length - 1];
  return top === undefined ? "end" : top === "{" ? "object-next" : "array-next";
}

/** One step of the scanner: the new position and expectation, or null when the text is wrong here. */
function step(text: string, at: number, expect: Expect, stack: string[]): { at: number; expect: Expect } | null {
  const char = text[at];
  if (expect === "colon") return char === ":" ? { at: at + 1, expect: "value" } : null;
  if (expect === "object-next" || expect === "array-next") {
    if (char === ",") return { at: at + 1, expect: expect === "object-next" ? "key" : "value" };
    if (char !== (expect === "object-next" ? "}" : "]")) return null;
    stack.pop();
    return { at: at + 1, expect: afterValue(stack) };
  }
  if ((expect === "array-first" && char === "]") || (expect === "object-first" && char === "}")) {
    stack.pop();
    return { at: at + 1, expect: afterValue(stack) };
  }
  if (expect === "key" || expect === "object-first") {
    const end = matchAt(STRING, text, at);
    return end < 0 ? null : { at: end, expect: "colon" };
  }
  if (expect === "end") return null;
  if (char === "{" || char === "[") {
    stack.push(char);
    return { at: at + 1, expect: char === "{" ? "object-first" : "array-first" };
  }
  const end = Math.max(matchAt(STRING, text, at), matchAt(NUMBER, text, at), matchAt(LITERAL, text, at));
  return end < 0 ? null : { at: end, expect: afterValue(stack) };
}

/**
 * Finds the first place where a text is not JSON (RFC 8259), without quoting any of it, so that an
 * error message can say where and what was expected. Returns null for valid JSON. Iterative: a
 * deeply nested text cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let at = 0;
  let expect: Expect = "value";
  for (;;) {
    at = matchAt(WHITE, text, at);
    if (at >= text.length) return expect === "end" ? null : { offset: text.length, expected: EXPECTED[expect] };
    const next = step(text, at, expect, stack);
    if (next === null) return { offset: at, expected: EXPECTED[expect] };
    ({ at, expect } = next);
  }
}

/** Line and column (1-based, in characters) and the UTF-8 byte offset (0-based) of a character offset. */
export function textPosition(text: string, offset: number): { line: number; column: number; byte: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return {
    line: before.split("\n").length,
    column: [...before.slice(lineStart)].length + 1,
    byte: Buffer.byteLength(before, "utf8"),
  };
}
