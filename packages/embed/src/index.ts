/**
 * @kommunkompassen/embed: `<script type="module" src="/kommunkompass.js">` defines
 * `<kommunkompass-profil>`. See docs/embed.md.
 */
import { defineKommunkompassProfil } from "./element";

defineKommunkompassProfil();

export { defineKommunkompassProfil, KommunkompassProfil, TAG } from "./element";
