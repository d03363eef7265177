/**
 * The national views of `<kommunkompass-profil>` (`view="position"`, `view="overview"`), built into
 * `kommunkompass-national.js`, which the element imports from beside its own script only when one
 * of these views is asked for (src/on-demand.ts): the element's script does not carry the
 * collection's validation, the overview table, the strips or the municipality registry.
 *
 * The element loads the data (same origin, the same timeout and size limit as `src`); this checks it
 * (the collection with the core's `validateCollection`), finds the focal evaluation and renders with
 * this module's import of the renderer (so the element unmounts what this rendered through
 * {@link unmount}).
 */
import { render as draw } from "preact";
import { findMunicipality, foldMunicipalityName, municipalityOf } from "@kommunkompassen/core/municipalities";
import {
  collectionStatistics,
  DataDisclosure,
  DeferredTableDisclosure,
  formatIssue,
  OverviewTable,
  PositionStrip,
  rememberValidations,
  validateCollection,
  validateEvaluation,
  validateFrameworks,
  type Evaluation,
  type Framework,
  type Issue,
  type Lang,
  type Theme,
} from "@kommunkompassen/react/internal";
import type { EmbedFailureReason } from "@kommunkompassen/core/messages";
// The national views' sentences from the catalogue's source: @kommunkompassen/core/messages does not export them.
import type { EmbedNationalFailureReason } from "../../../core/src/messages/embed";
import { embedNationalMessages } from "../../../core/src/messages/embed-national";
import type { NationalView } from "../attributes";
import type { LoadResult } from "../load";

/** What the view is rendered from, once checked. */
export interface NationalProps {
  view: NationalView;
  evaluations: readonly Evaluation[];
  focal: Evaluation | undefined;
  frameworks: readonly Framework[] | undefined;
  lang: Lang;
  theme: Theme;
  /** The overview's download menu (the rows shown and every evaluation, as CSV and JSON), unless `downloads="off"`. */
  downloads: boolean;
}

/** A failure for the element to show, as its own are; with its sentence where the element has none. */
export interface NationalFailure {
  reason: EmbedFailureReason;
  detail?: string;
  log?: unknown;
  words?: Readonly<Record<Lang, (detail: string) => string>>;
}

/** A failure only this script finds, with its sentence in each language (the element's script does not carry them). */
function nationalFailure(reason: EmbedNationalFailureReason, detail: string, log: unknown): NationalFailure {
  return { reason, detail, log, words: { sv: embedNationalMessages.sv[reason], en: embedNationalMessages.en[reason] } };
}

/** How many issues of an invalid collection the message lists (the console gets them all). */
const SHOWN_ISSUES = 3;

/** A municipality's identity in a collection: its code where given, else its folded name. */
const keyOf = (e: Evaluation) => e.municipality.code?.trim() || `name:${foldMunicipalityName(e.municipality.name)}`;

/**
 * The evaluation of `municipality` in `year`, or its latest: the municipality by its SCB code or by
 * its name as the registry knows it ("Orebro" is Örebro, "Lidköping" is "Lidköpings kommun"), else
 * (a name the registry does not know) by the name folded the same way. A failure when there is none,
 * or when the name fits several municipalities of the collection.
 */
function findFocal(
  evaluations: readonly Evaluation[],
  municipality: string,
  year: string | null,
): Evaluation | NationalFailure {
  const wanted = municipality.trim();
  const record = findMunicipality(wanted);
  // The genitive of the long form ("Lidköpings kommun") folds with an "s" the short one does not have.
  const fold = (name: string) => foldMunicipalityName(name).replace(/s$/, "");
  const same = (e: Evaluation) =>
    record
      ? (e.municipality.code?.trim() || municipalityOf(e.municipality)?.code) === record.code
      : e.municipality.code?.trim() === wanted || fold(e.municipality.name) === fold(wanted);
  const found = evaluations.filter(same);
  const detail = year === null ? wanted : `${wanted} ${year}`;
  if (new Set(found.map(keyOf)).size > 1) {
    const names = found.map((e) => `${e.municipality.name} (${e.municipality.code ?? "no code"})`);
    return nationalFailure("not-in-collection", detail, `"${wanted}" fits ${names.join(", ")}: give the SCB code`);
  }
  const inYear = year === null ? found : found.filter((e) => String(e.year) === year.trim());
  const latest = inYear.reduce<Evaluation | undefined>((a, e) => (a && a.year >= e.year ? a : e), undefined);
  return (
    latest ?? nationalFailure("not-in-collection", detail, `no evaluation of "${wanted}"${year ? ` in ${year}` : ""}`)
  );
}

/** A load's failure as the element words it (as its own loads' failures). */
function loadFailure(result: LoadResult): NationalFailure | undefined {
  if (result.ok) return undefined;
  return { reason: result.reason, detail: result.reason === "http" ? String(result.status) : "", log: result };
}

/** The first issues of a file, each with its pointer, for the message; all of them for the console. */
function invalid(reason: EmbedFailureReason, errors: readonly Issue[], prefix = ""): NationalFailure {
  const issues = errors.map(formatIssue);
  const more = issues.length > SHOWN_ISSUES ? ` (+${issues.length - SHOWN_ISSUES})` : "";
  return { reason, detail: prefix + issues.slice(0, SHOWN_ISSUES).join("; ") + more, log: issues };
}

