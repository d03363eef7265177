// @vitest-environment jsdom
import "../../../test/support/dom";
import { render, screen } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  kommunkompassen2020,
  parseEvaluation,
  validateEvaluation,
  validateCollection,
  validateFrameworks,
  type Evaluation,
  type Issue,
} from "@kommunkompassen/core";
import { ISSUE_KINDS, issueMessages, issueText } from "@kommunkompassen/core/messages";
import { checkMunicipality } from "@kommunkompassen/core/municipalities";
import { renderReportDocument } from "@kommunkompassen/react/server";
import evaluationSchema from "../../core/evaluation.schema.json";
import { RadarProfile } from "../src";
import { ErrorNotice } from "../src/components/ErrorNotice";
import { resolveMessages } from "../src/i18n/messages";
import { loadFixture } from "../../../test/support/fixtures";

type Doc = Evaluation & Record<string, unknown>;
/** A fixture change made in place, returning the changed fixture. */
const edit = (change: (e: Doc) => void) => (e: Doc) => {
  change(e);
  return e;
};
const avesta = () => loadFixture("avesta-2014") as Doc;
const area = (e: Doc, i: number) => e.areas[i]! as unknown as Record<string, unknown>;
const question = (e: Doc, a: number, q: number) => e.areas[a]!.questions![q]! as unknown as Record<string, unknown>;

/** Broken and inconsistent copies of the real fixtures, one or more per issue kind. */
const BROKEN: Record<string, (e: Doc) => unknown> = {
  const: (e) => ({ ...e, schemaVersion: 2 }),
  enum: (e) => ({ ...e, references: [{ kind: "neighbour", label: "x", areas: [] }] }),
  "non-finite": (e) => ({ ...e, total: Infinity }),
  type: (e) => ({ ...e, year: "2014" }),
  "min-length": (e) => ({ ...e, municipality: { ...e.municipality, name: "" } }),
  "max-length": (e) => ({ ...e, source: { title: "x".repeat(501) } }),
  pattern: (e) => ({ ...e, municipality: { ...e.municipality, code: "20A4" }, date: "14 May" }),
  minimum: edit((e) => {
    area(e, 0).score = -1;
  }),
  maximum: (e) => ({ ...e, year: 3000 }),
  "max-items": (e) => ({ ...e, notes: Array.from({ length: 101 }, () => "n") }),
  "achieved-above-max": edit((e) => {
    question(e, 5, 2).achieved = 28;
  }),
  required: (e) => ({ ...e, year: undefined }),
  "unknown-property": (e) => ({ ...e, yeer: 2014 }),
  "duplicate-id": (e) => {
    e.areas[1] = { ...e.areas[1]!, id: e.areas[0]!.id };
    e.areas[5]!.questions![1] = { ...e.areas[5]!.questions![1]!, id: e.areas[5]!.questions![0]!.id };
    return e;
  },
  "unknown-area": edit((e) => {
    area(e, 7).id = 9;
  }),
  "max-contradicts-framework": edit((e) => {
    area(e, 0).max = 90;
    question(e, 5, 0).max = 99;
  }),
  "score-above-max": edit((e) => {
    area(e, 0).score = 150;
  }),
  "question-outside-area": edit((e) => {
    question(e, 5, 0).id = "4.1";
  }),
  "unknown-question": edit((e) => {
    question(e, 5, 0).id = "6.9";
  }),
  "invalid-date": (e) => ({ ...e, date: "2014-02-30" }),
  "total-above-max": (e) => ({ ...e, total: 900 }),
  "question-maxima-above-area-max": (e) => ({
    ...e,
    framework: "own-model",
    areas: [
      {
        id: 1,
        score: 10,
        questions: [
          { id: "1.1", max: 80 },
          { id: "1.2", max: 80 },
        ],
      },
    ],
  }),
  "points-above-area-max": (e) => ({
    ...e,
    framework: "own-model",
    areas: [
      {
        id: 1,
        questions: [
          { id: "1.1", achieved: 80 },
          { id: "1.2", achieved: 80 },
        ],
      },
    ],
  }),
  "too-many-issues": () => Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`k${i}`, 1])),
  cycle: (e) => Object.assign(e, { "x-self": [e] }),
  "max-depth": (e) => ({ ...e, "x-deep": JSON.parse("[".repeat(200) + "]".repeat(200)) as unknown }),
  unreadable: (e) =>
    Object.defineProperty({ ...e }, "x-bad", {
      enumerable: true,
      get: () => {
        throw new Error("x");
      },
    }),
  // Warnings (the document stays valid).
  "unknown-framework": (e) => ({ ...e, framework: "own-model" }),
  "area-sum-mismatch": (e) => e,
  "percent-mismatch": edit((e) => {
    question(e, 5, 0).percent = 5;
  }),
  "area-name-mismatch": edit((e) => {
    area(e, 0).title = "Demokrati";
  }),
  "date-year-mismatch": (e) => ({ ...e, date: "2015-01" }),
  "total-mismatch": (e) => ({ ...e, total: 300 }),
};

