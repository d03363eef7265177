import { forwardRef, useMemo } from "react";
import {
  areasKnown,
  compareEvaluations,
  formatNumber,
  isolateBidi,
  type Comparison,
  type Evaluation,
  type EvaluationInput,
  type Framework,
  type Lang,
  type Series,
} from "@kommunkompassen/core";
import { timelineLayout, type TimelineLayout } from "../geometry/timeline";
import { wrapText } from "../geometry/text";
import { useValidatedInputs } from "../hooks/useValidated";
import { usePointNavigation } from "../hooks/usePointNavigation";
import { resolveNationalMessages, type Messages, type NationalMessages } from "../i18n/messages";
import { evaluationName, labelOf, municipalityKey, scoreOnce } from "../national/model";
import { joinList } from "../summary/summary";
import { markerPath, seriesStyle, type SeriesStyle } from "../series/styles";
import { ChartFigure, PlotVariants, type ChartRootProps, type PlotIds } from "./ChartFigure";
import { DeltaBadge } from "./DeltaBadge";
import { ErrorNotice } from "./ErrorNotice";
import { Legend, LegendSwatch } from "./Legend";
import { Hyphenated } from "./Hyphenated";
import { SvgTooltip } from "./Tooltip";

/** Props of {@link Timeline}. */
export interface TimelineProps extends ChartRootProps {
  /** One municipality's evaluations, in any order (those of another municipality are left out, and named). */
  evaluations: readonly EvaluationInput[];
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

/** One evaluation of the timeline. */
interface TimelineEntry {
  evaluation: Evaluation;
  total: number | null;
  /** The model's maximum, when known. */
  max: number | null;
  /** The comparison with the one before (none for the first). */
  comparison: Comparison | null;
}

/** What the timeline draws. */
interface TimelineModel {
  entries: TimelineEntry[];
  /** The models in order of first appearance, each with its style. */
  models: { id: string; label: string; style: SeriesStyle }[];
  /** Evaluations of other municipalities, left out. */
  others: Evaluation[];
  wide: TimelineLayout;
  narrow: TimelineLayout;
}

/** The reason of a break between two models, in words (the delta table's notices). */
function breakReason(c: Comparison, m: NationalMessages, frameworks: readonly Framework[] | undefined): string {
  const from = labelOf(c.from.framework, m, frameworks);
  const to = labelOf(c.to.framework, m, frameworks);
  if (c.areasComparable) return m.frameworkChanged(from, to);
  const unknown = c.reasons.some((r) => r.kind === "areas-unknown");
  if (!unknown) return m.areasNotComparable(from, to, false);
  const fromKnown = areasKnown(c.from.framework, frameworks);
  const toKnown = areasKnown(c.to.framework, frameworks);
  return m.areasNotComparable(fromKnown ? to : from, toKnown ? from : to, true);
}

function timelineModel(
  list: readonly Evaluation[],
  m: NationalMessages,
  frameworks?: readonly Framework[],
): TimelineModel {
  const key = list[0] ? municipalityKey(list[0]) : "";
  const own = list.filter((e) => municipalityKey(e) === key).sort((a, b) => a.year - b.year);
  const others = list.filter((e) => municipalityKey(e) !== key);
  const entries = own.map((evaluation, i): TimelineEntry => {
    const score = scoreOnce(evaluation, frameworks);
    return {
      evaluation,
      total: score.total.value,
      max: score.max,
      comparison: i > 0 ? compareEvaluations(own[i - 1]!, evaluation, frameworks ?? []) : null,
    };
  });
  const ids = [...new Set(own.map((e) => e.framework))];
  const styles: SeriesStyle[] = [
    seriesStyle("evaluation"),
    seriesStyle("previous"),
    seriesStyle("peer"),
    seriesStyle("average"),
  ];
  const models = ids.map((id, i) => ({
    id,
    label: labelOf(id, m, frameworks),
    style: styles[i] ?? seriesStyle("other", i - styles.length),
  }));
  let max = 0;
  for (const e of entries) max = Math.max(max, e.max ?? 0, e.total ?? 0);
  max = Math.max(100, Math.ceil(max / 100) * 100);
  const points = entries.map((e) => ({ year: e.evaluation.year, value: e.total, model: e.evaluation.framework }));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f));
  return {
    entries,
    models,
    others,
    wide: timelineLayout({ points, max, width: 600, fontSize: 12, ticks }),
    narrow: timelineLayout({ points, max, width: 320, plotHeight: 180, fontSize: 13, ticks }),
  };
}

