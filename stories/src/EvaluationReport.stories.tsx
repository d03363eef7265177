import type { Meta, StoryObj } from "@storybook/react-vite";
import { EvaluationReport } from "@kommunkompassen/react";
import { darkPage, narrow, StateList } from "./decorators";
import { avesta2014, invalidEvaluation, regionLong2020, vasteras2012, vasteras2014, vasteras2018v21 } from "./fixtures";

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

/** A model version change between the evaluations: changes read "ej jämförbart". */
export const VersionChange: Story = {
  name: "Version change (2.0 → 2.1)",
  args: { evaluation: vasteras2018v21, previous: vasteras2012 },
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
