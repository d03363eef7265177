import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isolateBidiTexts, MAX_DEPTH, MAX_ISSUES, parseEvaluation, validateEvaluation, type Evaluation } from "../src";
import { findDuplicateKeys } from "../src/validate/duplicate-keys";
import { closestKey, codePoints } from "../src/validate/schema-check";
import { loadFixture } from "../../../test/support/fixtures";

const RLO = "\u202E";

/** An array nested `depth` deep (the outermost counts as 1), with `leaf` innermost. */
function nested(depth: number, leaf: unknown = []): unknown {
  let value: unknown = leaf;
  for (let i = 1; i < depth; i++) value = [value];
  return depth > 0 ? value : leaf;
}

/** Avesta 2014 with `extra` merged in. */
const avestaWith = (extra: Record<string, unknown>): Evaluation & Record<string, unknown> => ({
  ...loadFixture("avesta-2014"),
  ...extra,
});

afterEach(() => void vi.restoreAllMocks());

describe("the 'did you mean' hint costs nothing past the issue cap (issue 12 #7)", () => {
  it("compares no key once 1 000 issues are kept", () => {
    const doc: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++) doc[`yeer${i}`] = 1;
    const lower = vi.spyOn(String.prototype, "toLowerCase");
    const result = validateEvaluation(doc);
    expect(result.errors).toHaveLength(MAX_ISSUES + 1);
    expect(result.errors.at(-1)!.kind).toBe("too-many-issues");
    // Each compared key lowers itself once and each known key of similar length once: for the
    // kept issues only (about 1 000 keys × at most 13 known keys), not for the 19 000 dropped ones.
    expect(lower.mock.calls.length).toBeLessThan(MAX_ISSUES * 14);
  });

  it("still suggests the near key for a kept issue", () => {
    const errors = validateEvaluation(avestaWith({ yeer: 2014 })).errors;
    expect(errors[0]).toMatchObject({ kind: "unknown-property", path: "/yeer" });
    expect(errors[0]!.message).toContain('(did you mean "year"?)');
    expect(errors[0]!.details).toEqual({ property: "yeer", suggestion: "year" });
  });

  it("does not compare a long key at all", () => {
    const lower = vi.spyOn(String.prototype, "toLowerCase");
    expect(closestKey("y".repeat(5_000_000), ["year", "areas"])).toBeNull();
    expect(lower).not.toHaveBeenCalled();
    expect(closestKey("YEER", ["year", "areas"])).toBe("year");
    expect(closestKey("yearsandyears", ["year"])).toBeNull();
  });
});

describe("long strings are measured without an array of their characters", () => {
  it("counts code points as the spread operator does, surrogate pairs and lone halves alike", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "é", "\uD83D", "\uDE00", "\uD83D\uDE00", "\u202E") }), (s) => {
        expect(codePoints(s)).toBe([...s].length);
      }),
      { numRuns: 500 },
    );
  });

  it("a 5 MB title is checked against its maximum without iterating its characters", () => {
    const evaluation = loadFixture("avesta-2014");
    evaluation.source = { title: "ä".repeat(5_000_000) };
    const iterate = vi.spyOn(String.prototype, Symbol.iterator);
    const errors = validateEvaluation(evaluation).errors;
    expect(iterate).not.toHaveBeenCalled();
    expect(errors).toEqual([
      expect.objectContaining({ kind: "max-length", path: "/source/title", details: { length: 5e6, maxLength: 500 } }),
    ]);
  });
});

