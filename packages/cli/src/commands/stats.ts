import {
  collectionStatistics,
  compareSwedish,
  formatNumber,
  frameworkLabel,
  type CollectionStatistics,
  type EvaluationStanding,
  type Framework,
  type GroupStatistics,
  type Lang,
  type Summary,
} from "@kommunkompassen/core";
import { cliMessages, type CliMessages } from "@kommunkompassen/core/messages";
import { groupBy } from "@kommunkompassen/core/municipalities";
import { numberText, table } from "../format";
import { loadFrameworks, modelName } from "../frameworks";
import { checkTogether, expandPaths, printLocated, readInputs, type Origin } from "../inputs";
import type { Output } from "../io";
import { printable } from "../safe";

/** What a ranking is among (the model's label, the group, `--all`), for the texts. */
type StatsContext = Parameters<CliMessages["stats"]["place"]>[1];
/** A place in a ranking, for the texts. */
type StatsPlace = Parameters<CliMessages["stats"]["place"]>[0];
/** What `--group` groups by. */
export type StatsGroupKind = NonNullable<StatsContext["group"]>["kind"];

/** Options of `kompass stats`. */
export interface StatsCommandOptions {
  /** Print JSON instead of text. */
  json: boolean;
  /** Rank every evaluation, not only the latest of each municipality within a model. */
  all: boolean;
  /** Split each model's evaluations by county or SKR's municipality group. */
  group?: string;
  /** `--frameworks`: files of framework definitions. */
  frameworks?: readonly string[];
  /** The language of the text (and of the labels in JSON). */
  lang: Lang;
}

/** One evaluation in `kompass stats --json`: core's standing, with its model's label, where it comes from, and why it is not ranked in words. */
export type StatsJsonEvaluation = EvaluationStanding & {
  /** The model's label in the `--lang` language. */
  frameworkLabel: string;
  /** The input file it comes from, and its pointer there (`""` for an evaluation file). */
  file: string;
  pointer: string;
  /** Why it is not ranked, in words (with `reason`). */
  reasonText?: string;
};

/** The shape of `kompass stats --json`: `groups` and `evaluations` as in issue 14, and the options used. */
export interface StatsJson {
  groups: GroupStatistics[];
  evaluations: StatsJsonEvaluation[];
  /** Whether every evaluation is ranked (`--all`), or the latest of each municipality within a model. */
  all: boolean;
  /** The grouping (`--group`), or `null`. */
  groupBy: StatsGroupKind | null;
}

const GROUP_KINDS: readonly StatsGroupKind[] = ["county", "kommungrupp", "kommungrupp2017"];

function usage(io: Output, message: string): number {
  io.err(printable(`kompass: ${message}`));
  io.err("Run 'kompass --help' for usage.");
  return 2;
}

/** The place of one value among the ranked ones, and whether another shares it. */
function placeOf(position: { position: number; of: number }, tiedAt: ReadonlySet<number>): StatsPlace {
  return { position: position.position, of: position.of, tied: tiedAt.has(position.position) };
}

