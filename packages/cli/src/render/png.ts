import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** The part of `@resvg/resvg-js` this uses. */
interface ResvgModule {
  Resvg: new (
    svg: string,
    options: {
      fitTo: { mode: "zoom"; value: number };
      font: { loadSystemFonts: boolean; fontFiles: string[]; defaultFontFamily: string; sansSerifFamily: string };
      shapeRendering?: number;
      textRendering?: number;
    },
  ) => { render(): { asPng(): Uint8Array; width: number; height: number } };
}

/** The fonts shipped with the CLI (Source Sans 3, SIL Open Font License; fonts/README.md). */
export const PNG_FONTS = ["SourceSans3-Regular.ttf", "SourceSans3-Bold.ttf"].map((name) => {
  // From the built dist/ (one level down), or from src/render/ when the sources run (tests).
  const paths = ["../fonts/", "../../fonts/"].map((dir) => fileURLToPath(new URL(dir + name, import.meta.url)));
  return paths.find((path) => existsSync(path)) ?? paths[0]!;
});

let resvg: ResvgModule | undefined;

/**
 * An SVG drawn as a PNG by resvg (`@resvg/resvg-js`, loaded only when a PNG is asked for) at
 * `scale` times its size, with the shipped fonts only, so the picture is the same on every machine.
 */
export function svgToPng(svg: string, scale: number): { png: Uint8Array; width: number; height: number } {
  resvg ??= createRequire(import.meta.url)("@resvg/resvg-js") as ResvgModule;
  const rendered = new resvg.Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: PNG_FONTS,
      defaultFontFamily: "Source Sans 3",
      sansSerifFamily: "Source Sans 3",
    },
  }).render();
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height };
}
