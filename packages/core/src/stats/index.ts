export { summarize, quantileSorted, rank, type Summary, type Position } from "./summary";
export {
  collectionStatistics,
  type CollectionStatistics,
  type GroupStatistics,
  type EvaluationStanding,
  type StatisticsGroup,
  type StatisticsOptions,
  type UnrankedReason,
} from "./collection-stats";
export { groupSeries, groupBand, type SeriesBand } from "./group-series";
