/**
 * The evidence of an imported value, shown beside it: the line of the source where the value is
 * printed, the value itself marked, and the page for a PDF (or a text with pages).
 */
import type { Evidence } from "@kommunkompassen/import";
import type { Lang } from "@kommunkompassen/core";
import { studioMessages } from "@kommunkompassen/core/messages";

/** How many characters of the line the evidence shows on each side of the value (as the importer's `context`). */
const AROUND = 60;

/** The line around `[start, end)` in `source`: the text before, the value as printed, the text after. */
export function around(source: string, start: number, end: number): { before: string; value: string; after: string } {
  const lineStart = Math.max(source.lastIndexOf("\n", start - 1) + 1, source.lastIndexOf("\f", start - 1) + 1);
  const newline = source.slice(end).search(/[\n\f]/);
  const lineEnd = newline < 0 ? source.length : end + newline;
  const from = Math.max(lineStart, start - AROUND);
  const to = Math.min(lineEnd, end + AROUND);
  const flat = (text: string) => text.replace(/\s+/g, " ");
  return {
    before: (from > lineStart ? "…" : "") + flat(source.slice(from, start)).trimStart(),
    value: source.slice(start, end),
    after: flat(source.slice(end, to)).trimEnd() + (to < lineEnd ? "…" : ""),
  };
}

/** Props of {@link EvidenceNote}. */
export interface EvidenceNoteProps {
  evidence: Evidence;
  /** The text the evidence's range is in (`ImportResult.text`). */
  source: string;
  lang: Lang;
  id?: string;
}

/**
 * One value's evidence. The source is a Swedish report: its words are marked `lang="sv"` (on an
 * English page too).
 */
export function EvidenceNote({ evidence, source, lang, id }: EvidenceNoteProps) {
  const m = studioMessages[lang];
  if (evidence.start === undefined || evidence.end === undefined)
    return (
      <p className="kk-studio__evidence" id={id}>
        {m.given}
      </p>
    );
  const { before, value, after } = around(source, evidence.start, evidence.end);
  return (
    <p className="kk-studio__evidence" id={id} data-kk-evidence={evidence.path}>
      <span className="kk-studio__evidence-label">{m.evidence}</span>{" "}
      <q lang="sv">
        {before}
        <mark>{value}</mark>
        {after}
      </q>
      {evidence.page !== undefined ? <span className="kk-studio__page"> ({m.page(evidence.page)})</span> : null}
    </p>
  );
}
