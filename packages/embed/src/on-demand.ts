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
 * Imports a module from beside the element's script (`base`, the script's URL): the module, or
 * `null` when it cannot be had within `timeoutMs` (the failure goes to `onError`). Never throws.
 */
export function importOnDemand<T>(
  name: OnDemand,
  base: string,
  timeoutMs: number,
  onError: (url: string, error: unknown) => void,
): Promise<T | null> {
  const url = new URL(onDemandFile(name), base).href;
  let module = imported.get(url);
  if (!module) {
    module = (import(/* @vite-ignore */ url) as Promise<unknown>).catch(
      (error: unknown) => (onError(url, error), null),
    );
    imported.set(url, module);
  }
  return Promise.race([
    module as Promise<T | null>,
    new Promise<null>((resolve) => setTimeout(resolve, timeoutMs, null)),
  ]);
}
