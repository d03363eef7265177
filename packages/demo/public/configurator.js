// The embed configurator: builds the snippet a web editor pastes, with a live preview.
// Plain script, same origin, no inline code: it runs under the page's strict CSP.
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
  const tag = `<kommunkompass-profil ${attrs.map(([n, v]) => (v === "" ? n : `${n}="${v}"`)).join(" ")}></kommunkompass-profil>`;
  const site = (url) => url.replace(/\/data\//g, "/kommunkompassen/");
  // The data preloaded (the collection for a national view), and the national views' script too.
  const data = attrs.find(([name]) => name === "collection" || name === "src")?.[1];
  const national = attrs.some(([name]) => name === "collection");
  snippet.textContent = [
    ...(data ? [`<link rel="preload" href="${site(data)}" as="fetch" crossorigin>`] : []),
    ...(national ? ['<link rel="modulepreload" href="/kommunkompassen/kommunkompass-national.js">'] : []),
    '<link rel="stylesheet" href="/kommunkompassen/kommunkompass.css">',
    '<script type="module" src="/kommunkompassen/kommunkompass.js"></script>',
    "",
    site(tag),
  ].join("\n");
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
