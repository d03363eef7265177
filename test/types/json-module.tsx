// Type test (checked by `tsc -p test/tsconfig.json`, part of `pnpm typecheck`): an evaluation
// imported as a JSON module goes straight into the components, whose props accept what
// TypeScript infers for a JSON file (`number` where the schema says `1`, `string` for ids).
import avesta from "../fixtures/avesta-2014.json";
import vasteras2012 from "../fixtures/vasteras-2012.json";
import vasteras2014 from "../fixtures/vasteras-2014.json";
import {
  AreaBarChart,
  DeltaTable,
  EvaluationReport,
  RadarProfile,
  SubQuestionTable,
  validateEvaluation,
} from "@kommunkompassen/react";

export const pages = (
  <>
    <EvaluationReport evaluation={avesta} previous={vasteras2012} />
    <RadarProfile evaluation={vasteras2014} previous={vasteras2012} others={[avesta]} />
    <AreaBarChart evaluation={avesta} />
    <SubQuestionTable evaluation={avesta} areaId={1} />
    <DeltaTable from={vasteras2012} to={vasteras2014} />
  </>
);

// Validation narrows a JSON module to the exact type.
const result = validateEvaluation(avesta);
export const year: number | undefined = result.valid ? result.evaluation.year : undefined;

// @ts-expect-error a value that is not an evaluation at all is still refused by the types
export const wrong = <RadarProfile evaluation={{ year: 2014 }} />;
