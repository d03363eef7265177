/**
 * What `<kommunkompass-profil>` loads on demand: the one registry of the modules beside the
 * element's script that it imports only when a page needs them. The element's script draws the
 * default view ({@link DEFAULT_VIEW}); every other view is a module of its own, built from
 * `src/on-demand/NAME.tsx` into `kommunkompass-NAME.js` in the same folder (build.mjs builds every
 * file of that folder), and imported from beside the element's script: the same origin, so a
 * `script-src 'self'` policy allows it. Features are loaded so too: `frameworks` checks the
 * definition file of the `frameworks` attribute, `en` brings the components' English texts (the
 * script has the Swedish ones), `downloads` is the download menu (the script draws only its
 * button, and imports it when the button is first pressed).
 */
import type { View } from "./attributes";
import { languageOf } from "./script";

/** The view the element's own script draws, without loading anything else. */
export const DEFAULT_VIEW = "radar" satisfies View;

/** The modules loaded on demand, each by its name: its file is `kommunkompass-NAME.js` beside the element's script. */
export const ON_DEMAND = [
  "bars",
  "table",
  "deltas",
  "summary",
  "report",
  "national",
  "frameworks",
  "en",
  "downloads",
] as const;
/** One of {@link ON_DEMAND}. */
export type OnDemand = (typeof ON_DEMAND)[number];

/** The module that draws each view but the default one. */
export const VIEW_MODULES: Readonly<Record<Exclude<View, typeof DEFAULT_VIEW>, OnDemand>> = {
  bars: "bars",
  table: "table",
  deltas: "deltas",
  summary: "summary",
  report: "report",
  position: "national",
  overview: "national",
};

/** The file of a module loaded on demand. */
export const onDemandFile = (name: OnDemand): string => `kommunkompass-${name}.js`;

/**
 * What every view's module exports (the default view's too, src/views/radar.tsx): it renders with
 * its own import of the renderer, so that the element unmounts a view with the module that drew it.
 */
export interface ViewModule<Props> {
  /** Renders (or updates) the view in `container`. */
  render(container: HTMLElement, props: Props): void;
  /** Removes what {@link ViewModule.render} rendered. */
  unmount(container: HTMLElement): void;
}

/** Each module's import, once per page (a failed one is not tried again: the browser would not either). */
const imported = new Map<string, Promise<unknown>>();

/**
 * The modules an element will ask for, beside its data: its view's (but the default view's, which
 * is in the script), the check of a definition file for a profile view that names one (attribute
 * or inline), and the components' English texts for an element in English.
 */
export function modulesFor(element: Element): OnDemand[] {
  return modulesOf(
    element.getAttribute("view"),
    languageOf(element),
    element.hasAttribute("frameworks") ||
      element.querySelector('script[type="application/json"][data-kk="frameworks"]') !== null,
  );
}

/**
 * {@link modulesFor} from what is known of an element: its `view` (`null` for none), its language,
 * and whether it names a definition file (the configurator's snippet preloads them).
 */
export function modulesOf(view: string | null, lang: "sv" | "en", definitions: boolean): OnDemand[] {
  const wanted = view ?? DEFAULT_VIEW;
  const module = Object.hasOwn(VIEW_MODULES, wanted) ? VIEW_MODULES[wanted as keyof typeof VIEW_MODULES] : undefined;
  const names: OnDemand[] = module ? [module] : [];
  if (module !== "national" && definitions) names.push("frameworks");
  if (lang === "en") names.push("en");
  return names;
}

/**
 * Requests a module from beside the element's script (`base`, the script's URL): its import, made
 * once per page (the failure goes to `log`, and the import then gives `null`). Never throws.
 */
export function requestOnDemand(
  name: OnDemand,
  base: string,
  log: (method: "error", url: string, error: unknown) => void,
): Promise<unknown> {
  const url = new URL(onDemandFile(name), base).href;
  let module = imported.get(url);
  if (!module) {
    module = (import(/* @vite-ignore */ url) as Promise<unknown>).catch(
      (error: unknown) => (log("error", url, error), null),
    );
    imported.set(url, module);
  }
  return module;
}

/**
 * Imports a module from beside the element's script ({@link requestOnDemand}): the module, or
 * `null` when it cannot be had within `timeoutMs`. Never throws.
 */
export function importOnDemand<T>(
  name: OnDemand,
  base: string,
  timeoutMs: number,
  log: (method: "error", url: string, error: unknown) => void,
): Promise<T | null> {
  return Promise.race([
    requestOnDemand(name, base, log) as Promise<T | null>,
    new Promise<null>((resolve) => setTimeout(resolve, timeoutMs, null)),
  ]);
}
