import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Evaluation } from "@kommunkompassen/core";

/** The repository root, with a trailing slash. (No `new URL()` here: jsdom replaces the global URL.) */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..") + "/";

/**
 * The names of the bundled fixtures in test/fixtures/. Those named `example-*` are made up for tests
 * (each says so in its `notes`); the others carry the figures as published, with their source.
 */
export type FixtureName =
  | "avesta-2014"
  | "vasteras-2012"
  | "vasteras-2014"
  | "strangnas-2014"
  | "strangnas-2016"
  | "tomelilla-2020"
  | "tomelilla-2023"
  | "angelholm-2016"
  | "example-2020"
  | "example-original-2006";

/** Absolute path of a fixture file. */
export function fixturePath(name: FixtureName): string {
  return `${repoRoot}test/fixtures/${name}.json`;
}

/** A fresh, mutable copy of a fixture, read from disk. */
export function loadFixture(name: FixtureName): Evaluation {
  return JSON.parse(readFileSync(fixturePath(name), "utf8")) as Evaluation;
}
