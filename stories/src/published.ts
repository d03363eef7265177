/**
 * The published results (the copy in test/fixtures/data/published-results.csv: results as the
 * municipalities themselves published them, mostly totals only, each with its source) as a
 * collection's evaluations, built with the core's types and checked with its validator. Nothing is
 * filled in: an empty model is `kommunkompassen` (model not stated), an empty cell is not given.
 * For the stories (which import the CSV as text) and the tests (which read it from disk).
 */
import { validateCollection, type Evaluation } from "@kommunkompassen/core";

/** The evaluations of published-results.csv (`;`-separated, a header row), in the file's order. */
export function publishedEvaluations(csv: string): Evaluation[] {
  const [header, ...rows] = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  const columns = header!.split(";");
  const evaluations = rows.map((row): Evaluation => {
    const cells = row.split(";");
    const cell = (name: string) => (cells[columns.indexOf(name)] ?? "").trim();
    const areas = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((id) =>
      cell(`area_${id}`) === "" ? [] : [{ id, score: Number(cell(`area_${id}`)) }],
    );
    const basis = cell("framework_basis");
    return {
      schemaVersion: 1,
      framework: cell("framework") || "kommunkompassen",
      municipality: { name: cell("municipality"), ...(cell("code") ? { code: cell("code") } : {}) },
      year: Number(cell("year")),
      ...(cell("total") ? { total: Number(cell("total")) } : {}),
      areas,
      ...(cell("source_url") ? { source: { url: cell("source_url") } } : {}),
      notes: [
        `From published-results.csv, as the municipality published it${basis ? ` (framework_basis: ${basis})` : ""}.`,
      ],
    };
  });
  const result = validateCollection({ schemaVersion: 1, evaluations });
  if (!result.valid)
    throw new Error(`published-results.csv: ${result.errors.map((e) => `${e.path} ${e.message}`).join("; ")}`);
  return evaluations;
}
