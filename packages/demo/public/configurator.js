// The embed configurator: builds the snippet a web editor pastes, with a live preview.
// Plain script, same origin, no inline code: it runs under the page's strict CSP.
const form = document.getElementById("kk-config");
const preview = document.getElementById("kk-preview");
const snippet = document.getElementById("kk-snippet");
const copy = document.getElementById("kk-copy");
const status = document.getElementById("kk-copy-status");

function attributes() {
  const data = new FormData(form);
  const attrs = [["src", `/data/${data.get("data")}.json`]];
  if (data.get("compare")) attrs.push(["compare", `/data/${data.get("compare")}.json`]);
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
  const src = attrs.find(([name]) => name === "src")?.[1];
  snippet.textContent = [
    ...(src
      ? [`<link rel="preload" href="${src.replace(/\/data\//g, "/kommunkompassen/")}" as="fetch" crossorigin>`]
      : []),
    '<link rel="stylesheet" href="/kommunkompassen/kommunkompass.css">',
    '<script type="module" src="/kommunkompassen/kommunkompass.js"></script>',
    "",
    tag.replace(/\/data\//g, "/kommunkompassen/"),
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
