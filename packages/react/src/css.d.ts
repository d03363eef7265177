/** The stylesheet, imported as text by the server entry (esbuild's `text` loader; Vite's `?raw` in tests). */
declare module "*.css" {
  const css: string;
  export default css;
}
