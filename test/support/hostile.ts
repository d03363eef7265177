/** Hostile texts, and an evaluation full of them, for the tests that prove they are rendered inert. */
import type { Evaluation } from "@kommunkompassen/core";
import { loadFixture } from "./fixtures";

/** Markup, script, URLs and bidi tricks, as a text field of an evaluation might carry them. */
export const PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "javascript:alert(1)",
  '<svg onload="alert(1)"><a xlink:href="javascript:alert(1)">x</a></svg>',
  "\u202Egnirts desrever\u202C \u2066isolate\u2069",
  '"><iframe src="https://evil.example"></iframe>',
];

/** A municipality name with an unterminated right-to-left override after a stray isolate end. */
export const BIDI_NAME = "Avesta\u2069\u202E kommun";

/** Avesta 2014 with hostile text in every kind of text field. */
export function hostileEvaluation(): Evaluation {
  const evaluation = loadFixture("avesta-2014");
  evaluation.municipality.name = PAYLOADS[0]!;
  evaluation.evaluators = PAYLOADS;
  evaluation.areas[0]!.title = PAYLOADS[1]!;
  evaluation.areas[0]!.headings = PAYLOADS;
  evaluation.areas[0]!.strengths = PAYLOADS;
  evaluation.areas[1]!.title = PAYLOADS[3]!;
  evaluation.areas[0]!.questions![0]!.text = PAYLOADS[3]!;
  evaluation.notes = PAYLOADS;
  evaluation.source = { title: PAYLOADS[5]! };
  return evaluation;
}

/** Avesta 2014 whose municipality name carries {@link BIDI_NAME}: the year after it must not turn round. */
export function bidiEvaluation(): Evaluation {
  const evaluation = loadFixture("avesta-2014");
  evaluation.municipality.name = BIDI_NAME;
  return evaluation;
}
