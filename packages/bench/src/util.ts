// Shared helpers: paths, fixtures, statistics, and the way parts hand their results back.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Evaluation } from "@kommunkompassen/core";

/** The repository root, with a trailing slash (dist/*.js live in packages/bench/dist/). */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** packages/bench/, with a trailing slash. */
export const BENCH = fileURLToPath(new URL("../", import.meta.url));

export type FixtureName = "avesta-2014" | "vasteras-2012" | "vasteras-2014";

export function fixtureText(name: FixtureName): string {
  return readFileSync(`${ROOT}test/fixtures/${name}.json`, "utf8");
}

export function fixture(name: FixtureName): Evaluation {
  return JSON.parse(fixtureText(name)) as Evaluation;
}

/** The quantile q (0..1) of the values, linearly interpolated. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Median, p10, p90, min, max and the number of runs. */
export interface Stats {
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
  runs: number;
}

export function stats(values: readonly number[]): Stats {
  return {
    median: median(values),
    p10: quantile(values, 0.1),
    p90: quantile(values, 0.9),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
  };
}

/** A part prints its result as the last line of stdout, prefixed so that logs cannot be mistaken for it. */
export const RESULT_PREFIX = "@@bench-result ";

export function emit(result: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

/**
 * Runs a part's built file (`script`, a path) in its own Node process (NODE_ENV=production, `env`
 * added) and resolves with the result it {@link emit}s; rejects when it fails or emits none.
 */
export function runEmitting<T>(script: string, env: Record<string, string> = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) return reject(new Error(`${script} failed (exit ${code})`));
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as T);
    });
  });
}

/** Progress on stderr (stdout carries the result). */
export function log(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

/** The version of an installed package, read from its package.json next to the resolved entry (exports may hide it). */
export function installedVersion(name: string): string {
  let dir = `${BENCH}node_modules/${name}/`;
  try {
    return (JSON.parse(readFileSync(`${dir}package.json`, "utf8")) as { version: string }).version;
  } catch {
    dir = `${ROOT}node_modules/${name}/`;
    try {
      return (JSON.parse(readFileSync(`${dir}package.json`, "utf8")) as { version: string }).version;
    } catch {
      return "?";
    }
  }
}
