import type { Meta, StoryObj } from "@storybook/react-vite";
import { Timeline } from "@kommunkompassen/react";
import { darkPage, narrow, StateList } from "./decorators";
import { generatedHistory, publishedOf } from "./national";

const strangnas = [publishedOf("Strängnäs", 2014), publishedOf("Strängnäs", 2016)];
const lidkoping = [publishedOf("Lidköping", 2011), publishedOf("Lidköping", 2014)];
const marks = [publishedOf("Marks", 2022), publishedOf("Marks", 2024)];
const hoganas = [publishedOf("Höganäs", 2020), publishedOf("Höganäs", 2023)];

const meta = {
  title: "National view/Timeline",
  component: Timeline,
  args: { evaluations: strangnas, lang: "sv", theme: "light", layout: "auto" },
  argTypes: {
    lang: { control: "inline-radio", options: ["sv", "en"] },
    layout: { control: "inline-radio", options: ["auto", "wide", "narrow"] },
    theme: { control: "inline-radio", options: ["light", "dark", "auto"] },
  },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Strängnäs 2014 (2.0) → 2016 (model not stated), published: a break, and why, with no line across it. */
export const ModelChange: Story = { name: "Strängnäs: a change to a model not stated (published)" };

/** Lidköping 2011 → 2014, both 2.0 (published): one line, the change in the table. */
export const SameModel: Story = { name: "Lidköping: one model (published)", args: { evaluations: lidkoping } };

/** Marks 2022 (model not stated) → 2024 (2020), published. */
export const Marks: Story = { name: "Marks: model not stated → 2020 (published)", args: { evaluations: marks } };

/** Höganäs 2020 → 2023 (published: "the best score a Swedish municipality has had", 679). */
export const Hoganas: Story = { name: "Höganäs 2020 → 2023 (published)", args: { evaluations: hoganas } };

/** GENERATED: a made-up municipality of the generated collection with three evaluations under three models: two breaks. */
export const Generated: Story = {
  name: "GENERATED: three models, two breaks",
  args: { evaluations: generatedHistory },
};

/** English. */
export const English: Story = { name: "Strängnäs, English", args: { lang: "en" } };

/** 320 px: the narrow layout. */
export const Narrow320: Story = { name: "320 px", args: { evaluations: generatedHistory }, decorators: [narrow] };

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  name: "Dark theme",
  args: { evaluations: generatedHistory, theme: "dark" },
  decorators: [darkPage],
};

/** Every main state, one under another. */
export const AllStates: Story = {
  name: "All states",
  parameters: { controls: { disable: true } },
  render: () => (
    <StateList
      states={[
        { title: "A change of model", render: () => <Timeline evaluations={strangnas} /> },
        { title: "One model", render: () => <Timeline evaluations={lidkoping} /> },
        { title: "GENERATED, 320 px", narrow: true, render: () => <Timeline evaluations={generatedHistory} /> },
        { title: "Dark theme", dark: true, render: () => <Timeline evaluations={hoganas} theme="dark" /> },
      ]}
    />
  ),
};
