/**
 * The modules the page's elements will ask for, requested as the element's script starts, before
 * the rest of it runs (index.ts imports this first; package.json names it a file with side
 * effects): their downloads then overlap the script's own start, not only the data's. The element
 * asks for the same modules again when it updates, and gets these requests (src/on-demand.ts).
 */
import { modulesFor, requestOnDemand } from "./on-demand";
import { log, SCRIPT_URL } from "./script";

try {
  for (const element of document.querySelectorAll("kommunkompass-profil"))
    for (const name of modulesFor(element)) requestOnDemand(name, SCRIPT_URL ?? document.baseURI, log);
} catch {
  // No DOM (a server importing the script), or a page that broke it: the element asks again itself.
}
