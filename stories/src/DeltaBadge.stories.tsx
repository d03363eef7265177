import type { Meta, StoryObj } from "@storybook/react-vite";
import { DeltaBadge, compareEvaluations } from "@kommunkompassen/react";
import { inDarkKk, inKk, narrow, StateList } from "./decorators";
import { avesta2014, avesta2017, vasteras2012, vasteras2018v21, vasterasComparison } from "./fixtures";

const meta = {
  title: "Tables/DeltaBadge",
  component: DeltaBadge,
  // The badge colours itself inside a `.kk` component (as in DeltaTable); the stories provide one.
  decorators: [inKk],
  args: { delta: 9, lang: "sv", reason: "missing", showWords: false },
  argTypes: {
    delta: { control: "number" },
    lang: { control: "inline-radio", options: ["sv", "en"] },
    reason: { control: "inline-radio", options: ["missing", "not-comparable"] },
  },
} satisfies Meta<typeof DeltaBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An increase: +9 (Västerås area 1, 2012 → 2014). The words are read by screen readers only. */
export const Up: Story = { name: "Up (+9)" };

/** A decrease, with a true minus sign. */
export const Down: Story = { name: "Down (−3)", args: { delta: -3 } };

/** No change: ±0. */
export const Unchanged: Story = { name: "Unchanged (±0)", args: { delta: 0 } };

/** A fractional change in the language's number format ("+2,5" in Swedish). */
export const Fractional: Story = { name: "Fractional (+2,5)", args: { delta: 2.5 } };

/** The words visible as well ("ökning med 9 poäng"). */
export const ShowWords: Story = { name: "Words visible", args: { showWords: true } };

/** Partial data: a side is unknown, so the change is `null` and the badge says "uppgift saknas". */
export const Missing: Story = { name: "Missing value (null)", args: { delta: null, reason: "missing" } };

/** A model version change: the values exist but are not comparable, so the badge says "ej jämförbar". */
export const VersionChange: Story = {
  name: "Version change (not comparable)",
  args: { delta: null, reason: "not-comparable" },
};

/** Every area of the real Västerås comparison 2012 → 2014, computed by the core's `compareEvaluations`: area 8 is unknown. */
export const Vasteras2012To2014: Story = {
  name: "Västerås 2012 → 2014, per area",
  parameters: { controls: { disable: true } },
  render: (args) => (
    <ul className="kk-story-list">
      {vasterasComparison.areas.map((area) => (
        <li key={area.id}>
          <span className="kk-story-list__label">
            {area.id} {area.name}
          </span>
          <DeltaBadge {...args} delta={area.delta} />
        </li>
      ))}
      <li>
        <span className="kk-story-list__label">Totalt</span>
        <DeltaBadge {...args} delta={vasterasComparison.total.delta} />
      </li>
    </ul>
  ),
};

const avestaQuestions = compareEvaluations(avesta2014, avesta2017)
  .areas.flatMap((area) => area.questions)
  .filter((q) => q.delta !== 0);

/** Avesta 2014 (real fixture) → 2017 (story data): the sub-questions that changed, with the words visible. */
export const Avesta2014Questions: Story = {
  name: "Avesta 2014 → 2017 (story data), changed sub-questions",
  args: { showWords: true },
  parameters: { controls: { disable: true } },
  render: (args) => (
    <ul className="kk-story-list">
      {avestaQuestions.map((q) => (
        <li key={q.id}>
          <span className="kk-story-list__label">{q.id}</span>
          <DeltaBadge {...args} delta={q.delta} />
        </li>
      ))}
    </ul>
  ),
};

const versionChange = compareEvaluations(vasteras2012, vasteras2018v21);

/** Long text around the badge: it stays on one line (no break between sign and arrow) while the sentence wraps. */
export const InRunningText: Story = {
  name: "Long labels (in running text)",
  args: { showWords: true },
  render: (args) => (
    <p className="kk-story-prose">
      Området Offentlighet och demokrati, som omfattar strategi för demokratiutveckling, information till medborgarna,
      dialog och medborgarmedverkan samt etik och motverkan av korruption, förbättrades tydligt jämfört med föregående
      utvärdering <DeltaBadge {...args} delta={vasterasComparison.areas[0]?.delta ?? null} />, medan totalen inte kan
      jämföras <DeltaBadge {...args} delta={null} reason={versionChange.comparable ? "missing" : "not-comparable"} />{" "}
      eftersom modellen byttes mellan utvärderingarna.
    </p>
  ),
};

