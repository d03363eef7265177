"use client";
// A Client Component of the app: holds the chosen language in state and draws the radar profile and
// the bar chart in it; marks itself hydrated once React has taken over the server's markup.
import { useEffect, useState } from "react";
import { AreaBarChart, RadarProfile, type Evaluation, type Lang } from "@kommunkompassen/react";

export function ProfileChart({ evaluation, previous }: { evaluation: Evaluation; previous: Evaluation }) {
  const [lang, setLang] = useState<Lang>("sv");
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <div data-hydrated={hydrated ? "true" : "false"}>
      <button type="button" onClick={() => setLang(lang === "sv" ? "en" : "sv")}>
        {lang === "sv" ? "In English" : "På svenska"}
      </button>
      <RadarProfile evaluation={evaluation} previous={previous} lang={lang} />
      <AreaBarChart evaluation={evaluation} previous={previous} lang={lang} />
    </div>
  );
}
