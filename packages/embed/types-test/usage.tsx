// How a TypeScript + React user writes the element: this file must type-check against the built
// dist/kommunkompass.d.ts, and each line marked @ts-expect-error must be an error (a wrong value).
import { KommunkompassProfil, TAG } from "../dist/kommunkompass.js";

/** The element in JSX, with every attribute and a fallback child. */
export function Profile() {
  return (
    <kommunkompass-profil src="/kommunkompassen/avesta-2014.json" view="radar" lang="sv" theme="auto" timeout="5000">
      <p>Serverrenderad profil</p>
    </kommunkompass-profil>
  );
}

/** Shadow mode, a numeric timeout, a data attribute. */
export const shadowed = <kommunkompass-profil src="/a.json" shadow timeout={2000} data-id="x" />;

/** The national views: a collection, and the municipality and year placed among it. */
export const position = (
  <kommunkompass-profil collection="/kommunkompassen/alla.json" view="position" municipality="0486" year={2014} />
);
export const overview = <kommunkompass-profil collection="/kommunkompassen/alla.json" view="overview" lang="en" />;

// @ts-expect-error: there is no view "pie"
export const wrongView = <kommunkompass-profil src="/a.json" view="pie" />;
// @ts-expect-error: the theme is light, dark or auto
export const wrongTheme = <kommunkompass-profil theme="blue" />;
// @ts-expect-error: the timeout is a number
export const wrongTimeout = <kommunkompass-profil timeout="soon" />;
// @ts-expect-error: the year is a number
export const wrongYear = <kommunkompass-profil view="position" year="last" />;
// @ts-expect-error: no such attribute
export const unknown = <kommunkompass-profil sorc="/a.json" />;

/** Whether two types are the same. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** querySelector knows the element's class, from the tag name alone. */
export const found = document.querySelector("kommunkompass-profil");
export const foundIsTheElement: Same<typeof found, KommunkompassProfil | null> = true;
/** So does createElement with the tag constant. */
export const made = document.createElement(TAG);
export const madeIsTheElement: Same<typeof made, KommunkompassProfil> = true;
/** And the ready event. */
found?.addEventListener("kommunkompass:ready", (event) => event.detail);
export const attributes: readonly string[] = KommunkompassProfil.observedAttributes;

// An optional value passes straight through, as it does to React's own attributes, even under
// exactOptionalPropertyTypes.
declare const maybeUrl: string | undefined;
export const optional = <kommunkompass-profil src={maybeUrl} compare={maybeUrl} />;