/** Texts given to parseEvaluation, for the parser's own kinds. */
const BROKEN_TEXT: Record<string, string> = {
  "too-large": "x".repeat(101),
  empty: "  ",
  "json-syntax": '{"year": }',
  "duplicate-key": '{"year": 2014, "year": 2015}',
};

function issuesOfEveryKind(): Issue[] {
  const issues: Issue[] = [];
  for (const make of Object.values(BROKEN)) {
    const result = validateEvaluation(make(avesta()));
    issues.push(...result.errors, ...result.warnings);
  }
  for (const text of Object.values(BROKEN_TEXT)) issues.push(...parseEvaluation(text, { maxBytes: 100 }).errors);
  // Kinds only a framework definition gives: maxima short of the area's, a definition replacing a built-in one.
  const short = {
    id: "x",
    label: "X",
    version: "1",
    areas: [{ id: 1, name: { sv: "Ett", en: "One" }, max: 100, questions: [{ id: "1.1", max: 90 }] }],
  };
  issues.push(...validateFrameworks(short).errors, ...validateFrameworks(kommunkompassen2020).warnings);
  // Kinds only a collection gives: the same municipality and year twice, a code that does not fit its name.
  const twice = { schemaVersion: 1, evaluations: [avesta(), avesta()] };
  const misnamed = {
    schemaVersion: 1,
    evaluations: [{ ...avesta(), municipality: { name: "Avesta kommun", code: "0180" } }],
  };
  issues.push(...validateCollection(twice).errors, ...validateCollection(misnamed, { checkMunicipality }).warnings);
  return issues;
}

