import type { Issue } from "@kommunkompassen/core";
import type { LangText } from "@kommunkompassen/core/messages";

/**
 * The embed's wording of a validation issue inside a component: the validator's English message,
 * marked `lang="en"`. The element validates the data itself and shows its own message before any
 * component sees invalid data, so the catalogue's full Swedish and English issue wording (3.7 kB
 * gzip) would never be shown; the build puts this in place of `react/src/i18n/issue-text.ts`.
 */
export function issueText(issue: Issue): LangText {
  return { lang: "en", text: issue.message };
}
