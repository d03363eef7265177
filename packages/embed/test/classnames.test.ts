/**
 * src/classnames.ts and src/no-stacks.ts, which take the place of classnames and of @visx/shape's
 * stack tables in the embed's bundles: for any arguments, the same class string as classnames 2.5
 * itself (as @visx/shape resolves it); a stack asked for throws, naming itself.
 */
import fc from "fast-check";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import classNames from "../src/classnames";
import stackOrder, { STACK_ORDER_NAMES } from "../src/no-stacks";

/** classnames as @visx/shape resolves it. */
function realClassNames(): (...args: unknown[]) => string {
  const fromReact = createRequire(new URL("../../react/package.json", import.meta.url));
  const fromVisx = createRequire(fromReact.resolve("@visx/shape"));
  return fromVisx("classnames") as (...args: unknown[]) => string;
}

const name = fc.oneof(fc.constantFrom("", "kk-series", "visx-linepath", " a b "), fc.string({ maxLength: 6 }));
const leaf = fc.oneof(
  name,
  fc.integer({ min: -2, max: 3 }),
  fc.constantFrom(null, undefined, false, true, 0, Number.NaN),
  fc.dictionary(name, fc.oneof(fc.boolean(), fc.constantFrom(0, 1, "", "x", null)), {
    maxKeys: 4,
    noNullPrototype: true,
  }),
);
const arg = fc.letrec<{ arg: unknown }>((tie) => ({
  arg: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("arg"), { maxLength: 3 })),
})).arg;

describe("the embed's classnames", () => {
  it("joins what classnames joins, for strings, numbers, arrays and objects of flags", () => {
    const real = realClassNames();
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 5 }), (args) => {
        expect(classNames(...args)).toBe(real(...args));
      }),
      { numRuns: 2000 },
    );
    const named = { toString: () => "own" };
    expect(classNames("a", named, { b: 1 })).toBe(real("a", named, { b: 1 }));
    expect(classNames("visx-linepath", undefined)).toBe("visx-linepath");
  });

  it("a stack asked for throws, naming itself", () => {
    expect(STACK_ORDER_NAMES).toEqual([]);
    expect(() => stackOrder()).toThrow(/stacked shapes are not in the embed's build/);
  });
});