/** The value grid, the year labels and the numbered breaks between models. */
function TimelineAxes({
  layout,
  fontSize,
  messages: m,
}: {
  layout: TimelineLayout;
  fontSize: number;
  messages: NationalMessages;
}) {
  return (
    <>
      <g className="kk-grid" aria-hidden="true">
        {layout.valueTicks.map((t) => (
          <g key={t.value}>
            <line
              x1={layout.plot.x}
              x2={layout.plot.x + layout.plot.width}
              y1={t.y}
              y2={t.y}
              className="kk-grid__spoke"
            />
            <text x={layout.plot.x - 6} y={t.y + 4} textAnchor="end" className="kk-axis-tick">
              {formatNumber(t.value, m.lang)}
            </text>
          </g>
        ))}
        {layout.yearTicks.map((t) => (
          <text
            key={t.year}
            x={t.x}
            y={layout.plot.y + layout.plot.height + fontSize + 6}
            textAnchor="middle"
            className="kk-axis-tick"
          >
            {t.year}
          </text>
        ))}
      </g>
      {layout.breaks.map((b) => (
        <g key={b.index} className="kk-timeline__break">
          <line
            x1={b.x}
            x2={b.x}
            y1={layout.plot.y}
            y2={layout.plot.y + layout.plot.height}
            className="kk-timeline__break-line"
          />
          <circle cx={b.x} cy={layout.plot.y - 2} r={fontSize * 0.7} className="kk-timeline__break-badge" />
          <text
            x={b.x}
            y={layout.plot.y - 2 + fontSize * 0.35}
            textAnchor="middle"
            className="kk-timeline__break-number"
            aria-hidden="true"
          >
            {b.index}
          </text>
        </g>
      ))}
    </>
  );
}

function TimelineSvg({
  model,
  layout,
  ids,
  title,
  description,
  active,
  messages: m,
}: {
  model: TimelineModel;
  layout: TimelineLayout;
  ids: PlotIds;
  title: string;
  description: string;
  active: number | null;
  messages: NationalMessages;
}) {
  const vb = layout.viewBox;
  const styleOf = (id: string) => model.models.find((x) => x.id === id)!.style;
  const fontSize = vb.width < 400 ? 13 : 12;
  const activeEntry = active === null ? undefined : model.entries[active];
  const activePoint = active === null ? undefined : layout.points[active];
  return (
    <svg
      className="kk-chart__svg kk-timeline__svg"
      viewBox={`${vb.x} ${vb.y} ${vb.width} ${vb.height}`}
      role="img"
      aria-labelledby={ids.titleId}
      aria-describedby={ids.descId}
      focusable="false"
    >
      <title id={ids.titleId}>{title}</title>
      <desc id={ids.descId}>{description}</desc>
      <TimelineAxes layout={layout} fontSize={fontSize} messages={m} />
      {layout.segments.map((segment, i) => {
        const style = styleOf(segment.model);
        return (
          <g key={i} className={`kk-series kk-series--${style.slot}`}>
            <path d={segment.d} className="kk-series__line" strokeDasharray={style.dash} />
          </g>
        );
      })}
      {model.entries.map((entry, i) => {
        const point = layout.points[i]!;
        if (point.y === null) return null;
        const style = styleOf(entry.evaluation.framework);
        return (
          <g key={i} className={`kk-series kk-series--${style.slot}`}>
            <path d={markerPath(style.marker, point.x, point.y, 10)} className="kk-series__marker" />
            <text x={point.labelX} y={point.labelY} textAnchor="middle" className="kk-bar__value" aria-hidden="true">
              {formatNumber(entry.total!, m.lang)}
            </text>
          </g>
        );
      })}
      {activeEntry && activePoint && activePoint.y !== null ? (
        <g className="kk-active">
          <circle
            cx={activePoint.x}
            cy={activePoint.y}
            r="9"
            className={`kk-active__ring kk-series--${styleOf(activeEntry.evaluation.framework).slot}`}
          />
          <SvgTooltip
            x={activePoint.x}
            y={activePoint.y}
            bounds={vb}
            fontSize={fontSize}
            lines={pointLines(activeEntry, model, m).flatMap((line) => wrapText(line, vb.width - 24, fontSize))}
          />
        </g>
      ) : null}
    </svg>
  );
}

/** The tooltip and the live region of one point: the year and model, the total. */
function pointLines(entry: TimelineEntry, model: TimelineModel, m: NationalMessages): string[] {
  const label = model.models.find((x) => x.id === entry.evaluation.framework)!.label;
  return [`${entry.evaluation.year}, ${label}`, `${m.total}: ${formatNumber(entry.total!, m.lang)}`];
}

