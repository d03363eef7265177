import type { Meta, StoryObj } from "@storybook/react-vite";
import { DeltaTable } from "@kommunkompassen/react";
import { darkPage, narrow, StateList } from "./decorators";
import {
  avesta2014,
  avesta2017,
  avesta2018v21,
  example2017v21,
  example2020,
  invalidEvaluation,
  regionLong2016,
  regionLong2020,
  strangnas2014,
  strangnas2016,
  vasteras2012,
  vasteras2014,
  vasteras2018v21,
  vasterasSparse,
} from "./fixtures";

const meta = {
  title: "Tables/DeltaTable",
  component: DeltaTable,
  args: { from: vasteras2012, to: vasteras2014, lang: "sv", theme: "light", showQuestions: false },
  argTypes: {
    lang: { control: "inline-radio", options: ["sv", "en"] },
    theme: { control: "inline-radio", options: ["light", "dark", "auto"] },
  },
} satisfies Meta<typeof DeltaTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Västerås stad 2012 → 2014, the real fixtures: areas 1–7 changed; area 8 and the total are unknown, and the notice says why. */
export const Vasteras2012To2014: Story = { name: "Västerås 2012 → 2014" };

/** `downloads`: a menu above the table with the change as CSV (Excel and plain) and the newer evaluation whole. */
export const WithDownloads: Story = {
  name: "Västerås 2012 → 2014, with downloads",
  args: { downloads: true },
};

/**
 * Avesta kommun 2014 → "2017" with sub-question rows. Avesta 2014 is the real fixture (the only one
 * with sub-question tables); 2017 is story data derived from it, as no later Avesta report is at hand.
 */
export const Avesta2014WithQuestions: Story = {
  name: "Avesta 2014 → 2017 (story data), with sub-questions",
  args: { from: avesta2014, to: avesta2017, showQuestions: true },
};

/** Partial data: more missing areas (Västerås 2014 without areas 2, 4, 6 and 8) against 2012. */
export const PartialData: Story = {
  name: "Partial data (missing areas)",
  args: { from: vasteras2012, to: vasterasSparse },
};

/** A model version change: Västerås 2012 (2.0) → "2018" (2.1): the changes read "ej jämförbar" instead of a number. */
export const VersionChange: Story = {
  name: "Version change (2.0 → 2.1)",
  args: { from: vasteras2012, to: vasteras2018v21 },
};

/** A model version change with sub-questions: Avesta 2014 (2.0) → "2018" (2.1); area 2's question set changed. */
export const VersionChangeWithQuestions: Story = {
  name: "Version change with sub-questions",
  args: { from: avesta2014, to: avesta2018v21, showQuestions: true },
};

/** Across the 2020 revision (2.1 → 2020, story data): no area rows, the totals side by side, the change "ej jämförbar". */
export const AcrossModels: Story = {
  name: "Across models (2.1 → 2020)",
  args: { from: example2017v21, to: example2020 },
};

/** 2.0 → a model not stated (Strängnäs 2014 → 2016, published figures), in English: the areas of one side are not known. */
export const ModelNotStated: Story = {
  name: "Model not stated (Strängnäs 2014 → 2016), English",
  args: { from: strangnas2014, to: strangnas2016, lang: "en" },
};

/** Long labels: an unknown framework ("region-x") with very long area titles. */
export const LongLabels: Story = {
  name: "Long labels (unknown framework)",
  args: { from: regionLong2016, to: regionLong2020 },
};

/** Different municipalities (Avesta 2014 → Västerås 2014): shown, with the reason they are not directly comparable. */
export const DifferentMunicipalities: Story = {
  name: "Different municipalities",
  args: { from: avesta2014, to: vasteras2014 },
};

/** 320 px wide container. */
export const Narrow320: Story = {
  name: "320 px",
  args: { from: avesta2014, to: avesta2017, showQuestions: true },
  decorators: [narrow],
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  name: "Dark theme",
  args: { from: avesta2014, to: avesta2017, theme: "dark" },
  decorators: [darkPage],
};

/** English text (`lang="en"`): area names, the notice and the changes in words. */
export const English: Story = {
  name: "English",
  args: { lang: "en" },
};

/** Invalid data: the table is replaced by an error notice (pointers are prefixed by the prop name, e.g. `to/areas/2/score`). */
export const InvalidData: Story = {
  name: "Invalid data (error notice)",
  args: { from: avesta2014, to: invalidEvaluation },
};

/** Every main state, one under another. */
export const AllStates: Story = {
  name: "All states",
  parameters: { controls: { disable: true } },
  render: () => (
    <StateList
      states={[
        { title: "Västerås 2012 → 2014", render: () => <DeltaTable from={vasteras2012} to={vasteras2014} /> },
        {
          title: "Avesta 2014 → 2017 (story data), with sub-questions",
          render: () => <DeltaTable from={avesta2014} to={avesta2017} showQuestions />,
        },
        { title: "Partial data", render: () => <DeltaTable from={vasteras2012} to={vasterasSparse} /> },
        { title: "Version change (2.0 → 2.1)", render: () => <DeltaTable from={vasteras2012} to={vasteras2018v21} /> },
        { title: "Long labels", render: () => <DeltaTable from={regionLong2016} to={regionLong2020} /> },
        { title: "Different municipalities", render: () => <DeltaTable from={avesta2014} to={vasteras2014} /> },
        { title: "320 px", narrow: true, render: () => <DeltaTable from={avesta2014} to={avesta2017} showQuestions /> },
        {
          title: "Dark theme",
          dark: true,
          render: () => <DeltaTable from={avesta2014} to={avesta2017} theme="dark" />,
        },
        { title: "English", render: () => <DeltaTable from={vasteras2012} to={vasteras2014} lang="en" /> },
        { title: "Invalid data", render: () => <DeltaTable from={avesta2014} to={invalidEvaluation} /> },
      ]}
    />
  ),
};
