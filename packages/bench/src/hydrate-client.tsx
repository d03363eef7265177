// Browser entry (bundled by esbuild): hydrates the server-rendered report of Avesta 2014 and
// records the main-thread time from hydrateRoot to the commit (performance marks).
import { hydrateRoot } from "react-dom/client";
import type { Evaluation } from "@kommunkompassen/react";
import avesta from "../../../test/fixtures/avesta-2014.json";
import { ReportApp } from "./hydrate-app";

declare global {
  interface Window {
    __hydration?: { ms: number; recoverableErrors: string[] };
  }
}

const errors: string[] = [];
performance.mark("hydrate-start");
hydrateRoot(
  document.getElementById("root")!,
  <ReportApp
    evaluation={avesta as unknown as Evaluation}
    onDone={() => {
      performance.mark("hydrate-end");
      const ms = performance.measure("hydrate", "hydrate-start", "hydrate-end").duration;
      window.__hydration = { ms, recoverableErrors: errors };
    }}
  />,
  { onRecoverableError: (error) => errors.push(String((error as Error)?.message ?? error)) },
);
