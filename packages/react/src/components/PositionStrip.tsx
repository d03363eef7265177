import { forwardRef, useMemo } from "react";
import {
  areasKnown,
  formatNumber,
  type Evaluation,
  type EvaluationInput,
  type Framework,
  type Lang,
} from "@kommunkompassen/core";
import { stripLayout, type StripLayout } from "../geometry/strip";
import { estimateTextWidth, wrapText, type Box } from "../geometry/text";
import { useValidatedInputs, type Validated } from "../hooks/useValidated";
import { usePointNavigation } from "../hooks/usePointNavigation";
import { resolveNationalMessages, type Messages, type NationalMessages } from "../i18n/messages";
import { collectionModel, type CollectionEntry } from "../national/model";
import {
  findFocal,
  focalName,
  placeSentence,
  positionModel,
  type PositionMeasure,
  type PositionModel,
} from "../national/position";
import { markerPath } from "../series/styles";
import { AreaCells, AreaHeaders, InlineAreas, ValueText } from "./AreaCells";
import { ChartFigure, PlotVariants, type ChartRootProps, type PlotIds } from "./ChartFigure";
import { LegendSwatch } from "./Legend";
import { ErrorNotice } from "./ErrorNotice";
import { useLinkedFocus, type LinkedFocusProps } from "./LinkedViews";
import { SvgTooltip } from "./Tooltip";
import { joinList } from "../summary/summary";

/** Props of {@link PositionStrip}. */
export interface PositionStripProps extends LinkedFocusProps, ChartRootProps {
  /** The evaluation whose place is shown; without it, the strip shows the distribution of `framework`. */
  evaluation?: EvaluationInput;
  /** The collection it is placed among: only the evaluations of its model are drawn and ranked. */
  evaluations: readonly EvaluationInput[];
  /** The model of a distribution without a focal evaluation (the focal evaluation's model otherwise). */
  framework?: string;
  /** Show a strip for each area as well as for the total. Defaults to true. */
  areas?: boolean;
  /** Rank every evaluation, not only the latest of each municipality within the model. */
  all?: boolean;
  /** `wide` or `narrow` only, or `auto` (default): both, and CSS picks by the container's width. */
  layout?: "auto" | "wide" | "narrow";
  /** Show the generated summary as visible text (it is always the chart's description). */
  showSummary?: boolean;
  /** Language of all text; defaults to Swedish. */
  lang?: Lang;
  /** Overrides of any built-in string. */
  messages?: Partial<NationalMessages>;
  /** Framework definitions beyond the built-in ones (they replace a built-in one of the same id). */
  frameworks?: readonly Framework[];
}

const WIDE = { width: 600, fontSize: 13 };
const NARROW = { width: 320, fontSize: 14 };
const FOCAL_SIZE = 15;

/** The strips of one layout, stacked. */
interface StripsLayout {
  viewBox: Box;
  strips: StripLayout[];
}

/** A short name for the focal mark's label: the municipality without "kommun" or "stad". */
function shortName(evaluation: Evaluation): string {
  return evaluation.municipality.name.replace(/\s+(kommun|stad|municipality)$/i, "");
}

function stripsLayout(model: PositionModel, width: number, fontSize: number, m: NationalMessages): StripsLayout {
  let top = 4;
  // The focal evaluation is its own mark, not one of the dots.
  const others = model.population.map((entry) => entry !== model.focal);
  const strips = model.measures.map((measure) => {
    const value = measure.focal;
    const strip = stripLayout({
      label: measure.name,
      values: measure.values.filter((_, i) => others[i]),
      focal: value,
      focalLabel: focalLabelText(model, measure, m, width),
      max: measure.max,
      median: measure.summary.median,
      q1: measure.summary.q1,
      q3: measure.summary.q3,
      width,
      top,
      fontSize,
    });
    top = strip.box.y + strip.box.height + 14;
    return strip;
  });
  return { viewBox: { x: 0, y: 0, width, height: Math.ceil(top) }, strips };
}

