/**
 * Findings as data: a collector that gives each finding its code, kind, severity, path and values,
 * keeps at most {@link MAX_FINDINGS_PER_CODE} of one code (and then one `more-findings` finding
 * with the count), and words a finding in a language from the catalogue.
 */
import { importMessages, type FindingValues, type ImportFindingCode, type Lang } from "@kommunkompassen/core/messages";
import type { Decoded } from "./text";
import type { Finding, FindingKind, FindingSeverity } from "./types";

/** How many findings of one code are listed before the rest are counted in one `more-findings` finding. */
export const MAX_FINDINGS_PER_CODE = 20;

/** The finding in a language: its wording from `importMessages` (no command-line option in it). */
export function wordFinding(finding: Pick<Finding, "code" | "values">, lang: Lang): string {
  return importMessages[lang].findings[finding.code](finding.values);
}

const SEVERITY: Record<FindingKind, FindingSeverity> = {
  inferred: "info",
  ignored: "info",
  missing: "warning",
  warning: "warning",
};

/** Findings meaning that nothing usable was imported. */
const ERRORS = new Set<ImportFindingCode>([
  "not-text",
  "no-municipality-or-year",
  "no-area-score",
  "no-valid-area-score",
  "csv-no-header",
  "csv-no-question-column",
  "csv-incomplete",
  "csv-no-valid-row",
  "value-cannot-be-imported",
  "not-made-valid",
  "results-columns-missing",
  "results-no-valid-row",
  "pdf-broken",
  "pdf-encrypted",
  "pdf-no-text",
  "pdf-timeout",
  "pdf-unavailable",
  "page-no-figures",
]);

/** Makes one finding (worded in English for `message`). */
export function finding(code: ImportFindingCode, kind: FindingKind, path: string, values: FindingValues = {}): Finding {
  const severity = ERRORS.has(code) ? "error" : SEVERITY[kind];
  return { code, kind, severity, path, values, message: wordFinding({ code, values }, "en") };
}

/** Collects findings, at most {@link MAX_FINDINGS_PER_CODE} per code; hostile input cannot make millions. */
export class Findings {
  private readonly kept: Finding[] = [];
  private readonly counts = new Map<ImportFindingCode, number>();
  private readonly dropped = new Map<ImportFindingCode, { first: Finding; count: number }>();

  /** Adds a finding (or counts it, past the cap). The values are only made when the finding is kept. */
  add(code: ImportFindingCode, kind: FindingKind, path: string, values?: FindingValues | (() => FindingValues)): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    const make = () => finding(code, kind, path, typeof values === "function" ? values() : values);
    if (count <= MAX_FINDINGS_PER_CODE) {
      this.kept.push(make());
      return;
    }
    const dropped = this.dropped.get(code);
    if (dropped) dropped.count++;
    else this.dropped.set(code, { first: make(), count: 1 });
  }

  /** Whether a finding of this code was added. */
  has(code: ImportFindingCode): boolean {
    return this.counts.has(code);
  }

  /** The findings, then one `more-findings` per code that had more than the cap. */
  list(): Finding[] {
    const summaries = [...this.dropped].map(([code, { first, count }]) =>
      finding("more-findings", first.kind, "", { code, count, ...prefixed(first.values) }),
    );
    return [...this.kept, ...summaries];
  }
}

function prefixed(values: FindingValues): FindingValues {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`first.${key}`, value]));
}

/** Says how the input's bytes were read: an encoding other than UTF-8, and any bytes that were not valid UTF-8. */
export function reportEncoding(decoded: Decoded, findings: Findings): void {
  if (decoded.encoding === "windows-1252") findings.add("encoding-windows-1252", "inferred", "");
  else if (decoded.encoding === "utf-16le" || decoded.encoding === "utf-16be")
    findings.add("encoding-utf16", "inferred", "", { encoding: decoded.encoding });
  if (decoded.invalid)
    findings.add("encoding-invalid-utf8", "warning", "", {
      count: decoded.invalid.count,
      offsets: decoded.invalid.offsets.join(", "),
    });
}
