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

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const WHITE = /[ \t\n\r]*/y;
const LITERAL = /true|false|null/y;

function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";
const isHex = (char: string | undefined) => char !== undefined && /^[0-9a-fA-F]$/.test(char);

/** Where a string starting at `at` goes wrong (it does not match {@link STRING}), and what was expected. */
function stringError(text: string, at: number): JsonSyntaxError {
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20) return { offset: i, expected: "no control character in a string (write it as a \\u escape)" };
    if (text[i] !== "\\") continue;
    const next = text[i + 1];
    if (next === "u") {
      for (let j = i + 2; j < i + 6; j++)
        if (!isHex(text[j])) return { offset: j, expected: "four hex digits after \\u" };
      i += 5;
    } else if (next === undefined || !'"\\/bfnrt'.includes(next)) {
      return { offset: i + 1, expected: 'an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u' };
    } else i++;
  }
  return { offset: text.length, expected: "the closing '\"' of a string" };
}

/** The end of a number starting at `at`, or where it goes wrong: a digit missing after `-`, `.`, `e` or its sign. */
function scanNumber(text: string, at: number): { end: number } | JsonSyntaxError {
  let i = at + (text[at] === "-" ? 1 : 0);
  if (!isDigit(text[i])) return { offset: i, expected: "a digit" };
  i = text[i] === "0" ? i + 1 : skipDigits(text, i);
  if (text[i] === ".") {
    if (!isDigit(text[i + 1])) return { offset: i + 1, expected: "a digit after '.'" };
    i = skipDigits(text, i + 1);
  }
  if (text[i] === "e" || text[i] === "E") {
    i += text[i + 1] === "+" || text[i + 1] === "-" ? 2 : 1;
    if (!isDigit(text[i])) return { offset: i, expected: "a digit in the exponent" };
    i = skipDigits(text, i);
  }
  return { end: i };
}

function skipDigits(text: string, i: number): number {
  while (isDigit(text[i])) i++;
  return i;
}

/** Where a value starting at `at` goes wrong: inside a string, a number or a literal, or at its start. */
function valueError(text: string, at: number, expect: Expect): JsonSyntaxError {
  const char = text[at]!;
  if (char === '"') return stringError(text, at);
  if (char === "-" || isDigit(char)) {
    const number = scanNumber(text, at);
    return "end" in number ? { offset: at, expected: EXPECTED[expect] } : number;
  }
  const literal = ["true", "false", "null"].find((word) => word[0] === char);
  if (literal) {
    let i = 1;
    while (i < literal.length && text[at + i] === literal[i]) i++;
    return { offset: at + i, expected: `'${literal}'` };
  }
  return { offset: at, expected: EXPECTED[expect] };
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
  if (char === "-" || isDigit(char)) {
    const number = scanNumber(text, at);
    return "end" in number ? { at: number.end, expect: afterValue(stack) } : null;
  }
  const end = Math.max(matchAt(STRING, text, at), matchAt(LITERAL, text, at));
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
    if (next === null) {
      const inValue = expect === "value" || expect === "array-first";
      const inKey = (expect === "key" || expect === "object-first") && text[at] === '"';
      return inValue || inKey ? valueError(text, at, expect) : { offset: at, expected: EXPECTED[expect] };
    }
    ({ at, expect } = next);
  }
}

/** The UTF-8 length of a string, without TextEncoder (not in every runtime's type library). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Line and column (1-based, in characters) and the UTF-8 byte offset (0-based) of a character offset. */
export function textPosition(text: string, offset: number): { line: number; column: number; byte: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) === 10) line++;
  return { line, column: [...before.slice(lineStart)].length + 1, byte: utf8Length(before) };
}
