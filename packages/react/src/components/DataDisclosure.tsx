import { createContext, type ComponentType, type ReactNode } from "react";

/** Props of a chart's data-table disclosure. */
export interface DataDisclosureProps {
  /** The disclosure's label ("Visa tabell"). */
  summary: ReactNode;
  /** The data table. */
  children: ReactNode;
}

/** The data table in a `<details>`, rendered with the chart (what a server's HTML needs). */
function TableDisclosure({ summary, children }: DataDisclosureProps) {
  return (
    <details className="kk-chart__data">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

/**
 * The disclosure the charts put their data tables in: {@link TableDisclosure} unless a page
 * rendered in the browser alone, where nothing is hydrated (the embed), provides
 * `DeferredTableDisclosure` (./DeferredTableDisclosure.tsx, a file of its own so that a bundle of
 * the plain one does not carry it).
 */
export const DataDisclosure = /* @__PURE__ */ createContext<ComponentType<DataDisclosureProps>>(TableDisclosure);
