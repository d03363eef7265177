// The embed's declarations: the element's class and attributes, the tag in the DOM's maps, and the
// element in React's JSX (the declarations augment both).
import {
  TAG,
  defineKommunkompassProfil,
  type KommunkompassProfil,
  type KommunkompassProfilAttributes,
} from "@kommunkompassen/embed/kommunkompass.js";

defineKommunkompassProfil();
const element: KommunkompassProfil = document.createElement(TAG);
export const found: KommunkompassProfil | null = document.querySelector("kommunkompass-profil");
element.addEventListener("kommunkompass:ready", (event) => {
  const detail: undefined = event.detail;
  void detail;
});
const attributes: KommunkompassProfilAttributes = {
  src: "/data/avesta.json",
  view: "radar",
  lang: "en",
  timeout: 5000,
};

export const profile = (
  <kommunkompass-profil
    src="/data/avesta.json"
    view={attributes.view ?? "bars"}
    data-municipality="2084"
    aria-label="Avesta"
  />
);

// @ts-expect-error: "pie" is not a view of the embed
export const pie: KommunkompassProfilAttributes = { view: "pie" };
// @ts-expect-error: the element takes its language as "sv" or "en"
export const german = <kommunkompass-profil lang="de" />;
