// The components and the whole report page rendered on the server with the project's React (18 or
// 19, given as the first argument): one copy of React, the published total in the markup, from the
// ES module build and from the CommonJS build.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createElement, version } from "react";
import { renderToString, renderToStaticMarkup } from "react-dom/server";
import { parseEvaluation } from "@kommunkompassen/core";
import { AreaBarChart, EvaluationReport, RadarProfile } from "@kommunkompassen/react";
import { renderReportDocument, renderReportFragment } from "@kommunkompassen/react/server";

const major = process.argv[2];
assert.equal(version.split(".")[0], major, `React ${version} is installed, ${major} was expected`);

// One React: the one the components import is the project's own.
const require = createRequire(import.meta.url);
const fromComponents = createRequire(require.resolve("@kommunkompassen/react"));
assert.equal(fromComponents.resolve("react"), require.resolve("react"), "the components see another copy of React");

const text = (html) => html.replace(/<[^>]+>/g, "").replace(/&nbsp;|\u00a0/g, " ");
const avesta = parseEvaluation(readFileSync("avesta.json", "utf8"));
assert.equal(avesta.valid, true);
const evaluation = avesta.evaluation;

const report = renderToString(createElement(EvaluationReport, { evaluation }));
assert.match(text(report), /Totalt: 404 av 800 poäng/);
assert.match(report, /<article[^>]*class="kk kk-report/);
const english = renderToStaticMarkup(createElement(EvaluationReport, { evaluation, lang: "en" }));
assert.match(text(english), /Total: 404 of 800 points/);

for (const Chart of [RadarProfile, AreaBarChart]) {
  const chart = renderToString(createElement(Chart, { evaluation }));
  assert.match(chart, /<svg/, `${Chart.displayName ?? Chart.name} renders an SVG`);
  assert.match(text(chart), /Avesta kommun 2014/);
}

const page = renderReportDocument(evaluation);
assert.match(page, /^<!doctype html>/i);
assert.match(page, /Content-Security-Policy/);
assert.match(text(page), /Totalt: 404 av 800 poäng/);
const fragment = renderReportFragment(evaluation, { lang: "en", headingLevel: 2 });
assert.match(text(fragment.html), /Total: 404 of 800 points/);
assert.ok(fragment.css.includes(".kk-report"), "the fragment comes with its stylesheet");

// The CommonJS build renders the same report with the same React.
const cjs = require("@kommunkompassen/react/server");
assert.match(require.resolve("@kommunkompassen/react/server"), /dist\/server\.cjs$/);
assert.equal(cjs.renderReportDocument(evaluation), page);
console.log(`React ${version}: the report, both charts and the report page render on the server with total 404`);
