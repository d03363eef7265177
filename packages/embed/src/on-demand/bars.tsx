/** `view="bars"`, built into kommunkompass-bars.js: the area bars, with the previous evaluation when there is one. */
import { AreaBarChart } from "@kommunkompassen/react/internal";
import { common, profileView, type ProfileProps } from "../views/profile";

export const { render, unmount } = profileView((props: ProfileProps) => (
  <AreaBarChart evaluation={props.evaluation} previous={props.previous} {...common(props)} />
));
