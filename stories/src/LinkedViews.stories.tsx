import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  AreaBarChart,
  collectionStatistics,
  EvaluationReport,
  LinkedViews,
  PositionStrip,
  RadarProfile,
  SubQuestionTable,
  type Evaluation,
} from "@kommunkompassen/react";
import { avesta2014, vasteras2012, vasteras2014 } from "./fixtures";
import { published } from "./national";

/** The three Kommunkompassen 2.0 fixtures with area scores. */
const fixtures20: readonly Evaluation[] = [avesta2014, vasteras2012, vasteras2014];

/**
 * Avesta kommun 2014 with an average reference: the mean of the three Kommunkompassen 2.0 fixtures
 * (Avesta 2014, Västerås 2012 and 2014) in each area all three have a score for (1–7; area 8 and the
 * total are not known for Västerås), computed by the core's `collectionStatistics` and rounded to a
 * tenth: story data, not published (Avesta's report shows an average of the municipalities evaluated
 * since 2010 only as a picture).
 */
const avestaWithAverage: Evaluation = (() => {
  const group = collectionStatistics(fixtures20, { all: true }).groups.find(
    (g) => g.framework === "kommunkompassen-2.0",
  )!;
  return {
    ...structuredClone(avesta2014),
    references: [
      {
        kind: "average",
        label: "Medelvärde av tre utvärderingar (beräknat)",
        framework: "kommunkompassen-2.0",
        areas: group.areas.flatMap((a) =>
          a.n === fixtures20.length && a.mean !== null ? [{ id: a.id, score: Math.round(a.mean * 10) / 10 }] : [],
        ),
      },
    ],
    notes: [
      "Story data: the average reference is the mean of Avesta 2014, Västerås 2012 and Västerås 2014 in areas 1–7, computed, not published.",
    ],
  };
})();

/** Where Avesta 2014 stands: among the published results and the other two fixtures. */
const population: readonly Evaluation[] = [...published, vasteras2012, vasteras2014, avesta2014];

/** The four views of one page, linked. */
function Page(props: { focusedArea?: number | null; hiddenSeries?: readonly string[] }) {
  return (
    <LinkedViews {...props}>
      <RadarProfile evaluation={avestaWithAverage} />
      <AreaBarChart evaluation={avestaWithAverage} />
      <SubQuestionTable evaluation={avestaWithAverage} areaId={2} />
      <PositionStrip evaluation={avesta2014} evaluations={population} />
    </LinkedViews>
  );
}

const meta = {
  title: "Linked views/LinkedViews",
  component: Page,
} satisfies Meta<typeof Page>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The radar, the bars, area 2's sub-question table and the position strip of Avesta 2014 in one
 * `LinkedViews`: an area focused or hovered in one is outlined in all, the legends hide and show the
 * average in both charts, and each data table still lists it.
 */
export const AvestaLinked: Story = { name: "Avesta 2014 with an average, linked" };

/** Controlled: area 2 focused and the average hidden from outside (the highlight and the hidden column as they look). */
export const Controlled: Story = {
  name: "Controlled: area 2 focused, the average hidden",
  args: { focusedArea: 2, hiddenSeries: ["average-0"] },
};

/** The report links its own views: Västerås 2014 against 2012, its summary and area 1. */
export const Report: Story = {
  name: "Report: Västerås 2014 vs 2012, its views linked",
  render: () => (
    <EvaluationReport evaluation={vasteras2014} previous={vasteras2012} sections={["summary", "areas"]} areas={[1]} />
  ),
};
