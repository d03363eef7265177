import {
  toPointer,
  validateEvaluation,
  type Lang,
  type Evaluation,
  type Framework,
  type Issue,
  type Reference,
} from "@kommunkompassen/core";
import { jsonSyntaxIssue, readTextFile, type Output } from "../io";
import { printInvalid, unreadableLine } from "../commands/load";

/**
 * Reads `--reference REF.json`: one reference object (the schema's `references[]` item: kind,
 * label, framework, areas, …) or an array of them. They are validated by appending them to a copy
 * of the evaluation's `references` and running the core validator, so the rules are exactly the
 * schema's and the framework's (with the extra framework definitions given). Errors are printed against the reference file (`REF.json#/areas/0/id`
 * for one object, `REF.json#/1/areas/0/id` for an array). Returns the references, or the exit code:
 * 2 when the file cannot be read, 1 when it is not valid.
 */
export function loadReferenceFile(
  file: string,
  evaluation: Evaluation,
  io: Output,
  lang: Lang = "en",
  frameworks: readonly Framework[] = [],
): { references: Reference[] } | { exitCode: number } {
  const read = readTextFile(file);
  if (!read.ok) {
    io.err(unreadableLine(file, read, lang));
    return { exitCode: 2 };
  }
  const fail = (issues: readonly Issue[]) => {
    printInvalid(file, issues, lang, io);
    return { exitCode: 1 };
  };
  const fileError = (kind: string, message: string): Issue => ({ severity: "error", kind, path: "", message });

  let data: unknown;
  if (read.text.trim() === "")
    return fail([fileError("empty", "the file is empty; expected a reference object or an array of them")]);
  try {
    data = JSON.parse(read.text);
  } catch {
    // Where and what was expected, never the file's first characters (as the engine's message has).
    return fail([jsonSyntaxIssue(read.text) ?? fileError("json-syntax", "not valid JSON")]);
  }
  const single = !Array.isArray(data);
  if (single && (typeof data !== "object" || data === null)) {
    return fail([
      fileError("type", `expected a reference object or an array of them, got ${data === null ? "null" : typeof data}`),
    ]);
  }
  const items = (single ? [data] : (data as unknown[])) as Reference[];
  if (items.length === 0) return fail([fileError("empty", "the array is empty; expected at least one reference")]);

  const base = evaluation.references?.length ?? 0;
  const result = validateEvaluation(
    { ...evaluation, references: [...(evaluation.references ?? []), ...items] },
    frameworks.length > 0 ? { frameworks } : {},
  );
  if (result.valid) return { references: items };
  return fail(result.errors.map((issue) => inReferenceFile(issue, base, single)));
}

/** RFC 6901 segments of a JSON pointer (`/a~1b/0` → `["a/b", "0"]`). */
function pointerSegments(pointer: string): string[] {
  return pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * An issue of the evaluation with the references appended, pointed into the reference file:
 * `/references/<base + i>/…` becomes `/…` for one object and `/<i>/…` for an array (with core's
 * `toPointer`); `/references` itself (too many items) or anything else is about the whole file.
 */
function inReferenceFile(issue: Issue, base: number, single: boolean): Issue {
  const [first, index, ...rest] = pointerSegments(issue.path);
  if (first !== "references" || index === undefined || !/^\d+$/.test(index) || Number(index) < base)
    return { ...issue, path: "" };
  return { ...issue, path: toPointer(single ? rest : [Number(index) - base, ...rest]) };
}
