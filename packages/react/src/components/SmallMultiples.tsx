import { forwardRef, useId, useMemo } from "react";
import { LinePath } from "@visx/shape";
import {
  areasKnown,
  areaName,
  formatNumber,
  getFramework,
  groupSeries,
  sameAreaSet,
  type Evaluation,
  type EvaluationInput,
  type Framework,
  type Lang,
  type Series,
} from "@kommunkompassen/core";
import { barLayout, type BarLayout } from "../geometry/bars";
import { radarLayout, type RadarLayout } from "../geometry/radar";
import { wrapText } from "../geometry/text";
import { useValidatedInputs } from "../hooks/useValidated";
import { usePointNavigation } from "../hooks/usePointNavigation";
import { numberedArea, resolveNationalMessages, type Messages, type NationalMessages } from "../i18n/messages";
import { collectionModel, evaluationName, labelOf, totalText, type CollectionEntry } from "../national/model";
import { joinList } from "../summary/summary";
import { markerPath, seriesStyle } from "../series/styles";
import { AreaCells, AreaHeaders, InlineAreas, ValueText } from "./AreaCells";
import { AreaKey } from "./AreaKey";
import { ChartFigure, type ChartRootProps } from "./ChartFigure";
import { ErrorNotice } from "./ErrorNotice";
import { Legend } from "./Legend";
import { SvgTooltip } from "./Tooltip";

/** Props of {@link SmallMultiples}. */
export interface SmallMultiplesProps extends ChartRootProps {
  /** The evaluations, one small chart each; those of another area set or with no area score are left out, and named. */
  evaluations: readonly EvaluationInput[];
  /** `radar` (default) or `bars`: every panel on the same 0–100 scale. */
  chart?: "radar" | "bars";
  /** The model whose area set is drawn; by default that of the first evaluation with a known area score. */
  framework?: string;
  /** Draw each model's median of the evaluations shown (computed, with its n; from three on) faintly in every panel. */
  median?: boolean;
  /** A reference drawn faintly in every panel instead, such as `groupSeries` of a larger collection. */
  reference?: Series;
  /** Show the generated summary as visible text (it is always the chart's description). */
  showSummary?: boolean;
  /** Language of all text; defaults to Swedish. */
  lang?: Lang;
  /** Overrides of any built-in string. */
  messages?: Partial<NationalMessages>;
  /** Framework definitions beyond the built-in ones (they replace a built-in one of the same id). */
  frameworks?: readonly Framework[];
}

/** The fewest evaluations a model's median is drawn from. */
const MEDIAN_FROM = 3;

/** One panel: an evaluation, its values on the area axis and the reference of its model. */
interface Panel {
  /** Its place among the panels (the keyboard's order). */
  index: number;
  entry: CollectionEntry;
  values: (number | null)[];
  reference: Series | null;
  bars: BarLayout | null;
}

interface MultiplesModel {
  framework: string;
  areaIds: number[];
  names: Map<number, string>;
  groups: { framework: string; label: string; panels: Panel[] }[];
  panels: Panel[];
  references: Series[];
  leftOut: string[];
  radar: RadarLayout;
}

/** The area set to draw: the model asked for, else that of the first evaluation with a known area score. */
function chosenModel(
  entries: readonly CollectionEntry[],
  framework: string | undefined,
  frameworks?: readonly Framework[],
) {
  if (framework) return framework;
  const hasAreas = (e: CollectionEntry) => [...e.areas.values()].some((v) => v !== null);
  return (
    entries.find((e) => hasAreas(e) && areasKnown(e.evaluation.framework, frameworks))?.evaluation.framework ??
    entries.find(hasAreas)?.evaluation.framework ??
    entries[0]?.evaluation.framework ??
    "kommunkompassen-2.0"
  );
}

