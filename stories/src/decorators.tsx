import type { Decorator } from "@storybook/react-vite";
import type { ReactNode } from "react";

/** Wraps the story in a 320 px wide container (class defined in stories.css). */
export const narrow: Decorator = (Story) => (
  <div className="kk-story-narrow">
    <Story />
  </div>
);

/** Puts the story on a dark page background. */
export const darkPage: Decorator = (Story) => (
  <div className="kk-story-dark">
    <Story />
  </div>
);

/** One labelled state of an "AllStates" story. */
export interface StoryState {
  title: string;
  /** Wrap in the 320 px container. */
  narrow?: boolean;
  /** Put on a dark page. */
  dark?: boolean;
  render: () => ReactNode;
}

/** Renders states one under another, each under a heading. */
export function StateList({ states }: { states: readonly StoryState[] }) {
  return (
    <div className="kk-story-states">
      {states.map((state) => {
        let content = state.render();
        if (state.narrow) content = <div className="kk-story-narrow">{content}</div>;
        const section = (
          <section key={state.title} aria-label={state.title}>
            <h2 className="kk-story-state__title">{state.title}</h2>
            {content}
          </section>
        );
        return state.dark ? (
          <div key={state.title} className="kk-story-dark">
            {section}
          </div>
        ) : (
          section
        );
      })}
    </div>
  );
}

/**
 * Puts the story inside a `.kk` element, the context the library's colours are defined in (a
 * DeltaBadge on its own takes the surrounding text colour).
 */
export const inKk: Decorator = (Story) => (
  <div className="kk kk-story-context">
    <Story />
  </div>
);

/** A dark page with a dark-themed `.kk` context, for components without a `theme` prop. */
export const inDarkKk: Decorator = (Story) => (
  <div className="kk-story-dark">
    <div className="kk kk-story-context" data-kk-theme="dark">
      <Story />
    </div>
  </div>
);
