/**
 * src/d3-path.ts, which takes d3-path's place in the embed's bundles: for any path d3-shape's line
 * draws (moveTo, lineTo, closePath, with any numbers and any rounding), the same string as
 * d3-path 3.1 itself; what it does not have throws, naming itself.
 */
import fc from "fast-check";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type * as ours from "../src/d3-path";
import { Path, path, pathRound } from "../src/d3-path";

/** d3-path as d3-shape (which @visx/shape uses) resolves it. */
async function realD3Path(): Promise<typeof ours> {
  const fromReact = createRequire(new URL("../../react/package.json", import.meta.url));
  const fromVisx = createRequire(fromReact.resolve("@visx/shape"));
  const fromShape = createRequire(fromVisx.resolve("d3-shape"));
  return (await import(pathToFileURL(fromShape.resolve("d3-path")).href)) as typeof ours;
}

type Step = ["M" | "L", number, number] | ["Z"];
const coordinate = fc.oneof(
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.integer({ min: -400, max: 400 }),
  fc.constantFrom(0, -0, 0.0005, -0.0005, 1.23456789, 1e-7, 43.485, 43.495),
);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(fc.constantFrom("M" as const, "L" as const), coordinate, coordinate),
  fc.constant(["Z"] as Step),
);

function draw(
  p: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void; closePath(): void },
  steps: Step[],
) {
  for (const s of steps)
    if (s[0] === "M") p.moveTo(s[1], s[2]);
    else if (s[0] === "L") p.lineTo(s[1], s[2]);
    else p.closePath();
  return String(p);
}

describe("the embed's d3-path", () => {
  it("writes what d3-path writes, with and without rounding", async () => {
    const real = await realD3Path();
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), fc.option(fc.integer({ min: 0, max: 17 })), (steps, digits) => {
        const ours = digits === null ? new Path() : new Path(digits);
        const theirs = digits === null ? new real.Path() : new real.Path(digits);
        expect(draw(ours, steps)).toBe(draw(theirs, steps));
      }),
      { numRuns: 2000 },
    );
    expect(draw(path(), [["M", 1.23456, 2], ["L", 3, 4], ["Z"]])).toBe(
      draw(real.path(), [["M", 1.23456, 2], ["L", 3, 4], ["Z"]]),
    );
    expect(draw(pathRound(), [["M", 1.23456, 2]])).toBe("M1.235,2");
    expect(() => new Path(-1)).toThrow("invalid digits: -1");
  });

  it("what it does not have throws, naming itself", () => {
    expect(() => new Path().arc()).toThrow(/arc is not in the embed's copy/);
    expect(() => new Path().bezierCurveTo()).toThrow(/bezierCurveTo/);
  });
});