/** The sentences for the evaluations left out: another area set (by model), areas not known, no area score. */
function leftOutSentences(
  out: readonly CollectionEntry[],
  noAreas: readonly CollectionEntry[],
  m: NationalMessages,
  frameworks?: readonly Framework[],
): string[] {
  const byModel = new Map<string, CollectionEntry[]>();
  for (const e of out) byModel.set(e.evaluation.framework, [...(byModel.get(e.evaluation.framework) ?? []), e]);
  const list = (entries: readonly CollectionEntry[]) =>
    joinList(
      entries.map((e) => evaluationName(e.evaluation)),
      m,
    );
  return [
    ...[...byModel].map(([id, entries]) =>
      m.multiplesLeftOut(list(entries), labelOf(id, m, frameworks), !areasKnown(id, frameworks)),
    ),
    ...(noAreas.length > 0 ? [m.multiplesNoAreas(list(noAreas))] : []),
  ];
}

function multiplesModel(
  list: readonly Evaluation[],
  options: Pick<SmallMultiplesProps, "framework" | "median" | "reference" | "chart">,
  m: NationalMessages,
  frameworks?: readonly Framework[],
): MultiplesModel {
  const collection = collectionModel(list, true, frameworks);
  const chosen = chosenModel(collection.entries, options.framework, frameworks);
  const definition = getFramework(chosen, frameworks);
  const drawable = (e: CollectionEntry) =>
    e.evaluation.framework === chosen || sameAreaSet(chosen, e.evaluation.framework, frameworks ?? []);
  const known = (e: CollectionEntry) => [...e.areas.values()].some((v) => v !== null);
  const shown = collection.entries.filter((e) => drawable(e) && known(e));
  const areaIds =
    definition?.areas?.map((a) => a.id) ??
    [...new Set(shown.flatMap((e) => [...e.areas.keys()]))].sort((a, b) => a - b);
  const names = new Map(areaIds.map((id) => [id, areaName(definition, id, m.lang, undefined)]));
  const reference =
    options.reference && sameAreaSet(chosen, options.reference.framework, frameworks ?? []) ? options.reference : null;
  const medians = new Map<string, Series>();
  if (options.median && !reference) {
    const own = collectionModel(
      shown.map((e) => e.evaluation),
      false,
      frameworks,
    );
    // A median of one or two evaluations would only repeat them: drawn from three on.
    for (const g of own.statistics.groups)
      if (g.n >= MEDIAN_FROM)
        medians.set(g.framework, groupSeries(g, "median", m.groupMedian(labelOf(g.framework, m, frameworks), g.n)));
  }
  const panels = shown.map((entry, index): Panel => {
    const values = areaIds.map((id) => entry.areas.get(id) ?? null);
    return {
      index,
      entry,
      values,
      reference: reference ?? medians.get(entry.evaluation.framework) ?? null,
      bars:
        options.chart === "bars"
          ? barLayout({
              labels: areaIds.map(String),
              values: [values],
              orientation: "vertical",
              fontSize: 12,
              width: 200,
              plotHeight: 100,
              left: 26,
            })
          : null,
    };
  });
  const groups = [...new Set(panels.map((p) => p.entry.evaluation.framework))].map((framework) => ({
    framework,
    label: labelOf(framework, m, frameworks),
    panels: panels.filter((p) => p.entry.evaluation.framework === framework),
  }));
  return {
    framework: chosen,
    areaIds,
    names,
    groups,
    panels,
    references: reference ? [reference] : [...medians.values()],
    leftOut: leftOutSentences(
      collection.entries.filter((e) => !drawable(e)),
      collection.entries.filter((e) => drawable(e) && !known(e)),
      m,
      frameworks,
    ),
    radar: radarLayout({
      labels: areaIds.map(String),
      radius: 56,
      fontSize: 13,
      maxLabelWidth: 24,
      max: 100,
      rings: [50, 100],
    }),
  };
}

/** The values of a reference along the panels' area axis. */
function referenceValues(reference: Series, areaIds: readonly number[]): (number | null)[] {
  return areaIds.map((id) => reference.values.find((v) => v.areaId === id)?.value ?? null);
}