describe("nesting is bounded: MAX_DEPTH (issue 12 #8)", () => {
  it("a 2 000-deep x- extension is an error at the pointer where the limit is passed", () => {
    const result = validateEvaluation(avestaWith({ "x-notes": nested(2000) }));
    expect(result.valid).toBe(false);
    // The document is level 1, /x-notes level 2: the first array past level 100 is 99 arrays in.
    expect(result.errors).toEqual([
      {
        severity: "error",
        kind: "max-depth",
        path: "/x-notes" + "/0".repeat(MAX_DEPTH - 1),
        message: `nested more than ${MAX_DEPTH} levels deep`,
        details: { maxDepth: MAX_DEPTH },
      },
    ]);
  });

  it("exactly MAX_DEPTH levels are valid, one more is not, in any x- extension", () => {
    expect(validateEvaluation(avestaWith({ "x-notes": nested(MAX_DEPTH - 1) })).valid).toBe(true);
    expect(validateEvaluation(avestaWith({ "x-notes": nested(MAX_DEPTH) })).valid).toBe(false);
    const evaluation = loadFixture("avesta-2014");
    (evaluation.areas[0]!.questions![0] as unknown as Record<string, unknown>)["x-q"] = nested(MAX_DEPTH);
    expect(validateEvaluation(evaluation).errors.map((e) => [e.kind, e.path.split("/").length - 1])).toEqual([
      ["max-depth", MAX_DEPTH],
    ]);
  });

  it("through parseEvaluation: 50 000 levels of JSON give a clear error, no stack overflow", () => {
    const text = JSON.stringify(avestaWith({})).replace(/}$/, `,"x-deep":${"[".repeat(50_000)}${"]".repeat(50_000)}}`);
    const result = parseEvaluation(text);
    expect(result.errors.map((e) => e.kind)).toEqual(["max-depth"]);
    // Found before parsing, at the same place and in the same words as validation finds it.
    const value = avestaWith({ "x-notes": nested(2000) });
    expect(parseEvaluation(JSON.stringify(value)).errors).toEqual(validateEvaluation(value).errors);
  });

  it("a shared value is checked where it is deepest, not only where it was first met", () => {
    const shared = nested(60);
    const result = validateEvaluation(avestaWith({ "x-a": shared, "x-b": nested(45, shared) }));
    expect(result.errors.map((e) => e.kind)).toEqual(["max-depth"]);
    expect(result.errors[0]!.path).toBe("/x-b" + "/0".repeat(44));
    expect(validateEvaluation(avestaWith({ "x-a": shared, "x-b": [shared, shared] })).valid).toBe(true);
  });

  it("isolateBidiTexts copes with any depth and still isolates the deepest text", () => {
    for (const depth of [2000, 100_000]) {
      const value = { "x-notes": nested(depth, [`A${RLO}B`]) };
      let copy: unknown = isolateBidiTexts(value)["x-notes"];
      for (let i = 0; i < depth - 1; i++) copy = (copy as unknown[])[0];
      expect(copy).toEqual(["\u2068A\u202EB\u2069"]);
    }
  });
});

describe("validateEvaluation never throws; isolateBidiTexts handles any input (issue 12 #15)", () => {
  it("a getter that throws is an `unreadable` error at its path", () => {
    const evaluation = loadFixture("avesta-2014");
    Object.defineProperty(evaluation.areas[2]!, "score", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(validateEvaluation(evaluation).errors).toEqual([
      {
        severity: "error",
        kind: "unreadable",
        path: "/areas/2/score",
        message: "could not be read: reading it threw an exception",
        details: {},
      },
    ]);
  });

  it("a Proxy whose traps throw, and a revoked Proxy, are `unreadable` where they are", () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    const { proxy: revoked, revoke } = Proxy.revocable(loadFixture("avesta-2014").municipality, {});
    revoke();
    expect(validateEvaluation(throwing).errors.map((e) => [e.kind, e.path])).toEqual([["unreadable", ""]]);
    const result = validateEvaluation(avestaWith({ municipality: revoked }));
    expect(result.errors.map((e) => [e.kind, e.path])).toEqual([["unreadable", "/municipality"]]);
  });

  it("a getter that reads fine once and throws later is caught too", () => {
    const evaluation = loadFixture("avesta-2014");
    let reads = 0;
    Object.defineProperty(evaluation, "year", {
      enumerable: true,
      get() {
        if (++reads > 1) throw new Error("second read");
        return 2014;
      },
    });
    expect(validateEvaluation(evaluation).errors.map((e) => [e.kind, e.path])).toEqual([["unreadable", ""]]);
  });

  it("a cycle is an error naming both places", () => {
    const evaluation = avestaWith({});
    evaluation["x-self"] = { back: evaluation };
    (evaluation.areas[0] as unknown as Record<string, unknown>)["x-area"] = evaluation.areas;
    expect(validateEvaluation(evaluation).errors).toEqual([
      expect.objectContaining({ kind: "cycle", path: "/areas/0/x-area", details: { target: "/areas" } }),
      expect.objectContaining({ kind: "cycle", path: "/x-self/back", details: { target: "" } }),
    ]);
  });

  it("isolateBidiTexts on a cycle: no overflow, the copy keeps the cycle and isolates its texts", () => {
    const a: Record<string, unknown> = { name: `x${RLO}y` };
    const b: Record<string, unknown> = { a, plain: "ok" };
    a.b = b;
    a.self = a;
    const copy = isolateBidiTexts(a);
    expect(copy).not.toBe(a);
    expect(copy.name).toBe(`\u2068x${RLO}y\u2069`);
    expect(copy.self).toBe(copy);
    expect((copy.b as Record<string, unknown>).a).toBe(copy);
    expect(a.name).toBe(`x${RLO}y`);
    const clean: Record<string, unknown> = { text: "plain" };
    clean.self = clean;
    expect(isolateBidiTexts(clean)).toBe(clean);
  });

  it("isolateBidiTexts keeps an own __proto__ key a key, and shared values shared", () => {
    const input = JSON.parse(`{"__proto__": {"t": "${RLO}"}, "list": []}`) as Record<string, unknown>;
    const copy = isolateBidiTexts(input);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(copy, "__proto__")).toBe(true);
    expect(copy.list).toBe(input.list);
    const shared = { t: `a${RLO}` };
    const both = isolateBidiTexts({ x: shared, y: shared });
    expect(both.x).toBe(both.y);
  });
});

