// The embed's ES modules as a page loads them: esbuild splits the element's script and the modules
// loaded on demand into shared chunks, file by file; the element's script then imports some of them,
// and a page would wait for a second round of requests before it could draw the default view. This
// merges every chunk the element's script imports into the script itself (each chunk in a function
// of its own, in the order esbuild's imports give, all inside one try, as the classic script is),
// and points the modules loaded on demand at the script for what they share with it.

/** The leading import statements of an esbuild ES module output (minified), each `{ names, from }`. */
const IMPORT = /^\s*import\s*(?:\{([^}]*)\}\s*from\s*)?"([^"]+)";?/;
/** The closing export clause of an esbuild ES module output. */
const EXPORT = /export\s*\{([^}]*)\};?\s*$/;

/**
 * Splits an output into its imports, its body and its exports.
 * @param {string} code
 * @param {string} file the output's name, for the error
 */
export function parseModule(code, file) {
  const imports = [];
  let rest = code;
  for (let match = IMPORT.exec(rest); match; match = IMPORT.exec(rest)) {
    imports.push({ names: match[1] === undefined ? null : bindings(match[1]), from: match[2] });
    rest = rest.slice(match[0].length);
  }
  const exported = EXPORT.exec(rest);
  const body = exported ? rest.slice(0, exported.index) : rest;
  if (/(^|[;}\s])(import\s*[{"*]|export\s*[{*])/.test(body.replace(/"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""')))
    throw new Error(`${file}: an import or export statement esbuild was not expected to write there`);
  return { imports, body, exports: exported ? bindings(exported[1]) : [] };
}

/** `a as b, c` as `[["a", "b"], ["c", "c"]]` (the name in the module, the name outside). */
function bindings(list) {
  return list
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [inside, outside = inside] = item.split(/\s+as\s+/);
      return [inside, outside];
    });
}

/** The destructuring that stands for a named import: `const{a:b,c:c}=holder;`. */
const destructure = (names, holder) =>
  names.length === 0 ? "" : `const{${names.map(([outer, local]) => `${outer}:${local}`).join(",")}}=${holder};`;

/**
 * Merges the static chunks of `entry` into it.
 * @param {Record<string, string>} outputs every output's code by file name (one folder)
 * @param {string} entry the element's script, e.g. "kommunkompass.js"
 * @param {{ banner: string, report: string, fallback: string }} guard the text before the try, the
 *   catch clause, and the exports where the script could not run (`KK` holds what it returns)
 * @returns {Record<string, string>} the outputs that remain, rewritten
 */
export function mergeEntryChunks(outputs, entry, guard) {
  const parsed = Object.fromEntries(Object.entries(outputs).map(([file, code]) => [file, parseModule(code, file)]));
  // The chunks the entry imports, depth first: each after the chunks it imports.
  const order = [];
  const visit = (file) => {
    if (order.includes(file)) return;
    for (const { from } of parsed[file].imports) visit(from.replace(/^\.\//, ""));
    order.push(file);
  };
  visit(entry);
  order.pop();
  const holder = new Map(order.map((file, i) => [file, `kk$${i}`]));
  const importsOf = (file, at) =>
    parsed[file].imports.map(({ names, from }) => destructure(names ?? [], at(from.replace(/^\.\//, "")))).join("");
  const chunks = order.map((file) => {
    const { body, exports } = parsed[file];
    const out = exports.map(([inside, outside]) => `${outside}:${inside}`).join(",");
    return `const ${holder.get(file)}=(()=>{${importsOf(file, (f) => holder.get(f))}${body}return{${out}}})();`;
  });
  const own = parsed[entry];
  const returned = [...own.exports.map(([inside, outside]) => `${outside}:${inside}`), ...holder.values()];
  const merged =
    `${guard.banner}let KK;try{KK=(()=>{${chunks.join("")}${importsOf(entry, (f) => holder.get(f))}` +
    `${own.body}return{${returned.join(",")}}})()}${guard.report}${guard.fallback}` +
    `export const{${[...holder.values()].join(",")}}=KK||{};\n`;
  const result = { [entry]: merged };
  for (const [file, { imports, body, exports }] of Object.entries(parsed)) {
    if (file === entry || holder.has(file)) continue;
    let header = "";
    let unpack = "";
    for (const { names, from } of imports) {
      const target = from.replace(/^\.\//, "");
      if (!holder.has(target)) header += names ? `import{${list(names)}}from"${from}";` : `import"${from}";`;
      else {
        const local = `${holder.get(target)}$`;
        header += `import{${holder.get(target)} as ${local}}from"./${entry}";`;
        unpack += destructure(names ?? [], local);
      }
    }
    result[file] = header + unpack + body + (exports.length ? `export{${list(exports)}};\n` : "");
  }
  return result;
}

/** `[["a", "b"]]` as `a as b`. */
const list = (names) =>
  names.map(([inside, outside]) => (inside === outside ? inside : `${inside} as ${outside}`)).join(",");

/**
 * A module loaded on demand with the shared chunks it imports put into it (each in a function of
 * its own, in the order of its imports), so that a page loads it in one request: what it takes
 * from `keep` (the element's script, which the page has) stays an import. A chunk that several
 * modules import is then in each of them.
 * @param {Record<string, string>} outputs every output's code by file name, as mergeEntryChunks left them
 * @param {string} file the module, e.g. "kommunkompass-report.js"
 * @param {string} keep the element's script, "kommunkompass.js"
 * @returns {string} the module's code
 */
export function inlineChunks(outputs, file, keep) {
  const parsed = new Map();
  const parse = (name) => parsed.get(name) ?? parsed.set(name, parseModule(outputs[name], name)).get(name);
  const order = [];
  const visit = (name) => {
    for (const { from } of parse(name).imports) {
      const target = from.replace(/^\.\//, "");
      if (target === keep || order.includes(target)) continue;
      visit(target);
      order.push(target);
    }
  };
  visit(file);
  const holder = new Map(order.map((name, i) => [name, `kk$m${i}`]));
  /** What the module and its chunks import from `keep`, by local name (mergeEntryChunks names them alike). */
  const kept = new Map();
  const importsOf = (name) =>
    parse(name)
      .imports.map(({ names, from }) => {
        const target = from.replace(/^\.\//, "");
        if (target !== keep) return destructure(names ?? [], holder.get(target));
        for (const [inside, local] of names ?? []) {
          if (kept.has(local) && kept.get(local) !== inside) throw new Error(`${file}: ${local} imported twice`);
          kept.set(local, inside);
        }
        return "";
      })
      .join("");
  const chunks = order.map((name) => {
    const { body, exports } = parse(name);
    const out = exports.map(([inside, outside]) => `${outside}:${inside}`).join(",");
    return `const ${holder.get(name)}=(()=>{${importsOf(name)}${body}return{${out}}})();`;
  });
  const own = parse(file);
  const ownImports = importsOf(file);
  const header = kept.size
    ? `import{${list([...kept].map(([local, inside]) => [inside, local]))}}from"./${keep}";`
    : "";
  return (
    header + chunks.join("") + ownImports + own.body + (own.exports.length ? `export{${list(own.exports)}};\n` : "")
  );
}