function RadarPanel({ model, panel }: { model: MultiplesModel; panel: Panel }) {
  const layout = model.radar;
  const line = (values: readonly (number | null)[]) => {
    const data = values.map((value, i) => ({ i, value }));
    const complete = data.every((d) => d.value !== null) && data.length > 0;
    return { data: complete ? [...data, data[0]!] : data, complete };
  };
  const own = line(panel.values);
  const ref = panel.reference ? line(referenceValues(panel.reference, model.areaIds)) : null;
  const style = seriesStyle("average");
  return (
    <>
      <g className="kk-grid" aria-hidden="true">
        {layout.rings.map((ring) => (
          <polygon key={ring.value} points={ring.points.map((p) => p.join(",")).join(" ")} className="kk-grid__ring" />
        ))}
        {layout.spokes.map(([x, y], i) => (
          <line key={i} x1="0" y1="0" x2={x} y2={y} className="kk-grid__spoke" />
        ))}
      </g>
      {ref ? (
        <g className="kk-series kk-series--average kk-multiples__reference">
          <LinePath
            data={ref.data}
            x={(d) => layout.point(d.i, d.value ?? 0)[0]}
            y={(d) => layout.point(d.i, d.value ?? 0)[1]}
            defined={(d) => d.value !== null}
            className="kk-series__line"
            strokeDasharray={style.dash}
          />
        </g>
      ) : null}
      <g className={`kk-series kk-series--evaluation${own.complete ? "" : " kk-series--gaps"}`}>
        <LinePath
          data={own.data}
          x={(d) => layout.point(d.i, d.value ?? 0)[0]}
          y={(d) => layout.point(d.i, d.value ?? 0)[1]}
          defined={(d) => d.value !== null}
          className={own.complete ? "kk-series__area" : "kk-series__line"}
        />
        {panel.values.map((value, i) =>
          value === null ? null : (
            <path key={i} d={markerPath("circle", ...layout.point(i, value), 5)} className="kk-series__marker" />
          ),
        )}
      </g>
      <g className="kk-axis-labels" aria-hidden="true">
        {layout.labels.map((label) => (
          <text key={label.index} x={label.x} y={label.y} textAnchor={label.anchor} className="kk-axis-label">
            {label.lines[0]}
          </text>
        ))}
      </g>
    </>
  );
}

function BarsPanel({ model, panel }: { model: MultiplesModel; panel: Panel }) {
  const layout = panel.bars!;
  const ref = panel.reference ? referenceValues(panel.reference, model.areaIds) : null;
  const y = (value: number) => layout.plot.y + layout.plot.height * (1 - value / 100);
  return (
    <>
      <g className="kk-grid" aria-hidden="true">
        {[0, 50, 100].map((t) => (
          <g key={t}>
            <line
              x1={layout.plot.x}
              x2={layout.plot.x + layout.plot.width}
              y1={y(t)}
              y2={y(t)}
              className="kk-grid__spoke"
            />
            <text x={layout.plot.x - 4} y={y(t) + 4} textAnchor="end" className="kk-axis-tick">
              {t}
            </text>
          </g>
        ))}
      </g>
      <g className="kk-series kk-series--evaluation">
        {layout.groups.map((group) => {
          const bar = group.bars[0]!;
          return bar.value === null ? null : (
            <rect
              key={group.areaIndex}
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={Math.max(bar.height, 0)}
              className="kk-series__bar"
            />
          );
        })}
      </g>
      {ref ? (
        <g className="kk-series kk-series--average kk-multiples__reference">
          {layout.groups.map((group) => {
            const value = ref[group.areaIndex];
            const bar = group.bars[0]!;
            return value === null || value === undefined ? null : (
              <path
                key={group.areaIndex}
                d={`M${bar.x - 2},${y(value)}h${bar.width + 4}`}
                className="kk-series__line"
                strokeDasharray={seriesStyle("average").dash}
              />
            );
          })}
        </g>
      ) : null}
      <g className="kk-axis-labels" aria-hidden="true">
        {layout.groups.map((group) => (
          <text key={group.areaIndex} x={group.labelX} y={group.labelY} textAnchor="middle" className="kk-axis-label">
            {group.lines[0]}
          </text>
        ))}
      </g>
    </>
  );
}

