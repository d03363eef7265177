import { describe, expect, it } from "vitest";
import {
  assertEvaluation,
  EvaluationValidationError,
  formatIssue,
  MAX_ISSUES,
  parseEvaluation,
  validateEvaluation,
} from "../src";
import type { Evaluation } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

/** Validates a mutated copy of Avesta 2014 and returns its error lines. */
function errorsAfter(mutate: (e: Evaluation & Record<string, unknown>) => void): string[] {
  const evaluation = loadFixture("avesta-2014") as Evaluation & Record<string, unknown>;
  mutate(evaluation);
  const result = validateEvaluation(evaluation);
  return result.errors.map(formatIssue);
}

const area = (e: Evaluation, index: number) => e.areas[index]!;
const question = (e: Evaluation, a: number, q: number) => e.areas[a]!.questions![q]!;

describe("validation errors name the place and what was expected", () => {
  it("achieved above the question's max", () => {
    expect(errorsAfter((e) => (question(e, 5, 2).achieved = 28))).toEqual([
      "/areas/5/questions/2/achieved: 28 is more than the question's max 25",
    ]);
  });

  it("achieved below zero and non-finite numbers", () => {
    expect(errorsAfter((e) => (question(e, 0, 0).achieved = -1))).toEqual([
      "/areas/0/questions/0/achieved: -1 is less than the minimum 0",
    ]);
    expect(errorsAfter((e) => (question(e, 0, 0).achieved = Number.NaN))).toEqual([
      "/areas/0/questions/0/achieved: expected a finite number, got NaN",
    ]);
    expect(errorsAfter((e) => (area(e, 1).score = Number.POSITIVE_INFINITY))).toEqual([
      "/areas/1/score: expected a finite number, got Infinity",
    ]);
  });

  it("wrong types", () => {
    expect(errorsAfter((e) => ((area(e, 0) as unknown as Record<string, unknown>).score = "52"))).toEqual([
      '/areas/0/score: expected a number, got "52"',
    ]);
    expect(errorsAfter((e) => ((e as Record<string, unknown>).year = 2014.5))).toEqual([
      "/year: expected a whole number, got 2014.5",
    ]);
    expect(errorsAfter((e) => ((e as Record<string, unknown>).areas = {}))).toEqual([
      "/areas: expected an array, got an object",
    ]);
    expect(errorsAfter((e) => ((e as Record<string, unknown>).municipality = null))).toEqual([
      "/municipality: expected an object, got null",
    ]);
  });

  it("missing required fields, each with its own pointer", () => {
    expect(
      errorsAfter((e) => {
        delete (e as Partial<Evaluation>).year;
        delete (e.municipality as Partial<Evaluation["municipality"]>).name;
        delete (area(e, 2) as Partial<Evaluation["areas"][number]>).id;
      }),
    ).toEqual([
      "/year: is required but missing",
      "/municipality/name: is required but missing",
      "/areas/2/id: is required but missing",
    ]);
  });

  it("wrong schema version, framework id, municipality code and date formats", () => {
    expect(errorsAfter((e) => ((e as Record<string, unknown>).schemaVersion = 2))).toEqual([
      "/schemaVersion: expected 1, got 2",
    ]);
    expect(errorsAfter((e) => (e.framework = "Kommunkompassen 2.0"))).toEqual([
      '/framework: "Kommunkompassen 2.0" is not a lower-case id such as "kommunkompassen-2.0"',
    ]);
    expect(errorsAfter((e) => (e.municipality.code = "208"))).toEqual([
      '/municipality/code: "208" is not four digits, such as "2084"',
    ]);
    expect(errorsAfter((e) => (e.date = "december 2014"))).toEqual([
      '/date: "december 2014" is not a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
    ]);
  });

  it("unknown properties, with a suggestion, and x- extensions allowed", () => {
    expect(errorsAfter((e) => ((area(e, 0) as unknown as Record<string, unknown>).scor = 52))).toEqual([
      '/areas/0/scor: unknown property "scor" (did you mean "score"?); own additions must start with "x-"',
    ]);
    expect(
      errorsAfter((e) => ((area(e, 0) as unknown as Record<string, unknown>)["x-cms-id"] = { any: "thing" })),
    ).toEqual([]);
  });

  it("duplicate area and question ids", () => {
    expect(errorsAfter((e) => (area(e, 1).id = 1))).toEqual(["/areas/1/id: area 1 appears twice (first at /areas/0)"]);
    expect(errorsAfter((e) => (question(e, 0, 1).id = "1.1"))).toEqual([
      "/areas/0/questions/1/id: question 1.1 appears twice in area 1 (first at /areas/0/questions/0)",
    ]);
  });

  it("unknown area and question ids for a known framework", () => {
    expect(errorsAfter((e) => (area(e, 7).id = 9))).toEqual([
      "/areas/7/id: Kommunkompassen 2.0 has no area 9 (it has areas 1–8)",
    ]);
    expect(errorsAfter((e) => (question(e, 0, 4).id = "1.6"))).toEqual([
      "/areas/0/questions/4/id: Kommunkompassen 2.0 has no question 1.6 (area 1 has 1.1–1.5)",
    ]);
    expect(errorsAfter((e) => (question(e, 0, 4).id = "2.7"))).toEqual([
      '/areas/0/questions/4/id: question "2.7" does not belong to area 1',
    ]);
  });

  it("maxima that contradict the framework", () => {
    expect(errorsAfter((e) => (area(e, 0).max = 90))).toEqual([
      "/areas/0/max: 90 contradicts Kommunkompassen 2.0, where area 1 has max 100",
    ]);
    expect(errorsAfter((e) => (question(e, 0, 0).max = 20))).toEqual([
      "/areas/0/questions/0/max: 20 contradicts Kommunkompassen 2.0, where question 1.1 has max 15",
    ]);
  });

  it("scores above their maximum", () => {
    expect(errorsAfter((e) => (area(e, 0).score = 101))).toEqual([
      "/areas/0/score: 101 is more than the area's max 100",
    ]);
    expect(errorsAfter((e) => (e.total = 801))).toEqual([
      "/total: 801 is more than Kommunkompassen 2.0's maximum total 800",
    ]);
    expect(errorsAfter((e) => (question(e, 0, 0).percent = 120))).toEqual([
      "/areas/0/questions/0/percent: 120 is more than the maximum 100",
    ]);
  });

  it("references: kind, framework, unknown and duplicate areas", () => {
    expect(
      errorsAfter((e) => {
        e.references = [
          {
            kind: "avg" as "average",
            label: "Genomsnitt",
            framework: "kommunkompassen-2.1",
            areas: [{ id: 7, score: 53 }, { id: 7 }, { id: 12 }],
          },
        ];
      }),
    ).toEqual([
      '/references/0/kind: expected one of "previous", "average", "peer", got "avg"',
      "/references/0/areas/1/id: area 7 appears twice in this reference",
      "/references/0/areas/2/id: Kommunkompassen 2.1 has no area 12",
    ]);
  });

  it("points that cannot fit in the area, where the question maxima are unknown (2.1 area 7)", () => {
    const lines = errorsAfter((e) => {
      e.framework = "kommunkompassen-2.1";
      e.areas = [{ id: 7, questions: ["7.1", "7.2", "7.3", "7.4", "7.5"].map((id) => ({ id, achieved: 30 })) }];
      delete e.total;
    });
    expect(lines).toEqual([
      "/areas/0/questions: the questions' achieved points add up to 150, more than the area's max 100",
    ]);
  });

  it("one mistake gives one error: malformed, unknown and oversized lists", () => {
    expect(errorsAfter((e) => (question(e, 0, 0).id = "1-1"))).toEqual([
      '/areas/0/questions/0/id: "1-1" is not an id such as "1.1"',
    ]);
    // Question 2.6 does not exist in 2.1: reported once, its max is not added to the area's.
    expect(
      errorsAfter((e) => {
        e.framework = "kommunkompassen-2.1";
        e.areas = [e.areas[1]!];
        e.areas[0]!.title = "Brukarfokus, tillgänglighet och bemötande";
        e.areas[0]!.questions!.forEach((q) => delete q.max);
        delete e.total;
      }),
    ).toEqual(["/areas/0/questions/5/id: Kommunkompassen 2.1 has no question 2.6 (area 2 has 2.1–2.5)"]);
    expect(errorsAfter((e) => (e.areas = Array.from({ length: 101 }, () => ({ id: 1 }))))).toEqual([
      "/areas: has 101 items; at most 100 are allowed",
    ]);
  });

  it("dates that are not in the calendar", () => {
    expect(errorsAfter((e) => (e.date = "2014-02-30"))).toEqual(['/date: "2014-02-30" is not a date in the calendar']);
    expect(errorsAfter((e) => (e.published = "2016-02-29"))).toEqual([]);
    expect(errorsAfter((e) => (e.published = "2015-02-29"))).toEqual([
      '/published: "2015-02-29" is not a date in the calendar',
    ]);
  });

  it("references are checked against their own framework, including one passed in options", () => {
    const evaluation = loadFixture("vasteras-2014");
    evaluation.references = [
      {
        kind: "peer",
        label: "Region X",
        framework: "region-x",
        areas: [
          { id: 1, score: 130 },
          { id: 2, score: 10 },
        ],
      },
    ];
    const frameworks = [
      { id: "region-x", label: "Region X", version: "1", areas: [{ id: 1, name: { sv: "Ett", en: "One" }, max: 150 }] },
    ];
    expect(validateEvaluation(evaluation, { frameworks }).errors.map(formatIssue)).toEqual([
      "/references/0/areas/1/id: Region X has no area 2",
    ]);
  });

  it("reports every problem at once", () => {
    const lines = errorsAfter((e) => {
      question(e, 5, 2).achieved = 28;
      area(e, 1).score = -3;
      delete (e as Partial<Evaluation>).year;
    });
    expect(lines).toHaveLength(3);
  });

  it("bounds the number of reported issues on hostile input", () => {
    const evaluation = loadFixture("avesta-2014") as Evaluation;
    evaluation.areas = Array.from({ length: 100 }, () => ({
      id: 1,
      questions: Array.from({ length: 100 }, () => ({ id: "x", achieved: -1 })),
    }));
    const result = validateEvaluation(evaluation);
    expect(result.errors).toHaveLength(MAX_ISSUES + 1);
    expect(result.errors.at(-1)!.kind).toBe("too-many-issues");
  });

  it("never throws, whatever the input", () => {
    for (const input of [undefined, null, 42, "text", [], [1, 2], { areas: [null, 3, "x"] }, Object.create(null)]) {
      const result = validateEvaluation(input);
      expect(result.valid).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
    }
    expect(validateEvaluation(null).errors.map(formatIssue)).toEqual(["/: expected an object, got null"]);
  });

  it("assertEvaluation throws a typed error listing every problem", () => {
    const broken = { ...loadFixture("avesta-2014"), year: "2014" };
    expect(() => assertEvaluation(broken)).toThrow(EvaluationValidationError);
    expect(() => assertEvaluation(broken)).toThrow('/year: expected a whole number, got "2014"');
    expect(assertEvaluation(loadFixture("vasteras-2014")).year).toBe(2014);
  });
});

