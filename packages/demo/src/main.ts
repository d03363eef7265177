/**
 * `pnpm start`: serves the demo on http://127.0.0.1:<port>/ until Ctrl+C. The port is PORT from
 * the environment, 4173 by default; when it is busy, the next free one.
 */
import { DEFAULT_PORT, startDemoServer } from "./server";

const requested = process.env.PORT === undefined || process.env.PORT === "" ? DEFAULT_PORT : Number(process.env.PORT);
if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
  console.error(`demo: PORT must be a port number (0–65535), not "${process.env.PORT}"`);
  process.exit(2);
}

try {
  const demo = await startDemoServer({ port: requested });
  const note = requested !== 0 && demo.port !== requested ? ` (port ${requested} was busy)` : "";
  console.log(`Kommunkompassen demo: ${demo.url}${note}`);
  console.log(`  ${demo.url}                 every published result: the overview, each model's totals`);
  console.log(`  ${demo.url}0486-2014.html   Strängnäs kommun 2014: its place within its model, its timeline`);
  console.log(`  ${demo.url}avesta-2014      Avesta kommun 2014, the full report`);
  console.log(`  ${demo.url}vasteras-2014    Västerås stad 2014 compared with 2012`);
  console.log(`  ${demo.url}en/avesta-2014   in English; add ?theme=dark for the dark theme`);
  console.log(`  ${demo.url}studio/          the import studio: a report's PDF, text or CSV to an evaluation`);
  console.log(`  ${demo.url}storybook/       Storybook`);
  console.log("Press Ctrl+C to stop.");
  const stop = () => {
    void demo.close().then(() => process.exit(0));
    // Do not wait for slow clients.
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(
    `demo: cannot listen on 127.0.0.1 from port ${requested}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
