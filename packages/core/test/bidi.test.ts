import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasBidiControls, isolateBidi, isolateBidiTexts } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

/**
 * The explicit levels of the Unicode Bidirectional Algorithm (X1–X8, without the depth limit):
 * a stack of embeddings and isolates. Starts inside an outer isolate (the text around ours) and
 * reports whether that outer isolate was ever closed and what is left open at the end.
 */
function explicitLevels(text: string): { outerClosed: boolean; leftOpen: number } {
  const stack: ("outer" | "isolate" | "embedding")[] = ["outer"];
  let outerClosed = false;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x202a && code <= 0x202e && code !== 0x202c) stack.push("embedding");
    else if (code === 0x202c) {
      if (stack.at(-1) === "embedding") stack.pop();
    } else if (code >= 0x2066 && code <= 0x2068) stack.push("isolate");
    else if (code === 0x2069) {
      const last = Math.max(stack.lastIndexOf("isolate"), stack.lastIndexOf("outer"));
      if (stack[last] === "outer") outerClosed = true;
      stack.length = last;
    }
  }
  return { outerClosed, leftOpen: stack.length - 1 };
}

const BIDI = [
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200e",
  "\u200f",
  "\u061c",
];
const bidiText = fc
  .array(fc.oneof(fc.constantFrom(...BIDI), fc.string({ maxLength: 3 })), { maxLength: 12 })
  .map((parts) => parts.join(""));

describe("isolateBidi", () => {
  it("leaves texts without bidi controls alone", () => {
    expect(isolateBidi("Avesta kommun")).toBe("Avesta kommun");
    expect(isolateBidi("")).toBe("");
    expect(hasBidiControls("Avesta kommun")).toBe(false);
  });

  it("wraps a text with an override so it ends inside the text", () => {
    expect(isolateBidi("Avesta\u202e kommun")).toBe("\u2068Avesta\u202e kommun\u2069");
    expect(explicitLevels("\u202eAvesta").leftOpen).toBe(1);
    expect(explicitLevels(isolateBidi("\u202eAvesta"))).toEqual({ outerClosed: false, leftOpen: 0 });
  });

  it("a stray PDI cannot close the isolate around it, nor an isolate the page opened", () => {
    expect(explicitLevels("\u2069\u202eAvesta")).toEqual({ outerClosed: true, leftOpen: 0 });
    expect(isolateBidi("\u2069\u202eAvesta")).toBe("\u2068\u2068\u2069\u202eAvesta\u2069");
    expect(explicitLevels(isolateBidi("\u2069\u202eAvesta"))).toEqual({ outerClosed: false, leftOpen: 0 });
  });

  it("property: whatever the controls, the isolated text closes everything it opens and nothing else", () => {
    fc.assert(
      fc.property(bidiText, (text) => {
        expect(explicitLevels(isolateBidi(text))).toEqual({ outerClosed: false, leftOpen: 0 });
        // Nothing is removed: the text is still there, between the added isolate marks.
        expect(isolateBidi(text).includes(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isolateBidiTexts", () => {
  it("returns the same object when no text has a bidi control (nothing copied)", () => {
    const avesta = loadFixture("avesta-2014");
    expect(isolateBidiTexts(avesta)).toBe(avesta);
  });

  it("copies only the path to a text that has one, and leaves the input unchanged", () => {
    const avesta = loadFixture("avesta-2014");
    avesta.areas[2]!.strengths = ["Bra\u202e", "Vanlig text"];
    const isolated = isolateBidiTexts(avesta);
    expect(isolated).not.toBe(avesta);
    expect(isolated.areas[2]!.strengths).toEqual(["\u2068Bra\u202e\u2069", "Vanlig text"]);
    expect(avesta.areas[2]!.strengths![0]).toBe("Bra\u202e");
    expect(isolated.areas[1]).toBe(avesta.areas[1]);
    expect(isolated.areas[2]!.score).toBe(56);
  });
});