describe("parseEvaluation", () => {
  it("reports JSON syntax errors with line and column", () => {
    const result = parseEvaluation('{\n  "schemaVersion": 1,\n  "year": 20x4\n}');
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatchObject({ kind: "json-syntax", details: { line: 3, column: 13, byte: 36 } });
    expect(result.errors[0]!.message).toBe("not valid JSON: expected ',' or '}' at line 3, column 13 (byte 36)");
  });

  it("never quotes the text in a syntax error (the engine's message shows its first characters)", () => {
    for (const text of [
      '{"password": "hunter2", }',
      '{"key": "secret-value"\n "x": 1}',
      "secret",
      '"unterminated secret',
    ]) {
      const error = parseEvaluation(text).errors[0]!;
      expect(error.kind).toBe("json-syntax");
      expect(error.message).not.toMatch(/hunter2|secret/);
      expect(error.details?.line).toBe(text.includes("\n") ? 2 : 1);
    }
  });

  it("refuses empty and oversized text, accepts a byte order mark", () => {
    expect(parseEvaluation("  \n").errors[0]).toMatchObject({
      kind: "empty",
      message: "the file is empty; expected a JSON evaluation",
    });
    expect(parseEvaluation("[]".padEnd(2000, " "), { maxBytes: 1000 }).errors[0]).toMatchObject({ kind: "too-large" });
    const text = "\uFEFF" + JSON.stringify(loadFixture("vasteras-2012"));
    expect(parseEvaluation(text).valid).toBe(true);
  });

  it("counts UTF-8 bytes, not characters, against the limit", () => {
    const text = JSON.stringify("å".repeat(600)); // 602 characters, 1202 bytes
    expect(parseEvaluation(text, { maxBytes: 1000 }).errors[0]!.kind).toBe("too-large");
  });
});