/** The data table: every evaluation, its model, its total and the change since the one before (within a model only). */
function TimelineTable({
  model,
  title,
  messages: m,
}: {
  model: TimelineModel;
  title: string;
  messages: NationalMessages;
}) {
  return (
    <table className="kk-table kk-timeline__table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col" className="kk-num">
            {m.year}
          </th>
          <th scope="col">{m.framework}</th>
          <th scope="col" className="kk-num">
            {m.total}
          </th>
          <th scope="col" className="kk-delta-table__change">
            <Hyphenated text={m.change} />
          </th>
        </tr>
      </thead>
      <tbody>
        {model.entries.map((entry, i) => {
          const c = entry.comparison;
          const changed = c !== null && c.from.framework !== c.to.framework;
          return (
            <tr key={i}>
              <th scope="row" className="kk-num">
                {entry.evaluation.year}
              </th>
              <td>
                <Hyphenated text={model.models.find((x) => x.id === entry.evaluation.framework)!.label} />
              </td>
              <td className="kk-num">{entry.total === null ? m.noData : formatNumber(entry.total, m.lang)}</td>
              <td className="kk-delta-table__change">
                {c === null ? (
                  "–"
                ) : (
                  <DeltaBadge
                    delta={changed ? null : c.total.delta}
                    reason={changed || !c.areasComparable ? "not-comparable" : "missing"}
                    lang={m.lang}
                    messages={m}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The texts: title, summary (the description), and the notes (the breaks, the evaluations left out). */
function timelineTexts(model: TimelineModel, m: NationalMessages, frameworks: readonly Framework[] | undefined) {
  const first = model.entries[0]!.evaluation;
  const last = model.entries[model.entries.length - 1]!.evaluation;
  const title = m.timelineTitle(isolateBidi(first.municipality.name), first.year, last.year);
  const totals = joinList(
    model.entries.map((e) => `${e.evaluation.year} ${e.total === null ? m.noData : formatNumber(e.total, m.lang)}`),
    m,
  );
  const breaks = model.wide.breaks.map((b) => {
    const c = model.entries[b.after + 1]!.comparison!;
    return m.timelineBreak(b.index, c.from.year, c.to.year, breakReason(c, m, frameworks));
  });
  const others =
    model.others.length > 0
      ? [
          m.timelineOthers(
            joinList(
              model.others.map((e) => evaluationName(e)),
              m,
            ),
          ),
        ]
      : [];
  const summary = m.timelineSummary(model.entries.length, model.models.length, totals);
  return { title, summary, notes: [...breaks, ...others], description: [summary, ...breaks, ...others].join(" ") };
}

/**
 * One municipality's evaluations over the years: the totals as points on a year axis (gaps between
 * evaluations as wide as the years between them), a line through those of one model in a row, and
 * every change of model marked as a numbered break, explained in words under the chart (the model
 * changed; across area sets neither areas nor totals compare): no line is drawn across it. Each model
 * has its own marker and line style. The data table gives every year, model, total and the change
 * since the one before ("ej jämförbar" across models). A client component.
 */
export const Timeline = /* @__PURE__ */ forwardRef<HTMLElement, TimelineProps>(function Timeline(
  { evaluations, layout = "auto", showSummary, lang = "sv", messages: overrides, frameworks, ...rest },
  ref,
) {
  const m = resolveNationalMessages(lang, overrides);
  const validated = useValidatedInputs(
    evaluations.map((e, i) => [`evaluations/${i}`, e, true] as const),
    frameworks,
  );
  const model = useMemo(
    () =>
      validated.ok && validated.evaluations.length > 0
        ? timelineModel(validated.evaluations as Evaluation[], m, frameworks)
        : null,
    // `m` follows from `lang` and the overrides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [validated, lang, overrides, frameworks],
  );
  const points = model ? model.entries.flatMap((e, i) => (e.total === null ? [] : [i])) : [];
  const navigation = usePointNavigation(points.length);
  if (!validated.ok || !model)
    return <ErrorNotice ref={ref as never} errors={validated.ok ? [] : validated.errors} messages={m as Messages} />;
  const texts = timelineTexts(model, m, frameworks);
  const active = navigation.active === null ? null : (points[navigation.active] ?? null);
  const legend: { series: Series; style: SeriesStyle }[] = model.models.map((x) => ({
    series: { key: x.id, kind: "evaluation", label: x.label, framework: x.id, year: null, values: [], total: null },
    style: x.style,
  }));
  return (
    <ChartFigure
      ref={ref}
      chartClass="kk-timeline"
      title={texts.title}
      summary={texts.summary}
      messages={m}
      navigation={navigation}
      announcement={active === null ? "" : pointLines(model.entries[active]!, model, m).join(", ")}
      showSummary={showSummary}
      notes={texts.notes}
      {...(points.length === 0 ? { empty: m.timelineEmpty } : {})}
      plot={(ids) => (
        <PlotVariants
          choice={layout === "auto" ? "both" : layout}
          ids={ids}
          wide={(v) => (
            <TimelineSvg
              model={model}
              layout={model.wide}
              ids={v}
              title={texts.title}
              description={texts.description}
              active={active}
              messages={m}
            />
          )}
          narrow={(v) => (
            <TimelineSvg
              model={model}
              layout={model.narrow}
              ids={v}
              title={texts.title}
              description={texts.description}
              active={active}
              messages={m}
            />
          )}
        />
      )}
      legend={
        <Legend label={m.legend} items={legend}>
          {model.wide.breaks.length > 0 ? (
            <li className="kk-legend__item kk-timeline__break">
              <LegendSwatch>
                <line x1="18" x2="18" y1="0" y2="12" className="kk-timeline__break-line" />
              </LegendSwatch>
              <span>{m.modelChange}</span>
            </li>
          ) : null}
        </Legend>
      }
      table={<TimelineTable model={model} title={texts.title} messages={m} />}
      {...rest}
    />
  );
});
