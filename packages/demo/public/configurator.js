// The embed configurator: builds the snippet a web editor pastes, with a live preview.
// Plain script, same origin, no inline code: it runs under the page's strict CSP. The snippet is
// written by the embed's one snippet writer (packages/embed/src/snippet.ts, built by the demo's build).
import { embedSnippet } from "./snippet.js";

const form = document.getElementById("kk-config");
const preview = document.getElementById("kk-preview");
const snippet = document.getElementById("kk-snippet");
const copy = document.getElementById("kk-copy");
const status = document.getElementById("kk-copy-status");

/** The national views: a collection, and for the position view the municipality placed (or none). */
const NATIONAL = ["position", "overview"];

/** The fields a view does not use are disabled (and so left out of the form's data). */
function enableFields() {
  const national = NATIONAL.includes(form.elements.view.value);
  for (const name of ["data", "compare"]) form.elements[name].disabled = national;
  form.elements.collection.disabled = !national;
  form.elements.focal.disabled = form.elements.view.value !== "position";
}

function attributes() {
  enableFields();
  const data = new FormData(form);
  const attrs = [];
  if (data.get("data")) attrs.push(["src", `/data/${data.get("data")}.json`]);
  if (data.get("compare")) attrs.push(["compare", `/data/${data.get("compare")}.json`]);
  if (data.get("collection")) attrs.push(["collection", `/data/${data.get("collection")}.json`]);
  if (data.get("focal")) {
    const [municipality, year] = String(data.get("focal")).split("|");
    attrs.push(["municipality", municipality], ["year", year]);
  }
  for (const name of ["view", "lang", "theme"]) attrs.push([name, String(data.get(name))]);
  if (data.get("shadow")) attrs.push(["shadow", ""]);
  return attrs;
}

function update() {
  const attrs = attributes();
  const element = document.createElement("kommunkompass-profil");
  for (const [name, value] of attrs) element.setAttribute(name, value);
  preview.replaceChildren(element);
  // The snippet names the files as they will be on the website (/kommunkompassen/), the preview as served here.
  snippet.textContent = embedSnippet(
    attrs.map(([name, value]) => [name, value.replace(/^\/data\//, "/kommunkompassen/")]),
  );
  status.textContent = "";
}

form.addEventListener("change", update);
copy.addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    status.textContent = document.documentElement.lang === "en" ? "Copied." : "Kopierat.";
  } catch {
    status.textContent =
      document.documentElement.lang === "en" ? "Select the text and copy it." : "Markera texten och kopiera den.";
  }
});
update();
