"use client";
/**
 * The components that hold state (the charts' keyboard navigation and tooltip): a client boundary
 * for React Server Components. Everything else in `@kommunkompassen/react` renders without state
 * and can be imported from a Server Component, where these two are rendered as client components.
 *
 * @module
 */
export { RadarProfile, type RadarProfileProps } from "./components/RadarProfile";
export { AreaBarChart, type AreaBarChartProps } from "./components/AreaBarChart";