describe("hostile structure", () => {
  it("a key repeated in one object is an error naming the object, not a silently kept last value", () => {
    const text = JSON.stringify(loadFixture("avesta-2014")).replace('"score":52,', '"score":52,"score":99,');
    const result = parseEvaluation(text);
    expect(result.valid).toBe(false);
    expect(result.errors.map(formatIssue)).toEqual([
      '/areas/0: the key "score" appears more than once in this object; JSON keeps only the last value',
    ]);
    expect(
      parseEvaluation('{"a":{"b":1,"b":2},"c":[{"d":1},{"d":1,"d":2}],"__proto__":1}')
        .errors.filter((e) => e.kind === "duplicate-key")
        .map((e) => e.path),
    ).toEqual(["/a", "/c/1"]);
  });

  it("keys that look like object internals are reported as unknown and change nothing", () => {
    const result = parseEvaluation(
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"schemaVersion":1}',
    );
    expect(result.errors.filter((e) => e.kind === "unknown-property").map((e) => e.path)).toEqual([
      "/__proto__",
      "/constructor",
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("deep nesting, 10 000 areas and a 5 MB text answer quickly with a clear error", () => {
    const deep = "[".repeat(50_000) + "]".repeat(50_000);
    const started = performance.now();
    // Nesting is checked before the text is parsed: the error names the first array past the limit.
    expect(parseEvaluation(deep).errors).toEqual([
      expect.objectContaining({
        kind: "max-depth",
        path: "/0".repeat(100),
        message: "nested more than 100 levels deep",
      }),
    ]);
    expect(validateEvaluation(JSON.parse(deep)).errors[0]!.message).toBe("expected an object, got an array");
    const many = JSON.stringify({
      ...loadFixture("avesta-2014"),
      areas: Array.from({ length: 10_000 }, (_, i) => ({ id: (i % 8) + 1 })),
    });
    expect(parseEvaluation(many).errors.map(formatIssue)).toEqual(["/areas: has 10000 items; at most 100 are allowed"]);
    const big = JSON.stringify({
      ...loadFixture("avesta-2014"),
      notes: Array.from({ length: 50 }, () => "x".repeat(100_000)),
    });
    expect(parseEvaluation(big).errors.length).toBe(50);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