describe("issue wording (issue 11 #7)", () => {
  const issues = issuesOfEveryKind();

  it("the broken fixtures give every kind of issue the catalogue knows, and no other", () => {
    const kinds = new Set<string>(issues.map((i) => i.kind));
    expect(ISSUE_KINDS.filter((kind) => !kinds.has(kind))).toEqual([]);
    expect([...kinds].filter((kind) => !(ISSUE_KINDS as readonly string[]).includes(kind))).toEqual([]);
  });

  it("every issue emitted is worded in Swedish and in English from its details", () => {
    for (const issue of issues) {
      for (const lang of ["sv", "en"] as const) {
        const text = issueText(issue, lang);
        expect({ kind: issue.kind, lang: text.lang }).toEqual({ kind: issue.kind, lang });
        expect(text.text).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it("the Swedish texts are Swedish, and keep the published numbers", () => {
    const byKind = (kind: string) => issues.find((i) => i.kind === kind)!;
    expect(issueText(byKind("type"), "sv").text).toBe('väntade ett heltal, fick "2014"');
    expect(issueText(byKind("unknown-property"), "sv").text).toBe(
      'okänd egenskap "yeer" (menade du "year"?); egna tillägg måste börja med "x-"',
    );
    const achieved = validateEvaluation({
      ...avesta(),
      framework: "own-model",
      areas: [{ id: 1, questions: [{ id: "1.1", achieved: 12.25, max: 12 }] }],
    });
    expect(achieved.errors.map((i) => issueText(i, "sv").text)).toEqual(["12,25 är mer än delfrågans maxpoäng 12"]);
  });

  it("every x-hint of the schema has a Swedish text", () => {
    const hints = [...JSON.stringify(evaluationSchema).matchAll(/"x-hint":"((?:[^"\\]|\\.)*)"/g)].map(
      (m) => JSON.parse(`"${m[1]!}"`) as string,
    );
    expect(hints.length).toBeGreaterThan(3);
    for (const hint of hints) expect(issueMessages.sv.hints[hint], hint).toBeDefined();
  });

  it("an unknown kind, or details a wording needs but lacks, gives the English message marked en", () => {
    const foreign: Issue = { severity: "error", kind: "from-elsewhere", path: "/x", message: "something else" };
    expect(issueText(foreign, "sv")).toEqual({ lang: "en", text: "something else" });
    const bare: Issue = { severity: "error", kind: "score-above-max", path: "/x", message: "too high" };
    expect(issueText(bare, "sv")).toEqual({ lang: "en", text: "too high" });
    expect(issueText(bare, "en")).toEqual({ lang: "en", text: "too high" });
  });
});

describe("ErrorNotice in the page's language", () => {
  it("an invalid evaluation in a Swedish component shows Swedish text, and no English text without lang=en", () => {
    const broken = avesta();
    broken.areas[5]!.questions![2]!.achieved = 28;
    render(<RadarProfile evaluation={broken} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveAttribute("lang", "sv");
    expect(alert.textContent).toContain("evaluation/areas/5/questions/2/achieved: 28 är mer än delfrågans maxpoäng 25");
    expect(alert.textContent).not.toContain("is more than");
    expect(alert.querySelectorAll("[lang]:not([lang=sv])")).toHaveLength(0);
  });

  it("an issue without Swedish wording is shown in English inside lang=en", () => {
    const foreign: Issue = { severity: "error", kind: "from-elsewhere", path: "/x", message: "something else" };
    const html = renderToStaticMarkup(<ErrorNotice errors={[foreign]} messages={resolveMessages("sv")} />);
    expect(html).toContain('<code>/x</code>: <span lang="en">something else</span>');
  });

  it("in English the same issue is English, with no lang attribute of its own", () => {
    const broken = avesta();
    broken.areas[5]!.questions![2]!.achieved = 28;
    const html = renderToStaticMarkup(<RadarProfile evaluation={broken} lang="en" />);
    expect(html).toContain(
      "<code>evaluation/areas/5/questions/2/achieved</code>: 28 is more than the question&#x27;s max 25",
    );
    expect(html).not.toContain('<span lang="en">');
  });
});

describe("a 2 000-deep x- extension (issue 12 #8)", () => {
  const nested = (depth: number) => {
    let value: unknown = [];
    for (let i = 1; i < depth; i++) value = [value];
    return value;
  };

  it("renderReportDocument refuses it with the validation error, not a stack overflow", () => {
    const evaluation = { ...avesta(), "x-notes": nested(2000) } as Evaluation;
    expect(() => renderReportDocument(evaluation)).toThrow(
      expect.objectContaining({
        name: "EvaluationValidationError",
        issues: [expect.objectContaining({ kind: "max-depth" })],
      }),
    );
  });

  it("what validation accepts, 99 levels below the document, renders; the components show the 2 000-deep one as an error", () => {
    const html = renderReportDocument({ ...avesta(), "x-notes": nested(99) } as Evaluation);
    expect(html).toContain("Avesta kommun");
    const notice = renderToStaticMarkup(
      <RadarProfile evaluation={{ ...avesta(), "x-notes": nested(2000) } as Evaluation} />,
    );
    expect(notice).toContain("nästlat mer än 100 nivåer djupt");
  });
});
