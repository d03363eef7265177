import { forwardRef } from "react";
import { ErrorNotice, type ErrorNoticeProps } from "./ErrorNotice";
import type { Theme } from "./theme";

/** Props of {@link TableError}: an error notice's, with the theme of the table it replaces. */
export interface TableErrorProps extends Omit<ErrorNoticeProps, "title"> {
  /** The colour theme of the table shown instead. */
  theme: Theme;
}

/** The error notice a table shows instead of itself ("the table cannot be shown …"). */
export const TableError = /* @__PURE__ */ forwardRef<HTMLDivElement, TableErrorProps>(function TableError(
  { messages, theme, ...rest },
  ref,
) {
  return (
    <ErrorNotice ref={ref} messages={messages} title={messages.invalidTableData} data-kk-theme={theme} {...rest} />
  );
});
