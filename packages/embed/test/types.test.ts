/**
 * The embed's published declarations, as a TypeScript + React 19 user meets them: types-test/usage.tsx
 * (the element in JSX, `HTMLElementTagNameMap`, wrong attribute values marked @ts-expect-error)
 * must type-check against the built dist/kommunkompass.d.ts.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const embedDir = fileURLToPath(new URL("..", import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/** Runs tsc on a project; its diagnostics, or "" when it passes. */
function typecheck(project: string): string {
  try {
    execFileSync(process.execPath, [tsc, "-p", project], { cwd: embedDir, encoding: "utf8" });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe("dist/kommunkompass.d.ts", () => {
  it("types the element in React's JSX and in HTMLElementTagNameMap, and rejects wrong attribute values", () => {
    expect(typecheck("types-test/tsconfig.json")).toBe("");
  }, 60_000);
});
