/** The default view, `view="radar"` (or none): the radar profile, drawn by the element's own script. */
import { RadarProfile } from "@kommunkompassen/react/internal";
import { common, profileView, type ProfileProps } from "./profile";

/** The radar profile, with the previous evaluation when there is one. */
export const radar = profileView((props: ProfileProps) => (
  <RadarProfile evaluation={props.evaluation} previous={props.previous} {...common(props)} />
));
