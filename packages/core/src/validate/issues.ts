/** How serious a reported problem is: errors make an evaluation invalid, warnings do not. */
export type Severity = "error" | "warning";

/** Values that explain an issue (the numbers involved), for programs and for translated messages. */
export type IssueDetails = Readonly<Record<string, string | number | boolean | null>>;

/**
 * One problem found in an evaluation.
 *
 * `path` is a JSON Pointer (RFC 6901) into the document, `""` for the document itself; `kind` is a
 * stable machine-readable name (see docs/scoring.md); `message` is a plain English sentence.
 */
export interface Issue {
  /** `error` (invalid) or `warning` (valid, but the published numbers disagree). */
  severity: Severity;
  /** Stable name of the check, e.g. `type`, `achieved-above-max`, `area-sum-mismatch`. */
  kind: string;
  /** JSON Pointer to the value concerned, e.g. `/areas/5/questions/2/achieved`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /** The values involved. */
  details?: IssueDetails;
}

/** Formats an issue the way the CLI prints it: `/areas/5/score: 52 is …`. */
export function formatIssue(issue: Issue): string {
  return `${issue.path || "/"}: ${issue.message}`;
}

/** One JSON Pointer segment, `/` and the key with `~` and `/` escaped as RFC 6901 requires. */
export const segment = (key: string | number): string => "/" + String(key).replace(/~/g, "~0").replace(/\//g, "~1");

/** Builds a JSON Pointer from path segments, escaping `~` and `/` as RFC 6901 requires. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map(segment).join("");
}

/** Short, safe rendering of any value for an error message (strings quoted and cut, no object dumps). */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string": {
      const cut = value.length > 40 ? value.slice(0, 40) + "…" : value;
      return JSON.stringify(cut);
    }
    case "number":
      return Number.isFinite(value) ? String(value) : String(value);
    case "object":
      return "an object";
    case "undefined":
      return "nothing";
    default:
      return `a ${typeof value}`;
  }
}

/** What a value is, for an issue's details: `got` (its JSON type, or `undefined`) and `value` (a number, or a string cut to 40 characters). */
export function seen(value: unknown): IssueDetails {
  const got = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  const shown = typeof value === "string" ? (value.length > 40 ? value.slice(0, 40) + "…" : value) : value;
  return { got, value: typeof shown === "string" || Number.isFinite(shown) ? (shown as string | number) : null };
}
