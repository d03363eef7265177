/**
 * What the profile views share: their props, and the module each of them is (src/views/radar.tsx
 * in the element's script, the others loaded on demand from src/on-demand/).
 */
import { render as draw } from "preact";
import type { JSX } from "react";
import type { Evaluation, Framework, Lang, Theme } from "@kommunkompassen/react/internal";
import type { ViewModule } from "../on-demand";

/** What a profile view is drawn from, once the element has loaded and checked it. */
export interface ProfileProps {
  evaluation: Evaluation;
  previous: Evaluation | undefined;
  /** Framework definitions from the element's `frameworks` file, beyond the built-in ones. */
  frameworks: readonly Framework[] | undefined;
  lang: Lang;
  theme: Theme;
  /** Anchor prefix for the report view, unique per element. */
  idPrefix: string;
}

/** The props every component of a profile view takes from the element: language, theme, definitions. */
export const common = ({ lang, theme, frameworks }: ProfileProps) => ({
  lang,
  theme,
  ...(frameworks ? { frameworks } : {}),
});

/** A profile view's module: `View` rendered with this module's import of the renderer. */
export function profileView(View: (props: ProfileProps) => JSX.Element): ViewModule<ProfileProps> {
  return {
    render: (container, props) => draw(<View {...props} />, container),
    unmount: (container) => draw(null, container),
  };
}
