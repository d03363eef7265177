/**
 * @kommunkompassen/embed: `<script type="module" src="/kommunkompass.js">` defines
 * `<kommunkompass-profil>`. See docs/embed.md.
 */
// First: the modules the page's elements will ask for are requested before the rest of the script runs.
import "./early";
import { defineKommunkompassProfil } from "./element";

defineKommunkompassProfil();

export { defineKommunkompassProfil, KommunkompassProfil, TAG } from "./element";
