import type { Meta, StoryObj } from "@storybook/react-vite";
import { EvaluationReport } from "@kommunkompassen/react";
import { darkPage, narrow, StateList } from "./decorators";
import {
  avesta2014,
  example2017v21,
  example2020,
  exampleOriginal2006,
  invalidEvaluation,
  regionLong2020,
  strangnas2014,
  strangnas2016,
  vasteras2012,
  vasteras2014,
  vasteras2018v21,
} from "./fixtures";

const meta = {
  title: "Report/EvaluationReport",
  component: EvaluationReport,
  args: { evaluation: avesta2014, lang: "sv", theme: "light", toc: true, headingLevel: 1 },
  argTypes: {
    lang: { control: "inline-radio", options: ["sv", "en"] },
    theme: { control: "inline-radio", options: ["light", "dark", "auto"] },
  },
} satisfies Meta<typeof EvaluationReport>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The full report of Avesta kommun 2014, with every sub-question table and the area 6 note. */
export const Avesta2014: Story = { name: "Avesta 2014" };

/** Västerås stad 2014 compared with 2012: the change section and each area's change; area 8 unknown. */
export const Vasteras2014VsPrevious: Story = {
  name: "Västerås 2014 vs 2012",
  args: { evaluation: vasteras2014, previous: vasteras2012 },
};

/** A model version change between the evaluations: changes read "ej jämförbar". */
export const VersionChange: Story = {
  name: "Version change (2.0 → 2.1)",
  args: { evaluation: vasteras2018v21, previous: vasteras2012 },
};

/** Kommunkompassen 2020 (a made-up example): the model's label and its eight area names. */
export const Model2020: Story = {
  name: "Kommunkompassen 2020 (made-up example)",
  args: { evaluation: example2020 },
};

/** Kommunkompassen 2020 in English: the label, the English area names in the headings, charts and tables. */
export const Model2020English: Story = {
  name: "Kommunkompassen 2020, English",
  args: { evaluation: example2020, lang: "en" },
};

/**
 * Across the 2020 revision (2.1 → 2020, story data): area 3 of one model is not area 3 of the other,
 * so the change section sets only the totals side by side, "ej jämförbar"; the 2.1 series is not drawn.
 */
export const AcrossModels: Story = {
  name: "Across models (2.1 → 2020)",
  args: { evaluation: example2020, previous: example2017v21 },
};

/** The original model (2002–2009), known only by its total: 426,5 as published, no maximum, charts with nothing to draw. */
export const OriginalModel: Story = {
  name: "Original model (total 426.5 only)",
  args: { evaluation: exampleOriginal2006 },
};

/** A model not stated (Strängnäs 2016, published figures) after 2.0 (2014): totals side by side, one area known. */
export const ModelNotStated: Story = {
  name: "Model not stated (Strängnäs 2014 → 2016)",
  args: { evaluation: strangnas2016, previous: strangnas2014 },
};

/** Chosen and reordered sections: data quality first, then only area 6, no contents. */
export const ChosenSections: Story = {
  name: "Chosen sections (quality, area 6)",
  args: { sections: ["quality", "areas"], areas: [6], toc: false },
};

/** An unknown framework with long area titles. */
export const LongLabels: Story = {
  name: "Long labels (unknown framework)",
  args: { evaluation: regionLong2020 },
};

/** 320 px wide. */
export const Narrow320: Story = {
  name: "320 px",
  args: { evaluation: vasteras2014, previous: vasteras2012 },
  decorators: [narrow],
};

/** Dark theme on a dark page. */
export const DarkTheme: Story = {
  name: "Dark theme",
  args: { theme: "dark" },
  decorators: [darkPage],
};

/** English. */
export const English: Story = {
  name: "English",
  args: { lang: "en", evaluation: vasteras2014, previous: vasteras2012 },
};

/** Invalid data: the error notice instead of the report. */
export const InvalidData: Story = {
  name: "Invalid data",
  args: { evaluation: invalidEvaluation },
};

/** The main states one under another. */
export const AllStates: Story = {
  name: "All states",
  parameters: { controls: { disable: true } },
  render: () => (
    <StateList
      states={[
        {
          title: "Västerås 2014 vs 2012, only area 1 and the change",
          render: () => (
            <EvaluationReport
              evaluation={vasteras2014}
              previous={vasteras2012}
              sections={["change", "areas"]}
              areas={[1]}
              headingLevel={3}
              idPrefix="s1-"
            />
          ),
        },
        {
          title: "English, quality only",
          render: () => (
            <EvaluationReport
              evaluation={avesta2014}
              lang="en"
              sections={["quality"]}
              toc={false}
              headingLevel={3}
              idPrefix="s2-"
            />
          ),
        },
        { title: "Invalid data", render: () => <EvaluationReport evaluation={invalidEvaluation} headingLevel={3} /> },
      ]}
    />
  ),
};
