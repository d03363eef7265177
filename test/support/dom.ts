/**
 * Setup for component tests that run in jsdom: testing-library cleanup and the vitest-axe
 * matcher. Import it at the top of a `// @vitest-environment jsdom` test file.
 */
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, expect } from "vitest";
import * as matchers from "vitest-axe/matchers";
import { configureAxe } from "vitest-axe";
import type { AxeCore } from "vitest-axe";

expect.extend(matchers);
afterEach(() => cleanup());

/**
 * axe-core with the WCAG 2.1 A and AA rules. `color-contrast` needs real layout and is checked
 * in the browser tests instead (jsdom computes no colours).
 */
export const axe: (html: Element | string, options?: AxeCore.RunOptions) => Promise<AxeCore.AxeResults> = configureAxe({
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
  rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
});

declare module "vitest" {
  interface Assertion<T> {
    toHaveNoViolations(): T;
  }
  interface AsymmetricMatchersContaining {
    toHaveNoViolations(): void;
  }
}
