/** The validation cache the components share: a collection's validations handed on are used as they are. */
import { describe, expect, it } from "vitest";
import { validateCollection } from "@kommunkompassen/core";
import { rememberValidations, validateEvaluationOnce } from "../src/internal";
import { loadFixture } from "../../../test/support/fixtures";

describe("rememberValidations", () => {
  it("the components take a collection's validation of each evaluation instead of validating it again", () => {
    const evaluations = [loadFixture("avesta-2014"), loadFixture("tomelilla-2023")];
    const checked = validateCollection({ schemaVersion: 1, evaluations });
    if (!checked.valid) throw new Error("two published fixtures are a valid collection");
    rememberValidations(checked.collection.evaluations, checked.results);
    checked.collection.evaluations.forEach((evaluation, i) =>
      expect(validateEvaluationOnce(evaluation)).toBe(checked.results[i]),
    );
  });

  it("never replaces a validation already made, and skips what is not an object", () => {
    const evaluation = loadFixture("vasteras-2012");
    const first = validateEvaluationOnce(evaluation);
    rememberValidations([evaluation, "text", null], [{ ...first }, first, first]);
    expect(validateEvaluationOnce(evaluation)).toBe(first);
  });
});
