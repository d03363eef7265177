/**
 * The embed's national views' failure sentences, apart from the element's own (`embed.ts`): the
 * embed is split by file, and these belong to `kommunkompass-national.js` only.
 */
import type { Lang } from "../text/format";
import type { EmbedNationalFailureReason } from "./embed";

/**
 * The sentences of the national views' failures, shown after `EmbedMessages.cannotShow`:
 * `detail` is the view (`needs-collection`), the collection's first issues with their pointers
 * (`invalid-collection`), or the municipality and year asked for (`not-in-collection`).
 */
export const embedNationalMessages: Readonly<
  Record<Lang, Readonly<Record<EmbedNationalFailureReason, (detail: string) => string>>>
> = {
  sv: {
    "needs-collection": (view) => `vyn ”${view}” behöver en samling utvärderingar (collection).`,
    "invalid-collection": (issues) => `samlingen är felaktig (${issues}).`,
    "not-in-collection": (wanted) => `samlingen har ingen utvärdering av ${wanted}.`,
  },
  en: {
    "needs-collection": (view) => `the “${view}” view needs a collection of evaluations (collection).`,
    "invalid-collection": (issues) => `the collection is invalid (${issues}).`,
    "not-in-collection": (wanted) => `the collection has no evaluation of ${wanted}.`,
  },
};
