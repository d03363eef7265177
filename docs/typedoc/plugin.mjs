// A TypeDoc plugin for docs/api (loaded by docs/typedoc/typedoc.json): names each entry point's module by the
// import specifier users write (`@kommunkompassen/react/server`) instead of its folder (`react/src/server`).
import { Converter } from "typedoc";

/** The entry points' source folders, relative to packages/, and the specifiers they are published as. */
const SPECIFIERS = {
  "core/src": "@kommunkompassen/core",
  "core/src/messages": "@kommunkompassen/core/messages",
  "core/src/question-texts": "@kommunkompassen/core/question-texts",
  "core/src/municipalities": "@kommunkompassen/core/municipalities",
  "core/src/downloads": "@kommunkompassen/core/downloads",
  "import/src": "@kommunkompassen/import",
  "react/src": "@kommunkompassen/react",
  "react/src/server": "@kommunkompassen/react/server",
  "cli/src": "@kommunkompassen/cli",
};

/** Renames the modules; an entry point missing from the table fails the build, so the table stays complete. */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.children ?? []) {
      const specifier = SPECIFIERS[module.name];
      if (!specifier)
        throw new Error(`docs/typedoc/plugin.mjs: no import specifier for the entry point "${module.name}"`);
      module.name = specifier;
    }
  });
}
