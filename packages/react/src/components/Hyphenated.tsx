import { softHyphens } from "../i18n/hyphenate";

/**
 * A text that may break inside the catalogue's long words, with a hyphen ("Förbättrings-" /
 * "möjligheter"), where a narrow column needs it. What is seen is drawn by the stylesheet from the
 * text with soft hyphens (generated content of an `aria-hidden` span, which is neither selected,
 * copied, nor read aloud); what is copied, printed and read aloud is the plain text beside it,
 * visually hidden on screen. Without the stylesheet, only the plain text shows. A text without such
 * a word is the text alone.
 */
export function Hyphenated({ text }: { text: string }) {
  const shown = softHyphens(text);
  return shown === text ? (
    text
  ) : (
    <>
      <span className="kk-hy" aria-hidden="true" data-kk-hy={shown} />
      <span className="kk-hy__text">{text}</span>
    </>
  );
}
