import type { Meta, StoryObj } from "@storybook/react-vite";
import { AreaBarChart } from "@kommunkompassen/react";
import { darkPage, narrow, StateList } from "./decorators";
import { generatedBand20, generatedBand20En, generatedFocal, generatedRange20 } from "./national";
import {
  avesta2014,
  example2020,
  exampleOriginal2006,
  invalidEvaluation,
  regionLong2016,
  regionLong2020,
  strangnas2016,
  vasteras2012,
  vasteras2014,
  vasteras2018v21,
  vasterasSparse,
} from "./fixtures";

const meta = {
  title: "Charts/AreaBarChart",
  component: AreaBarChart,
  args: { evaluation: avesta2014, lang: "sv", orientation: "auto", theme: "light", showSummary: true },
  argTypes: {
    lang: { control: "inline-radio", options: ["sv", "en"] },
    orientation: { control: "inline-radio", options: ["auto", "vertical", "horizontal"] },
    theme: { control: "inline-radio", options: ["light", "dark", "auto"] },
  },
} satisfies Meta<typeof AreaBarChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Avesta kommun 2014, the complete fixture: all eight areas and the total in the title. */
export const Avesta2014: Story = { name: "Avesta 2014" };

/** Västerås stad 2014 with its previous evaluation (2012) passed as `previous` (its own published 2012 reference is then not drawn twice). */
export const Vasteras2014VsPrevious: Story = {
  name: "Västerås 2014 vs 2012",
  args: { evaluation: vasteras2014, previous: vasteras2012 },
};

/** Västerås 2014 with its published reference series (the 2012 scores as printed in the 2014 report). */
export const Vasteras2014WithReferences: Story = {
  name: "Västerås 2014 with published references",
  args: { evaluation: vasteras2014, references: true },
};

/** Missing areas: Västerås 2014 without area 8 and, in this copy, without areas 2, 4 and 6 either; unknown bars say so instead of drawing zero. */
export const PartialData: Story = {
  name: "Partial data (missing areas)",
  args: { evaluation: vasterasSparse, previous: vasteras2012 },
};

/** A model version change: "2018" under Kommunkompassen 2.1 against 2012 under 2.0; the older series carries a note. */
export const VersionChange: Story = {
  name: "Version change (2.0 → 2.1)",
  args: { evaluation: vasteras2018v21, previous: vasteras2012 },
};

/** Kommunkompassen 2020 (a made-up example) with a 2.0 evaluation beside it: the 2.0 series is left out, and the chart says so. */
export const LeftOutSeries: Story = {
  name: "Series left out (2.0 beside 2020)",
  args: { evaluation: example2020, others: [vasteras2014] },
};

/** The same in English. */
export const LeftOutSeriesEnglish: Story = {
  name: "Series left out, English",
  args: { evaluation: example2020, others: [vasteras2014], lang: "en" },
};

/** A model not stated (Strängnäs 2016, published figures): area 1 drawn, its average of a model not stated left out. */
export const ModelNotStated: Story = {
  name: "Model not stated (average left out)",
  args: { evaluation: strangnas2016 },
};

/** An evaluation known only by its total (the original model, 426,5): the chart says it has nothing to draw. */
export const TotalOnly: Story = {
  name: "Total only (original model)",
  args: { evaluation: exampleOriginal2006 },
};

/** Long labels: an unknown framework ("region-x"), so the very long area titles come from the evaluation itself. */
export const LongLabels: Story = {
  name: "Long labels (unknown framework)",
  args: { evaluation: regionLong2020, previous: regionLong2016 },
};

/** Horizontal rows with the names above the bars, forced regardless of width. */
export const Horizontal: Story = {
  name: "Horizontal orientation",
  args: { evaluation: vasteras2014, previous: vasteras2012, orientation: "horizontal" },
};

/** 320 px wide container: the `auto` orientation switches to horizontal rows. */
export const Narrow320: Story = {
  name: "320 px",
  args: { evaluation: vasteras2014, previous: vasteras2012 },
  decorators: [narrow],
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  name: "Dark theme",
  args: { evaluation: vasteras2014, previous: vasteras2012, theme: "dark" },
  decorators: [darkPage],
};

/** English text (`lang="en"`): area names, legend, summary and table. */
export const English: Story = {
  name: "English",
  args: { evaluation: vasteras2014, previous: vasteras2012, lang: "en" },
};

/** Invalid data: the chart is replaced by an error notice naming the first problems. */
export const InvalidData: Story = {
  name: "Invalid data (error notice)",
  args: { evaluation: invalidEvaluation },
};

/** GENERATED: a made-up 2.0 evaluation with the generated collection's interquartile band of 2.0 behind it (n, computed). */
export const GeneratedBand: Story = {
  name: "GENERATED: with the model's interquartile band",
  args: { evaluation: generatedFocal("kommunkompassen-2.0"), band: generatedBand20 },
};

/** The same in English. */
export const GeneratedBandEnglish: Story = {
  name: "GENERATED: with the model's band, English",
  args: { evaluation: generatedFocal("kommunkompassen-2.0"), band: generatedBand20En, lang: "en" },
};

/** GENERATED: the min–max band, on a dark page. */
export const GeneratedRangeDark: Story = {
  name: "GENERATED: with the model's min–max band, dark",
  args: { evaluation: generatedFocal("kommunkompassen-2.0"), band: generatedRange20, theme: "dark" },
  decorators: [darkPage],
};

/** A band of another area set (2.0's beside the made-up 2020 example) is not drawn, and the chart says so. */
export const BandLeftOut: Story = {
  name: "Band of another model left out",
  args: { evaluation: example2020, band: generatedBand20 },
};

/** Every main state, one under another. */
export const AllStates: Story = {
  name: "All states",
  parameters: { controls: { disable: true } },
  render: () => (
    <StateList
      states={[
        { title: "Avesta 2014", render: () => <AreaBarChart evaluation={avesta2014} /> },
        {
          title: "Västerås 2014 vs 2012",
          render: () => <AreaBarChart evaluation={vasteras2014} previous={vasteras2012} />,
        },
        { title: "Partial data", render: () => <AreaBarChart evaluation={vasterasSparse} previous={vasteras2012} /> },
        {
          title: "Version change (2.0 → 2.1)",
          render: () => <AreaBarChart evaluation={vasteras2018v21} previous={vasteras2012} />,
        },
        { title: "Long labels", render: () => <AreaBarChart evaluation={regionLong2020} previous={regionLong2016} /> },
        {
          title: "Horizontal orientation",
          render: () => <AreaBarChart evaluation={avesta2014} orientation="horizontal" />,
        },
        {
          title: "320 px",
          narrow: true,
          render: () => <AreaBarChart evaluation={vasteras2014} previous={vasteras2012} />,
        },
        {
          title: "Dark theme",
          dark: true,
          render: () => <AreaBarChart evaluation={vasteras2014} previous={vasteras2012} theme="dark" />,
        },
        {
          title: "English",
          render: () => <AreaBarChart evaluation={vasteras2014} previous={vasteras2012} lang="en" />,
        },
        { title: "Invalid data", render: () => <AreaBarChart evaluation={invalidEvaluation} /> },
      ]}
    />
  ),
};
