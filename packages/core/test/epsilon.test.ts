import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EPSILON, exceeds, same } from "../src";
import { repoRoot } from "../../../test/support/fixtures";

/** Every TypeScript source file of the shipped packages. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "dist" ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("one floating-point tolerance", () => {
  it("no shipped source writes its own tolerance; rules.ts defines EPSILON once", () => {
    const packages = join(repoRoot, "packages");
    const files = readdirSync(packages).flatMap((name) => {
      try {
        return sources(join(packages, name, "src"));
      } catch {
        return [];
      }
    });
    expect(files.length).toBeGreaterThan(20);
    const tolerance = /\b\d+(\.\d+)?e-\d+\b|Number\.EPSILON|\b0\.0000*1\b/;
    const offenders = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => [file.slice(packages.length + 1), i + 1, line.trim()] as const)
        .filter(([, , line]) => tolerance.test(line) && !line.startsWith("*") && !line.startsWith("//")),
    );
    expect(offenders).toEqual([["core/src/validate/rules.ts", expect.any(Number), "export const EPSILON = 1e-9;"]]);
  });

  it("same and exceeds use it", () => {
    expect(same(0.1 + 0.2, 0.3)).toBe(true);
    expect(same(1, 1 + 2 * EPSILON)).toBe(false);
    expect(exceeds(25 + EPSILON / 2, 25)).toBe(false);
    expect(exceeds(25.001, 25)).toBe(true);
  });
});
