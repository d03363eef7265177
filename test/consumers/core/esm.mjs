// @kommunkompassen/core and @kommunkompassen/import from an ES module: the "import" condition of
// their exports, validated and scored on a published report, the totals as published.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseEvaluation, scoreEvaluation, formatNumber, validateEvaluation } from "@kommunkompassen/core";
import { componentMessages, textIn } from "@kommunkompassen/core/messages";
import schema from "@kommunkompassen/core/evaluation.schema.json" with { type: "json" };
import { importReportText } from "@kommunkompassen/import";

for (const name of ["@kommunkompassen/core", "@kommunkompassen/core/messages", "@kommunkompassen/import"]) {
  const url = import.meta.resolve(name);
  assert.match(url, /\/node_modules\/@kommunkompassen\/[a-z]+\/dist\/[a-z-]+\.js$/, `${name} resolved to ${url}`);
}

const parsed = parseEvaluation(readFileSync("avesta.json", "utf8"));
assert.equal(parsed.valid, true, JSON.stringify(parsed.errors));
const score = scoreEvaluation(parsed.evaluation);
assert.deepEqual(score.total, { value: 404, source: "published" });
assert.equal(score.max, 800);
assert.equal(formatNumber(score.total.value, "sv"), "404");

const broken = validateEvaluation({ ...parsed.evaluation, year: "2014" });
assert.equal(broken.valid, false);
assert.ok(
  broken.errors.some((issue) => issue.path === "/year"),
  `the wrong year is reported at /year: ${JSON.stringify(broken.errors)}`,
);

assert.equal(typeof componentMessages.sv, "object");
assert.deepEqual(textIn({ sv: "Totalt" }, "en"), { lang: "sv", text: "Totalt" });
assert.equal(schema.title, "Kommunkompassen evaluation");

const imported = importReportText(readFileSync("avesta-2014.txt"));
assert.ok(imported.evaluation, `the report text imports: ${JSON.stringify(imported.findings)}`);
// The report's text states no total: the importer keeps the eight published area scores, whose sum is 404.
assert.equal(imported.evaluation.total, undefined);
assert.deepEqual(
  imported.evaluation.areas.map((area) => area.score),
  parsed.evaluation.areas.map((area) => area.score),
);
assert.deepEqual(scoreEvaluation(imported.evaluation).total, { value: 404, source: "derived" });
console.log("ESM: Avesta kommun 2014 validates and scores 404 of 800; the report text imports, its areas sum to 404");
