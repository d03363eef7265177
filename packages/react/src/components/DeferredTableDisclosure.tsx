import { useEffect, useState } from "react";
import type { DataDisclosureProps } from "./DataDisclosure";

/** How long the browser may wait for an idle moment before a deferred table is rendered anyway, ms. */
const IDLE_TIMEOUT = 1000;

/** Runs `callback` when the browser is next idle (within {@link IDLE_TIMEOUT}); returns the cancel. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(callback, { timeout: IDLE_TIMEOUT });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 50);
  return () => clearTimeout(handle);
}

/**
 * The data table rendered when its disclosure is first opened, or once the browser is idle,
 * whichever comes first: the chart shows sooner (a position view's table has a row for every
 * mark), and the browser's find-in-page still finds what the table says a moment later. Never on
 * a server-rendered page: its HTML must have every table.
 */
export function DeferredTableDisclosure({ summary, children }: DataDisclosureProps) {
  const [shown, setShown] = useState(false);
  useEffect(() => (shown ? undefined : whenIdle(() => setShown(true))), [shown]);
  return (
    <details className="kk-chart__data" onToggle={(event) => event.currentTarget.open && setShown(true)}>
      <summary>{summary}</summary>
      {shown ? children : null}
    </details>
  );
}
