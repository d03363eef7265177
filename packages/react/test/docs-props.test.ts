import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../../test/support/fixtures";

/** The components whose prop tables docs/components.md carries. */
const COMPONENTS = [
  "RadarProfile",
  "AreaBarChart",
  "SubQuestionTable",
  "DeltaTable",
  "DeltaBadge",
  "EvaluationReport",
  "OverviewTable",
  "PositionStrip",
  "SmallMultiples",
  "Timeline",
] as const;

/** One prop as a props interface declares it, or as a docs table lists it. */
interface Prop {
  name: string;
  /** The type as written in the declaration, whitespace collapsed. */
  type: string;
  required: boolean;
}

/** A component's own props (declared in this repository) and whether it passes HTML attributes on. */
interface PropsInterface {
  props: Prop[];
  /** The props whose declaration has no TSDoc. */
  undocumented: string[];
  passesHtmlAttributes: boolean;
}

/** A docs table: its prop rows and whether it has the row for the HTML attributes passed on. */
interface PropTable {
  props: Prop[];
  passesHtmlAttributes: boolean;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The program of the react package's main entry, the workspace's core resolved to its sources. */
function reactProgram(): { checker: ts.TypeChecker; exports: ts.Symbol[] } {
  const entry = `${repoRoot}packages/react/src/index.ts`;
  const program = ts.createProgram([entry], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    baseUrl: repoRoot,
    paths: {
      "@kommunkompassen/core": ["packages/core/src/index.ts"],
      "@kommunkompassen/core/messages": ["packages/core/src/messages/index.ts"],
    },
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return { checker, exports: checker.getExportsOfModule(module) };
}

/** The props of `<component>Props` as exported by `@kommunkompassen/react`. */
function interfaceProps(checker: ts.TypeChecker, exports: ts.Symbol[], component: string): PropsInterface {
  let symbol = exports.find((s) => s.name === `${component}Props`);
  if (!symbol) throw new Error(`@kommunkompassen/react does not export ${component}Props`);
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const result: PropsInterface = { props: [], undocumented: [], passesHtmlAttributes: false };
  for (const prop of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))) {
    const declaration = prop.declarations?.[0];
    if (!declaration || declaration.getSourceFile().fileName.includes("/node_modules/")) {
      if (prop.name === "className") result.passesHtmlAttributes = true;
      continue;
    }
    const typeNode = ts.isPropertySignature(declaration) ? declaration.type : undefined;
    result.props.push({
      name: prop.name,
      type: oneLine(typeNode?.getText() ?? checker.typeToString(checker.getTypeOfSymbol(prop))),
      required: (prop.flags & ts.SymbolFlags.Optional) === 0,
    });
    if (oneLine(ts.displayPartsToString(prop.getDocumentationComment(checker))) === "") {
      result.undocumented.push(prop.name);
    }
  }
  return result;
}

/** The cells of a Markdown table row (`\|` inside a cell is a literal bar). */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, "|"));
}

/** The prop table under `### \`<component>\`` in docs/components.md. */
function docsTable(markdown: string, component: string): PropTable {
  const start = markdown.indexOf(`\n### \`${component}\`\n`);
  if (start < 0) throw new Error(`docs/components.md has no section "### \`${component}\`"`);
  const end = markdown.indexOf("\n#", start + 1);
  const rows = markdown
    .slice(start, end < 0 ? undefined : end)
    .split("\n")
    .filter((line) => line.startsWith("| `"));
  const table: PropTable = { props: [], passesHtmlAttributes: false };
  for (const row of rows) {
    const [name = "", type = "", defaultValue = ""] = cells(row);
    if (name.includes("…")) {
      table.passesHtmlAttributes = true;
      continue;
    }
    table.props.push({
      name: name.replace(/^`|`$/g, ""),
      type: type.replace(/^`|`$/g, ""),
      required: defaultValue === "required",
    });
  }
  return table;
}

const byName = (a: Prop, b: Prop) => a.name.localeCompare(b.name);

describe("docs/components.md: the prop tables match the props interfaces", () => {
  const markdown = readFileSync(`${repoRoot}docs/components.md`, "utf8");
  const { checker, exports } = reactProgram();

  describe.each(COMPONENTS)("%s", (component) => {
    const declared = interfaceProps(checker, exports, component);
    const documented = docsTable(markdown, component);

    it("lists every prop of the interface once, and no other", () => {
      const names = documented.props.map((p) => p.name);
      expect(new Set(names).size, `duplicate rows: ${names.join(", ")}`).toBe(names.length);
      expect(names.sort()).toEqual(declared.props.map((p) => p.name).sort());
    });

    it("gives each prop its declared type, and 'required' exactly for the required ones", () => {
      expect([...documented.props].sort(byName)).toEqual([...declared.props].sort(byName));
    });

    it("has the row for the HTML attributes exactly when the component passes them on", () => {
      expect(documented.passesHtmlAttributes).toBe(declared.passesHtmlAttributes);
    });

    it("takes its meanings from TSDoc that every prop has", () => {
      expect(declared.undocumented).toEqual([]);
    });
  });
});
