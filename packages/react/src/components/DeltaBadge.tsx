import { forwardRef, type HTMLAttributes } from "react";
import type { Lang } from "@kommunkompassen/core";
import { formatSigned } from "@kommunkompassen/core";
import { resolveMessages, type Messages } from "../i18n/messages";

/** Props of {@link DeltaBadge}. */
export interface DeltaBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, "children" | "lang"> {
  /** The change (`to − from`) as the core's `compareEvaluations` or `delta` computed it; `null` when it is not known. */
  delta: number | null;
  /** Language of all text; defaults to Swedish. */
  lang?: Lang;
  /** Overrides of any built-in string. */
  messages?: Partial<Messages>;
  /** Why a `null` change is not known: a value is `missing` (the default), or the evaluations are `not-comparable`. Ignored for a number. */
  reason?: "missing" | "not-comparable";
  /** Show the words ("ökning med 9 poäng") as visible text; by default only screen readers read them. */
  showWords?: boolean;
}

/** The arrow glyph per direction (decoration: hidden from assistive technology). */
const ARROWS = { up: "↑", down: "↓", same: "→" } as const;

/**
 * One change, compact and inline: the sign (`+9`, `−3` with a true minus, `±0`) and an arrow are
 * shown, and the change in words ("ökning med 9 poäng" / "up 9 points") is what assistive technology
 * reads (visually hidden unless `showWords`), so a change is never told by colour or arrow alone.
 * An unknown change shows "uppgift saknas" or "ej jämförbar" as text. The classes
 * `kk-delta--up`, `--down`, `--same` and `--unknown` colour it inside any `.kk` component; elsewhere
 * it takes the surrounding text colour.
 */
export const DeltaBadge = /* @__PURE__ */ forwardRef<HTMLSpanElement, DeltaBadgeProps>(function DeltaBadge(
  { delta, lang = "sv", messages: overrides, reason = "missing", showWords = false, className, ...rest },
  ref,
) {
  const m = resolveMessages(lang, overrides);
  const classes = (direction: string) => ["kk-delta", `kk-delta--${direction}`, className].filter(Boolean).join(" ");
  // A non-finite number is not a change anyone can read: shown as unknown, never as "NaN" or "∞".
  if (delta === null || !Number.isFinite(delta)) {
    return (
      <span ref={ref} lang={m.lang} className={classes("unknown")} {...rest}>
        {reason === "not-comparable" ? m.notComparable : m.noData}
      </span>
    );
  }
  const direction = delta > 0 ? "up" : delta < 0 ? "down" : "same";
  return (
    <span ref={ref} lang={m.lang} className={classes(direction)} {...rest}>
      <span className="kk-delta__sign" aria-hidden="true">
        {formatSigned(delta, m.lang)}
      </span>
      {"\u00a0"}
      <span className="kk-delta__arrow" aria-hidden="true">
        {ARROWS[direction]}
      </span>
      <span className={showWords ? "kk-delta__words" : "kk-delta__words kk-visually-hidden"}>
        {" "}
        {m.deltaWords(delta)}
      </span>
    </span>
  );
});
