/**
 * The import studio's script. Everything it will need is asked for while the page loads: PDF.js's
 * worker is started and the bundled published results are read (both from beside this script);
 * after that the page makes no request at all. When both have answered, `<html>` gets
 * `data-kk-ready` (for tests and for anyone checking that nothing more is fetched).
 */
import { createRoot } from "react-dom/client";
import { validateCollection, type Collection } from "@kommunkompassen/core";
import { isLang } from "@kommunkompassen/core/messages";
import { startPdfWorker } from "./read";
import { Studio } from "./studio";

/** The published results (`published-results.json` beside this script), checked; `null` when they cannot be read. */
async function loadCollection(): Promise<Collection | null> {
  try {
    const response = await fetch(new URL("./published-results.json", import.meta.url));
    if (!response.ok) return null;
    const checked = validateCollection(await response.json());
    return checked.valid ? checked.collection : null;
  } catch {
    return null;
  }
}

const pdf = startPdfWorker();
const collection = loadCollection();
const asked = new URLSearchParams(location.search).get("lang");
const initialLang = isLang(asked) ? asked : document.documentElement.lang === "en" ? "en" : "sv";
const root = createRoot(document.getElementById("kk-studio")!);

const render = (loaded: Collection | null) =>
  root.render(<Studio pdf={pdf} collection={loaded} initialLang={initialLang} />);
render(null);
void Promise.all([collection.then(render), pdf.ready]).then(() => {
  // Rendered with the collection and the worker started: the page as it stays until a file is chosen.
  requestAnimationFrame(() => (document.documentElement.dataset.kkReady = "true"));
});
