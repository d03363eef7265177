/** A module's imports, body and exports (see merge.mjs). */
export interface ParsedModule {
  imports: { names: [inside: string, outside: string][] | null; from: string }[];
  body: string;
  exports: [inside: string, outside: string][];
}

/** Splits an esbuild ES module output into its imports, its body and its exports (see merge.mjs). */
export function parseModule(code: string, file: string): ParsedModule;

/** Merges the chunks the entry imports into it (see merge.mjs). */
export function mergeEntryChunks(
  outputs: Record<string, string>,
  entry: string,
  guard: { banner: string; report: string; fallback: string },
): Record<string, string>;

/** A module with the shared chunks it imports put into it; what it takes from `keep` stays an import (see merge.mjs). */
export function inlineChunks(outputs: Record<string, string>, file: string, keep: string): string;