/** The label of the focal mark: the short name and the value, or the value alone where the name does not fit. */
function focalLabelText(model: PositionModel, measure: PositionMeasure, m: NationalMessages, width: number): string {
  const focal = model.focal?.evaluation;
  if (!focal || measure.focal === null) return "";
  const value = formatNumber(measure.focal, m.lang);
  const label = `${shortName(focal)} ${value}`;
  return estimateTextWidth(label, width < 400 ? NARROW.fontSize : WIDE.fontSize) > width * 0.6 ? value : label;
}

function Strip({
  strip,
  measure,
  messages: m,
}: {
  strip: StripLayout;
  measure: PositionMeasure;
  messages: NationalMessages;
}) {
  const { band, median, focal } = strip;
  const stackBottom = strip.axisY;
  return (
    <g className="kk-strip">
      <text className="kk-axis-label kk-strip__label" x={strip.label.x} y={strip.label.y} aria-hidden="true">
        {strip.label.lines.map((line, i) => (
          <tspan key={i} x={strip.label.x} dy={i === 0 ? 0 : strip.label.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
      {band ? (
        <rect
          className="kk-strip__band"
          x={band.x0}
          y={strip.stackTop}
          width={Math.max(band.x1 - band.x0, 1)}
          height={stackBottom - strip.stackTop}
        />
      ) : null}
      <line className="kk-strip__axis" x1={strip.x(0)} x2={strip.x(measure.max)} y1={strip.axisY} y2={strip.axisY} />
      <g className="kk-strip__ticks" aria-hidden="true">
        {strip.ticks.map((t) => (
          <g key={t.value}>
            <line className="kk-strip__tick" x1={t.x} x2={t.x} y1={strip.axisY} y2={strip.axisY + 4} />
            <text className="kk-axis-tick" x={t.x} y={strip.axisY + 16} textAnchor="middle">
              {formatNumber(t.value, m.lang)}
            </text>
          </g>
        ))}
      </g>
      <g className="kk-series kk-series--average">
        <path className="kk-series__marker kk-strip__marks" d={strip.marksPath} />
      </g>
      {median !== null ? (
        <line className="kk-strip__median" x1={median} x2={median} y1={strip.stackTop - 2} y2={stackBottom} />
      ) : null}
      {focal ? (
        <g className="kk-series kk-series--evaluation kk-strip__focal">
          <line className="kk-strip__leader" x1={focal.x} x2={focal.x} y1={strip.stackTop - 3} y2={focal.y - 4} />
          <path className="kk-series__marker" d={markerPath("diamond", focal.x, focal.y, FOCAL_SIZE)} />
          <text className="kk-strip__focal-label" x={focal.label.x} y={focal.label.y} textAnchor={focal.label.anchor}>
            {focal.label.text}
          </text>
        </g>
      ) : null}
    </g>
  );
}

/** The navigable points: each strip's focal value, or its median without one. */
function stripPoints(model: PositionModel): number[] {
  return model.measures.flatMap((measure, i) =>
    (model.focal ? measure.focal : measure.summary.median) !== null ? [i] : [],
  );
}

/** What the tooltip and the live region say of a strip. */
function pointLines(model: PositionModel, measure: PositionMeasure, m: NationalMessages): string[] {
  const lines = [measure.name];
  if (model.focal && measure.focal !== null) {
    lines.push(`${focalName(model)}: ${formatNumber(measure.focal, m.lang)}`);
    if (measure.place) lines.push(m.rankWords(measure.place.position, measure.place.of, model.label, measure.tied));
  }
  if (measure.summary.median !== null) lines.push(`${m.median}: ${formatNumber(measure.summary.median, m.lang)}`);
  return lines;
}

function StripsSvg({
  layout,
  model,
  ids,
  title,
  description,
  active,
  focused,
  points,
  onHover,
  messages: m,
}: {
  layout: StripsLayout;
  model: PositionModel;
  ids: PlotIds;
  title: string;
  description: string;
  /** The strip whose tooltip shows. */
  active: number | null;
  /** The strip of the area the linked views focus (highlighted). */
  focused: number | null;
  /** The navigable strips. */
  points: readonly number[];
  onHover: (index: number | null) => void;
  messages: NationalMessages;
}) {
  const vb = layout.viewBox;
  const strip = active === null ? undefined : layout.strips[active];
  const measure = active === null ? undefined : model.measures[active];
  const anchor = strip && (strip.focal ?? (strip.median !== null ? { x: strip.median, y: strip.stackTop } : null));
  const fontSize = vb.width < 400 ? NARROW.fontSize : WIDE.fontSize;
  return (
    <svg
      className="kk-chart__svg kk-position__svg"
      viewBox={`${vb.x} ${vb.y} ${vb.width} ${vb.height}`}
      role="img"
      aria-labelledby={ids.titleId}
      aria-describedby={ids.descId}
      focusable="false"
    >
      <title id={ids.titleId}>{title}</title>
      <desc id={ids.descId}>{description}</desc>
      {layout.strips.map((s, i) => (
        <Strip key={i} strip={s} measure={model.measures[i]!} messages={m} />
      ))}
      {focused === null ? null : (
        <rect className="kk-linked" aria-hidden="true" pointerEvents="none" {...layout.strips[focused]!.box} />
      )}
      <g className="kk-hit-targets">
        {points.map((stripIndex, index) => (
          <rect
            key={index}
            {...layout.strips[stripIndex]!.box}
            className="kk-hit-target"
            onMouseEnter={() => onHover(index)}
            onMouseLeave={() => onHover(null)}
          />
        ))}
      </g>
      {strip && measure && anchor ? (
        <g className="kk-active" pointerEvents="none">
          <circle cx={anchor.x} cy={anchor.y} r="11" className="kk-active__ring kk-series--evaluation" />
          <SvgTooltip
            x={anchor.x}
            y={anchor.y}
            avoid={{ x: anchor.x - 12, y: anchor.y - 12, width: 24, height: 24 }}
            bounds={vb}
            fontSize={fontSize}
            lines={pointLines(model, measure, m).flatMap((line) => wrapText(line, vb.width - 24, fontSize))}
          />
        </g>
      ) : null}
    </svg>
  );
}

/** The legend: the marks, the focal one, the median and the middle half, each with its own shape. */
function StripLegend({ model, messages: m }: { model: PositionModel; messages: NationalMessages }) {
  return (
    <ul className="kk-legend" aria-label={m.legend}>
      <li className="kk-legend__item">
        <LegendSwatch>
          <g className="kk-series kk-series--average">
            <path className="kk-series__marker kk-strip__marks" d="M12,6h0M24,6h0" />
          </g>
        </LegendSwatch>
        <span>{model.focal ? m.legendOthers : m.legendAll}</span>
      </li>
      {model.focal ? (
        <li className="kk-legend__item">
          <LegendSwatch>
            <g className="kk-series kk-series--evaluation">
              <path className="kk-series__marker" d={markerPath("diamond", 18, 6, 10)} />
            </g>
          </LegendSwatch>
          <span>{m.legendFocal(focalName(model))}</span>
        </li>
      ) : null}
      <li className="kk-legend__item">
        <LegendSwatch>
          <line className="kk-strip__median" x1="18" x2="18" y1="0" y2="12" />
        </LegendSwatch>
        <span>{m.median}</span>
      </li>
      <li className="kk-legend__item">
        <LegendSwatch>
          <rect className="kk-strip__band" x="4" y="1" width="28" height="10" />
        </LegendSwatch>
        <span>{m.middleHalf}</span>
      </li>
    </ul>
  );
}

/** Rows in runs of this many, each run its own component (see {@link PositionRows}). */
const ROWS_PER_RUN = 100;

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += ROWS_PER_RUN) out.push(list.slice(i, i + ROWS_PER_RUN));
  return out;
}

/**
 * One run of the data table's rows. In runs, the elements of a table of thousands of rows are
 * made a run at a time as the server renders them and are garbage soon after, instead of all
 * living until the whole table is written (a strip of 3000 marks took 1.4× as long per mark as one
 * of 300, most of it in collecting garbage).
 */
function PositionRows({
  rows,
  focal: focalEntry,
  areaIds,
  messages: m,
}: {
  rows: readonly CollectionEntry[];
  focal: CollectionEntry | null;
  areaIds: readonly number[];
  messages: NationalMessages;
}) {
  return rows.map((entry) => {
    const focal = entry === focalEntry;
    const place = entry.standing.rank?.total;
    return (
      <tr key={entry.index} className={focal ? "kk-position__focal-row" : undefined}>
        <td className="kk-num">{place ? place.position : "–"}</td>
        <th scope="row">
          {focal ? <strong>{entry.evaluation.municipality.name}</strong> : entry.evaluation.municipality.name}
          {focal ? ` (${m.selected})` : null}
          <InlineAreas areaIds={areaIds} areas={entry.areas} messages={m} />
        </th>
        <td className="kk-num">{entry.evaluation.year}</td>
        <td className="kk-num">
          <ValueText value={entry.standing.total} messages={m} />
        </td>
        <AreaCells areaIds={areaIds} areas={entry.areas} messages={m} />
      </tr>
    );
  });
}

/** The data table: every mark (each ranked evaluation, and the focal one), and the distribution's figures. */
function PositionTable({
  model,
  title,
  messages: m,
}: {
  model: PositionModel;
  title: string;
  messages: NationalMessages;
}) {
  const [total, ...areaMeasures] = model.measures;
  const areaIds = areaMeasures.map((a) => a.id as number);
  const rows = model.focal && model.unranked ? [...model.population, model.focal] : model.population;
  const summaryRow = (label: string, pick: (measure: PositionMeasure) => number | null) => {
    const areas = new Map(areaMeasures.map((a) => [a.id as number, pick(a)]));
    return (
      <tr>
        <th scope="row" colSpan={3}>
          {label}
          <InlineAreas areaIds={areaIds} areas={areas} messages={m} />
        </th>
        <td className="kk-num">
          <ValueText value={pick(total!)} messages={m} />
        </td>
        <AreaCells areaIds={areaIds} areas={areas} messages={m} />
      </tr>
    );
  };
  return (
    <table className="kk-table kk-position__table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col" className="kk-num">
            {m.rank}
          </th>
          <th scope="col">{m.municipality}</th>
          <th scope="col" className="kk-num">
            {m.year}
          </th>
          <th scope="col" className="kk-num">
            {m.total}
          </th>
          <AreaHeaders areaIds={areaIds} messages={m} />
        </tr>
      </thead>
      <tbody>
        {chunks(rows).map((chunk) => (
          <PositionRows key={chunk[0]!.index} rows={chunk} focal={model.focal} areaIds={areaIds} messages={m} />
        ))}
      </tbody>
      <tfoot>
        {summaryRow(m.count, (a) => a.summary.n)}
        {summaryRow(m.median, (a) => a.summary.median)}
        {summaryRow(m.lowerQuartile, (a) => a.summary.q1)}
        {summaryRow(m.upperQuartile, (a) => a.summary.q3)}
      </tfoot>
    </table>
  );
}

/** Area numbers with runs of three or more as ranges: 1–8; 2, 3 and 5. */
function idRanges(ids: readonly number[]): string[] {
  const parts: string[] = [];
  for (let i = 0; i < ids.length;) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${ids[i]}–${ids[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(ids[k]));
    i = j + 1;
  }
  return parts;
}

/** The figure's texts: title, the places in words, the description. */
function positionTexts(model: PositionModel, m: NationalMessages, all: boolean, frameworks?: readonly Framework[]) {
  const maxKnown = areasKnown(model.framework, frameworks);
  const title = !model.focal
    ? m.distributionTitle(model.label, model.population.length)
    : model.unranked?.reason === "model-not-stated"
      ? m.positionNone(focalName(model))
      : m.positionTitle(focalName(model), model.label);
  const places =
    model.focal && !model.unranked ? model.measures.map((x, i) => placeSentence(x, model, m, maxKnown, i === 0)) : [];
  const unranked =
    model.focal && model.unranked
      ? m.notRanked(model.unranked.reason, focalName(model), model.label, model.unranked.laterYear)
      : null;
  const fmt = (v: number | null) => (v === null ? null : formatNumber(v, m.lang));
  const distribution = model.measures.map((x) =>
    m.stripSummary(
      x.name,
      x.summary.n,
      fmt(x.summary.median),
      fmt(x.summary.q1),
      fmt(x.summary.q3),
      fmt(x.summary.min),
      fmt(x.summary.max),
    ),
  );
  const unknown =
    model.unknownAreas.length > 0
      ? [m.positionAreasUnknown(joinList(idRanges(model.unknownAreas), m), model.unknownAreas.length)]
      : [];
  const population = [...unknown, all ? m.populationAll : m.populationLatest].join(" ");
  const summary = [...places, ...(unranked ? [unranked] : []), population].join(" ");
  return { title, places, unranked, population, summary, description: [summary, ...distribution].join(" "), maxKnown };
}

/** The places in words, visible under the strips, and which evaluations they are among. */
function Places({ places, population }: { places: readonly string[]; population: string }) {
  return (
    <>
      {places.length > 0 ? (
        <ul className="kk-position__places">
          {places.map((place, i) => (
            <li key={i}>{place}</li>
          ))}
        </ul>
      ) : null}
      <p className="kk-position__population">{population}</p>
    </>
  );
}

/** The validated inputs and the position they give (`null` while invalid). */
function usePositionModel(
  props: Pick<
    PositionStripProps,
    "evaluation" | "evaluations" | "framework" | "areas" | "all" | "lang" | "messages" | "frameworks"
  >,
  m: NationalMessages,
): { validated: Validated; model: PositionModel | null } {
  const { evaluation, evaluations, framework, areas = true, all = false, lang, messages, frameworks } = props;
  // Validated apart: the collection's result (and the statistics cached by it) is the same on every
  // page of a site, whichever evaluation is placed.
  const focalInput = useValidatedInputs([["evaluation", evaluation]], frameworks);
  const listInput = useValidatedInputs(
    evaluations.map((e, i) => [`evaluations/${i}`, e, true] as const),
    frameworks,
  );
  const validated: Validated = !focalInput.ok
    ? listInput.ok
      ? focalInput
      : { ok: false, errors: [...focalInput.errors, ...listInput.errors] }
    : listInput;
  const model = useMemo(() => {
    if (!focalInput.ok || !listInput.ok) return null;
    const focal = focalInput.evaluations[0];
    const list = listInput.evaluations as Evaluation[];
    let index = focal ? findFocal(list, focal) : -1;
    // A focal evaluation that is not in the collection is placed among it.
    const population = focal && index < 0 ? [...list, focal] : list;
    if (focal && index < 0) index = population.length - 1;
    const collection = collectionModel(population, all, frameworks);
    const id = focal?.framework ?? framework ?? collection.statistics.groups[0]?.framework ?? "kommunkompassen-2.0";
    return positionModel(collection, focal ? index : null, id, areas, m, frameworks);
    // `m` follows from `lang` and the overrides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focalInput, listInput, all, frameworks, framework, areas, lang, messages]);
  return { validated, model };
}

/**
 * Where one evaluation stands among its model's: for the total and each area a strip with every
 * ranked evaluation of the same model as a mark, the median as a line and the middle half
 * (interquartile range) as a band, the focal evaluation as a labelled diamond (told apart by shape
 * and label, not colour alone), and its place in words ("plats 11 av 12 bland kommuner utvärderade
 * med Kommunkompassen 2.0"), visibly and in the text alternative; the data table lists every mark.
 * An evaluation whose model is not stated is never ranked: the chart says so and why, with no strip.
 * Without `evaluation`, the distribution of `framework`'s evaluations. Pure geometry, one path for all
 * marks: 300 marks render as fast as 30. A client component (keyboard navigation of the strips).
 */
export const PositionStrip = /* @__PURE__ */ forwardRef<HTMLElement, PositionStripProps>(function PositionStrip(
  {
    evaluation,
    evaluations,
    framework,
    areas = true,
    all = false,
    layout = "auto",
    showSummary,
    lang = "sv",
    messages: overrides,
    frameworks,
    focusedArea,
    onFocusArea,
    ...rest
  },
  ref,
) {
  const m = resolveNationalMessages(lang, overrides);
  const linked = useLinkedFocus({ focusedArea, onFocusArea });
  const { validated, model } = usePositionModel(
    { evaluation, evaluations, framework, areas, all, lang, messages: overrides, frameworks },
    m,
  );
  const points = model ? stripPoints(model) : [];
  // An area's strip focuses the area in the linked views; the total's focuses none.
  const navigation = usePointNavigation(points.length, (index) => {
    const id = index === null ? null : model?.measures[points[index] ?? -1]?.id;
    linked.focusArea(typeof id === "number" ? id : null);
  });
  // Only the layouts drawn: one where `layout` names it.
  const layouts = useMemo(
    () =>
      model
        ? {
            wide: layout === "narrow" ? null : stripsLayout(model, WIDE.width, WIDE.fontSize, m),
            narrow: layout === "wide" ? null : stripsLayout(model, NARROW.width, NARROW.fontSize, m),
          }
        : null,
    // `m` follows from `lang` and the overrides, which the model depends on too.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, layout],
  );
  if (!validated.ok || !model || !layouts)
    return <ErrorNotice ref={ref as never} errors={validated.ok ? [] : validated.errors} messages={m as Messages} />;
  const texts = positionTexts(model, m, all, frameworks);
  const activeStrip = navigation.active === null ? null : (points[navigation.active] ?? null);
  const focusedStrip = model.measures.findIndex((x) => x.id === linked.focusedArea);
  const svg = (layout: StripsLayout, v: PlotIds) => (
    <StripsSvg
      layout={layout}
      model={model}
      ids={v}
      title={texts.title}
      description={texts.description}
      active={activeStrip}
      focused={focusedStrip < 0 ? null : focusedStrip}
      points={points}
      onHover={(index) => (index === null ? navigation.hide() : navigation.show(index))}
      messages={m}
    />
  );
  const notStated = model.unranked?.reason === "model-not-stated";
  const empty = notStated
    ? texts.unranked!
    : model.population.length === 0
      ? m.noEvaluationsOf(model.label)
      : undefined;
  return (
    <ChartFigure
      ref={ref}
      chartClass="kk-position"
      title={texts.title}
      summary={texts.summary}
      messages={m}
      navigation={navigation}
      announcement={activeStrip === null ? "" : pointLines(model, model.measures[activeStrip]!, m).join(", ")}
      showSummary={showSummary ?? false}
      notes={notStated || !texts.unranked ? [] : [texts.unranked]}
      {...(empty !== undefined ? { empty } : {})}
      plot={(ids) => (
        <PlotVariants
          choice={layout === "auto" ? "both" : layout}
          ids={ids}
          wide={(v) => svg(layouts.wide!, v)}
          narrow={(v) => svg(layouts.narrow!, v)}
        />
      )}
      afterPlot={<Places places={texts.places} population={texts.population} />}
      legend={<StripLegend model={model} messages={m} />}
      table={<PositionTable model={model} title={texts.title} messages={m} />}
      {...rest}
    />
  );
});
