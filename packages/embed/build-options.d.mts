import type { BuildOptions } from "esbuild";

/** The esbuild options both of the embed's builds share (see build-options.mjs). */
export function embedBuildOptions(embedDir: string): BuildOptions;
