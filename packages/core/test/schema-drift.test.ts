/**
 * The schema, the TypeScript types and the validator must not drift apart:
 * - the validator interprets the shipped schema, and supports every keyword the schema uses;
 * - an independent JSON Schema implementation (Ajv, draft 2020-12) agrees with the validator's
 *   structural verdict on the fixtures and on thousands of generated mutations of them;
 * - the types generated from the schema and the hand-written types have the same fields, with the
 *   same optionality and value types (checked by the TypeScript compiler).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { compile } from "json-schema-to-typescript";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { SUPPORTED_SCHEMA_KEYWORDS, evaluationSchema } from "../src";
import { checkAgainstSchema } from "../src/validate/schema-check";
import { BoundedIssueList } from "../src/validate/sink";
import { fixturePath, loadFixture, type FixtureName } from "../../../test/support/fixtures";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const schemaFile = join(packageDir, "evaluation.schema.json");
const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as Record<string, unknown>;
const FIXTURES: FixtureName[] = ["avesta-2014", "vasteras-2012", "vasteras-2014"];

function ourStructuralVerdict(value: unknown): boolean {
  return checkAgainstSchema(value, evaluationSchema, "", new BoundedIssueList(10_000));
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addKeyword("x-hint");
const ajvValidate = ajv.compile(schema);

describe("schema and validator", () => {
  it("the bundled schema is the shipped file", () => {
    expect(evaluationSchema).toEqual(schema);
    expect(schema.$id).toBe("https://unpkg.com/@kommunkompassen/core/evaluation.schema.json");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("uses only keywords the validator interprets", () => {
    const used = new Set<string>();
    const nameMaps = new Set(["properties", "patternProperties", "$defs"]);
    const walk = (node: unknown) => {
      if (typeof node !== "object" || node === null || Array.isArray(node)) return;
      for (const [key, value] of Object.entries(node)) {
        used.add(key);
        if (nameMaps.has(key)) for (const child of Object.values(value as object)) walk(child);
        else if (key === "items" || key === "additionalProperties") walk(value);
      }
    };
    walk(schema);
    const unsupported = [...used].filter((k) => !(SUPPORTED_SCHEMA_KEYWORDS as readonly string[]).includes(k));
    expect(unsupported).toEqual([]);
  });

  it("Ajv and the validator both accept the fixtures, whose $schema points at the shipped schema", () => {
    for (const name of FIXTURES) {
      const fixture = loadFixture(name);
      expect(ajvValidate(fixture), JSON.stringify(ajvValidate.errors)).toBe(true);
      expect(ourStructuralVerdict(fixture)).toBe(true);
      expect(join(dirname(fixturePath(name)), fixture.$schema!)).toBe(schemaFile);
    }
  });

  it("Ajv and the validator agree on generated mutations of the fixtures", () => {
    type Step = { path: number[]; action: "set" | "delete" | "add"; value: unknown; key: string };
    const step = fc.record({
      path: fc.array(fc.nat(), { maxLength: 5 }),
      action: fc.constantFrom("set", "delete", "add"),
      value: fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom(
          -1,
          0,
          1,
          1.5,
          15,
          100,
          101,
          2014,
          "",
          "x",
          "2084",
          "1.1",
          "kommunkompassen-2.0",
          "peer",
          null,
          [],
          {},
        ),
      ),
      key: fc.constantFrom("x-extra", "scor", "id", "score", "text", "__proto__", "constructor"),
    });
    const apply = (doc: unknown, { path, action, value: shared, key }: Step) => {
      // constantFrom hands out the same [] and {} every run: copy them, or runs would share state.
      const value = structuredClone(shared);
      // Walk down by choosing the n-th key or index at each level, then change the last one.
      let node = doc as Record<string, unknown>;
      for (const choice of path) {
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const next = node[keys[choice % keys.length]!];
        if (typeof next !== "object" || next === null) break;
        node = next as Record<string, unknown>;
      }
      const keys = Object.keys(node);
      const target = keys.length > 0 ? keys[(path[0] ?? 0) % keys.length]! : key;
      if (action === "delete") delete node[target];
      else if (action === "set") node[target] = value;
      else Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
    };
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.array(step, { minLength: 1, maxLength: 4 }), (name, steps) => {
        const doc = JSON.parse(JSON.stringify(loadFixture(name))) as unknown;
        for (const s of steps) apply(doc, s);
        const roundTripped = JSON.parse(JSON.stringify(doc)) as unknown;
        const sink = new BoundedIssueList(10_000);
        const ours = checkAgainstSchema(roundTripped, evaluationSchema, "", sink);
        const theirs = ajvValidate(roundTripped);
        expect(ours, `validator: ${JSON.stringify(sink.issues)}\nAjv: ${JSON.stringify(ajvValidate.errors)}`).toBe(
          theirs,
        );
      }),
      {
        numRuns: 3000,
        ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {}),
      },
    );
  });
});

describe("schema and TypeScript types", () => {
  it("the types generated from the schema equal the hand-written ones", async () => {
    const generated = await compile(schema as Parameters<typeof compile>[0], "KommunkompassenEvaluation", {
      bannerComment: "",
      additionalProperties: false,
      declareExternallyReferenced: true,
      cwd: packageDir,
    });
    const dir = join(packageDir, "node_modules", ".cache", "schema-drift");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "generated.ts"), generated);
    const typesPath = join(packageDir, "src", "schema", "types").replace(/\\/g, "/");
    writeFileSync(
      join(dir, "check.ts"),
      `import type { Evaluation } from ${JSON.stringify(typesPath)};
import type { KommunkompassenEvaluation } from "./generated";
// Index signatures (the x- extensions) are dropped; every named field is compared recursively.
type Strip<T> = T extends readonly (infer U)[]
  ? Strip<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K extends \`x-\${string}\` ? never : K]: Strip<T[K]> }
    : T;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
export const same: Equal<Strip<Evaluation>, Strip<KommunkompassenEvaluation>> = true;
`,
    );
    const program = ts.createProgram([join(dir, "check.ts")], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
