/** `view="deltas"`, built into kommunkompass-deltas.js: the change since the previous evaluation (the element asks for `compare`). */
import { DeltaTable } from "@kommunkompassen/react/internal";
import { common, profileView, type ProfileProps } from "../views/profile";

export const { render, unmount } = profileView((props: ProfileProps) => (
  <DeltaTable from={props.previous!} to={props.evaluation} {...common(props)} />
));
