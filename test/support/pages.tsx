import { readFileSync } from "node:fs";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AreaBarChart, DeltaBadge, DeltaTable, RadarProfile, SubQuestionTable } from "@kommunkompassen/react";
import { loadFixture, repoRoot } from "./fixtures";

/** Every component on the real fixtures, server-rendered into one page with the stylesheet inlined. */
const css = readFileSync(`${repoRoot}packages/react/src/styles.css`, "utf8");

export function componentsPage(theme: "light" | "dark", lang: "sv" | "en"): string {
  const avesta = loadFixture("avesta-2014");
  const v2012 = loadFixture("vasteras-2012");
  const v2014 = loadFixture("vasteras-2014");
  const changed = { ...loadFixture("vasteras-2014"), framework: "kommunkompassen-2.1", year: 2018 };
  const ui: ReactNode = (
    <main>
      <h1>{lang === "sv" ? "Kommunkompassen" : "Municipal compass"}</h1>
      <AreaBarChart evaluation={avesta} theme={theme} lang={lang} />
      <RadarProfile evaluation={avesta} theme={theme} lang={lang} />
      <AreaBarChart evaluation={v2014} previous={v2012} theme={theme} lang={lang} />
      <RadarProfile evaluation={v2014} previous={v2012} theme={theme} lang={lang} />
      {[1, 6].map((id) => (
        <SubQuestionTable key={id} evaluation={avesta} areaId={id} theme={theme} lang={lang} />
      ))}
      <DeltaTable from={v2012} to={v2014} theme={theme} lang={lang} />
      <DeltaTable from={v2014} to={changed} theme={theme} lang={lang} />
      <p className="kk" data-kk-theme={theme}>
        <DeltaBadge delta={9} lang={lang} /> <DeltaBadge delta={-3} lang={lang} />{" "}
        <DeltaBadge delta={null} lang={lang} />
      </p>
      <RadarProfile evaluation={{ broken: true } as never} theme={theme} lang={lang} />
    </main>
  );
  const [background, color] = theme === "dark" ? ["#121212", "#f0f0f0"] : ["#ffffff", "#1a1a1a"];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Test</title>
<style>h1{font-size:1.5rem}body{margin:8px;font-family:sans-serif;background:${background};color:${color}}${css}</style></head><body>${renderToStaticMarkup(ui)}</body></html>`;
}
