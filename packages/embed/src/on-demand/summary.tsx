/** `view="summary"`, built into kommunkompass-summary.js: the area bars, the radar and, with a previous evaluation, the change. */
import { AreaBarChart, DeltaTable, RadarProfile } from "@kommunkompassen/react/internal";
import { common, profileView, type ProfileProps } from "../views/profile";

export const { render, unmount } = profileView((props: ProfileProps) => {
  const { evaluation, previous } = props;
  return (
    <>
      <AreaBarChart evaluation={evaluation} previous={previous} {...common(props)} />
      <RadarProfile evaluation={evaluation} previous={previous} {...common(props)} />
      {previous ? <DeltaTable from={previous} to={evaluation} {...common(props)} /> : null}
    </>
  );
});
