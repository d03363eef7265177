import type { Framework, Series } from "@kommunkompassen/core";
import { formatNumber } from "@kommunkompassen/core";
import { modelLabel, type Messages } from "../i18n/messages";

/** Joins names the way each language lists them: "a, b och c" / "a, b and c". */
export function joinList(items: readonly string[], m: Messages): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(", ")} ${m.lang === "sv" ? "och" : "and"} ${last}`;
}

/** Input of {@link chartSummary}. */
export interface SummaryInput {
  /** "radar" or "bars": which opening sentence to use. */
  chart: "radar" | "bars";
  /** The series, the evaluation first. */
  series: readonly Series[];
  /** Area names by id. */
  names: ReadonlyMap<number, string>;
  /** The evaluation's framework, to flag series of another model version. */
  framework: string;
  /** Framework definitions beyond the built-in ones, to name models by their labels. */
  frameworks?: readonly Framework[];
  /** The messages. */
  messages: Messages;
}

/**
 * The generated text alternative of a chart: what it shows, the strongest and weakest areas of the
 * evaluation (all of them when tied), areas without data, and how each comparison series differs.
 */
export function chartSummary({ chart, series, names, framework, frameworks, messages: m }: SummaryInput): string {
  const [main, ...others] = series;
  if (!main) return "";
  const parts = [chart === "radar" ? m.radarIntro(main.values.length) : m.barIntro(main.values.length)];
  const known = main.values.filter((v): v is { areaId: number; value: number } => v.value !== null);
  const describe = (ids: readonly { areaId: number; value: number }[]) =>
    joinList(
      ids.map((v) => `${names.get(v.areaId) ?? v.areaId} ${formatNumber(v.value, m.lang)}`),
      m,
    );
  if (known.length > 0) {
    const high = Math.max(...known.map((v) => v.value));
    const low = Math.min(...known.map((v) => v.value));
    parts.push(m.strongest(describe(known.filter((v) => v.value === high))));
    if (known.length > 1 && low !== high) parts.push(m.weakest(describe(known.filter((v) => v.value === low))));
  }
  const missing = main.values.filter((v) => v.value === null);
  if (missing.length > 0)
    parts.push(
      m.missingAreas(
        joinList(
          missing.map((v) => names.get(v.areaId) ?? String(v.areaId)),
          m,
        ),
      ),
    );
  for (const other of others) {
    if (other.framework !== framework) {
      parts.push(m.otherFramework(other.label, modelLabel(other.framework, m, frameworks)));
      continue;
    }
    let up = 0;
    let down = 0;
    let same = 0;
    let unknown = 0;
    for (const value of main.values) {
      const theirs = other.values.find((v) => v.areaId === value.areaId)?.value ?? null;
      if (value.value === null || theirs === null) unknown++;
      else if (value.value > theirs) up++;
      else if (value.value < theirs) down++;
      else same++;
    }
    parts.push(m.comparedWith(other.label, up, down, same, unknown));
  }
  return parts.join(" ");
}