/** A panel's tooltip: the evaluation's name, and its total (or its strongest area where the total is not known). */
function panelLines(model: MultiplesModel, panel: Panel, m: NationalMessages): string[] {
  const name = evaluationName(panel.entry.evaluation);
  const total = panel.entry.score.total.value;
  if (total !== null) return [name, `${m.total}: ${formatNumber(total, m.lang)}`];
  let best = -1;
  panel.values.forEach((v, i) => {
    if (v !== null && (best < 0 || v > panel.values[best]!)) best = i;
  });
  const id = model.areaIds[best]!;
  return [name, `${numberedArea(id, model.names.get(id), m)}: ${formatNumber(panel.values[best]!, m.lang)}`];
}

/** A panel's description: its total and its area scores. */
function panelSummary(model: MultiplesModel, panel: Panel, m: NationalMessages): string {
  const total = panel.entry.score.total.value;
  const areas = joinList(
    model.areaIds.map(
      (id, i) =>
        `${numberedArea(id, model.names.get(id), m)} ${panel.values[i] === null ? m.noData : formatNumber(panel.values[i]!, m.lang)}`,
    ),
    m,
  );
  return m.panelSummary(
    evaluationName(panel.entry.evaluation),
    total === null ? null : formatNumber(total, m.lang),
    areas,
  );
}

