/** Where the element's script was loaded from, its console messages, and an element's language. */
import type { Lang } from "@kommunkompassen/core";

/**
 * Where this script was loaded from, to find kommunkompass.css and the modules loaded on demand
 * beside it: the classic script's `document.currentScript` (while it runs), or the module's URL.
 */
export const SCRIPT_URL: string | undefined =
  (typeof document !== "undefined" && (document.currentScript as HTMLScriptElement | null)?.src) ||
  (import.meta as { url?: string }).url ||
  undefined;

/** Logs to the console, unless the page has broken even that. */
export function log(method: "error" | "warn", ...parts: unknown[]): void {
  try {
    console[method]("<kommunkompass-profil>:", ...parts);
  } catch {
    // Nothing left to report with.
  }
}

/** An element's language: its `lang`, else the nearest ancestor's, else Swedish. */
export function languageOf(element: Element): Lang {
  const lang = element.getAttribute("lang") ?? element.closest("[lang]")?.getAttribute("lang") ?? "sv";
  return lang.startsWith("en") ? "en" : "sv";
}
