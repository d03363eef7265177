import type { Meta, StoryObj } from "@storybook/react-vite";
import { PositionStrip } from "@kommunkompassen/react";
import { darkPage, narrow, StateList } from "./decorators";
import { generated, generatedFocal, published, publishedOf } from "./national";

const meta = {
  title: "National view/PositionStrip",
  component: PositionStrip,
  args: {
    evaluation: publishedOf("Strängnäs", 2014),
    evaluations: published,
    lang: "sv",
    theme: "light",
    layout: "auto",
  },
  argTypes: {
    lang: { control: "inline-radio", options: ["sv", "en"] },
    layout: { control: "inline-radio", options: ["auto", "wide", "narrow"] },
    theme: { control: "inline-radio", options: ["light", "dark", "auto"] },
  },
} satisfies Meta<typeof PositionStrip>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Strängnäs 2014 among the published Kommunkompassen 2.0 results: "plats 5 av 6"; area 1 "plats 2 av 2". */
export const Published: Story = { name: "Strängnäs 2014 (published results)" };

/** The same in English: "5th of 6 municipalities evaluated with Kommunkompassen 2.0". */
export const PublishedEnglish: Story = { name: "Strängnäs 2014, English", args: { lang: "en" } };

/** A model not stated (Strängnäs 2016): not ranked, and why; no strip. */
export const ModelNotStated: Story = {
  name: "Model not stated (no place)",
  args: { evaluation: publishedOf("Strängnäs", 2016) },
};

/** An older evaluation (Lidköping 2011): drawn among the ranked ones, not ranked itself (2014 is). */
export const Older: Story = {
  name: "Older evaluation (not ranked)",
  args: { evaluation: publishedOf("Lidköping", 2011) },
};

/** No focal evaluation: the distribution of the published Kommunkompassen 2020 totals. */
export const Distribution: Story = {
  name: "Distribution of a model (published 2020)",
  args: { evaluation: undefined, framework: "kommunkompassen-2020", areas: false },
};

/** GENERATED: a made-up 2.0 evaluation among the 300 generated ones, the total and eight areas. */
export const Generated300: Story = {
  name: "GENERATED collection of 300, one evaluation",
  args: { evaluation: generatedFocal("kommunkompassen-2.0"), evaluations: generated },
};

/** GENERATED: the distribution of the generated Kommunkompassen 2020 totals, no focal evaluation. */
export const Generated300Distribution: Story = {
  name: "GENERATED collection of 300, distribution of 2020",
  args: { evaluation: undefined, evaluations: generated, framework: "kommunkompassen-2020", areas: false },
};

/** 320 px: the narrow layout (larger text, fewer ticks), the table's area columns in one line. */
export const Narrow320: Story = {
  name: "320 px",
  args: { evaluation: generatedFocal("kommunkompassen-2020"), evaluations: generated },
  decorators: [narrow],
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  name: "Dark theme",
  args: { evaluation: generatedFocal("kommunkompassen-2.1"), evaluations: generated, theme: "dark" },
  decorators: [darkPage],
};

/** Every main state, one under another. */
export const AllStates: Story = {
  name: "All states",
  parameters: { controls: { disable: true } },
  render: () => (
    <StateList
      states={[
        {
          title: "Strängnäs 2014 (published)",
          render: () => <PositionStrip evaluation={publishedOf("Strängnäs", 2014)} evaluations={published} />,
        },
        {
          title: "Model not stated",
          render: () => <PositionStrip evaluation={publishedOf("Strängnäs", 2016)} evaluations={published} />,
        },
        {
          title: "GENERATED, 320 px",
          narrow: true,
          render: () => <PositionStrip evaluation={generatedFocal("kommunkompassen-2.0")} evaluations={generated} />,
        },
        {
          title: "GENERATED, dark theme",
          dark: true,
          render: () => (
            <PositionStrip evaluation={generatedFocal("kommunkompassen-2020")} evaluations={generated} theme="dark" />
          ),
        },
      ]}
    />
  ),
};
