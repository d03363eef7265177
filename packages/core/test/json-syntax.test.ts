/**
 * The JSON syntax locator that lets the parsers (and kompass) say where a text stops being JSON without quoting it:
 * it must agree with JSON.parse on what is JSON, and point where the engine's own message does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError, textPosition } from "../src/validate/json-syntax";

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** The position in V8's message, when it gives one. */
const enginePosition = (text: string): number | null => {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const match = /at position (\d+)/.exec((error as Error).message);
    return match ? Number(match[1]) : null;
  }
};

/** JSON texts, and texts made from JSON by cutting, inserting or replacing a character. */
const mutated = fc
  .tuple(
    fc.json(),
    fc.nat(),
    fc.constantFrom("", ",", "}", "]", ":", '"', "x", "-", "0", "\\", "\n", " ", "\u0001"),
    fc.nat(2),
  )
  .map(([json, at, char, how]) => {
    const i = at % (json.length + 1);
    return how === 0
      ? json.slice(0, i)
      : how === 1
        ? json.slice(0, i) + char + json.slice(i)
        : json.slice(0, i) + char + json.slice(i + 1);
  });

describe("findJsonSyntaxError", () => {
  it("says a text is JSON exactly when JSON.parse accepts it", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(parses(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("points where the engine points, whenever the engine gives a position", () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const position = enginePosition(text);
        if (position !== null) expect(findJsonSyntaxError(text)?.offset).toBe(position);
      }),
      { numRuns: 3000 },
    );
  });

  it("says what was expected, and a deep nesting does not overflow the stack", () => {
    expect(findJsonSyntaxError('{"a" 1}')).toEqual({ offset: 5, expected: "':'" });
    expect(findJsonSyntaxError("[1 2]")).toEqual({ offset: 3, expected: "',' or ']'" });
    expect(findJsonSyntaxError("")).toEqual({ offset: 0, expected: "a value" });
    expect(findJsonSyntaxError("{} x")).toEqual({ offset: 3, expected: "the end of the text" });
    expect(findJsonSyntaxError("[".repeat(200_000))).toEqual({ offset: 200_000, expected: "a value or ']'" });
  });

  it("gives line, column (in characters) and the UTF-8 byte offset", () => {
    expect(textPosition('{\n  "år": x', 10)).toEqual({ line: 2, column: 9, byte: 11 });
    expect(textPosition("😀x", 2)).toEqual({ line: 1, column: 2, byte: 4 });
  });
});
