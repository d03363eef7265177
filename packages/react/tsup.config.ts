import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2020",
  treeshake: true,
  // The core is a dependency, not bundled: apps that use both get one copy.
  external: ["react", "react/jsx-runtime", "@kommunkompassen/core", "@visx/shape"],
});