/** The positions shared by more than one evaluation, per group key and measure ("total", area id). */
function ties(standings: readonly EvaluationStanding[]): Map<string, Set<number>> {
  const counts = new Map<string, number>();
  const key = (s: EvaluationStanding, measure: string, position: number) =>
    `${s.framework}\u0000${s.group?.key ?? ""}\u0000${measure}\u0000${position}`;
  for (const s of standings) {
    if (!s.rank) continue;
    const places = [
      ...(s.rank.total ? [["total", s.rank.total.position] as const] : []),
      ...s.rank.areas.map((a) => [String(a.id), a.position] as const),
    ];
    for (const [measure, position] of places) {
      const k = key(s, measure, position);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const shared = new Map<string, Set<number>>();
  for (const [k, n] of counts) {
    if (n < 2) continue;
    const parts = k.split("\u0000");
    const measureKey = parts.slice(0, 3).join("\u0000");
    const set = shared.get(measureKey) ?? new Set<number>();
    set.add(Number(parts[3]));
    shared.set(measureKey, set);
  }
  return shared;
}

const laterYears = new WeakMap<readonly EvaluationStanding[], Map<string, number>>();
const sameSeries = (s: EvaluationStanding) =>
  `${s.framework}\u0000${s.group?.key ?? ""}\u0000${s.code ?? s.municipality}`;

/** The year of the municipality's ranked evaluation with the same model (and group), for an older one. */
function laterYear(standing: EvaluationStanding, standings: readonly EvaluationStanding[]): number | undefined {
  let years = laterYears.get(standings);
  if (!years) {
    years = new Map();
    for (const s of standings) if (s.rank) years.set(sameSeries(s), s.year);
    laterYears.set(standings, years);
  }
  const year = years.get(sameSeries(standing));
  return year !== undefined && year > standing.year ? year : undefined;
}

interface Settings {
  lang: Lang;
  all: boolean;
  groupKind?: StatsGroupKind;
  frameworks: readonly Framework[];
}

/** Why an evaluation is not ranked, in words. */
function reasonText(standing: EvaluationStanding, standings: readonly EvaluationStanding[], settings: Settings) {
  if (!standing.reason) return undefined;
  const later = standing.reason === "older-evaluation" ? laterYear(standing, standings) : undefined;
  return cliMessages[settings.lang].stats.unranked(standing.reason, {
    ...(later !== undefined ? { laterYear: later } : {}),
    ...(settings.groupKind ? { groupKind: settings.groupKind } : {}),
  });
}

/** The groups model by model (in the order the models first appear), each model's groups by key (county code, kommungrupp). */
function byModel(groups: readonly GroupStatistics[]): GroupStatistics[] {
  const order = [...new Set(groups.map((g) => g.framework))];
  return [...groups].sort(
    (a, b) =>
      order.indexOf(a.framework) - order.indexOf(b.framework) ||
      (a.group?.key ?? "").localeCompare(b.group?.key ?? "", "en"),
  );
}

/** The statistics as `--json` gives them: labels in the language, each evaluation with its origin. */
function toJson(stats: CollectionStatistics, origins: readonly Origin[], settings: Settings): StatsJson {
  const label = (id: string) => frameworkLabel(id, settings.lang, settings.frameworks);
  return {
    groups: byModel(stats.groups).map((g) => ({ ...g, label: label(g.framework) })),
    evaluations: stats.evaluations.map((s, i) => {
      const text = reasonText(s, stats.evaluations, settings);
      return {
        ...s,
        frameworkLabel: label(s.framework),
        file: origins[i]!.file,
        pointer: origins[i]!.pointer,
        ...(text !== undefined ? { reasonText: text } : {}),
      };
    }),
    all: settings.all,
    groupBy: settings.groupKind ?? null,
  };
}

const one = (value: number | null, lang: Lang) => (value === null ? "–" : formatNumber(value, lang, 1));

/** One row of the summary table. */
const summaryRow = (label: string, s: Summary, lang: Lang) => [
  label,
  numberText(s.n, lang),
  ...[s.mean, s.median, s.q1, s.q3, s.min, s.max].map((v) => one(v, lang)),
];

/** Where one evaluation stands, in words: its total's place, then its areas'. */
function standingText(s: EvaluationStanding, context: StatsContext, shared: Map<string, Set<number>>, lang: Lang) {
  const t = cliMessages[lang].stats;
  const at = (measure: string) => shared.get(`${s.framework}\u0000${s.group?.key ?? ""}\u0000${measure}`) ?? new Set();
  const total = s.rank!.total ? t.place(placeOf(s.rank!.total, at("total")), context) : t.totalUnknown;
  // A place among one (the only known score) says nothing; --json has it.
  const areas = s.rank!.areas.filter((a) => a.of > 1).map((a) => t.areaPlace(a.id, placeOf(a, at(String(a.id)))));
  return [total, ...areas].join("; ");
}

/** The text of one model (within one group): its heading, summary table, and where each evaluation stands. */
function printGroup(
  group: GroupStatistics,
  stats: CollectionStatistics,
  shared: Map<string, Set<number>>,
  settings: Settings,
  io: Output,
): void {
  const { lang } = settings;
  const t = cliMessages[lang];
  const model = modelName(group.framework, lang, settings.frameworks);
  const context: StatsContext = {
    model,
    all: settings.all,
    ...(group.group && settings.groupKind ? { group: { kind: settings.groupKind, label: group.group.label } } : {}),
  };
  io.out(printable(t.stats.heading(context, group.n)));
  const known = group.areas.filter((a) => a.n > 0);
  const unknown = group.areas.filter((a) => a.n === 0).map((a) => a.id);
  const rows = [
    ["", ...t.stats.columns],
    summaryRow(t.total, group.total, lang),
    ...known.map((a) => summaryRow(t.stats.areaRow(a.id), a, lang)),
  ];
  io.out(table(rows, [1, 2, 3, 4, 5, 6, 7]));
  if (unknown.length > 0) io.out(t.stats.noKnownScores(unknown, known.length === 0));
  const members = stats.evaluations.filter(
    (s) => s.framework === group.framework && s.group?.key === group.group?.key && s.reason !== "no-group",
  );
  const ranked = members
    .filter((s) => s.rank)
    .sort(
      (a, b) =>
        (a.rank!.total?.position ?? Infinity) - (b.rank!.total?.position ?? Infinity) ||
        compareSwedish(a.municipality, b.municipality) ||
        a.year - b.year,
    );
  const older = members.filter((s) => !s.rank);
  const lines = [
    ...ranked.map((s) => [
      `${s.municipality} ${s.year}`,
      numberText(s.total, lang),
      standingText(s, context, shared, lang),
    ]),
    ...older.map((s) => [
      `${s.municipality} ${s.year}`,
      numberText(s.total, lang),
      reasonText(s, stats.evaluations, settings) ?? "",
    ]),
  ];
  io.out("");
  io.out(
    table(
      lines.map((l) => ["", ...l]),
      [2],
    ),
  );
  io.out("");
}

/** Evaluations that are in no model's statistics (model not stated, no group), under their own headings. */
function printUnranked(stats: CollectionStatistics, settings: Settings, io: Output): void {
  const { lang } = settings;
  const t = cliMessages[lang].stats;
  const line = (s: EvaluationStanding) => [
    "",
    `${s.municipality} ${s.year}`,
    numberText(s.total, lang),
    reasonText(s, stats.evaluations, settings) ?? "",
  ];
  const notStated = stats.evaluations.filter((s) => s.reason === "model-not-stated");
  for (const id of [...new Set(notStated.map((s) => s.framework))]) {
    const these = notStated.filter((s) => s.framework === id);
    io.out(printable(t.notStatedHeading(modelName(id, lang, settings.frameworks), these.length)));
    io.out(table(these.map(line), [2]));
    io.out("");
  }
  const noGroup = stats.evaluations.filter((s) => s.reason === "no-group");
  if (noGroup.length > 0 && settings.groupKind) {
    io.out(t.noGroupHeading(settings.groupKind, noGroup.length));
    io.out(
      table(
        noGroup.map((s) => [
          ...line(s).slice(0, 3),
          `${modelName(s.framework, lang, settings.frameworks)}: ${line(s)[3]}`,
        ]),
        [2],
      ),
    );
    io.out("");
  }
}

function printText(stats: CollectionStatistics, settings: Settings, io: Output): void {
  const t = cliMessages[settings.lang].stats;
  if (stats.evaluations.length === 0) {
    io.out(t.noEvaluations);
    return;
  }
  const shared = ties(stats.evaluations);
  for (const group of byModel(stats.groups)) printGroup(group, stats, shared, settings, io);
  printUnranked(stats, settings, io);
  if (stats.groups.length > 0) io.out(t.legend);
}

/**
 * `kompass stats PATH… [--json] [--all] [--group county|kommungrupp] [--frameworks DEFS.json]
 * [--lang sv|en]`: per model, never across models, n, mean, median, quartiles, min and max of the
 * total and each area, and where each evaluation stands. PATH: collection files, evaluation files
 * or folders. Invalid inputs (and the same municipality and year twice) exit 1, unreadable ones 2.
 */
export function statsCommand(paths: readonly string[], options: StatsCommandOptions, io: Output): number {
  const { lang } = options;
  if (paths.length === 0)
    return usage(io, "stats needs at least one PATH (collection or evaluation files, or folders)");
  if (options.group !== undefined && !GROUP_KINDS.includes(options.group as StatsGroupKind))
    return usage(io, `--group must be county, kommungrupp or kommungrupp2017, not "${options.group}"`);
  const groupKind = options.group as StatsGroupKind | undefined;
  const defined = loadFrameworks(options.frameworks, io, lang);
  if (!("frameworks" in defined)) return defined.exitCode;
  const listed = expandPaths(paths, io, lang);
  if (!("files" in listed)) return listed.exitCode;
  const read = readInputs(listed.files, defined.frameworks, io, lang, true);
  if (!("assembled" in read)) return read.exitCode;
  const { assembled } = read;
  // One collection was checked as a whole when it was read; several inputs are checked together.
  const single = listed.files.length === 1 && assembled.origins[0]?.pointer !== "";
  const together = single ? { errors: [], warnings: [] } : checkTogether(assembled, defined.frameworks, lang);
  printLocated(together.errors, io);
  printLocated([...assembled.warnings, ...together.warnings], io);
  if (together.errors.length > 0) return 1;
  const frameworks = [...assembled.frameworks, ...defined.frameworks];
  const stats = collectionStatistics(assembled.evaluations, {
    all: options.all,
    frameworks,
    ...(groupKind ? { group: groupBy(groupKind) } : {}),
  });
  const settings: Settings = { lang, all: options.all, frameworks, ...(groupKind ? { groupKind } : {}) };
  if (options.json) io.out(JSON.stringify(toJson(stats, assembled.origins, settings), null, 2));
  else printText(stats, settings, io);
  return 0;
}
