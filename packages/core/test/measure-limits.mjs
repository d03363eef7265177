// Measures parseEvaluation (and scoreEvaluation where the input is valid) on 1, 2 and 10 MB
// inputs of several shapes, each in a fresh Node process, and prints a Markdown table for
// docs/limits.md. Run after `pnpm --filter @kommunkompassen/core build`:
//   node packages/core/test/measure-limits.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const avesta = JSON.parse(readFileSync(join(root, "test/fixtures/avesta-2014.json"), "utf8"));
const MB = 1024 * 1024;
const base = JSON.stringify(avesta).slice(0, -1);

/** Text of about `bytes` bytes for each shape. */
const shapes = {
  "unknown keys": (bytes) => {
    const parts = [];
    for (let i = 0, length = 0; length < bytes; i++) {
      const part = `"key${i}":1`;
      parts.push(part);
      length += part.length + 1;
    }
    return `{${parts.join(",")}}`;
  },
  "deep nesting (x- array)": (bytes) =>
    `${base},"x-deep":${"[".repeat(bytes / 2 - 5000)}${"]".repeat(bytes / 2 - 5000)}}`,
  "many areas": (bytes) => {
    const area = JSON.stringify(avesta.areas[5]);
    const count = Math.floor((bytes - base.length) / (area.length + 1));
    return JSON.stringify({ ...avesta, areas: Array.from({ length: count }, () => avesta.areas[5]) });
  },
  "long string": (bytes) =>
    JSON.stringify({ ...avesta, source: { title: "ä".repeat((bytes - base.length) / 2 - 100) } }),
  "valid, wide x- data": (bytes) => {
    const row = { id: 1, text: "Kommunen som samhällsbyggare", values: [1, 2, 3] };
    const count = Math.floor((bytes - base.length) / (JSON.stringify(row).length + 1));
    return JSON.stringify({ ...avesta, "x-rows": Array.from({ length: count }, (_, i) => ({ ...row, id: i })) });
  },
};

const child = `
import { readFileSync } from "node:fs";
import { parseEvaluation, scoreEvaluation } from ${JSON.stringify(join(root, "packages/core/dist/index.js"))};
const MB = 1024 * 1024;
const text = readFileSync(process.argv[2], "utf8");
globalThis.gc();
const before = process.resourceUsage().maxRSS;
const heap = process.memoryUsage().heapUsed;
let t = performance.now();
const result = parseEvaluation(text);
const parseMs = performance.now() - t;
t = performance.now();
if (result.valid) scoreEvaluation(result.evaluation);
const scoreMs = performance.now() - t;
const after = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ bytes: Buffer.byteLength(text), parseMs, scoreMs, valid: result.valid, first: result.errors[0]?.kind ?? null, errors: result.errors.length, peakMB: (after - before) / 1024, heapMB: (process.memoryUsage().heapUsed - heap) / MB }));
`;
const dir = join(tmpdir(), "kk-limits");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "child.mjs"), child);
console.log("| shape | size | parse + validate | MB/s | score | result | peak RSS above the text |");
console.log("| --- | ---: | ---: | ---: | ---: | --- | ---: |");
for (const [name, make] of Object.entries(shapes)) {
  for (const size of [1, 2, 9.5]) {
    const file = join(dir, "input.json");
    writeFileSync(file, make(Math.floor(size * MB)));
    const r = JSON.parse(
      execFileSync(process.execPath, ["--expose-gc", join(dir, "child.mjs"), file], { encoding: "utf8" }),
    );
    const mb = r.bytes / MB;
    console.log(
      `| ${name} | ${mb.toFixed(1)} MB | ${r.parseMs.toFixed(0)} ms | ${(mb / (r.parseMs / 1000)).toFixed(1)} | ${r.valid ? `${r.scoreMs.toFixed(1)} ms` : "–"} | ${r.valid ? "valid" : `${r.errors} errors, first \`${r.first}\``} | ${r.peakMB.toFixed(0)} MB |`,
    );
  }
}