/** All values in a 320 px wide container, words visible, wrapping between badges only. */
export const Narrow320: Story = {
  name: "320 px",
  args: { showWords: true },
  decorators: [narrow],
  render: (args) => (
    <div className="kk-story-row">
      <DeltaBadge {...args} delta={9} />
      <DeltaBadge {...args} delta={-3} />
      <DeltaBadge {...args} delta={0} />
      <DeltaBadge {...args} delta={null} />
      <DeltaBadge {...args} delta={null} reason="not-comparable" />
    </div>
  ),
};

/** The dark theme: DeltaBadge has no `theme` prop; it takes its colours from a dark `.kk` ancestor (`data-kk-theme="dark"`). */
export const DarkTheme: Story = {
  name: "Dark theme",
  args: { showWords: true },
  decorators: [inDarkKk],
  render: (args) => (
    <div className="kk-story-row">
      <DeltaBadge {...args} delta={9} />
      <DeltaBadge {...args} delta={-3} />
      <DeltaBadge {...args} delta={0} />
      <DeltaBadge {...args} delta={null} />
      <DeltaBadge {...args} delta={null} reason="not-comparable" />
    </div>
  ),
};

/** English text (`lang="en"`): "up 9 points", "no data", "not comparable". */
export const English: Story = {
  name: "English",
  args: { lang: "en", showWords: true },
  render: (args) => (
    <div className="kk-story-row">
      <DeltaBadge {...args} delta={9} />
      <DeltaBadge {...args} delta={-3.5} />
      <DeltaBadge {...args} delta={0} />
      <DeltaBadge {...args} delta={null} />
      <DeltaBadge {...args} delta={null} reason="not-comparable" />
    </div>
  ),
};

/**
 * Invalid data: DeltaBadge takes an already computed number; a non-finite one (NaN, Infinity) is
 * shown as unknown ("uppgift saknas"), never as "NaN" or "∞".
 */
export const InvalidValue: Story = {
  name: "Invalid value (NaN, Infinity)",
  args: { showWords: true },
  render: (args) => (
    <div className="kk-story-row">
      <DeltaBadge {...args} delta={Number.NaN} />
      <DeltaBadge {...args} delta={Number.POSITIVE_INFINITY} />
    </div>
  ),
};

/** Every main state, one under another. */
export const AllStates: Story = {
  name: "All states",
  parameters: { controls: { disable: true } },
  render: () => (
    <StateList
      states={[
        { title: "Up (+9)", render: () => <DeltaBadge delta={9} /> },
        { title: "Down (−3)", render: () => <DeltaBadge delta={-3} /> },
        { title: "Unchanged (±0)", render: () => <DeltaBadge delta={0} /> },
        { title: "Fractional (+2,5)", render: () => <DeltaBadge delta={2.5} /> },
        { title: "Words visible", render: () => <DeltaBadge delta={9} showWords /> },
        { title: "Missing value (null)", render: () => <DeltaBadge delta={null} /> },
        { title: "Version change (not comparable)", render: () => <DeltaBadge delta={null} reason="not-comparable" /> },
        { title: "320 px", narrow: true, render: () => <DeltaBadge delta={-12} showWords /> },
        {
          title: "Dark theme",
          dark: true,
          render: () => (
            <div className="kk kk-story-context" data-kk-theme="dark">
              <DeltaBadge delta={9} showWords /> <DeltaBadge delta={-3} showWords /> <DeltaBadge delta={null} />
            </div>
          ),
        },
        { title: "English", render: () => <DeltaBadge delta={9} lang="en" showWords /> },
        { title: "Invalid value (NaN)", render: () => <DeltaBadge delta={Number.NaN} showWords /> },
      ]}
    />
  ),
};
