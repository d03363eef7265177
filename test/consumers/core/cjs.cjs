/* eslint-disable @typescript-eslint/no-require-imports -- this file is the CommonJS consumer: require() is what it tests */
// @kommunkompassen/core and @kommunkompassen/import from CommonJS: the "require" condition of their
// exports (the .cjs build, not the ES module through Node's require(esm)), the totals as published.
const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const {
  parseEvaluation,
  scoreEvaluation,
  assertEvaluation,
  EvaluationValidationError,
} = require("@kommunkompassen/core");
const { componentMessages } = require("@kommunkompassen/core/messages");
const { importReportText } = require("@kommunkompassen/import");

for (const name of ["@kommunkompassen/core", "@kommunkompassen/core/messages", "@kommunkompassen/import"]) {
  const path = require.resolve(name);
  assert.match(path, /\/node_modules\/@kommunkompassen\/[a-z]+\/dist\/[a-z-]+\.cjs$/, `${name} resolved to ${path}`);
}
const schemaPath = require.resolve("@kommunkompassen/core/evaluation.schema.json");
assert.equal(JSON.parse(readFileSync(schemaPath, "utf8")).title, "Kommunkompassen evaluation");

const parsed = parseEvaluation(readFileSync("avesta.json", "utf8"));
assert.equal(parsed.valid, true, JSON.stringify(parsed.errors));
assert.deepEqual(scoreEvaluation(parsed.evaluation).total, { value: 404, source: "published" });
assert.throws(() => assertEvaluation({ ...parsed.evaluation, total: -1 }), EvaluationValidationError);
assert.equal(typeof componentMessages.en, "object");

const imported = importReportText(readFileSync("avesta-2014.txt"));
assert.ok(imported.evaluation, `the report text imports: ${JSON.stringify(imported.findings)}`);
// The report's text states no total: the sum of its eight published area scores is 404.
assert.deepEqual(scoreEvaluation(imported.evaluation).total, { value: 404, source: "derived" });
console.log("CJS: Avesta kommun 2014 validates and scores 404 of 800; the report text imports, its areas sum to 404");
