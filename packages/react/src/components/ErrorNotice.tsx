import { forwardRef, type HTMLAttributes } from "react";
import { formatIssue, type Issue } from "@kommunkompassen/core";
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

/**
 * Shown instead of a chart or table whose data is invalid: a short, accessible message naming the
 * first problems (with their JSON pointers) rather than a blank area or an exception.
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
          <li key={i}>
            <code>{formatIssue(issue)}</code>
          </li>
        ))}
        {errors.length > limit ? <li>{m.moreProblems(errors.length - limit)}</li> : null}
      </ul>
    </div>
  );
});