/** Objects with throwing getters, throwing or revoked proxies, cycles, symbols, frozen parts and prototype keys. */
function hostile(): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(fc.anything({ maxDepth: 2, withNullPrototype: true }), fc.constant(`a${RLO}b`));
  return fc
    .tuple(
      fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype", "x-a")), leaf, {
        maxKeys: 5,
      }),
      // Frozen last: the other tricks add to the object.
      fc.subarray(["getter", "proxy", "revoked", "cycle", "symbol", "deep", "frozen"] as const),
    )
    .map(([base, tricks]) => {
      const value: Record<string | symbol, unknown> = { ...loadFixture("avesta-2014"), ...base };
      for (const trick of tricks) addTrick(value, trick);
      return value;
    });
}

function addTrick(value: Record<string | symbol, unknown>, trick: string): void {
  const fail = () => {
    throw new Error(trick);
  };
  if (trick === "getter") Object.defineProperty(value, "x-get", { enumerable: true, get: fail });
  if (trick === "proxy") value["x-proxy"] = new Proxy({}, { ownKeys: fail, get: fail, getOwnPropertyDescriptor: fail });
  if (trick === "revoked") {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    value["x-revoked"] = proxy;
  }
  if (trick === "cycle") value["x-cycle"] = [value];
  if (trick === "symbol") value[Symbol("s")] = fail;
  if (trick === "frozen") Object.freeze(value);
  if (trick === "deep") value["x-deep"] = nested(5000, `${RLO}`);
}

describe("properties over hostile objects", () => {
  it("validateEvaluation never throws and reports every trick as an error", () => {
    fc.assert(
      fc.property(hostile(), (value) => {
        const result = validateEvaluation(value);
        expect(typeof result.valid).toBe("boolean");
        for (const issue of result.errors) expect(typeof issue.path).toBe("string");
      }),
      { numRuns: 300 },
    );
  });

  it("isolateBidiTexts never throws", () => {
    fc.assert(
      fc.property(hostile(), (value) => void isolateBidiTexts(value)),
      { numRuns: 300 },
    );
  });
});

describe("the duplicate-key scan", () => {
  it("finds duplicates down to MAX_DEPTH and walks past deeper levels without a frame for each", () => {
    const at = (depth: number) => "[".repeat(depth - 1) + '{"k":1,"k":2}' + "]".repeat(depth - 1);
    expect(findDuplicateKeys(`{"a":${at(MAX_DEPTH - 1)},"b":1,"b":2}`).map((d) => d.path)).toEqual([
      "/a" + "/0".repeat(MAX_DEPTH - 2),
      "",
    ]);
    // Past MAX_DEPTH nothing is looked at, but the scan still finds its way back out.
    expect(findDuplicateKeys(`{"a":${at(MAX_DEPTH + 5)},"b":1,"b":2}`)).toEqual([{ path: "", key: "b" }]);
    // A million levels: a scan with a call or a kept frame per level would overflow or grow with them.
    const deep = `[${"[".repeat(1_000_000)}"]"${"]".repeat(1_000_000)},{"c":1,"c":2}]`;
    expect(findDuplicateKeys(deep)).toEqual([{ path: "/1", key: "c" }]);
  });

  it("agrees with a reference on keys with escapes, quotes and backslashes", () => {
    const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('a"', "a\\", '\\"', "\\\\", "~/", "\u2028"));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer()), { maxLength: 6 }), (pairs) => {
        const text = `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`;
        const repeated = pairs.map(([k]) => k).filter((k, i, all) => all.indexOf(k) !== i);
        expect(findDuplicateKeys(text).map((d) => d.key)).toEqual(repeated);
      }),
      { numRuns: 1000 },
    );
  });
});