function PanelFigure({
  model,
  panel,
  index,
  chart,
  active,
  onHover,
  messages: m,
}: {
  model: MultiplesModel;
  panel: Panel;
  index: number;
  chart: "radar" | "bars";
  active: boolean;
  onHover: (index: number | null) => void;
  messages: NationalMessages;
}) {
  const id = useId();
  const vb = chart === "radar" ? model.radar.viewBox : panel.bars!.viewBox;
  const center = chart === "radar" ? { x: 0, y: 0 } : { x: vb.width / 2, y: panel.bars!.plot.y + 20 };
  return (
    <li className="kk-multiples__panel" onMouseEnter={() => onHover(index)} onMouseLeave={() => onHover(null)}>
      <p className="kk-multiples__name" id={`${id}-name`}>
        {evaluationName(panel.entry.evaluation)}
        <span className="kk-multiples__total"> {totalText(panel.entry.score, m)}</span>
      </p>
      <svg
        className="kk-chart__svg kk-multiples__svg"
        viewBox={`${vb.x} ${vb.y} ${vb.width} ${vb.height}`}
        role="img"
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-desc`}
        focusable="false"
      >
        <desc id={`${id}-desc`}>{panelSummary(model, panel, m)}</desc>
        {chart === "radar" ? <RadarPanel model={model} panel={panel} /> : <BarsPanel model={model} panel={panel} />}
        {active ? (
          <g className="kk-active">
            <SvgTooltip
              x={center.x}
              y={center.y}
              bounds={vb}
              fontSize={12}
              lines={panelLines(model, panel, m).flatMap((l) => wrapText(l, vb.width - 16, 12))}
            />
          </g>
        ) : null}
      </svg>
    </li>
  );
}

/** The data table: every panel's area scores and total, and each model's reference. */
function MultiplesTable({
  model,
  title,
  messages: m,
}: {
  model: MultiplesModel;
  title: string;
  messages: NationalMessages;
}) {
  const row = (key: string, label: string, areas: Map<number, number | null>, total: number | null) => (
    <tr key={key}>
      <th scope="row">
        {label}
        <InlineAreas areaIds={model.areaIds} areas={areas} messages={m} />
      </th>
      <td className="kk-num">
        <ValueText value={total} messages={m} />
      </td>
      <AreaCells areaIds={model.areaIds} areas={areas} messages={m} />
    </tr>
  );
  return (
    <table className="kk-table kk-multiples__table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{m.municipality}</th>
          <th scope="col" className="kk-num">
            {m.total}
          </th>
          <AreaHeaders areaIds={model.areaIds} messages={m} />
        </tr>
      </thead>
      <tbody>
        {model.panels.map((p) =>
          row(
            String(p.entry.index),
            evaluationName(p.entry.evaluation),
            p.entry.areas as Map<number, number | null>,
            p.entry.score.total.value,
          ),
        )}
      </tbody>
      {model.references.length > 0 ? (
        <tfoot>
          {model.references.map((r) => row(r.key, r.label, new Map(r.values.map((v) => [v.areaId, v.value])), r.total))}
        </tfoot>
      ) : null}
    </table>
  );
}

/**
 * Small multiples: one small radar (or bar chart) per evaluation, all on the same 0–100 scale,
 * grouped by model, optionally with each model's median (computed from the evaluations shown, with its
 * n, not published) or a given reference drawn faintly in every panel. Only evaluations of one area set
 * are drawn together (2.0 beside 2.1, never beside 2020); those left out, and those with no area score,
 * are named under the plot. One tab stop: the arrow keys move between the panels. A client component.
 */
export const SmallMultiples = /* @__PURE__ */ forwardRef<HTMLElement, SmallMultiplesProps>(function SmallMultiples(
  {
    evaluations,
    chart = "radar",
    framework,
    median = false,
    reference,
    showSummary,
    lang = "sv",
    messages: overrides,
    frameworks,
    ...rest
  },
  ref,
) {
  const m = resolveNationalMessages(lang, overrides);
  const validated = useValidatedInputs(
    evaluations.map((e, i) => [`evaluations/${i}`, e, true] as const),
    frameworks,
  );
  const model = useMemo(
    () =>
      validated.ok
        ? multiplesModel(validated.evaluations as Evaluation[], { framework, median, reference, chart }, m, frameworks)
        : null,
    // `m` follows from `lang` and the overrides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [validated, framework, median, reference, chart, lang, overrides, frameworks],
  );
  const navigation = usePointNavigation(model?.panels.length ?? 0);
  if (!validated.ok || !model)
    return <ErrorNotice ref={ref as never} errors={validated.ok ? [] : validated.errors} messages={m as Messages} />;
  // Every model shown, by name ("… med Kommunkompassen 2.0 och Kommunkompassen 2.1"), not only the first.
  const shown = model.groups.length > 0 ? model.groups.map((g) => g.label) : [labelOf(model.framework, m, frameworks)];
  const title = m.multiplesTitle(model.panels.length, joinList(shown, m as Messages));
  const summary = [m.multiplesIntro(model.panels.length), ...model.references.map((r) => `${r.label}.`)].join(" ");
  const activePanel = navigation.active === null ? undefined : model.panels[navigation.active];
  const onHover = (index: number | null) => (index === null ? navigation.hide() : navigation.show(index));
  const legend = [...model.references.map((r) => ({ series: r, style: seriesStyle("average") }))];
  return (
    <ChartFigure
      ref={ref}
      chartClass="kk-multiples"
      title={title}
      summary={summary}
      messages={m}
      navigation={navigation}
      announcement={activePanel ? panelLines(model, activePanel, m).join(", ") : ""}
      showSummary={showSummary}
      notes={model.leftOut}
      {...(model.panels.length === 0 ? { empty: m.multiplesEmpty } : {})}
      plot={() => (
        <div className="kk-multiples__groups">
          {model.groups.map((group) => (
            <div key={group.framework} className="kk-multiples__group">
              {model.groups.length > 1 ? (
                <p className="kk-multiples__group-title">{m.multiplesGroup(group.label, group.panels.length)}</p>
              ) : null}
              <ul className="kk-multiples__grid">
                {group.panels.map((panel) => (
                  <PanelFigure
                    key={panel.entry.index}
                    model={model}
                    panel={panel}
                    index={panel.index}
                    chart={chart}
                    active={activePanel === panel}
                    onHover={onHover}
                    messages={m}
                  />
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      afterPlot={<AreaKey names={model.names} />}
      legend={legend.length > 0 ? <Legend label={m.legend} items={legend} /> : null}
      table={<MultiplesTable model={model} title={title} messages={m} />}
      {...rest}
    />
  );
});
