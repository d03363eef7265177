/**
 * In the place of @visx/shape's `util/stackOrder` and `util/stackOffset` in the embed's bundles
 * (build-options.mjs). Those build tables of every d3-shape stack order and offset when they load,
 * which no bundler can leave out, though the embed draws no stacked shape (its charts use `LinePath`
 * and `Bar`): about 0.75 kB of its script, compressed. A stack asked for throws, naming itself, so
 * that a chart that comes to need one says so.
 */
const none = (): never => {
  throw new Error("@kommunkompassen/embed: stacked shapes are not in the embed's build (see src/no-stacks.ts)");
};

/** The tables of orders and offsets, empty here. */
export const STACK_ORDERS = {};
export const STACK_ORDER_NAMES: string[] = [];
export const STACK_OFFSETS = {};
export const STACK_OFFSET_NAMES: string[] = [];
export default none;