/**
 * Checks what the element loaded for a national view (the `src` evaluation, the `frameworks` file
 * and the `collection`, in that order) as the element checks its own: the props to render, or the
 * failure to show. The collection is checked by the core's `validateCollection` (every problem
 * with its pointer, `/evaluations/17/areas/3/score`); the position view's focal evaluation is the
 * `src` one, else that of the `municipality` and `year` attributes in the collection.
 */
export function prepareNational(
  view: NationalView,
  [main, definitions, collection]: readonly (LoadResult | undefined)[],
  attribute: (name: "municipality" | "year" | "downloads") => string | null,
  lang: Lang,
  theme: Theme,
): NationalProps | NationalFailure {
  if (!collection) return nationalFailure("needs-collection", view, `view="${view}" without collection`);
  for (const result of [collection, main, definitions]) {
    const failure = result && loadFailure(result);
    if (failure) return failure;
  }
  const read = definitions?.ok ? validateFrameworks(definitions.data) : undefined;
  if (read && !read.valid) return invalid("frameworks", read.errors);
  const frameworks = read?.frameworks;
  const own = main?.ok ? validateEvaluation(main.data, frameworks ? { frameworks } : {}) : undefined;
  if (own && !own.valid) return { ...invalid("invalid-evaluation", own.errors.slice(0, 1)), log: own.errors };
  const checked = validateCollection(collection.ok && collection.data, frameworks ? { frameworks } : {});
  if (!checked.valid) {
    const failure = invalid("invalid-collection", checked.errors);
    return nationalFailure("invalid-collection", failure.detail!, failure.log);
  }
  const evaluations = checked.collection.evaluations;
  let focal = own?.evaluation;
  const municipality = attribute("municipality");
  if (!focal && view === "position" && municipality) {
    const found = findFocal(evaluations, municipality, attribute("year"));
    if ("reason" in found) return found;
    focal = found;
  }
  // No definitions beyond the built-in ones: none passed on, and the collection's validation of each
  // evaluation handed on, so that the components validate none again (they do not cache a
  // validation against definitions of one's own).
  const extra = checked.frameworks.length > 0 ? checked.frameworks : undefined;
  if (!extra) rememberValidations(evaluations, checked.results);
  return { view, evaluations, focal, frameworks: extra, lang, theme, downloads: attribute("downloads") !== "off" };
}

/** The strips' layout for the element's width: the one the stylesheet would show (the narrow one in 30rem and less). */
type StripLayout = "wide" | "narrow";

/** The position of the focal evaluation, or without one the distribution of the totals of each model. */
function Position({ evaluations, focal, frameworks, lang, theme, layout }: NationalProps & { layout: StripLayout }) {
  const common = { evaluations, lang, theme, layout, ...(frameworks ? { frameworks } : {}) };
  if (focal) return <PositionStrip evaluation={focal} {...common} />;
  const models = collectionStatistics(evaluations, { frameworks }).groups.filter((g) => g.n > 0);
  return (
    <>
      {models.map((group) => (
        <PositionStrip key={group.framework} framework={group.framework} areas={false} {...common} />
      ))}
    </>
  );
}

/** The view itself. */
function NationalViewOf(props: NationalProps & { layout: StripLayout }) {
  if (props.view === "position") return <Position {...props} />;
  const { evaluations, frameworks, lang, theme, downloads } = props;
  return (
    <OverviewTable
      evaluations={evaluations}
      lang={lang}
      theme={theme}
      downloads={downloads}
      {...(frameworks ? { frameworks } : {})}
    />
  );
}

/**
 * The layout the components' container query would pick for `container`'s width (styles.css: the
 * narrow variant at 30rem and less): the element draws only that one, not both for the stylesheet
 * to choose from (a position view of 300 evaluations was ready about 15 ms sooner in Chromium).
 */
function layoutFor(container: HTMLElement): StripLayout {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return container.clientWidth > 30 * rem ? "wide" : "narrow";
}

/** Each container's observer of its width, which draws the other layout when the width crosses 30rem. */
const observers = new WeakMap<HTMLElement, ResizeObserver>();

/** Renders (or updates) the view in `container`, in the layout of its width, and again whenever that changes. */
export function render(container: HTMLElement, props: NationalProps): void {
  let layout = layoutFor(container);
  // Nothing here is hydrated: the strips' data tables (a row for every mark) wait until opened or idle.
  const paint = () =>
    draw(
      <DataDisclosure.Provider value={DeferredTableDisclosure}>
        <NationalViewOf {...props} layout={layout} />
      </DataDisclosure.Provider>,
      container,
    );
  paint();
  observers.get(container)?.disconnect();
  if (typeof ResizeObserver !== "function") return;
  const observer = new ResizeObserver(() => {
    const now = layoutFor(container);
    if (now === layout) return;
    layout = now;
    paint();
  });
  observer.observe(container);
  observers.set(container, observer);
}

/** Removes what {@link render} rendered, and stops following the container's width. */
export function unmount(container: HTMLElement): void {
  observers.get(container)?.disconnect();
  observers.delete(container);
  draw(null, container);
}
