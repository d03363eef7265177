import type { Meta, StoryObj } from "@storybook/react-vite";
import { SubQuestionTable } from "@kommunkompassen/react";
import { darkPage, narrow, StateList } from "./decorators";
import {
  avesta2014,
  avesta2018v21,
  avestaPartialQuestions,
  invalidEvaluation,
  regionLongQuestions,
  vasteras2014,
} from "./fixtures";

const meta = {
  title: "Tables/SubQuestionTable",
  component: SubQuestionTable,
  args: { evaluation: avesta2014, areaId: 1, lang: "sv", theme: "light" },
  argTypes: {
    areaId: { control: { type: "number", min: 1, max: 9, step: 1 } },
    lang: { control: "inline-radio", options: ["sv", "en"] },
    theme: { control: "inline-radio", options: ["light", "dark", "auto"] },
  },
} satisfies Meta<typeof SubQuestionTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Avesta kommun 2014, area 1: the published table (achieved rounded, percent from the unrounded points, e.g. 1.1 is 10 of 15 shown as 65 %). */
export const Avesta2014: Story = { name: "Avesta 2014, area 1" };

/** Avesta 2014, area 6: the report's area score (52) differs from the sum of its rounded rows (51); a numbered note says so, nothing is corrected. */
export const Avesta2014SumMismatch: Story = {
  name: "Avesta 2014, area 6 (published sum disagrees)",
  args: { areaId: 6 },
};

/** Västerås stad 2014, area 1: the score survived but the points overview did not, so there is no table, only its caption and a short text. */
export const Vasteras2014NoTable: Story = {
  name: "Västerås 2014, area 1 (no published table)",
  args: { evaluation: vasteras2014, areaId: 1 },
};

/** Missing area: Västerås 2014, area 8, which is listed but has neither score nor table. */
export const MissingArea: Story = {
  name: "Missing area (Västerås 2014, area 8)",
  args: { evaluation: vasteras2014, areaId: 8 },
};

/** Partial data: Avesta 2014 area 1 without the area score and without the points of 1.2 and 1.4. */
export const PartialData: Story = {
  name: "Partial data (missing points)",
  args: { evaluation: avestaPartialQuestions, areaId: 1 },
};

/** A model version change: Avesta's data as a 2018 evaluation under Kommunkompassen 2.1, area 7, whose maxima are not published for 2.1. */
export const VersionChange: Story = {
  name: "Version change (2.1, area 7 without maxima)",
  args: { evaluation: avesta2018v21, areaId: 7 },
};

/** Long labels: an unknown framework ("region-x") whose area title and sub-question texts are very long. */
export const LongLabels: Story = {
  name: "Long labels (unknown framework)",
  args: { evaluation: regionLongQuestions, areaId: 3 },
};

/** `downloads`: a menu above the table with this table's rows (area 6 and its questions) as CSV for Excel and plain CSV, and the whole evaluation. */
export const WithDownloads: Story = {
  name: "With downloads (this table as CSV)",
  args: { areaId: 6, downloads: true },
};

/** 320 px wide container. */
export const Narrow320: Story = {
  name: "320 px",
  args: { areaId: 2 },
  decorators: [narrow],
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  name: "Dark theme",
  args: { areaId: 6, theme: "dark" },
  decorators: [darkPage],
};

/** English text (`lang="en"`): headers, the area name and the notes; the questions stay as published (Swedish). */
export const English: Story = {
  name: "English",
  args: { areaId: 6, lang: "en" },
};

/** Invalid data: the table is replaced by an error notice naming the first problems. */
export const InvalidData: Story = {
  name: "Invalid data (error notice)",
  args: { evaluation: invalidEvaluation },
};

/** An area the evaluation does not have (9): an error notice rather than an empty table. */
export const UnknownArea: Story = {
  name: "Unknown area (error notice)",
  args: { areaId: 9 },
};

/** Every main state, one under another. */
export const AllStates: Story = {
  name: "All states",
  parameters: { controls: { disable: true } },
  render: () => (
    <StateList
      states={[
        { title: "Avesta 2014, area 1", render: () => <SubQuestionTable evaluation={avesta2014} areaId={1} /> },
        {
          title: "Avesta 2014, area 6 (published sum disagrees)",
          render: () => <SubQuestionTable evaluation={avesta2014} areaId={6} />,
        },
        {
          title: "Västerås 2014, area 1 (no published table)",
          render: () => <SubQuestionTable evaluation={vasteras2014} areaId={1} />,
        },
        {
          title: "Missing area (Västerås 2014, area 8)",
          render: () => <SubQuestionTable evaluation={vasteras2014} areaId={8} />,
        },
        { title: "Partial data", render: () => <SubQuestionTable evaluation={avestaPartialQuestions} areaId={1} /> },
        {
          title: "Version change (2.1, area 7)",
          render: () => <SubQuestionTable evaluation={avesta2018v21} areaId={7} />,
        },
        { title: "Long labels", render: () => <SubQuestionTable evaluation={regionLongQuestions} areaId={3} /> },
        { title: "320 px", narrow: true, render: () => <SubQuestionTable evaluation={avesta2014} areaId={2} /> },
        {
          title: "Dark theme",
          dark: true,
          render: () => <SubQuestionTable evaluation={avesta2014} areaId={6} theme="dark" />,
        },
        { title: "English", render: () => <SubQuestionTable evaluation={avesta2014} areaId={6} lang="en" /> },
        { title: "Invalid data", render: () => <SubQuestionTable evaluation={invalidEvaluation} areaId={1} /> },
        { title: "Unknown area", render: () => <SubQuestionTable evaluation={avesta2014} areaId={9} /> },
      ]}
    />
  ),
};
