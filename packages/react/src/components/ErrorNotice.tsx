import { forwardRef, type HTMLAttributes } from "react";
import type { Issue } from "@kommunkompassen/core";
import { issueText } from "../i18n/issue-text";
import type { Messages } from "../i18n/messages";

/** Props of {@link ErrorNotice}. */
export interface ErrorNoticeProps extends HTMLAttributes<HTMLDivElement> {
  /** The validator's errors. */
  errors: readonly Issue[];
  /** The messages (for the heading and "and N more"). */
  messages: Messages;
  /** The heading; defaults to the messages' `invalidData` ("the chart cannot be shown …"). */
  title?: string;
  /** How many errors to list before summarising the rest. */
  limit?: number;
}

/** One issue: its JSON pointer, then its text in the page's language, or in English marked `lang="en"`. */
function IssueLine({ issue, messages: m }: { issue: Issue; messages: Messages }) {
  const { lang, text } = issueText(issue, m.lang);
  return (
    <li>
      <code>{issue.path || "/"}</code>: {lang === m.lang ? text : <span lang={lang}>{text}</span>}
    </li>
  );
}

/**
 * Shown instead of a chart or table whose data is invalid: a short, accessible message naming the
 * first problems (with their JSON pointers, in the page's language) rather than a blank area or an
 * exception.
 */
export const ErrorNotice = /* @__PURE__ */ forwardRef<HTMLDivElement, ErrorNoticeProps>(function ErrorNotice(
  { errors, messages: m, title, limit = 3, className, ...rest },
  ref,
) {
  const shown = errors.slice(0, limit);
  return (
    <div
      ref={ref}
      role="alert"
      lang={m.lang}
      className={["kk", "kk-error", className].filter(Boolean).join(" ")}
      {...rest}
    >
      <p className="kk-error__title">{title ?? m.invalidData}:</p>
      <ul className="kk-error__list">
        {shown.map((issue, i) => (
          <IssueLine key={i} issue={issue} messages={m} />
        ))}
        {errors.length > limit ? <li>{m.moreProblems(errors.length - limit)}</li> : null}
      </ul>
    </div>
  );
});
