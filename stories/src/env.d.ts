/** Text files imported as strings (Vite's `?raw`): the published results the stories show. */
declare module "*.csv?raw" {
  const text: string;
  export default text;
}
