import type { Meta, StoryObj } from "@storybook/react-vite";
import { SmallMultiples } from "@kommunkompassen/react";
import { darkPage, narrow, StateList } from "./decorators";
import { avesta2014, example2020, strangnas2014, vasteras2012, vasteras2014, vasteras2018v21 } from "./fixtures";
import { generated, published } from "./national";

const fixtures = [avesta2014, vasteras2012, vasteras2014, vasteras2018v21, strangnas2014, example2020];
/** The first 60 of the generated collection: 17 of them 2.0 or 2.1 with area scores, the rest left out and named. */
const generated60 = generated.slice(0, 60);

const meta = {
  title: "National view/SmallMultiples",
  component: SmallMultiples,
  args: { evaluations: fixtures, lang: "sv", theme: "light", chart: "radar", median: true },
  argTypes: {
    lang: { control: "inline-radio", options: ["sv", "en"] },
    chart: { control: "inline-radio", options: ["radar", "bars"] },
    theme: { control: "inline-radio", options: ["light", "dark", "auto"] },
  },
} satisfies Meta<typeof SmallMultiples>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The fixtures with area scores: 2.0 and the story data's 2.1 together, the 2020 example left out; each model's median faintly. */
export const Fixtures: Story = { name: "Fixtures, radars with the median" };

/** Bars instead of radars, on the same 0–100 scale. */
export const Bars: Story = { name: "Fixtures, bars", args: { chart: "bars" } };

/** English. */
export const English: Story = { name: "Fixtures, English", args: { lang: "en" } };

/** The published results: only Örebro 2012 and Strängnäs 2014 give area scores; the rest is named as left out. */
export const Published: Story = { name: "Published results", args: { evaluations: published } };

/** GENERATED: the first 60 of the 300 generated evaluations, 2.0 and 2.1 drawn, the others left out and named. */
export const Generated: Story = { name: "GENERATED collection, first 60", args: { evaluations: generated60 } };

/** 320 px: two panels a row. */
export const Narrow320: Story = { name: "320 px", decorators: [narrow] };

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = { name: "Dark theme", args: { theme: "dark" }, decorators: [darkPage] };

/** Every main state, one under another. */
export const AllStates: Story = {
  name: "All states",
  parameters: { controls: { disable: true } },
  render: () => (
    <StateList
      states={[
        { title: "Radars with the median", render: () => <SmallMultiples evaluations={fixtures} median /> },
        { title: "Bars", render: () => <SmallMultiples evaluations={fixtures} chart="bars" /> },
        {
          title: "320 px",
          narrow: true,
          render: () => <SmallMultiples evaluations={fixtures} median />,
        },
        {
          title: "Dark theme",
          dark: true,
          render: () => <SmallMultiples evaluations={fixtures} chart="bars" median theme="dark" />,
        },
      ]}
    />
  ),
};
