import type { Meta, StoryObj } from "@storybook/react-vite";
import { OverviewTable } from "@kommunkompassen/react";
import { darkPage, narrow, StateList } from "./decorators";
import { generated, published } from "./national";
import {
  angelholm2016,
  avesta2014,
  example2020,
  strangnas2014,
  strangnas2016,
  vasteras2012,
  vasteras2014,
} from "./fixtures";

const meta = {
  title: "National view/OverviewTable",
  component: OverviewTable,
  args: { evaluations: published, lang: "sv", theme: "light", interactive: true },
  argTypes: {
    lang: { control: "inline-radio", options: ["sv", "en"] },
    theme: { control: "inline-radio", options: ["light", "dark", "auto"] },
  },
} satisfies Meta<typeof OverviewTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The 19 published results (published-results.csv): grouped by model, ranked within each; sort, filter and search with JavaScript. */
export const Published: Story = { name: "Published results" };

/** The same in English: places as ordinals ("1st of 6"). */
export const PublishedEnglish: Story = { name: "Published results, English", args: { lang: "en" } };

/** The static table, as a page without JavaScript shows it (kompass render): no controls, complete. */
export const Static: Story = { name: "Without JavaScript (static)", args: { interactive: false } };

/** The bundled fixtures: Avesta's eight areas, Västerås 2012 (older) and 2014 (no total), a model not stated, 2.1 and the made-up 2020 example. */
export const Fixtures: Story = {
  name: "Fixtures",
  args: {
    evaluations: [avesta2014, vasteras2012, vasteras2014, strangnas2014, strangnas2016, angelholm2016, example2020],
  },
};

/** GENERATED: 300 made-up evaluations of real municipalities (deterministic, not published results). */
export const Generated300: Story = { name: "GENERATED collection of 300", args: { evaluations: generated } };

/** 320 px: the area columns become one line under each name, the model column goes (the group rows name it). */
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
        { title: "Published results", render: () => <OverviewTable evaluations={published} idPrefix="a-" /> },
        {
          title: "Without JavaScript",
          render: () => <OverviewTable evaluations={published} interactive={false} idPrefix="b-" />,
        },
        {
          title: "320 px",
          narrow: true,
          render: () => <OverviewTable evaluations={published} idPrefix="c-" />,
        },
        {
          title: "Dark theme",
          dark: true,
          render: () => <OverviewTable evaluations={published} theme="dark" idPrefix="d-" />,
        },
      ]}
    />
  ),
};
